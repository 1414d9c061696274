// The live index follows the vault through the in-memory Obsidian: built when the layout is ready, then one note at a time.
import type { EventRef } from "obsidian";
import { defaultReadOptions, type ReadOptions } from "../../src/core/reading/readOptions";
import { sortSpecs } from "../../src/core/board/rollup";
import { SpecIndex, type IndexScheduler } from "../../src/obsidian/specIndex";
import { defaultSettings } from "../../src/core/settings/settings";
import { readOptionsFromSettings } from "../../src/core/reading/readOptions";
import { exportedTemplateText } from "../../src/obsidian/templateExporter";
import { BUILT_IN_TEMPLATES } from "../../src/core/templates/builtInTemplates";
import type { App } from "../support/obsidianFake";
import { asObsidianApp, createFakeApp, createIndexedApp, fileAt, settle } from "../support/fakeApp";

const SETTLED = [
	"---",
	"status: Approved",
	"priority: High",
	"tags: [spec, area/pay]",
	"---",
	"# Pay by card",
	"",
	"Body.",
	"",
].join("\n");
const WITH_QUESTIONS = [
	"---",
	"status: Draft",
	"tags: [spec]",
	"---",
	"# Refunds",
	"",
	"## Open questions",
	"",
	"- [ ] Who approves refunds?",
	"- [x] Currency?",
	"",
].join("\n");
const INLINE_STATUS = ["# Search", "", "Status: In review", "", "#spec #area/search", ""].join("\n");
const NOT_A_SPEC = ["---", "created: 2024-01-01", "---", "# Diary", ""].join("\n");
const INLINE_ONLY = ["# Idea", "", "Status: Draft", ""].join("\n");

function startIndex(
	app: App,
	options: ReadOptions = defaultReadOptions(),
	scheduler?: IndexScheduler,
): { index: SpecIndex; refs: EventRef[]; revisions: number[] } {
	const o = asObsidianApp(app);
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		options,
		scheduler,
	);
	const refs: EventRef[] = [];
	const revisions: number[] = [];
	index.onChange((rev) => revisions.push(rev));
	index.start((ref) => refs.push(ref));
	return { index, refs, revisions };
}

/** The listed specs' paths, in path order (specs() gives board order). */
function paths(index: SpecIndex): string[] {
	return index
		.specs()
		.map((n) => n.path)
		.sort();
}

