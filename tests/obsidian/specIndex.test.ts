// The live index follows the vault through the in-memory Obsidian: built when the layout is ready, then one note at a time.
import type { EventRef } from "obsidian";
import { defaultReadOptions, type ReadOptions } from "../../src/core/reading/readOptions";
import { sortSpecs } from "../../src/core/board/rollup";
import { SpecIndex } from "../../src/obsidian/specIndex";
import type { App } from "../support/obsidianFake";
import { asObsidianApp, createIndexedApp, fileAt, settle } from "../support/fakeApp";

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
): { index: SpecIndex; refs: EventRef[]; revisions: number[] } {
	const o = asObsidianApp(app);
	const index = new SpecIndex({ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace }, options);
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
	it("waits for the layout, then builds from the cache, reading only notes the cache cannot answer", async () => {
		const app = await createIndexedApp({
			layoutReady: false,
			files: {
				"Specs/pay.md": SETTLED,
				"Specs/refunds.md": WITH_QUESTIONS,
				"search.md": INLINE_STATUS,
				"diary.md": NOT_A_SPEC,
			},
		});
		const { index, refs } = startIndex(app);
		expect(refs).toHaveLength(3);
		expect(index.isBuilt).toBe(false);
		expect(index.specs()).toEqual([]);
		app.workspace.setLayoutReady();
		expect(index.isBuilt).toBe(true);
		expect(paths(index)).toEqual(["Specs/pay.md", "Specs/refunds.md", "search.md"]);
		await index.whenSettled();
		// refunds.md has an open-questions heading (question text); search.md and diary.md have no status in frontmatter
		// or tags, so only their text can tell whether an inline Status line is there. pay.md is never read.
		expect(app.vault.readCounts.cachedRead).toBe(3);
		expect(app.vault.readCounts.read).toBe(0);
		expect(index.get("Specs/refunds.md")?.openQuestions).toEqual([{ text: "Who approves refunds?", line: 9 }]);
		expect(index.get("search.md")?.status).toBe("In review");
		expect(index.get("search.md")?.statusSource).toBe("inline");
		expect(index.get("Specs/pay.md")?.status).toBe("Approved");
	});

	it("follows create, modify, rename and delete, touching only the changed note", async () => {
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
		expect(paths(index)).toEqual(["Archive/search.md", "Specs/refunds.md"]);

		// The change events carry the text; only the renamed note (with an inline status) was read again.
		expect(app.vault.readCounts.cachedRead - readsAfterBuild).toBe(1);
		expect(revisions.length).toBeGreaterThanOrEqual(5);
		expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
	});

	it("drops a note that stops being a spec and adds one that becomes a spec", async () => {
		const app = await createIndexedApp({ files: { "a.md": SETTLED, "b.md": NOT_A_SPEC } });
		const { index } = startIndex(app);
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
		expect(paths(index)).toEqual(["Notes/b.md", "Specs/a.md"]);
		index.setOptions({ ...defaultReadOptions(), specFolders: ["Specs"] });
		expect(paths(index)).toEqual(["Specs/a.md"]);
		index.setOptions({ ...defaultReadOptions(), specTag: "area" });
		await index.whenSettled();
		expect(paths(index)).toEqual(["Notes/b.md", "Specs/a.md"]);
	});

	it("reads notes without status only inside spec folders, where an inline Status line makes a spec", async () => {
		const app = await createIndexedApp({
			files: { "Specs/idea.md": INLINE_ONLY, "Notes/idea.md": INLINE_ONLY, "Notes/diary.md": NOT_A_SPEC },
		});
		const { index } = startIndex(app, { ...defaultReadOptions(), specFolders: ["Specs"] });
		await index.whenSettled();
		expect(paths(index)).toEqual(["Specs/idea.md"]);
		expect(app.vault.readCounts.cachedRead).toBe(1);
	});

	it("finds a note whose only spec trait is an inline Status line anywhere when no spec folders are set, as the command line does", async () => {
		const app = await createIndexedApp({
			files: { "Notes/idea.md": INLINE_ONLY, "Notes/diary.md": NOT_A_SPEC, "Specs/a.md": SETTLED },
		});
		const { index } = startIndex(app);
		await index.whenSettled();
		expect(paths(index)).toEqual(["Notes/idea.md", "Specs/a.md"]);
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
			if (v % 5 === 0) await app.vault.rename(fileAt(app, `Specs/s${v + 1}.md`), `Moved/s${v + 1}.md`);
			inOrder();
		}
		const same = index.specs();
		expect(index.specs()).toBe(same);
	});

	it("reads texts in the background a few at a time and tells its listeners once for them all", async () => {
		const files = Object.fromEntries(
			Array.from({ length: 60 }, (_, i) => [
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
		const { index, revisions } = startIndex(app);
		app.workspace.setLayoutReady();
		expect(revisions).toEqual([1]);
		expect(index.get("Specs/q1.md")?.openQuestions).toEqual([{ text: "(open question)", line: 9 }]);
		await index.whenSettled();
		expect(app.vault.readCounts.cachedRead).toBe(60);
		expect(mostInFlight).toBeGreaterThan(1);
		expect(mostInFlight).toBeLessThanOrEqual(16);
		expect(revisions).toEqual([1, 2]);
		expect(index.get("Specs/q1.md")?.openQuestions).toEqual([{ text: "Who approves refunds?", line: 9 }]);
	});

	it("builds a changed note once, with the event's text, when the cache shows it has open questions", async () => {
		const app = await createIndexedApp({ files: { "Specs/refunds.md": WITH_QUESTIONS } });
		const { index } = startIndex(app);
		await index.whenSettled();
		await app.vault.modify(
			fileAt(app, "Specs/refunds.md"),
			WITH_QUESTIONS.replace("Who approves refunds?", "Who signs off?"),
		);
		await app.metadataCache.settle();
		expect(index.get("Specs/refunds.md")?.openQuestions).toEqual([{ text: "Who signs off?", line: 9 }]);
	});
});
