// Measures one vault (realistic or all-specs) the way issue 9's table asks, prints each figure against its goal, and
// ends with one `BENCH_JSON {...}` line. Used by realisticVault.bench.mjs and allSpecsVault.bench.mjs.
//
// - The plugin's index, in Node, over the in-memory Obsidian of the tests (its metadata cache parses each note the way
//   Obsidian's does): the notes read at start, the first paint, the longest task while indexing, one changed note.
// - The board's filter change -> render in headless Chromium (skipped, with a message, when no Chromium is found).
// - The command line: indexing the vault written to disk, on one thread, against reading the same files.
//
//   node bench/measureVault.mjs --browser realistic|all-specs   (the browser figure alone)
//   node bench/measureVault.mjs --measure floor|index DIR MODULE   (internal: one CLI measurement in a fresh process)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { buildModule, repoRoot } from "./buildModule.mjs";
import { timeFilterChanges } from "./filterRender.mjs";

const RUNS = 5;
/** Rounds of the five filter changes in the browser. */
const ROUNDS = 7;
const UPDATES = 2_000;
const GOALS = {
	startupReadsNonSpec: 0,
	firstPaintMs: 50,
	longestTaskMs: 16,
	oneNoteUpdateMs: 0.1,
	filterRenderMedianMs: 8,
	filterRenderWorstMs: 16,
	cliRatioToFloor: 2,
	cliPeakMb: 200,
};

const selfPath = fileURLToPath(import.meta.url);

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ms(value) {
	return value < 1 ? `${value.toFixed(4)} ms` : `${value.toFixed(1)} ms`;
}

/** One figure: its label and value, its goal (met or not) and, where there is one, its floor. */
function line(label, value, goal, extra = "") {
	const verdict = goal === undefined ? "" : `goal ≤ ${goal.text}: ${goal.met ? "met" : "NOT met"}`;
	process.stdout.write(`  ${label.padEnd(44)}${value.padStart(14)}   ${verdict}${extra ? `   ${extra}` : ""}\n`);
}

function timeGoal(key, value) {
	return { text: ms(GOALS[key]), met: value <= GOALS[key] };
}

/** The index, the fake Obsidian and the vault generator, bundled for Node with `obsidian` aliased to the fake. */
async function buildIndexModule() {
	const outfile = path.join(mkdtempSync(path.join(tmpdir(), "spec-board-bench-")), "vaultIndex.cjs");
	await esbuild.build({
		stdin: {
			contents: `
export { SpecIndex } from "./src/obsidian/specIndex";
export { readSpecNote } from "./src/core/reading/readSpecNote";
export { defaultReadOptions } from "./src/core/reading/readOptions";
export { createFakeApp, computeCachedMetadata } from "./tests/support/fakeApp";
export { parseYaml } from "./tests/support/obsidianFake";
export { realisticVault, allSpecsVault } from "./bench/vaultNotes";
`,
			resolveDir: repoRoot,
			loader: "ts",
			sourcefile: "vaultIndex.ts",
		},
		bundle: true,
		format: "cjs",
		platform: "node",
		target: "node20",
		minify: true,
		alias: { obsidian: path.join(repoRoot, "tests/support/obsidianFake.ts") },
		loader: { ".md": "text" },
		outfile,
		logLevel: "warning",
	});
	return createRequire(import.meta.url)(outfile);
}

/** CPU time of this process (all its threads) in ms. */
function cpuMs() {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1000;
}

/**
 * Records the longest stretch between two turns of the event loop (a check every turn, through setImmediate), in wall
 * time, and the process's CPU time over that same stretch (the part of it the machine's load did not add).
 */
function longestTaskMonitor() {
	let last = performance.now();
	let lastCpu = cpuMs();
	let longest = 0;
	let longestCpu = 0;
	let running = true;
	const tick = () => {
		const now = performance.now();
		const cpu = cpuMs();
		if (now - last > longest) {
			longest = now - last;
			longestCpu = cpu - lastCpu;
		}
		last = now;
		lastCpu = cpu;
		if (running) setImmediate(tick);
	};
	setImmediate(tick);
	return {
		stop() {
			running = false;
			return { longest, longestCpu };
		},
	};
}

