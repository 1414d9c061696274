/** @jest-environment jsdom */
// The in-memory Obsidian behaves as the code under test expects: cache, events, editor, DOM helpers.
import { MarkdownView, Notice, Platform, TFile } from "obsidian";
import { Editor, type MarkdownView as FakeMarkdownView } from "../support/obsidianFake";
import { createFakeApp, createIndexedApp, fileAt, notices, resetFakeRecords, setPlatform } from "../support/fakeApp";

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

	it("computes Obsidian-shaped metadata with 0-based lines", async () => {
		const app = await createIndexedApp({ files: { "Specs/a.md": NOTE } });
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
		await app.metadataCache.settle();
		await app.vault.modify(file, "y");
		await app.metadataCache.settle();
		await app.vault.rename(file, "b/c.md");
		await app.fileManager.trashFile(file);
		expect(seen).toEqual(["changed a.md", "changed a.md", "rename a.md b/c.md", "deleted b/c.md"]);
		await expect(app.vault.create("z.md", "")).resolves.toBeInstanceOf(TFile);
		await expect(app.vault.create("z.md", "")).rejects.toThrow("already exists");
	});

	it("indexes a note only after the write resolves: null first, stale after a change, changed and resolved later", async () => {
		const app = createFakeApp({ files: { "a.md": NOTE } });
		const seen: string[] = [];
		app.metadataCache.on("changed", (file: TFile) => seen.push(`changed ${file.path}`));
		app.metadataCache.on("resolved", () => seen.push("resolved"));
		const file = fileAt(app, "a.md");
		expect(app.workspace.layoutReady).toBe(true);
		expect(app.metadataCache.getFileCache(file)).toBeNull();
		await app.metadataCache.settle();
		expect(seen).toEqual(["changed a.md", "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("Draft");
		await app.vault.modify(file, NOTE.replace("Draft", "Done"));
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("Draft");
		await app.metadataCache.settle();
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("Done");
		expect(seen).toEqual(["changed a.md", "resolved", "changed a.md", "resolved"]);
	});

	it("indexes on its own a moment later when nobody waits", async () => {
		const app = createFakeApp({ files: { "a.md": NOTE } });
		await new Promise((resolve) => window.setTimeout(resolve, 5));
		expect(app.metadataCache.getFileCache(fileAt(app, "a.md"))).not.toBeNull();
	});

	it("re-serialises the whole YAML block in processFrontMatter, as Obsidian does", async () => {
		const note = [
			"---",
			"# a comment",
			"status: 'Draft' # draft | done",
			"tags: [spec, area/pay]",
			"created: 2024-05-01",
			"---",
			"# Title",
		].join("\n");
		const app = createFakeApp({ files: { "a.md": note } });
		await app.fileManager.processFrontMatter(fileAt(app, "a.md"), (fm: Record<string, unknown>) => {
			fm.status = "Done";
		});
		expect(app.vault.peek("a.md")).toBe(
			["---", "status: Done", "tags:", "  - spec", "  - area/pay", "created: 2024-05-01", "---", "# Title"].join(
				"\n",
			),
		);
	});

	it("refuses processFrontMatter on YAML that does not parse, writing nothing", async () => {
		const note = "---\nstatus: [Draft\n---\nBody";
		const app = createFakeApp({ files: { "a.md": note } });
		await expect(app.fileManager.processFrontMatter(fileAt(app, "a.md"), () => undefined)).rejects.toThrow();
		expect(app.vault.peek("a.md")).toBe(note);
	});

	it("keeps the last active file while the sidebar has the focus; the active editor is gone then", async () => {
		const app = createFakeApp({ files: { "a.md": NOTE } });
		const noteLeaf = app.workspace.getLeaf(false);
		await noteLeaf.openFile(fileAt(app, "a.md"));
		expect(app.workspace.activeEditor?.file?.path).toBe("a.md");
		const sidebar = app.workspace.getRightLeaf(false);
		app.workspace.setActiveLeaf(sidebar);
		expect(app.workspace.getActiveFile()?.path).toBe("a.md");
		expect(app.workspace.activeEditor).toBeNull();
	});

	it("reloads an open note written by someone else: unsaved typing is lost", async () => {
		const app = createFakeApp({ files: { "a.md": "one" } });
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(fileAt(app, "a.md"));
		const view = leaf.view as FakeMarkdownView;
		view.editor.setCursor({ line: 0, ch: 3 });
		view.editor.type(" two");
		expect(view.unsaved).toBe(true);
		await app.vault.process(fileAt(app, "a.md"), (text) => `${text}!`);
		expect(view.editor.getValue()).toBe("one!");
	});

	it("counts reads", async () => {
		const app = createFakeApp({ files: { "a.md": "x" } });
		await app.vault.read(fileAt(app, "a.md"));
		await app.vault.cachedRead(fileAt(app, "a.md"));
		expect(app.vault.reads).toBe(2);
		expect(app.vault.readPaths).toEqual(["a.md", "a.md"]);
	});

	it.each([
		["desktop", { isDesktopApp: true, isMobile: false, isIosApp: false }],
		["android", { isMobile: true, isAndroidApp: true, isPhone: true, isDesktop: false }],
		["iphone", { isMobile: true, isIosApp: true, isPhone: true, isTablet: false }],
		["ipad", { isMobile: true, isIosApp: true, isTablet: true, isPhone: false }],
	] as const)("runs as %s", (platform, flags) => {
		setPlatform(platform);
		expect(Platform).toMatchObject(flags);
		setPlatform("desktop");
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
