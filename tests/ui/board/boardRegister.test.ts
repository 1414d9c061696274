/** @jest-environment jsdom */
// registerBoard: view, ribbon icon and commands registered; the board opens once, reuses its leaf, and the tag picker filters it.
import { defaultSettings, type SpecBoardSettings } from "../../../src/core/settings/settings";
import { BoardView, VIEW_TYPE_SPEC_BOARD } from "../../../src/ui/board/boardView";
import { registerBoard } from "../../../src/ui/board/registerBoard";
import { TagPickerModal } from "../../../src/ui/pickers/tagPickerModal";
import { createFakeApp, createFakePlugin, openModals, resetFakeRecords, settle } from "../../support/fakeApp";
import { noBoardActions } from "../../support/boardActions";

const SPEC = ["---", "status: Draft", "tags: [spec, area/pay]", "---", "# Pay", ""].join("\n");

function setUp(layoutReady = true) {
	resetFakeRecords();
	const app = createFakeApp({ layoutReady, files: { "Specs/pay.md": SPEC } });
	const { plugin, obsidianPlugin } = createFakePlugin(app);
	let settings: SpecBoardSettings = defaultSettings();
	const handle = registerBoard(obsidianPlugin, {
		getSettings: () => settings,
		saveBoardState: (board) => {
			settings = { ...settings, board };
		},
		actions: noBoardActions(),
	});
	return { app, plugin, handle, settings: () => settings };
}

describe("registerBoard", () => {
	it("registers the view, the ribbon icon and two commands, and builds the index only when the layout is ready", async () => {
		const { app, plugin, handle } = setUp(false);
		await app.metadataCache.settle();
		expect(plugin.viewTypes).toEqual([VIEW_TYPE_SPEC_BOARD]);
		expect(plugin.ribbonIcons.map((r) => r.title)).toEqual(["Open spec status board"]);
		expect(plugin.commands.map((c) => c.name)).toEqual(["Open spec status board", "Filter spec board by tag"]);
		expect(handle.index.isBuilt).toBe(false);
		app.workspace.setLayoutReady();
		await handle.index.whenSettled();
		expect(handle.index.specs().map((n) => n.path)).toEqual(["Specs/pay.md"]);
	});

	it("opens the board in the right sidebar once and reuses that leaf", async () => {
		const { app, plugin } = setUp();
		await plugin.ribbonIcons[0].callback(new MouseEvent("click"));
		await settle();
		app.commands.executeCommandById("spec-board:open-status-board");
		await settle();
		const leaves = app.workspace.getLeavesOfType(VIEW_TYPE_SPEC_BOARD);
		expect(leaves).toHaveLength(1);
		expect(leaves[0].side).toBe("right");
		expect(leaves[0].view).toBeInstanceOf(BoardView);
	});

	it("loads a deferred board leaf instead of opening another", async () => {
		const { app, handle } = setUp();
		const deferred = app.workspace.addDeferredLeaf(VIEW_TYPE_SPEC_BOARD);
		const view = await handle.openBoard();
		expect(view).toBeInstanceOf(BoardView);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_SPEC_BOARD)).toEqual([deferred]);
	});

	it("filters the board by a tag picked from anywhere", async () => {
		const { app, settings, handle } = setUp();
		await app.metadataCache.settle();
		await handle.index.whenSettled();
		app.commands.executeCommandById("spec-board:filter-board-by-tag");
		const picker = openModals[openModals.length - 1] as unknown as TagPickerModal;
		expect(picker).toBeInstanceOf(TagPickerModal);
		expect(picker.getItems()).toEqual(["area", "area/pay", "spec"]);
		picker.onChooseItem("area/pay");
		await settle();
		expect(settings().board.filter.tags).toEqual([{ tag: "area/pay", mode: "include" }]);
		const view = app.workspace.getLeavesOfType(VIEW_TYPE_SPEC_BOARD)[0]?.view;
		expect(view).toBeInstanceOf(BoardView);
		expect((view as unknown as BoardView).getBoardState().filter.tags).toEqual([
			{ tag: "area/pay", mode: "include" },
		]);
	});

	it("rebuilds the index when the settings change", async () => {
		const { app, handle, settings } = setUp();
		await app.metadataCache.settle();
		await handle.index.whenSettled();
		expect(handle.index.specs()).toHaveLength(1);
		settings().specFolders = ["Elsewhere"];
		handle.settingsChanged();
		await handle.index.whenSettled();
		expect(handle.index.specs()).toEqual([]);
	});

	it("says it is reading the vault, not that there are no specs, until the metadata cache has resolved", async () => {
		// A first start: the layout is ready before the cache has indexed the note.
		const { app, handle } = setUp();
		// The cache indexes on a timer: its work is held back here (no cache entry, no events) until released.
		const cache = app.metadataCache;
		const trigger = cache.trigger.bind(cache);
		const getFileCache = cache.getFileCache.bind(cache);
		const held: [string, ...unknown[]][] = [];
		cache.trigger = (name: string, ...data: unknown[]) => void held.push([name, ...data]);
		cache.getFileCache = () => null;
		const release = async (): Promise<void> => {
			await cache.settle();
			cache.trigger = trigger;
			cache.getFileCache = getFileCache;
			for (const [name, ...data] of held) trigger(name, ...data);
		};
		const view = await handle.openBoard();
		await handle.index.whenSettled();
		const frames = async (): Promise<void> => {
			await new Promise((resolve) => window.setTimeout(resolve, 40));
			await settle();
		};
		const text = (): string => view?.contentEl.textContent ?? "";
		view?.requestRender();
		await new Promise((resolve) => window.requestAnimationFrame(resolve));
		expect(text()).toContain("Reading the vault…");
		expect(text()).not.toContain("No specs found");
		await release();
		await handle.index.whenSettled();
		await frames();
		expect(text()).toContain("Pay");
		expect(text()).not.toContain("Reading the vault…");
		expect(handle.index.isReadingVault).toBe(false);
	});
});