/** The plugin's index at start and on one change, over the in-memory Obsidian. */
async function indexPart(m, notes) {
	const files = Object.fromEntries(notes.map((n) => [n.path, n.text]));
	const specPaths = new Set(notes.filter((n) => n.spec).map((n) => n.path));
	const options = m.defaultReadOptions();
	const runs = [];
	let index = null;
	let app = null;
	for (let run = 0; run < RUNS; run++) {
		app = m.createFakeApp({ files, layoutReady: false });
		// A warm start: Obsidian's cache has every note (from its own store) when the layout is ready.
		await app.metadataCache.settle();
		const read = [];
		const cachedRead = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = (file) => {
			read.push(file.path);
			return cachedRead(file);
		};
		index = new m.SpecIndex(
			{ vault: app.vault, metadataCache: app.metadataCache, workspace: app.workspace },
			options,
		);
		index.start(() => undefined);
		let started = 0;
		let firstPaint = null;
		const current = index;
		current.onChange(() => {
			// The board's first paint: the first time the index has specs, sorted into board order.
			if (firstPaint === null && current.specs().length > 0) firstPaint = performance.now() - started;
		});
		await sleep(20);
		const monitor = longestTaskMonitor();
		started = performance.now();
		app.workspace.setLayoutReady();
		await index.whenSettled();
		const allRead = performance.now() - started;
		await new Promise((resolve) => setImmediate(resolve));
		const { longest, longestCpu } = monitor.stop();
		runs.push({
			firstPaint: firstPaint ?? allRead,
			allRead,
			longest,
			longestCpu,
			reads: read.length,
			nonSpecReads: read.filter((p) => !specPaths.has(p)).length,
			candidates: index.counts.candidates,
			specs: index.specs().length,
		});
	}

	// One changed note: the metadata cache's "changed" event (text and cache ready, as Obsidian hands them), the index
	// updated and the board order brought up to date (specs()), as the board asks once per frame at most.
	const sample = notes
		.filter((n) => n.spec)
		.slice(0, 50)
		.map((n) => {
			const file = app.vault.getFileByPath(n.path);
			return { file, text: n.text, cache: m.computeCachedMetadata(n.text) };
		});
	for (let i = 0; i < 200; i++) {
		const s = sample[i % sample.length];
		app.metadataCache.trigger("changed", s.file, s.text, s.cache);
		index.specs();
	}
	let started = performance.now();
	const startedCpu = cpuMs();
	for (let i = 0; i < UPDATES; i++) {
		const s = sample[i % sample.length];
		app.metadataCache.trigger("changed", s.file, s.text, s.cache);
		index.specs();
	}
	const update = (performance.now() - started) / UPDATES;
	const updateCpu = (cpuMs() - startedCpu) / UPDATES;
	// Floor for an update: the core reading that one note's text, nothing else.
	started = performance.now();
	for (let i = 0; i < UPDATES; i++) {
		const s = sample[i % sample.length];
		m.readSpecNote(s.file.path, s.text, m.parseYaml, options, s.cache.frontmatter);
	}
	const updateFloor = (performance.now() - started) / UPDATES;
	const first = runs[0];
	return {
		notes: notes.length,
		specs: first.specs,
		startupReads: first.reads,
		startupReadsNonSpec: first.nonSpecReads,
		specCandidates: first.candidates,
		firstPaintMs: median(runs.map((r) => r.firstPaint)),
		firstPaintColdMs: first.firstPaint,
		allReadMs: median(runs.map((r) => r.allRead)),
		longestTaskMs: median(runs.map((r) => r.longest)),
		longestTaskCpuMs: median(runs.map((r) => r.longestCpu)),
		longestTaskWorstMs: Math.max(...runs.map((r) => r.longest)),
		oneNoteUpdateMs: update,
		oneNoteUpdateCpuMs: updateCpu,
		oneNoteUpdateFloorMs: updateFloor,
	};
}

