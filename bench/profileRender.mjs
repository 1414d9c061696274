// Profiles the board's filter change -> render in headless Chromium (the same page, filters and timed span as
// measureVault.mjs's browser part), and prints where the time goes: the functions with the most self time and the
// board's phases by inclusive time, from the V8 CPU profile (sampled every 50 µs). A tool, not a benchmark (run.mjs
// does not run it); it prints, asserts nothing.
//
//   node bench/profileRender.mjs [all-specs|realistic] [rounds]
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { buildModule } from "./buildModule.mjs";
import { buildBundle, writePage } from "../tests/browser/buildPage.mjs";
import { launchChromium } from "../tests/browser/launchChromium.mjs";
import { loadHarnessPage } from "../tests/browser/harnessPage.mjs";
import { timeFilterChanges } from "./filterRender.mjs";

/** The board's phases, by the function that runs each (inclusive time). */
const PHASES = [
	"render",
	"renderSummaryBar",
	"update", // the filter bar's update and the virtual list's update share this name; see the top list for which
	"filterSpecs",
	"groupSpecs",
	"boardItems",
	"setItems",
	"renderEmptyState",
	"renderSpecRow",
	"renderGroupRow",
	"renderReviewMarks",
	"nameByHiddenText",
	"ageNow",
	"setIcon",
];

const vault = process.argv[2] ?? "all-specs";
const rounds = Number(process.argv[3] ?? 7);
const vaultModule = await buildModule(
	"vaultNotes",
	'export { realisticVault, allSpecsVault } from "./bench/vaultNotes";',
);
const { createRequire } = await import("node:module");
const m = createRequire(import.meta.url)(vaultModule);
const notes = vault === "realistic" ? m.realisticVault() : m.allSpecsVault();
const files = Object.fromEntries(notes.map((n) => [n.path, n.text]));
const outDir = mkdtempSync(path.join(tmpdir(), "spec-board-profile-page-"));
const browser = await launchChromium();
try {
	await buildBundle(outDir);
	const page = writePage(outDir, "bench", { files, mode: "bench", width: 320 });
	const tab = await browser.newPage({ viewport: { width: 320, height: 900 } });
	await loadHarnessPage(tab, page, "the bench page", 300000);
	// As the bench: the board settled (its background preparation done) before the timed changes.
	await tab.waitForFunction(() => !window.specBoard.view.isPreparing, null, { timeout: 300000 });
	const cdp = await tab.context().newCDPSession(tab);
	await cdp.send("Profiler.enable");
	await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
	await cdp.send("Profiler.start");
	const times = await tab.evaluate(timeFilterChanges, rounds);
	const { profile } = await cdp.send("Profiler.stop");
	report(profile, times);
} finally {
	await browser.close();
	rmSync(outDir, { recursive: true, force: true });
}

function report(profile, { times, layoutTimes, specs, elements }) {
	const sorted = [...times].sort((a, b) => a - b);
	process.stdout.write(
		`Vault "${vault}", ${specs} specs, ${times.length} filter changes, load average ${loadavg()[0].toFixed(1)}\n` +
			`  timed span: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, worst ${sorted[sorted.length - 1].toFixed(1)} ms; ` +
			`style and layout (the forced read): median ${median(layoutTimes).toFixed(1)} ms; ${elements} elements in the page\n`,
	);
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
	const hits = new Map();
	for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
	const nameOf = (node) => {
		const f = node.callFrame;
		return f.functionName === ""
			? f.url === ""
				? "(anonymous)"
				: `(anonymous ${f.lineNumber + 1})`
			: f.functionName;
	};
	const self = new Map();
	for (const node of profile.nodes) {
		const n = hits.get(node.id) ?? 0;
		if (n > 0) self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + n);
	}
	// Inclusive time per name: a sample counts once per name however often the name is on its stack.
	const parent = new Map();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const inclusive = new Map();
	for (const [id, n] of hits) {
		const seen = new Set();
		for (let at = id; at !== undefined; at = parent.get(at)) {
			const name = nameOf(byId.get(at));
			if (seen.has(name)) continue;
			seen.add(name);
			inclusive.set(name, (inclusive.get(name) ?? 0) + n);
		}
	}
	const perChange = (n) => `${((n * interval) / times.length).toFixed(2)} ms`;
	process.stdout.write(`  self time per filter change (top 25):\n`);
	for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
		process.stdout.write(`    ${name.padEnd(40)}${perChange(n).padStart(10)}\n`);
	process.stdout.write(`  phases, inclusive time per filter change:\n`);
	for (const name of PHASES)
		process.stdout.write(`    ${name.padEnd(40)}${perChange(inclusive.get(name) ?? 0).padStart(10)}\n`);
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}
