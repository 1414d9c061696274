// The command line's status history from git, against plain `git log -p` over the same files (the floor: git has to
// produce the patches anyway). A generated repository of 1,000 specs and 2,000 commits (git fast-import, fixed dates,
// seeded): specs in the three status conventions (frontmatter, inline `Status:` line, `status/` tag), edits that do
// not touch the status, status changes, convention changes and renames. Prints medians of 3 runs each, alternated,
// the ratio, and one BENCH_JSON line. Asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildModule } from "./buildModule.mjs";

const SPECS = 1000;
const COMMITS = 2000;
const RUNS = 3;
const STATUSES = ["Draft", "In review", "Approved", "In progress", "Done"];

/** A seeded random number generator (mulberry32). */
function seeded(seed) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** One spec's text in a convention, with `edits` paragraphs of body. */
function specText(i, status, convention, edits) {
	const body = [];
	for (let e = 0; e < 8 + edits; e++)
		body.push(`Paragraph ${e} of spec ${i}: what we build, and why it matters.`, "");
	const questions = "## Open questions\n\n- [ ] How do we roll it out?\n- [x] Who owns it?\n";
	const slug = status.toLowerCase().replace(/ /g, "-");
	if (convention === 0)
		return `---\ntitle: Spec ${i}\nstatus: ${status}\npriority: High\ntags: [spec]\n---\n# Spec ${i}\n\n${body.join("\n")}\n${questions}`;
	if (convention === 1) return `# Spec ${i}\n\nStatus: ${status}\n\n${body.join("\n")}\n${questions}`;
	return `---\ntags:\n  - spec\n  - status/${slug}\n---\n# Spec ${i}\n\n${body.join("\n")}\n${questions}`;
}

/** Writes the repository with git fast-import (one process, seconds); returns its folder. */
function generateRepository() {
	const dir = mkdtempSync(path.join(tmpdir(), "spec-board-git-bench-"));
	const git = (args, input) => {
		const result = spawnSync("git", args, { cwd: dir, input, encoding: "utf8", maxBuffer: 1 << 30 });
		if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
		return result.stdout;
	};
	git(["init", "-q", "-b", "main"]);
	const random = seeded(42);
	const specs = [];
	for (let i = 0; i < SPECS; i++)
		specs.push({ path: `specs/area-${i % 20}/spec-${i}.md`, status: 0, convention: i % 3, edits: 0 });
	const chunks = [];
	const start = Date.UTC(2024, 0, 1) / 1000;
	const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
	for (let c = 0; c < COMMITS; c++) {
		const time = start + c * 3600;
		const lines = [
			`commit refs/heads/main`,
			`committer Bench <bench@example.com> ${time} +0000`,
			blob(`commit ${c}`).trimEnd(),
		];
		const touched =
			c === 0
				? specs.map((_, i) => i)
				: [0, 1, 2].slice(0, 1 + Math.floor(random() * 3)).map(() => Math.floor(random() * SPECS));
		for (const i of new Set(touched)) {
			const spec = specs[i];
			if (c > 0) {
				const roll = random();
				if (roll < 0.3) spec.status = Math.min(spec.status + 1, STATUSES.length - 1);
				else if (roll < 0.4) spec.convention = (spec.convention + 1) % 3;
				else if (roll < 0.45) {
					const renamed = spec.path.replace(/\.md$/, `-v${c}.md`);
					lines.push(`R "${spec.path}" "${renamed}"`);
					spec.path = renamed;
				}
				spec.edits += 1;
			}
			lines.push(
				`M 100644 inline ${spec.path}`,
				blob(specText(i, STATUSES[spec.status], spec.convention, spec.edits)).trimEnd(),
			);
		}
		chunks.push(`${lines.join("\n")}\n`);
	}
	git(["fast-import", "--quiet"], chunks.join(""));
	git(["reset", "-q", "--hard", "main"]);
	return dir;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const modulePath = await buildModule(
	"gitHistoryBench",
	`export { readGitHistory } from "./src/cli/gitHistory";
export { defaultReadOptions } from "./src/core/reading/readOptions";`,
);
const { readGitHistory, defaultReadOptions } = createRequire(import.meta.url)(modulePath);

process.stdout.write(`generating ${SPECS} specs over ${COMMITS} commits with git fast-import...\n`);
const generatedAt = performance.now();
const repo = generateRepository();
process.stdout.write(`generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s\n`);
try {
	const plain = [];
	const history = [];
	const historyCpu = [];
	let result = null;
	for (let run = 0; run < RUNS + 1; run++) {
		let t = performance.now();
		const log = spawnSync("git", ["log", "-p", "--", "specs"], {
			cwd: repo,
			maxBuffer: 1 << 30,
			stdio: ["ignore", "pipe", "ignore"],
		});
		if (log.status !== 0) throw new Error("git log -p failed");
		const plainMs = performance.now() - t;
		t = performance.now();
		const cpu = process.cpuUsage();
		result = readGitHistory(path.join(repo, "specs"), defaultReadOptions());
		const historyMs = performance.now() - t;
		const used = process.cpuUsage(cpu);
		if (run > 0) {
			plain.push(plainMs);
			history.push(historyMs);
			historyCpu.push((used.user + used.system) / 1000);
		}
	}
	if (result === null) throw new Error("no history was read");
	const plainMedian = median(plain);
	const historyMedian = median(history);
	const ratio = historyMedian / plainMedian;
	process.stdout.write(
		[
			`plain git log -p over specs/        ${plainMedian.toFixed(0).padStart(7)} ms  (floor)`,
			`spec-board history (one pass)       ${historyMedian.toFixed(0).padStart(7)} ms  (${ratio.toFixed(2)}× the floor)`,
			`  of which Node's own CPU time (parsing, rebuilding, reading) ${median(historyCpu).toFixed(0)} ms; the rest is git's -U0 -M log`,
			`  ${result.commits} commits, ${result.versionsRead} file versions read through the core reader, ${result.changes.length} status changes, ${result.files.size} specs with statusSince`,
			"",
		].join("\n"),
	);
	process.stdout.write(
		`BENCH_JSON ${JSON.stringify({ bench: "gitHistory", specs: SPECS, commits: result.commits, plainGitLogMs: Math.round(plainMedian), historyMs: Math.round(historyMedian), historyNodeCpuMs: Math.round(median(historyCpu)), ratio: Number(ratio.toFixed(2)), versionsRead: result.versionsRead, statusChanges: result.changes.length })}\n`,
	);
} finally {
	rmSync(repo, { recursive: true, force: true });
}
