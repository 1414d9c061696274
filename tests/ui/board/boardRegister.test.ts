/** @jest-environment jsdom */
// registerBoard: view, ribbon icon and hover source registered, no command (the board's commands are in the command
// table, src/commands.ts, registered here as the plugin registers them); the board opens once, reuses its leaf, and
// the tag picker filters it.
import { SPEC_COMMAND_IDS, registerSpecCommands } from "../../../src/commands";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { defaultSettings, type SpecBoardSettings } from "../../../src/core/settings/settings";
import { SpecIndex } from "../../../src/obsidian/specIndex";
import { BoardView, VIEW_TYPE_SPEC_BOARD } from "../../../src/ui/board/boardView";
import { registerBoard } from "../../../src/ui/board/registerBoard";
import { TagPickerModal } from "../../../src/ui/pickers/tagPickerModal";
import {
	asObsidianApp,
	createFakeApp,
	createFakePlugin,
	openModals,
	resetFakeRecords,
	settle,
} from "../../support/fakeApp";
import { noBoardActions } from "../../support/boardActions";

const SPEC = ["---", "status: Draft", "updated: 2026-02-06", "tags: [spec, area/pay]", "---", "# Pay", ""].join("\n");

/** The plugin's wiring as main.ts does it: the index made and started, the board, then the command table. */
function setUp(layoutReady = true, now?: () => Date) {
	resetFakeRecords();
	const app = createFakeApp({ layoutReady, files: { "Specs/pay.md": SPEC } });
	const { plugin, obsidianPlugin } = createFakePlugin(app);
	let settings: SpecBoardSettings = defaultSettings();
	const o = asObsidianApp(app);
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		defaultReadOptions(),
	);
	const getSettings = (): SpecBoardSettings => settings;
	const handle = registerBoard(obsidianPlugin, {
		index,
		getSettings,
		saveBoardState: (board) => {
			settings = { ...settings, board };
		},
		actions: noBoardActions(),
		now,
	});
	const boardCommands = plugin.commands.length;
	registerSpecCommands({ app: o, addCommand: (c) => plugin.addCommand(c) }, { getSettings, board: handle });
	index.start((ref) => obsidianPlugin.registerEvent(ref));
	return { app, plugin, handle, index, boardCommands, settings: () => settings };
}

describe("registerBoard", () => {
	it("registers the view and the ribbon icon and no command; the table has the board's two commands", async () => {
		const { app, plugin, index, boardCommands } = setUp(false);
		await app.metadataCache.settle();
		expect(plugin.viewTypes).toEqual([VIEW_TYPE_SPEC_BOARD]);
		expect(plugin.ribbonIcons.map((r) => r.title)).toEqual(["Open spec status board"]);
		expect(boardCommands).toBe(0);
		expect(plugin.commands.slice(0, 2).map((c) => [c.id, c.name])).toEqual([
			[SPEC_COMMAND_IDS.openBoard, "Open spec status board"],
			[SPEC_COMMAND_IDS.filterBoardByTag, "Filter board by tag"],
		]);
		expect(index.isBuilt).toBe(false);
		app.workspace.setLayoutReady();
		await index.whenSettled();
		expect(index.specs().map((n) => n.path)).toEqual(["Specs/pay.md"]);
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

	it("counts the rows' ages to the clock it is given", async () => {
		const { app, handle, index } = setUp(true, () => new Date("2026-03-01T10:00:00Z"));
		await app.metadataCache.settle();
		await index.whenSettled();
		const view = await handle.openBoard();
		const age = (): string | null | undefined => view?.containerEl.querySelector(".spec-board-age")?.textContent;
		for (let i = 0; i < 50 && !age(); i++) await new Promise((resolve) => window.setTimeout(resolve, 20));
		expect(age()).toBe("Draft for 23 days");
	});

	it("filters the board by a tag picked from anywhere", async () => {
		const { app, settings, index } = setUp();
		await app.metadataCache.settle();
		await index.whenSettled();
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

	it("says it is reading the vault, not that there are no specs, until the metadata cache has resolved", async () => {
		// A first start: the layout is ready before the cache has indexed the note.
		const { app, handle, index } = setUp();
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
		await index.whenSettled();
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
		await index.whenSettled();
		await frames();
		expect(text()).toContain("Pay");
		expect(text()).not.toContain("Reading the vault…");
		expect(index.isReadingVault).toBe(false);
	});
});