describe("SpecIndex", () => {
	it("waits for the layout, then reads only the notes whose cache shows a trace of a spec", async () => {
		const app = await createIndexedApp({
			layoutReady: false,
			files: {
				"Specs/pay.md": SETTLED,
				"Specs/refunds.md": WITH_QUESTIONS,
				"search.md": INLINE_STATUS,
				"diary.md": NOT_A_SPEC,
				"idea.md": INLINE_ONLY,
			},
		});
		const { index, refs } = startIndex(app);
		expect(refs).toHaveLength(4);
		expect(index.isBuilt).toBe(false);
		expect(index.isReadingVault).toBe(true);
		expect(index.specs()).toEqual([]);
		app.workspace.setLayoutReady();
		expect(index.isBuilt).toBe(true);
		await index.whenSettled();
		expect(paths(index)).toEqual(["Specs/pay.md", "Specs/refunds.md", "search.md"]);
		// The text decides for the three notes with a trace (a status key, a spec tag, the Specs folder); diary.md and
		// idea.md (a Status line in its body, no trace anywhere) are never read, and idea.md is no spec.
		expect(app.vault.readCounts.cachedRead).toBe(3);
		expect(index.counts).toEqual({ candidates: 3, reads: 3 });
		expect(app.vault.readCounts.read).toBe(0);
		expect(index.isReadingVault).toBe(false);
		expect(index.get("Specs/refunds.md")?.openQuestions).toEqual([{ text: "Who approves refunds?", line: 9 }]);
		expect(index.get("search.md")?.status).toBe("In review");
		expect(index.get("search.md")?.statusSource).toBe("inline");
		expect(index.get("Specs/pay.md")?.status).toBe("Approved");
	});

	it("follows create, modify, rename and delete, reading only a renamed note again", async () => {
		const app = await createIndexedApp({ files: { "Specs/pay.md": SETTLED, "Specs/refunds.md": WITH_QUESTIONS } });
		const { index, revisions } = startIndex(app);
		await index.whenSettled();
		const readsAfterBuild = app.vault.readCounts.cachedRead;
		const before = index.get("Specs/pay.md");

		const created = await app.vault.create("Specs/search.md", INLINE_STATUS);
		await app.metadataCache.settle();
		expect(index.get("Specs/search.md")?.status).toBe("In review");
		expect(index.get("Specs/pay.md")).toBe(before);

		await app.vault.modify(
			fileAt(app, "Specs/refunds.md"),
			WITH_QUESTIONS.replace("- [x] Currency?", "- [ ] Currency?"),
		);
		await app.metadataCache.settle();
		expect(index.get("Specs/refunds.md")?.openQuestions.map((q) => q.text)).toEqual([
			"Who approves refunds?",
			"Currency?",
		]);
		expect(index.get("Specs/pay.md")).toBe(before);

		await app.vault.rename(created, "Archive/search.md");
		await index.whenSettled();
		expect(paths(index)).toEqual(["Archive/search.md", "Specs/pay.md", "Specs/refunds.md"]);
		expect(index.get("Archive/search.md")?.status).toBe("In review");

		await app.fileManager.trashFile(fileAt(app, "Specs/pay.md"));
		await app.metadataCache.settle();
		expect(paths(index)).toEqual(["Archive/search.md", "Specs/refunds.md"]);

		// The change events carry the text; only the renamed note was read again.
		expect(app.vault.readCounts.cachedRead - readsAfterBuild).toBe(1);
		expect(revisions.length).toBeGreaterThanOrEqual(5);
		expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
	});

	it("drops a note that stops being a spec and adds one that becomes a spec", async () => {
		const app = await createIndexedApp({ files: { "a.md": SETTLED, "b.md": NOT_A_SPEC } });
		const { index } = startIndex(app);
		await index.whenSettled();
		await app.vault.modify(
			fileAt(app, "a.md"),
			SETTLED.replace("status: Approved\n", "").replace("tags: [spec, area/pay]", "tags: [area/pay]"),
		);
		await app.metadataCache.settle();
		await app.vault.modify(fileAt(app, "b.md"), NOT_A_SPEC.replace("created", "tags: [spec]\ncreated"));
		await app.metadataCache.settle();
		expect(paths(index)).toEqual(["b.md"]);
	});

	it("moves the notes of a renamed folder", async () => {
		const app = await createIndexedApp({
			files: { "Old/a.md": SETTLED, "Old/b.md": WITH_QUESTIONS, "c.md": SETTLED },
		});
		const { index } = startIndex(app);
		await index.whenSettled();
		const folder = app.vault.getFolderByPath("Old");
		if (!folder) throw new Error("no folder");
		await app.vault.rename(folder, "New");
		await index.whenSettled();
		expect(paths(index)).toEqual(["New/a.md", "New/b.md", "c.md"]);
		expect(index.get("New/b.md")?.openQuestions).toHaveLength(1);
	});

	it("rebuilds when the settings change (spec tag, folders)", async () => {
		const app = await createIndexedApp({
			files: { "Specs/a.md": SETTLED, "Notes/b.md": SETTLED, "c.md": NOT_A_SPEC },
		});
		const { index } = startIndex(app);
		await index.whenSettled();
		expect(paths(index)).toEqual(["Notes/b.md", "Specs/a.md"]);
		index.setOptions({ ...defaultReadOptions(), specFolders: ["Specs"] });
		await index.whenSettled();
		expect(paths(index)).toEqual(["Specs/a.md"]);
		index.setOptions({ ...defaultReadOptions(), specTag: "area" });
		await index.whenSettled();
		expect(paths(index)).toEqual(["Notes/b.md", "Specs/a.md"]);
	});

	it.each([
		["inside the configured spec folders", { specFolders: ["Notes/Product"] }, "Notes/Product/idea.md"],
		["under a folder named for specs, none configured", {}, "Work/RFCs/idea.md"],
	])("makes a note with only a body Status line a spec %s, and only there", async (_name, options, place) => {
		const app = await createIndexedApp({
			files: { [place]: INLINE_ONLY, "Notes/idea.md": INLINE_ONLY, "Notes/diary.md": NOT_A_SPEC },
		});
		const { index } = startIndex(app, { ...defaultReadOptions(), ...options });
		await index.whenSettled();
		expect(paths(index)).toEqual([place]);
		expect(app.vault.readCounts.cachedRead).toBe(1);
	});

	it("never reads a Kanban board or the templates folder: after exporting the built-in templates no spec is listed", async () => {
		const settings = { ...defaultSettings(), templatesFolder: "Templates" };
		const files: Record<string, string> = {
			"Boards/Roadmap.md": "---\nkanban-plugin: board\n---\n\n## Status\n\n- [ ] #spec Ship it\n",
		};
		for (const template of BUILT_IN_TEMPLATES)
			files[`Templates/${template.fileName}`] = exportedTemplateText(template);
		const app = await createIndexedApp({ files });
		const { index } = startIndex(app, readOptionsFromSettings(settings));
		await index.whenSettled();
		expect(paths(index)).toEqual([]);
		expect(app.vault.readCounts.cachedRead).toBe(0);
		// Without the templates folder set, the exported templates are specs (the defect this guards against).
		index.setOptions(readOptionsFromSettings(defaultSettings()));
		await index.whenSettled();
		expect(index.specs().length).toBeGreaterThanOrEqual(4);
	});

	it("takes a custom template's title and sections as a trace, from the cache, without reading the template", async () => {
		const template = "# Epic: {{title}}\n\nStatus: draft\n\n## Outcome\n\n## Bets\n";
		const app = await createIndexedApp({
			files: {
				"Templates/Epic.md": template,
				"Work/checkout.md": "# Epic: Checkout\n\nStatus: Draft\n",
				"Work/cart.md": "# Cart\n\nStatus: Draft\n\n## Outcome\n\n## Bets\n",
				"Work/notes.md": "# Notes\n\nStatus: Draft\n\n## Outcome\n",
			},
		});
		const { index } = startIndex(app, { ...defaultReadOptions(), templatesFolder: "Templates" });
		await index.whenSettled();
		expect(paths(index)).toEqual(["Work/cart.md", "Work/checkout.md"]);
		expect(app.vault.readCounts.cachedRead).toBe(2);
	});

	it("reads a question that wraps onto the next line whole, as the command line does", async () => {
		const wrapped = [
			"---",
			"status: Draft",
			"---",
			"# Sync",
			"",
			"## Open questions",
			"",
			"- [ ] Do we retry failed syncs",
			"  on the next launch?",
			"",
		].join("\n");
		const app = await createIndexedApp({ files: { "Specs/sync.md": wrapped } });
		const { index } = startIndex(app);
		await index.whenSettled();
		expect(index.get("Specs/sync.md")?.openQuestions).toEqual([
			{ text: "Do we retry failed syncs on the next launch?", line: 8 },
		]);
	});

	it("ignores a text read that a newer change overtook", async () => {
		const app = await createIndexedApp({ files: { "s.md": INLINE_STATUS } });
		const { index } = startIndex(app);
		await app.vault.modify(fileAt(app, "s.md"), INLINE_STATUS.replace("In review", "Done"));
		await app.metadataCache.settle();
		await index.whenSettled();
		await settle();
		expect(index.get("s.md")?.status).toBe("Done");
	});

	it("stops following events once its registrations end", async () => {
		const app = await createIndexedApp({ files: { "a.md": SETTLED } });
		const { index, refs } = startIndex(app);
		await index.whenSettled();
		for (const ref of refs) app.metadataCache.offref(ref as never);
		for (const ref of refs) app.vault.offref(ref as never);
		await app.vault.create("b.md", SETTLED);
		await app.metadataCache.settle();
		expect(paths(index)).toEqual(["a.md"]);
	});

	it("lists the specs in board order, and keeps that order through changes without sorting afresh", async () => {
		const statuses = ["Draft", "Approved", "Done", "In review"];
		const spec = (i: number, v: number): string =>
			[
				"---",
				`status: ${statuses[(i + v) % 4]}`,
				`priority: ${["High", "Low", "Medium"][(i * v) % 3]}`,
				`updated: 2025-01-${String(1 + ((i + v) % 28)).padStart(2, "0")}`,
				"tags: [spec]",
				"---",
				`# Spec ${(i * 7 + v) % 13}`,
				"",
			].join("\n");
		const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Specs/s${i}.md`, spec(i, 0)]));
		const app = await createIndexedApp({ files });
		const { index } = startIndex(app);
		await index.whenSettled();
		const inOrder = (): void => {
			expect(index.specs()).toEqual(sortSpecs(index.specs()));
			expect(paths(index)).toEqual(
				[...app.vault.getMarkdownFiles().map((f) => f.path)].filter((p) => index.get(p)).sort(),
			);
		};
		inOrder();
		for (let v = 1; v <= 12; v++) {
			await app.vault.modify(fileAt(app, `Specs/s${(v * 5) % 40}.md`), spec(v, v));
			await app.metadataCache.settle();
			if (v % 3 === 0) await app.vault.create(`Specs/new${v}.md`, spec(v + 100, v));
			if (v % 4 === 0) await app.fileManager.trashFile(fileAt(app, `Specs/s${v}.md`));
			await app.metadataCache.settle();
			if (v % 5 === 0) await app.vault.rename(fileAt(app, `Specs/s${v + 1}.md`), `Moved/s${v + 1}.md`);
			await index.whenSettled();
			inOrder();
		}
		const same = index.specs();
		expect(index.specs()).toBe(same);
	});

	it("reads in slices that yield to the app, a few texts at a time, and tells its listeners after each slice", async () => {
		const files = Object.fromEntries(
			Array.from({ length: 120 }, (_, i) => [
				`Specs/q${i}.md`,
				WITH_QUESTIONS.replace("# Refunds", `# Refunds ${i}`),
			]),
		);
		const app = await createIndexedApp({ layoutReady: false, files });
		let inFlight = 0;
		let mostInFlight = 0;
		const read = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = async (file) => {
			inFlight++;
			mostInFlight = Math.max(mostInFlight, inFlight);
			for (let turn = 0; turn < 3; turn++) await Promise.resolve();
			inFlight--;
			return read(file);
		};
		// A clock that moves 1 ms each time it is read: a slice holds a handful of steps, then yields.
		let clock = 0;
		let yields = 0;
		const scheduler: IndexScheduler = {
			now: () => clock++,
			yieldToApp: () => {
				yields++;
				return new Promise((resolve) => setImmediate(resolve));
			},
		};
		const { index, revisions } = startIndex(app, defaultReadOptions(), scheduler);
		app.workspace.setLayoutReady();
		expect(revisions).toEqual([1]);
		expect(index.isReadingVault).toBe(true);
		await index.whenSettled();
		expect(yields).toBeGreaterThan(10);
		expect(app.vault.readCounts.cachedRead).toBe(120);
		expect(mostInFlight).toBeGreaterThan(1);
		expect(mostInFlight).toBeLessThanOrEqual(32);
		expect(revisions.length).toBeGreaterThan(2);
		expect(index.specs()).toHaveLength(120);
		expect(index.get("Specs/q1.md")?.openQuestions).toEqual([{ text: "Who approves refunds?", line: 9 }]);
	});

	it("waits for notes the metadata cache has not indexed yet, and says it is reading until the cache resolved", async () => {
		// A first start: the layout is ready before the cache has indexed a single note.
		const app = createFakeApp({
			files: { "Specs/a.md": SETTLED, "Specs/b.md": WITH_QUESTIONS, "c.md": NOT_A_SPEC },
		});
		const { index } = startIndex(app);
		await index.whenSettled();
		expect(paths(index)).toEqual([]);
		expect(index.isReadingVault).toBe(true);
		// The cache indexes the notes: each "changed" event carries the text, so nothing is read.
		await app.metadataCache.settle();
		await index.whenSettled();
		expect(paths(index)).toEqual(["Specs/a.md", "Specs/b.md"]);
		expect(index.isReadingVault).toBe(false);
		expect(app.vault.readCounts.cachedRead).toBe(0);
	});

	it("counts a resolved cache heard before the layout was ready", async () => {
		const app = createFakeApp({ layoutReady: false, files: { "Specs/a.md": SETTLED, "Specs/b.md": SETTLED } });
		const { index } = startIndex(app);
		await app.metadataCache.settle();
		const getFileCache = app.metadataCache.getFileCache.bind(app.metadataCache);
		app.metadataCache.getFileCache = (file) => (file.path === "Specs/b.md" ? null : getFileCache(file));
		app.workspace.setLayoutReady();
		await index.whenSettled();
		expect(paths(index)).toEqual(["Specs/a.md"]);
		expect(index.isReadingVault).toBe(false);
	});

	it("reads the notes the cache indexed before the layout was ready, and only those with a trace", async () => {
		const app = createFakeApp({ layoutReady: false, files: { "Specs/a.md": SETTLED, "diary.md": NOT_A_SPEC } });
		const { index } = startIndex(app);
		await app.metadataCache.settle();
		app.workspace.setLayoutReady();
		await index.whenSettled();
		expect(paths(index)).toEqual(["Specs/a.md"]);
		expect(app.vault.readCounts.cachedRead).toBe(1);
		expect(index.isReadingVault).toBe(false);
	});

	it("builds a changed note once, with the event's text", async () => {
		const app = await createIndexedApp({ files: { "Specs/refunds.md": WITH_QUESTIONS } });
		const { index } = startIndex(app);
		await index.whenSettled();
		const reads = app.vault.readCounts.cachedRead;
		await app.vault.modify(
			fileAt(app, "Specs/refunds.md"),
			WITH_QUESTIONS.replace("Who approves refunds?", "Who signs off?"),
		);
		await app.metadataCache.settle();
		expect(index.get("Specs/refunds.md")?.openQuestions).toEqual([{ text: "Who signs off?", line: 9 }]);
		expect(app.vault.readCounts.cachedRead).toBe(reads);
	});
});
