// Benchmark: the board's live index over 10,000 notes in cache form (the in-memory Obsidian's metadata cache),
// and, in headless Chromium, the board's re-render after a filter change. Each time is printed next to its goal
// and, where one exists, its floor (the same data walked by a plain loop). Prints; asserts nothing.
import esbuild from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { generateVault } from "./generateVault.mjs";
import { buildBundle, readVault, repoRoot, writePage } from "../tests/browser/buildPage.mjs";

const NOTES = 10_000;
const RUNS = 7;
const UPDATES = 2_000;

/** The index, the core and the fake, bundled for Node with `obsidian` aliased to the in-memory fake. */
const SOURCE = `
export { SpecIndex } from "./src/obsidian/specIndex";
export { bodyFactsFromCache, frontmatterFromCache } from "./src/obsidian/cacheFacts";
export { buildSpecNote } from "./src/core/reading/readSpecNote";
export { defaultReadOptions } from "./src/core/reading/readOptions";
export { createFakeApp, computeCachedMetadata } from "./tests/support/fakeApp";
`;

async function buildIndexModule() {
	const outDir = path.join(tmpdir(), "spec-board-bench");
	mkdirSync(outDir, { recursive: true });
	const outfile = path.join(outDir, "boardIndex.cjs");
	await esbuild.build({
		stdin: { contents: SOURCE, resolveDir: repoRoot, loader: "ts", sourcefile: "boardIndex.ts" },
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

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function ms(value) {
	return value < 1 ? `${value.toFixed(4)} ms` : `${value.toFixed(1)} ms`;
}

function line(label, value, goal, floor) {
	const parts = [`${label.padEnd(38)} ${ms(value).padStart(12)}`, `goal ≤ ${ms(goal)}`];
	if (floor !== undefined) parts.push(`floor ${ms(floor)} (×${(value / floor).toFixed(1)})`);
	process.stdout.write(`${parts.join("   ")}\n`);
}

async function nodePart(files) {
	const m = await buildIndexModule();
	const app = m.createFakeApp({ files, layoutReady: false });
	// A warm start: the metadata cache (asynchronous, as Obsidian's) has indexed every note before the layout is ready.
	await app.metadataCache.settle();
	const services = { vault: app.vault, metadataCache: app.metadataCache, workspace: app.workspace };
	const options = m.defaultReadOptions();
	const markdown = app.vault.getMarkdownFiles();

	// Floor: a plain loop over the same cache entries, picking up status and tags, building nothing.
	const floors = [];
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now();
		const seen = [];
		for (const file of markdown) {
			const cache = app.metadataCache.getFileCache(file);
			if (cache)
				seen.push({
					path: file.path,
					status: cache.frontmatter?.status,
					tags: cache.frontmatter?.tags,
					headings: cache.headings?.length ?? 0,
				});
		}
		floors.push(performance.now() - started);
		if (seen.length !== markdown.length) throw new Error("floor lost notes");
	}

	const index = new m.SpecIndex(services, options);
	index.start(() => undefined);
	let reads = app.vault.readCounts.cachedRead;
	const builds = [];
	const settled = [];
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now();
		if (run === 0) app.workspace.setLayoutReady();
		else index.rebuild();
		// The board's first render needs the specs in board order: sorting them is part of the initial index.
		index.specs();
		builds.push(performance.now() - started);
		await index.whenSettled();
		settled.push(performance.now() - started);
	}
	reads = (app.vault.readCounts.cachedRead - reads) / RUNS;
	const specs = index.specs().length;

	// One changed note: the metadata cache's "changed" event with text and cache ready (Obsidian parsed it already).
	const sample = markdown.slice(0, 50).map((file) => {
		const text = app.vault.peek(file.path);
		return { file, text, cache: m.computeCachedMetadata(text) };
	});
	for (let i = 0; i < 200; i++) {
		const s = sample[i % sample.length];
		app.metadataCache.trigger("changed", s.file, s.text, s.cache);
	}
	let started = performance.now();
	for (let i = 0; i < UPDATES; i++) {
		const s = sample[i % sample.length];
		app.metadataCache.trigger("changed", s.file, s.text, s.cache);
	}
	const update = (performance.now() - started) / UPDATES;
	// The same, with the board order brought up to date after each change (the board asks once per frame at most).
	started = performance.now();
	for (let i = 0; i < UPDATES; i++) {
		const s = sample[i % sample.length];
		app.metadataCache.trigger("changed", s.file, s.text, s.cache);
		index.specs();
	}
	const updateOrdered = (performance.now() - started) / UPDATES;
	// Floor for an update: the core building that one note from the same cache entry and text, nothing else.
	started = performance.now();
	for (let i = 0; i < UPDATES; i++) {
		const s = sample[i % sample.length];
		m.buildSpecNote(
			{
				path: s.file.path,
				frontmatter: m.frontmatterFromCache(s.cache, s.text),
				facts: m.bodyFactsFromCache(s.cache, s.text),
				text: s.text,
			},
			options,
		);
	}
	const updateFloor = (performance.now() - started) / UPDATES;

	process.stdout.write(
		`${NOTES} notes in cache form, ${specs} specs; ${reads} texts read per build (question text, inline status)\n`,
	);
	line("initial index (cache pass)", median(builds), 50, median(floors));
	line("initial index (texts read too)", median(settled), 50);
	line("update for one changed note", update, 0.1, updateFloor);
	line("update + board order (specs())", updateOrdered, 0.1, updateFloor);
}

async function browserPart(files) {
	const outDir = mkdtempSync(path.join(tmpdir(), "spec-board-bench-page-"));
	try {
		await buildBundle(outDir);
		const page = writePage(outDir, "bench", { files, mode: "bench", width: 320 });
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
			args: [
				"--no-sandbox",
				"--disable-gpu",
				"--disable-background-networking",
				"--disable-component-update",
				"--disable-sync",
				"--no-first-run",
			],
		});
		try {
			const tab = await browser.newPage({ viewport: { width: 320, height: 900 } });
			await tab.goto(pathToFileURL(page).href);
			await tab.waitForFunction(
				() => document.body.dataset.ready === "true" || document.body.dataset.error !== undefined,
				null,
				{ timeout: 120000 },
			);
			const error = await tab.evaluate(() => document.body.dataset.error);
			if (error) throw new Error(error);
			const result = await tab.evaluate((runs) => {
				const { view, index, flushFrames } = window.specBoard;
				const base = view.getBoardState().filter;
				const filters = [
					{ ...base, tags: [{ tag: "area/payments", mode: "include" }] },
					{
						...base,
						tags: [
							{ tag: "area", mode: "include" },
							{ tag: "team/web", mode: "exclude" },
						],
					},
					{ ...base, text: "refund" },
					{ ...base, hasOpenQuestions: true },
					base,
				];
				const times = [];
				const floors = [];
				const notes = index.specs();
				for (let run = 0; run < runs; run++) {
					for (const filter of filters) {
						view.setFilter(filter);
						const started = performance.now();
						flushFrames();
						times.push(performance.now() - started);
						const tag = filter.tags[0]?.tag ?? "";
						const t0 = performance.now();
						let kept = 0;
						for (const n of notes)
							if (tag === "" || n.tags.some((t) => t === tag || t.startsWith(`${tag}/`))) kept++;
						floors.push(performance.now() - t0 + kept * 0);
					}
				}
				const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
				return {
					render: med(times),
					worst: Math.max(...times),
					floor: med(floors),
					rows: document.querySelectorAll(".spec-board-row").length,
					specs: notes.length,
				};
			}, RUNS);
			process.stdout.write(
				`headless Chromium, ${result.specs} specs, ${result.rows} rows in the DOM after the last render\n`,
			);
			line("filter change -> render (median)", result.render, 8, result.floor);
			process.stdout.write(`${"filter change -> render (worst)".padEnd(38)} ${ms(result.worst).padStart(12)}\n`);
		} finally {
			await browser.close();
		}
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

const vaultDir = mkdtempSync(path.join(tmpdir(), "spec-board-bench-vault-"));
try {
	generateVault(vaultDir, NOTES);
	const files = readVault(vaultDir);
	await nodePart(files);
	try {
		await browserPart(files);
	} catch (error) {
		process.stdout.write(
			`filter-change render not measured: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`,
		);
	}
} finally {
	rmSync(vaultDir, { recursive: true, force: true });
}
