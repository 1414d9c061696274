// Benchmark: the command line's indexing of a 10,000-note vault (read + parse + rollup, nothing printed),
// next to the floor (walking the folder and reading the same files, nothing else). Prints; asserts nothing.
//
//   node bench/cliIndex.bench.mjs                 build, generate the vault, measure, print
//   node bench/cliIndex.bench.mjs --measure floor|yaml|index|threads DIR MODULE   (internal: one measurement in a fresh process)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildModule } from "./buildModule.mjs";
import { generateVault } from "./generateVault.mjs";

const NOTES = 10_000;
const RUNS = 5;
const GOAL_RATIO = 2;
const GOAL_MB = 200;

/** Calls `onText` with the text of every .md file under `dir`, listed the simplest way; returns how many. */
function readEveryNote(dir, onText) {
	let files = 0;
	const visit = (folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (entry.name.endsWith(".md")) {
				onText(readFileSync(full, "utf8"));
				files += 1;
			}
		}
	};
	visit(dir);
	return files;
}

/** The floor: list the folder the simplest way and read every .md file as text. */
function readFloor(dir) {
	let chars = 0;
	const files = readEveryNote(dir, (text) => (chars += text.length));
	return { files, chars };
}

/** The floor plus gray-matter's YAML parse of each frontmatter block: how much of the indexing is YAML. */
function readAndParseYaml(dir, readYaml) {
	const files = readEveryNote(dir, (text) => {
		const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?$/m.exec(text);
		if (frontmatter && frontmatter.index === 0) readYaml(frontmatter[1]);
	});
	return { files };
}

/** One measurement, in this (fresh) process; prints JSON for the parent. */
function measure(kind, dir, modulePath) {
	const cli = createRequire(import.meta.url)(modulePath);
	const started = process.hrtime.bigint();
	let count;
	let threads = 1;
	if (kind === "floor") {
		count = readFloor(dir).files;
	} else if (kind === "yaml") {
		count = readAndParseYaml(dir, cli.readYaml).files;
	} else {
		// "index": what the command line does on this machine; "threads": the same with at least two threads.
		threads = kind === "threads" ? Math.max(2, cli.defaultThreads()) : cli.defaultThreads();
		const index = cli.indexVault(dir, cli.defaultReadOptions(), { threads });
		const specs = index.notes.filter((note) => note.isSpec);
		const summary = cli.summarize(cli.sortSpecs(specs));
		count = index.notes.length;
		if (summary.notes !== specs.length) throw new Error("summary does not add up");
	}
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const peakMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(JSON.stringify({ ms, peakMb, count, threads }));
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runChild(kind, dir, modulePath) {
	const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--measure", kind, dir, modulePath], {
		encoding: "utf8",
		maxBuffer: 1 << 20,
	});
	if (result.status !== 0) throw new Error(`${kind} run failed: ${result.stderr}`);
	return JSON.parse(result.stdout);
}

async function main() {
	const modulePath = await buildModule(
		"cliIndex",
		[
			'export { indexVault } from "./src/cli/indexVault";',
			'export { defaultThreads } from "./src/cli/indexFiles";',
			'export { defaultReadOptions } from "./src/core/reading/readOptions";',
			'export { summarize, sortSpecs } from "./src/core/board/rollup";',
			'export { readYaml } from "./src/cli/yamlReader";',
		].join("\n"),
	);
	const dir = mkdtempSync(path.join(tmpdir(), "spec-board-bench-vault-"));
	try {
		const generationStarted = Date.now();
		const bytes = generateVault(dir, NOTES);
		process.stdout.write(
			`Vault: ${NOTES} notes, ${(bytes / 1024 / 1024).toFixed(1)} MB (${(bytes / NOTES / 1024).toFixed(1)} KB each), written in ${((Date.now() - generationStarted) / 1000).toFixed(1)} s\n`,
		);

		// One warm-up of each, so both read from the page cache; then alternate, so drift hits both alike.
		runChild("floor", dir, modulePath);
		runChild("index", dir, modulePath);
		const floor = [];
		const yaml = [];
		const index = [];
		const threaded = [];
		for (let i = 0; i < RUNS; i++) {
			floor.push(runChild("floor", dir, modulePath));
			yaml.push(runChild("yaml", dir, modulePath));
			index.push(runChild("index", dir, modulePath));
			threaded.push(runChild("threads", dir, modulePath));
		}
		if (index[0].count !== floor[0].count)
			process.stdout.write(`Warning: the floor read ${floor[0].count} files, indexing ${index[0].count}\n`);

		const floorMs = median(floor.map((r) => r.ms));
		const indexMs = median(index.map((r) => r.ms));
		const floorMb = Math.max(...floor.map((r) => r.peakMb));
		const indexMb = Math.max(...index.map((r) => r.peakMb));
		const ratio = indexMs / floorMs;
		const line = (label, value, note) =>
			process.stdout.write(`  ${label.padEnd(30)}${value.padStart(12)}   ${note}\n`);
		process.stdout.write(`Median of ${RUNS} runs, each in a fresh process:\n`);
		line("read floor (walk + read)", `${floorMs.toFixed(0)} ms`, `peak RSS ${floorMb.toFixed(0)} MB`);
		line("CLI indexing (read + parse)", `${indexMs.toFixed(0)} ms`, `peak RSS ${indexMb.toFixed(0)} MB`);
		line("ratio", `${ratio.toFixed(2)}×`, `goal ≤ ${GOAL_RATIO}×: ${ratio <= GOAL_RATIO ? "met" : "NOT met"}`);
		line(
			"peak memory",
			`${indexMb.toFixed(0)} MB`,
			`goal ≤ ${GOAL_MB} MB: ${indexMb <= GOAL_MB ? "met" : "NOT met"}`,
		);
		line(
			"per note",
			`${((indexMs * 1000) / NOTES).toFixed(0)} µs`,
			`floor ${((floorMs * 1000) / NOTES).toFixed(0)} µs`,
		);
		const threadedMs = median(threaded.map((r) => r.ms));
		const threadedMb = Math.max(...threaded.map((r) => r.peakMb));
		const cores = availableParallelism();
		process.stdout.write(
			`Threads (${cores} cores here; the command line uses ${index[0].threads} by default, SPEC_BOARD_THREADS overrides):\n`,
		);
		line(
			`with ${threaded[0].threads} threads`,
			`${threadedMs.toFixed(0)} ms`,
			`×${(threadedMs / floorMs).toFixed(2)} the floor, peak RSS ${threadedMb.toFixed(0)} MB`,
		);
		const yamlMs = median(yaml.map((r) => r.ms));
		process.stdout.write("Where the indexing time goes (estimates from the medians):\n");
		line("reading (the floor)", `${floorMs.toFixed(0)} ms`, `${((100 * floorMs) / indexMs).toFixed(0)}%`);
		line(
			"frontmatter YAML",
			`${Math.max(0, yamlMs - floorMs).toFixed(0)} ms`,
			`${((100 * Math.max(0, yamlMs - floorMs)) / indexMs).toFixed(0)}%  (readYaml: the simple-YAML reader, else js-yaml)`,
		);
		line(
			"the rest",
			`${Math.max(0, indexMs - yamlMs).toFixed(0)} ms`,
			`${((100 * Math.max(0, indexMs - yamlMs)) / indexMs).toFixed(0)}%  (the core's readSpecNote + scanBody, walk rules, rollup)`,
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[2] === "--measure") measure(process.argv[3], process.argv[4], process.argv[5]);
else await main();
