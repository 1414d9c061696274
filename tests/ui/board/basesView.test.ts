/** @jest-environment jsdom */
// The Spec board view inside a base (Obsidian's Bases, through tests/support/basesFake.ts): it groups and counts the
// base's entries as the sidebar board does, whatever convention a note keeps its status in; it follows the base's
// updates and the index's, redraws once per frame, keeps no entries between updates, stays virtualised, and "New"
// makes a spec from a template through the app's own flow.
import type { BasesViewRegistration, WorkspaceLeaf } from "obsidian";
import { emptyFilter } from "../../../src/core/board/filter";
import { SPEC_BASES_OPTION_KEYS, SPEC_BASES_VIEW_TYPE } from "../../../src/core/board/specBase";
import { readOptionsFromSettings } from "../../../src/core/reading/readOptions";
import { defaultSettings, type SpecBoardSettings } from "../../../src/core/settings/settings";
import { BUILT_IN_TEMPLATES } from "../../../src/core/templates/builtInTemplates";
import { createSpecThroughBase } from "../../../src/obsidian/basesSpecCreator";
import { SpecIndex } from "../../../src/obsidian/specIndex";
import { basesBoardOptions } from "../../../src/ui/board/basesBoard";
import { BoardView } from "../../../src/ui/board/boardView";
import { registerSpecBasesView, specBasesViewOptions } from "../../../src/ui/board/registerBasesView";
import { TemplatePickerModal } from "../../../src/ui/pickers/templatePickerModal";
import { BasesEntry, BasesQueryResult, FakeBase, registrationsOf, type FakeBaseOptions } from "../../support/basesFake";
import type { App } from "../../support/obsidianFake";
import { noBoardActions } from "../../support/boardActions";
import {
	asObsidianApp,
	createFakeApp,
	createFakePlugin,
	fileAt,
	frameQueue,
	notices,
	openModals,
	resetFakeRecords,
	settle,
	shownMenus,
} from "../../support/fakeApp";

// Notes in four conventions: status in YAML, an inline Status line, a status tag, and no status at all (not a spec).
const FILES: Record<string, string> = {
	"Specs/pay.md": [
		"---",
		"status: Approved",
		"priority: High",
		"tags: [spec, area/payments]",
		"---",
		"# Pay by card",
		"",
		"## Open questions",
		"",
		"- [ ] Which cards?",
		"- [ ] 3-D Secure?",
		"",
	].join("\n"),
	"Specs/search.md": ["# Saved searches", "Status: In Progress", "", "Store searches per user.", ""].join("\n"),
	"Specs/tagged.md": ["---", "tags: [spec, status/draft]", "priority: low", "---", "# Tagged draft", ""].join("\n"),
	"Specs/refunds.md": ["---", "status: Draft", "priority: Medium", "tags: [spec]", "---", "# Refunds", ""].join("\n"),
	"Specs/notes.md": ["# Meeting notes", "", "Nothing to see.", ""].join("\n"),
};

interface Harness {
	app: App;
	base: FakeBase;
	index: SpecIndex;
	frames: ReturnType<typeof frameQueue>;
	registration: BasesViewRegistration;
	root: HTMLElement;
	settings: SpecBoardSettings;
	statusCalls: string[];
}

async function openBase(
	options: { files?: Record<string, string>; base?: FakeBaseOptions; settings?: SpecBoardSettings } = {},
): Promise<Harness> {
	resetFakeRecords();
	const app = createFakeApp({ files: options.files ?? FILES });
	await cacheSettled(app);
	const { obsidianPlugin } = createFakePlugin(app);
	const o = asObsidianApp(app);
	const settings = options.settings ?? defaultSettings();
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		readOptionsFromSettings(settings),
	);
	index.start((ref) => obsidianPlugin.registerEvent(ref));
	await index.whenSettled();
	const frames = frameQueue();
	const statusCalls: string[] = [];
	const registered = registerSpecBasesView(obsidianPlugin, {
		index,
		actions: noBoardActions({ setStatus: (file) => void statusCalls.push(file.path) }),
		getSettings: () => settings,
		now: () => new Date("2026-03-01T10:00:00Z"),
		scheduleFrame: frames.schedule,
	});
	expect(registered).toBe(true);
	const registration = registrationsOf(app).basesViews.get(SPEC_BASES_VIEW_TYPE);
	if (!registration) throw new Error("the view type was not registered");
	const base = new FakeBase(app, registration, options.base);
	frames.flush();
	return { app, base, index, frames, registration, root: base.containerEl, settings, statusCalls };
}

