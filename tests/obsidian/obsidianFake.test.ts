/** @jest-environment jsdom */
// The in-memory Obsidian behaves as the code under test expects: cache, events, editor, DOM helpers.
import { MarkdownView, Notice, TFile } from "obsidian";
import { Editor } from "../support/obsidianFake";
import { createFakeApp, fileAt, notices, resetFakeRecords } from "../support/fakeApp";

const NOTE = [
	"---",
	"status: Draft",
	"tags: [spec, area/pay]",
	"---",
	"# Title",
	"",
	"## Open questions",
	"- [ ] Who? #q",
	"    - [x] Done",
	"- plain",
	"",
].join("\n");

describe("obsidian fake", () => {
	beforeEach(() => resetFakeRecords());

	it("computes Obsidian-shaped metadata with 0-based lines", () => {
		const app = createFakeApp({ files: { "Specs/a.md": NOTE } });
		const cache = app.metadataCache.getFileCache(fileAt(app, "Specs/a.md"));
		expect(cache?.frontmatter).toEqual({ status: "Draft", tags: ["spec", "area/pay"] });
		expect(cache?.headings?.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([
			["Title", 1, 4],
			["Open questions", 2, 6],
		]);
		expect(cache?.listItems?.map((l) => [l.position.start.line, l.parent, l.task])).toEqual([
			[7, -7, " "],
			[8, 7, "x"],
			[9, -7, undefined],
		]);
		expect(cache?.tags?.map((t) => t.tag)).toEqual(["#q"]);
	});

	it("emits changed, deleted and rename events", async () => {
		const app = createFakeApp();
		const seen: string[] = [];
		app.metadataCache.on("changed", (file: TFile) => seen.push(`changed ${file.path}`));
		app.metadataCache.on("deleted", (file: TFile) => seen.push(`deleted ${file.path}`));
		app.vault.on("rename", (file: TFile, old: string) => seen.push(`rename ${old} ${file.path}`));
		const file = await app.vault.create("a.md", "x");
		await app.vault.modify(file, "y");
		await app.vault.rename(file, "b/c.md");
		await app.fileManager.trashFile(file);
		expect(seen).toEqual(["changed a.md", "changed a.md", "rename a.md b/c.md", "deleted b/c.md"]);
		await expect(app.vault.create("z.md", "")).resolves.toBeInstanceOf(TFile);
		await expect(app.vault.create("z.md", "")).rejects.toThrow("already exists");
	});

	it("edits frontmatter with processFrontMatter", async () => {
		const app = createFakeApp({ files: { "a.md": NOTE } });
		await app.fileManager.processFrontMatter(fileAt(app, "a.md"), (fm: Record<string, unknown>) => {
			fm.status = "Done";
		});
		expect(app.vault.peek("a.md")).toContain("status: Done\n");
		expect(app.vault.peek("a.md")).toContain("# Title");
	});

	it("counts one undo step per transaction", () => {
		const editor = new Editor("one\ntwo");
		editor.transaction({
			changes: [
				{ from: { line: 0, ch: 0 }, text: "A" },
				{ from: { line: 1, ch: 0 }, to: { line: 1, ch: 3 }, text: "B" },
			],
		});
		expect(editor.getValue()).toBe("Aone\nB");
		expect(editor.undoSteps).toBe(1);
		editor.undo();
		expect(editor.getValue()).toBe("one\ntwo");
	});

	it("opens files in leaves and records notices", async () => {
		const app = createFakeApp({ files: { "a.md": NOTE } });
		await app.workspace.openLinkText("a", "", "tab", { eState: { line: 6 } });
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe("a.md");
		expect(view?.editor.getCursor().line).toBe(6);
		new Notice("Hello");
		expect(notices).toEqual(["Hello"]);
	});

	it("installs Obsidian's DOM helpers", () => {
		const el = createDiv({ cls: "x y", text: "<b>hi</b>" });
		el.createSpan({ cls: "z", attr: { "aria-label": "Label" } });
		expect(el.hasClass("y")).toBe(true);
		expect(el.textContent).toBe("<b>hi</b>");
		expect(el.querySelector("span.z")?.getAttribute("aria-label")).toBe("Label");
		el.empty();
		expect(el.childNodes.length).toBe(0);
	});
});