/** The board's re-render after a filter change, in headless Chromium, over the vault's specs. */
async function browserPart(files) {
	const { launchChromium } = await import("../tests/browser/launchChromium.mjs");
	const { buildBundle, writePage } = await import("../tests/browser/buildPage.mjs");
	const { loadHarnessPage } = await import("../tests/browser/harnessPage.mjs");
	const outDir = mkdtempSync(path.join(tmpdir(), "spec-board-bench-page-"));
	try {
		await buildBundle(outDir);
		const page = writePage(outDir, "bench", { files, mode: "bench", width: 320 });
		let browser;
		try {
			browser = await launchChromium();
		} catch (error) {
			return { skipped: `no Chromium could be started (${error instanceof Error ? error.message : error})` };
		}
		try {
			/** The timed changes on a page of their own, either once the board has settled or right after it paints. */
			const timeOnNewPage = async (settled) => {
				const tab = await browser.newPage({ viewport: { width: 320, height: 900 } });
				await loadHarnessPage(tab, page, "the bench page", 300000);
				if (settled)
					await tab.waitForFunction(() => !window.specBoard.view.isPreparing, null, { timeout: 300000 });
				const { times, specs } = await tab.evaluate(timeFilterChanges, ROUNDS);
				await tab.close();
				const sorted = [...times].sort((a, b) => a - b);
				return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted[sorted.length - 1], specs };
			};
			// The figure: a person's first filter change comes once the board has settled (its background preparation of
			// the notes' filter forms done, within a few hundred ms of its first paint). Printed beside it, not a goal:
			// the same changes with no pause at all after the first paint.
			const settled = await timeOnNewPage(true);
			const atOnce = await timeOnNewPage(false);
			return { ...settled, atOnceMedian: atOnce.median, atOnceWorst: atOnce.worst };
		} finally {
			await browser.close();
		}
	} catch (error) {
		return { skipped: error instanceof Error ? error.message.split("\n")[0] : String(error) };
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

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

/** One CLI measurement, in this (fresh) process; prints JSON for the parent. */
function measureCli(kind, dir, modulePath) {
	const cli = createRequire(import.meta.url)(modulePath);
	const startedCpu = cpuMs();
	const started = process.hrtime.bigint();
	let count;
	let chars = 0;
	if (kind === "floor") {
		// The floor: list the folder the simplest way and read every .md file as text.
		count = readEveryNote(dir, (text) => (chars += text.length));
	} else {
		// What the command line does before printing its JSON.
		const index = cli.indexVault(dir, cli.defaultReadOptions());
		const specs = cli.sortSpecs(index.notes.filter((note) => note.isSpec));
		chars = cli.renderJson(specs, cli.summarize(specs)).length;
		count = index.notes.length;
	}
	const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
	const cpu = cpuMs() - startedCpu;
	const peakMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(JSON.stringify({ ms: elapsed, cpu, peakMb, count, chars }));
}

function runChild(kind, dir, modulePath) {
	const result = spawnSync(process.execPath, [selfPath, "--measure", kind, dir, modulePath], {
		encoding: "utf8",
		maxBuffer: 1 << 20,
	});
	if (result.status !== 0) throw new Error(`${kind} run failed: ${result.stderr}`);
	return JSON.parse(result.stdout);
}

/** The command line's JSON of the vault on disk against the read floor, each in fresh processes, alternated. */
async function cliPart(notes) {
	const modulePath = await buildModule(
		"vaultCli",
		[
			'export { indexVault } from "./src/cli/indexVault";',
			'export { renderJson } from "./src/cli/renderJson";',
			'export { defaultReadOptions } from "./src/core/reading/readOptions";',
			'export { summarize, sortSpecs } from "./src/core/board/rollup";',
		].join("\n"),
	);
	const dir = mkdtempSync(path.join(tmpdir(), "spec-board-bench-vault-"));
	try {
		let bytes = 0;
		for (const note of notes) {
			const file = path.join(dir, note.path);
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(file, note.text);
			bytes += Buffer.byteLength(note.text);
		}
		runChild("floor", dir, modulePath);
		runChild("index", dir, modulePath);
		const floor = [];
		const index = [];
		for (let i = 0; i < RUNS; i++) {
			floor.push(runChild("floor", dir, modulePath));
			index.push(runChild("index", dir, modulePath));
		}
		const floorMs = median(floor.map((r) => r.ms));
		const indexMs = median(index.map((r) => r.ms));
		return {
			bytes,
			floorMs,
			indexMs,
			cliRatioToFloor: indexMs / floorMs,
			cliCpuRatioToFloor: median(index.map((r) => r.cpu)) / median(floor.map((r) => r.cpu)),
			cliPeakMb: Math.max(...index.map((r) => r.peakMb)),
			floorPeakMb: Math.max(...floor.map((r) => r.peakMb)),
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Generates the vault, measures it, prints the figures and the BENCH_JSON line. */
export async function benchVault(vault) {
	const m = await buildIndexModule();
	const notes = vault === "realistic" ? m.realisticVault() : m.allSpecsVault();
	const specCount = notes.filter((n) => n.spec).length;
	process.stdout.write(`Vault "${vault}": ${notes.length} notes, ${specCount} of them specs\n`);
	const load = () => loadavg()[0].toFixed(1);
	process.stdout.write(
		`Load average ${load()} on ${cpus().length} cores: wall times grow with the load; CPU times are printed beside them.\n`,
	);

	const idx = await indexPart(m, notes);
	process.stdout.write(`The plugin's index (in-memory Obsidian, median of ${RUNS} starts, the first one cold):\n`);
	line("notes read at start that are not specs", String(idx.startupReadsNonSpec), {
		text: "0",
		met: idx.startupReadsNonSpec <= GOALS.startupReadsNonSpec,
	});
	line(
		"notes read at start / spec candidates",
		`${idx.startupReads} / ${idx.specCandidates}`,
		{
			text: "reads ≤ candidates",
			met: idx.startupReads <= idx.specCandidates,
		},
		`(${idx.specs} specs listed)`,
	);
	line(
		"board's first paint",
		ms(idx.firstPaintMs),
		timeGoal("firstPaintMs", idx.firstPaintMs),
		`cold start ${ms(idx.firstPaintColdMs)}`,
	);
	line(
		"longest main-thread task while indexing",
		ms(idx.longestTaskMs),
		timeGoal("longestTaskMs", idx.longestTaskMs),
		`worst start ${ms(idx.longestTaskWorstMs)}`,
	);
	line("every spec read (not a goal)", ms(idx.allReadMs));
	line(
		"one changed note, board order included",
		ms(idx.oneNoteUpdateMs),
		timeGoal("oneNoteUpdateMs", idx.oneNoteUpdateMs),
		`floor (reading the note) ${ms(idx.oneNoteUpdateFloorMs)} (×${(idx.oneNoteUpdateMs / idx.oneNoteUpdateFloorMs).toFixed(1)})`,
	);

	const files = Object.fromEntries(notes.map((n) => [n.path, n.text]));
	const browser = await browserPart(files);
	if (browser.skipped) process.stdout.write(`  filter change -> render: not measured: ${browser.skipped}\n`);
	else {
		process.stdout.write(`Headless Chromium, ${browser.specs} specs:\n`);
		line("filter change -> render (median)", ms(browser.median), timeGoal("filterRenderMedianMs", browser.median));
		line("filter change -> render (worst)", ms(browser.worst), timeGoal("filterRenderWorstMs", browser.worst));
		line(
			"the same, at once after the first paint",
			`${ms(browser.atOnceMedian)} / ${ms(browser.atOnceWorst)}`,
			undefined,
			"(median / worst; not a goal)",
		);
	}

	const cli = await cliPart(notes);
	process.stdout.write(
		`The command line, JSON of ${notes.length} notes (${(cli.bytes / 1024 / 1024).toFixed(1)} MB), median of ${RUNS} fresh processes:\n`,
	);
	line("read floor (walk + read)", ms(cli.floorMs), undefined, `peak RSS ${cli.floorPeakMb.toFixed(0)} MB`);
	line("indexing + JSON, one thread", ms(cli.indexMs));
	line("ratio to the floor", `${cli.cliRatioToFloor.toFixed(2)}×`, {
		text: "2.0×",
		met: cli.cliRatioToFloor <= GOALS.cliRatioToFloor,
	});
	line("peak memory", `${cli.cliPeakMb.toFixed(0)} MB`, { text: "200 MB", met: cli.cliPeakMb <= GOALS.cliPeakMb });

	const json = {
		vault,
		notes: notes.length,
		specs: idx.specs,
		startupReadsNonSpec: idx.startupReadsNonSpec,
		startupReads: idx.startupReads,
		specCandidates: idx.specCandidates,
		firstPaintMs: round(idx.firstPaintMs),
		longestTaskMs: round(idx.longestTaskMs),
		oneNoteUpdateMs: round(idx.oneNoteUpdateMs, 4),
		filterRenderMedianMs: browser.skipped ? null : round(browser.median),
		filterRenderWorstMs: browser.skipped ? null : round(browser.worst),
		filterRenderAtOnceMedianMs: browser.skipped ? null : round(browser.atOnceMedian),
		cliRatioToFloor: round(cli.cliRatioToFloor),
		cliPeakMb: round(cli.cliPeakMb, 0),
		longestTaskCpuMs: round(idx.longestTaskCpuMs),
		oneNoteUpdateCpuMs: round(idx.oneNoteUpdateCpuMs, 4),
		cliCpuRatioToFloor: round(cli.cliCpuRatioToFloor),
		loadAverage: Number(load()),
	};
	process.stdout.write(`BENCH_JSON ${JSON.stringify(json)}\n`);
}

function round(value, digits = 2) {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}

if (process.argv[2] === "--measure") measureCli(process.argv[3], process.argv[4], process.argv[5]);
else if (process.argv[2] === "--browser") await browserOnly(process.argv[3]);

/** The browser figure alone, for one vault: `node bench/measureVault.mjs --browser realistic|all-specs`. */
async function browserOnly(vault) {
	const m = await buildIndexModule();
	const notes = vault === "realistic" ? m.realisticVault() : m.allSpecsVault();
	const browser = await browserPart(Object.fromEntries(notes.map((n) => [n.path, n.text])));
	if (browser.skipped) process.stdout.write(`filter change -> render: not measured: ${browser.skipped}\n`);
	else
		process.stdout.write(
			`${vault}, ${browser.specs} specs, load average ${loadavg()[0].toFixed(1)}: filter change -> render median ${ms(browser.median)}, worst ${ms(browser.worst)} (at once after the first paint: ${ms(browser.atOnceMedian)}, ${ms(browser.atOnceWorst)})\n`,
		);
}