/** Waits until the metadata cache has indexed what was written (at once with a synchronous cache). */
async function cacheSettled(app: App): Promise<void> {
	await (app.metadataCache as { settle?: () => Promise<void> }).settle?.();
}

/** Waits until the cache and then the index have taken in what was written. */
async function indexed(h: Pick<Harness, "app" | "index">): Promise<void> {
	await cacheSettled(h.app);
	await h.index.whenSettled();
}

function groupHeaders(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll(".spec-board-group")).map(
		(el) =>
			`${el.querySelector(".spec-board-group-label")?.textContent} ${el.querySelector(".spec-board-group-count")?.textContent}`,
	);
}

function titles(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll(".spec-board-row-title")).map((el) => el.textContent ?? "");
}

function counts(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll(".spec-board-count")).map(
		(b) =>
			`${b.querySelector(".spec-board-count-label")?.textContent}=${b.querySelector(".spec-board-count-value")?.textContent}`,
	);
}

/** The sidebar board over the same index, for comparison. */
async function sidebarOf(h: Harness): Promise<HTMLElement> {
	const frames = frameQueue();
	const leaf = h.app.workspace.getRightLeaf(false);
	const view = new BoardView(leaf as unknown as WorkspaceLeaf, {
		index: h.index,
		loadState: () => ({ filter: emptyFilter(), groupBy: "status", collapsedGroups: [], summaryFolded: false }),
		saveState: () => undefined,
		actions: noBoardActions(),
		specTag: () => h.settings.specTag,
		scheduleFrame: frames.schedule,
	});
	await leaf.open(view as never);
	frames.flush();
	return view.contentEl;
}

/** Every value reachable from the fields the plugin's view adds (not those Bases sets), DOM and app left out. */
function reachableFromView(view: object, app: App): unknown[] {
	const seen = new Set<unknown>([view]);
	const found: unknown[] = [];
	const walk = (value: unknown): void => {
		if (value === null || typeof value !== "object" || seen.has(value)) return;
		if (value === app || value instanceof Node) return;
		seen.add(value);
		found.push(value);
		if (value instanceof Map)
			for (const [k, v] of value) {
				walk(k);
				walk(v);
			}
		else if (value instanceof Set) for (const v of value) walk(v);
		else for (const v of Object.values(value)) walk(v);
	};
	// What Bases itself puts on the view (the controller, the config, the latest result) is Bases' to keep.
	const owned = new Set(["data", "controller", "config", "app", "allProperties"]);
	for (const [key, value] of Object.entries(view)) if (!owned.has(key)) walk(value);
	return found;
}

describe("the Spec board view in a base", () => {
	it("is registered with a plugin-unique id, a name, an icon and its options", async () => {
		const { registration } = await openBase();
		expect(SPEC_BASES_VIEW_TYPE).toBe("spec-board-bases");
		expect(registration.name).toBe("Spec board");
		expect(registration.icon).toBe("layout-list");
		expect(specBasesViewOptions().map((o) => ("key" in o ? o.key : o.displayName))).toEqual([
			SPEC_BASES_OPTION_KEYS.groupBy,
			SPEC_BASES_OPTION_KEYS.showQuestions,
			SPEC_BASES_OPTION_KEYS.showCounts,
		]);
	});

	it("groups and counts the base's entries by canonical status as the sidebar board does, whatever the convention", async () => {
		const h = await openBase();
		const sidebar = await sidebarOf(h);
		expect(groupHeaders(h.root)).toEqual(["Draft 2", "Approved 1", "In progress 1"]);
		expect(groupHeaders(h.root)).toEqual(groupHeaders(sidebar));
		expect(counts(h.root)).toEqual(counts(sidebar));
		expect(titles(h.root).sort()).toEqual(titles(sidebar).sort());
		// Priority, not-ready and the open-question count are drawn by the same row code.
		const pay = h.root.querySelector('[data-path="Specs/pay.md"]');
		expect(pay?.querySelector(".spec-board-priority")?.textContent).toBe("High");
		expect(pay?.querySelector(".spec-board-not-ready")?.textContent).toBe("Not ready");
		expect(pay?.querySelector(".spec-board-question-count")?.textContent).toBe("2");
	});

	it("keeps the base's own order within a group and leaves out the entries that are not specs, saying how many", async () => {
		const h = await openBase({
			base: { sort: (a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0) },
		});
		const draft = titles(h.root).filter((t) => t === "Refunds" || t === "Tagged draft");
		expect(draft).toEqual(["Tagged draft", "Refunds"]);
		expect(titles(h.root)).not.toContain("Meeting notes");
		expect(h.root.querySelector(".spec-board-bases-note")?.textContent).toBe(
			"1 note of this base is not a spec and left off the board.",
		);
	});

	it("shows only the entries the base's filters let through", async () => {
		const h = await openBase({ base: { filter: (file) => file.path !== "Specs/pay.md" } });
		expect(titles(h.root)).not.toContain("Pay by card");
		expect(groupHeaders(h.root)).toEqual(["Draft 2", "In progress 1"]);
	});

	it("counts the rows' ages to the clock it is given", async () => {
		const h = await openBase({
			files: { "Specs/aged.md": ["---", "status: Draft", "updated: 2026-02-06", "---", "# Aged", ""].join("\n") },
		});
		expect(h.root.querySelector(".spec-board-age")?.textContent).toBe("Draft for 23 days");
	});

	it("follows updates: a status written inline moves the row, a new note appears, a removed one goes", async () => {
		const h = await openBase();
		await h.app.vault.modify(
			fileAt(h.app, "Specs/search.md"),
			["# Saved searches", "Status: Done", "", "Shipped.", ""].join("\n"),
		);
		await indexed(h);
		await h.app.vault.create(
			"Specs/new.md",
			["---", "status: In review", "tags: [spec]", "---", "# New one", ""].join("\n"),
		);
		await h.app.fileManager.trashFile(fileAt(h.app, "Specs/refunds.md"));
		await indexed(h);
		h.frames.flush();
		expect(groupHeaders(h.root)).toEqual(["Draft 1", "In review 1", "Approved 1", "Done 1"]);
		expect(titles(h.root)).toContain("New one");
		expect(titles(h.root)).not.toContain("Refunds");
	});

	it("follows its options in the .base file: grouping, counts and open questions", async () => {
		const h = await openBase();
		h.base.setOption(SPEC_BASES_OPTION_KEYS.groupBy, "priority");
		h.frames.flush();
		expect(groupHeaders(h.root)).toEqual(["High 1", "Medium 1", "Low 1", "None 1"]);
		h.base.setOption(SPEC_BASES_OPTION_KEYS.showCounts, false);
		h.frames.flush();
		expect(h.root.querySelector(".spec-board-summary")?.classList.contains("spec-board-hidden")).toBe(true);
		h.base.setOption(SPEC_BASES_OPTION_KEYS.showQuestions, true);
		h.frames.flush();
		expect(Array.from(h.root.querySelectorAll(".spec-board-question")).map((q) => q.textContent)).toEqual([
			"Which cards?",
			"3-D Secure?",
		]);
	});

	it("reads missing or odd option values as the defaults (Bases stores only what a person set)", () => {
		expect(basesBoardOptions(() => undefined)).toEqual({
			groupBy: "status",
			showQuestions: false,
			showCounts: true,
		});
		expect(basesBoardOptions(() => "nonsense")).toEqual({
			groupBy: "status",
			showQuestions: false,
			showCounts: true,
		});
	});

	it("redraws at most once per frame, however many updates and index changes come in", async () => {
		const h = await openBase();
		const board = (h.base.view as unknown as { board: { renders: number } }).board;
		const before = board.renders;
		h.base.update();
		h.base.update();
		h.base.update();
		await h.app.vault.modify(fileAt(h.app, "Specs/refunds.md"), FILES["Specs/refunds.md"].replace("Draft", "Done"));
		expect(h.frames.pending()).toBe(1);
		h.frames.flush();
		expect(board.renders).toBe(before + 1);
	});

	it("draws its counts again only when they change; a segment clicked stays the same, pressed, element", async () => {
		const h = await openBase();
		const segment = (label: string): HTMLElement => {
			const found = Array.from(
				h.root.querySelectorAll<HTMLElement>(".spec-board-status-bar .spec-board-bar-segment"),
			);
			const el = found.find((e) => e.getAttribute("data-value") === label);
			if (!el) throw new Error(`no ${label} segment`);
			return el;
		};
		const head = h.root.querySelector(".spec-board-summary-head");
		const draft = segment("Draft");
		h.base.update();
		h.frames.flush();
		expect(h.root.querySelector(".spec-board-summary-head")).toBe(head);
		draft.click();
		h.frames.flush();
		expect(segment("Draft")).toBe(draft);
		expect(draft.getAttribute("aria-pressed")).toBe("true");
		// A count changes: drawn again.
		await h.app.vault.modify(fileAt(h.app, "Specs/refunds.md"), FILES["Specs/refunds.md"].replace("Draft", "Done"));
		await indexed(h);
		h.frames.flush();
		expect(h.root.querySelector(".spec-board-summary-head")).not.toBe(head);
	});

	it("keeps no entry nor query result between updates", async () => {
		const h = await openBase();
		for (let i = 0; i < 3; i++) {
			h.base.update();
			h.frames.flush();
		}
		const reachable = reachableFromView(h.base.view, h.app);
		expect(reachable.length).toBeGreaterThan(0);
		expect(reachable.filter((v) => v instanceof BasesEntry || v instanceof BasesQueryResult)).toEqual([]);
	});

	it("stays virtualised for thousands of entries", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 3000; i++)
			files[`Specs/s${String(i).padStart(4, "0")}.md`] = [
				"---",
				"status: Draft",
				"tags: [spec]",
				"---",
				`# Spec ${i}`,
				"",
			].join("\n");
		const h = await openBase({ files });
		expect(h.root.querySelector(".spec-board-group-count")?.textContent).toBe("3000");
		const board = (h.base.view as unknown as { board: { renderedRows: number } }).board;
		expect(board.renderedRows).toBeGreaterThan(0);
		expect(board.renderedRows).toBeLessThan(100);
	});

	it("offers the sidebar's row actions: open, and the menu with set status", async () => {
		const h = await openBase();
		const row = h.root.querySelector<HTMLElement>('[data-path="Specs/pay.md"]');
		if (!row) throw new Error("no row");
		row.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Specs/pay.md");
		row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		const menu = shownMenus[shownMenus.length - 1];
		expect(menu.items.filter((i) => i !== "separator").map((i) => (i as { title: string }).title)).toEqual([
			"Open in new tab",
			"Set status…",
			"Set priority…",
			"Sign off on this spec",
			"Add open question…",
			"Copy link",
		]);
		menu.itemTitled("Set status…")?.click();
		expect(h.statusCalls).toEqual(["Specs/pay.md"]);
	});

	it("moves with the sidebar's keys: arrows, Home/End, Enter opens, ← and → fold, Shift+F10 the menu; none while composing", async () => {
		const h = await openBase();
		const list = h.root.querySelector(".spec-board-list") as HTMLElement;
		const press = (k: string, init: KeyboardEventInit = {}): void => {
			list.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init }));
			h.frames.flush();
		};
		const focusedPath = (): string | undefined => (document.activeElement as HTMLElement | null)?.dataset.path;
		list.dispatchEvent(new FocusEvent("focus"));
		expect(document.activeElement?.classList.contains("is-focused")).toBe(true);
		press("End");
		const last = document.activeElement;
		press("Home");
		expect(document.activeElement).not.toBe(last);
		for (let i = 0; i < 10 && focusedPath() !== "Specs/pay.md"; i++) press("ArrowDown");
		expect(focusedPath()).toBe("Specs/pay.md");
		const expanded = (): boolean =>
			h.root.querySelector('[data-path="Specs/pay.md"]')?.classList.contains("is-expanded") === true;
		const before = expanded();
		press(before ? "ArrowLeft" : "ArrowRight");
		expect(expanded()).toBe(!before);
		expect(focusedPath()).toBe("Specs/pay.md");
		press("Enter", { isComposing: true });
		await settle();
		expect(h.app.workspace.getActiveFile()?.path).not.toBe("Specs/pay.md");
		press("Enter");
		await settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Specs/pay.md");
		const menus = shownMenus.length;
		press("F10", { shiftKey: true });
		expect(shownMenus.length).toBe(menus + 1);
		shownMenus[shownMenus.length - 1].itemTitled("Set status…")?.click();
		expect(h.statusCalls).toEqual(["Specs/pay.md"]);
	});

	it("\"New\" makes a spec from a chosen template through the app's flow, matching the base's filters", async () => {
		const h = await openBase({ base: { newFileFolder: "Specs", newFileFrontmatter: { status: "In review" } } });
		await h.base.view.createFileForView();
		const picker = openModals[openModals.length - 1] as unknown as TemplatePickerModal;
		expect(picker).toBeInstanceOf(TemplatePickerModal);
		expect(picker.getItems().map((t) => t.id)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id));
		picker.onChooseItem(BUILT_IN_TEMPLATES[0]);
		await settle();
		await indexed(h);
		expect(h.base.createdFiles).toEqual(["Specs/Untitled.md"]);
		const text = await h.app.vault.read(fileAt(h.app, "Specs/Untitled.md"));
		// The base's frontmatter is kept (a key the note has keeps its value); the template brings the rest.
		expect(text).toMatch(/^---\nstatus: In review\n/);
		expect(text).toContain("spec");
		expect(h.index.get("Specs/Untitled.md")?.status).toBe("In review");
		h.frames.flush();
		expect(titles(h.root)).toContain(h.index.get("Specs/Untitled.md")?.title);
	});

	it("says when the base holds no spec, and offers New there", async () => {
		const h = await openBase({ base: { filter: (file) => file.path === "Specs/notes.md" } });
		expect(h.root.querySelector(".spec-board-empty-title")?.textContent).toBe("No specs in this base");
		const button = h.root.querySelector<HTMLButtonElement>(".spec-board-empty button");
		expect(button?.textContent).toBe("New spec");
		button?.click();
		await settle();
		expect(openModals[openModals.length - 1]).toBeInstanceOf(TemplatePickerModal);
	});

	it("New changes nothing and says why when the app could not make the note", async () => {
		const h = await openBase();
		const before = h.app.vault.getFiles().length;
		const failing = () => Promise.reject(new Error("the folder is read-only"));
		const file = await createSpecThroughBase(
			asObsidianApp(h.app),
			failing,
			BUILT_IN_TEMPLATES[0],
			h.settings,
			new Date("2026-03-01T10:00:00Z"),
		);
		expect(file).toBeNull();
		expect(h.app.vault.getFiles()).toHaveLength(before);
		expect(notices).toEqual(["No spec was created: the folder is read-only"]);
	});

	it("stops following the index once the base is closed", async () => {
		const h = await openBase();
		const root = h.root;
		h.base.close();
		await h.app.vault.modify(fileAt(h.app, "Specs/refunds.md"), FILES["Specs/refunds.md"].replace("Draft", "Done"));
		expect(h.frames.pending()).toBe(0);
		expect(root.querySelector(".spec-board-bases")).toBeNull();
	});
});
