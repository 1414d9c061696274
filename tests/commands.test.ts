/** @jest-environment jsdom */
// The command table: ids without the plugin id, sentence-case names without the plugin name, no default hotkeys; it is
// every command the plugin registers, the board's included.
import SpecBoardPlugin from "../src/main";
import { SPEC_COMMAND_IDS, specBoardActions, specCommands } from "../src/commands";
import { defaultSettings } from "../src/core/settings/settings";
import { CreateSpecModal } from "../src/ui/create/createSpecModal";
import { TagPickerModal } from "../src/ui/pickers/tagPickerModal";
import { WordPickerModal } from "../src/ui/pickers/wordPickerModal";
import {
	asObsidianApp,
	createFakeApp,
	FAKE_MANIFEST,
	notices,
	obsidianFileAt,
	openModals,
	resetFakeRecords,
	settle,
	type FakePlugin,
} from "./support/fakeApp";
import { noBoardControls } from "./support/boardActions";
import { commandKit } from "./obsidian/specCommandKit";

describe("spec commands", () => {
	it("are plain data with stable ids and sentence-case names", () => {
		const kit = commandKit();
		const commands = specCommands(asObsidianApp(kit.app), {
			getSettings: defaultSettings,
			board: noBoardControls(),
		});
		expect(commands.map((c) => [c.id, c.name])).toEqual([
			["open-status-board", "Open spec status board"],
			["filter-board-by-tag", "Filter board by tag"],
			["create-feature-spec", "Create feature spec"],
			["insert-feature-spec-template", "Insert feature spec template"],
			["set-spec-status", "Set spec status"],
			["set-spec-priority", "Set spec priority"],
			["sign-off-on-spec", "Sign off on this spec"],
			["add-open-question", "Add open question"],
			["export-built-in-templates", "Export built-in templates to the templates folder"],
			["create-spec-base", "Create spec base"],
		]);
		for (const command of commands) {
			expect(command.hotkeys).toBeUndefined();
			expect(command.id).not.toContain("spec-board");
			// Obsidian shows the plugin's name before each command's, so no name holds it anywhere (the lint rule that
			// says so reads addCommand calls, not a table).
			expect(command.name).not.toMatch(/spec[\s-]*board/i);
			expect(command.name.slice(1)).toBe(command.name.slice(1).toLowerCase());
		}
		expect(commands.find((c) => c.id === SPEC_COMMAND_IDS.insertTemplate)?.editorCallback).toBeDefined();
		expect(commands.find((c) => c.id === SPEC_COMMAND_IDS.setStatus)?.checkCallback).toBeDefined();
	});

	it("registers every command on the plugin under its id", () => {
		const kit = commandKit();
		expect(Object.keys(kit.app.commands.commands).sort()).toEqual([
			"spec-board:add-open-question",
			"spec-board:create-feature-spec",
			"spec-board:create-spec-base",
			"spec-board:export-built-in-templates",
			"spec-board:filter-board-by-tag",
			"spec-board:insert-feature-spec-template",
			"spec-board:open-status-board",
			"spec-board:set-spec-priority",
			"spec-board:set-spec-status",
			"spec-board:sign-off-on-spec",
		]);
	});
});

describe("the plugin's commands", () => {
	it("are the table: every command the loaded plugin registers is in it, with no default hotkey", async () => {
		resetFakeRecords();
		const app = createFakeApp();
		const plugin = new SpecBoardPlugin(asObsidianApp(app), FAKE_MANIFEST);
		plugin.load();
		await settle();
		const registered = (plugin as unknown as FakePlugin).commands;
		const table = specCommands(asObsidianApp(app), { getSettings: defaultSettings, board: noBoardControls() });
		expect(registered.map((c) => [c.id, c.name])).toEqual(table.map((c) => [c.id, c.name]));
		expect(registered.map((c) => c.id).sort()).toEqual(Object.values(SPEC_COMMAND_IDS).sort());
		for (const command of registered) expect(command.hotkeys).toBeUndefined();
	});

	it("open the board and filter it by a tag through the table", async () => {
		const opened: string[] = [];
		const kit = commandKit();
		const board = noBoardControls({
			openBoard: () => {
				opened.push("open");
				return Promise.resolve(null);
			},
			tagsInUse: () => ["area", "area/pay"],
			filterByTag: (tag) => void opened.push(tag),
		});
		const commands = specCommands(asObsidianApp(kit.app), { ...kit.deps, board });
		commands.find((c) => c.id === SPEC_COMMAND_IDS.openBoard)?.callback?.();
		commands.find((c) => c.id === SPEC_COMMAND_IDS.filterBoardByTag)?.callback?.();
		const picker = openModals[openModals.length - 1] as unknown as TagPickerModal;
		expect(picker).toBeInstanceOf(TagPickerModal);
		expect(picker.getItems()).toEqual(["area", "area/pay"]);
		picker.onChooseItem("area/pay");
		expect(opened).toEqual(["open", "area/pay"]);
	});
});

describe("board actions", () => {
	it("set the status of a note that is not open, through the same picker", async () => {
		const kit = commandKit({ "Specs/a.md": "---\nstatus: draft\ntags: [spec]\n---\n# A\n" });
		specBoardActions(asObsidianApp(kit.app), kit.deps).setStatus(obsidianFileAt(kit.app, "Specs/a.md"));
		await settle();
		const picker = openModals.find((m) => m instanceof WordPickerModal) as unknown as WordPickerModal<string>;
		const approved = picker.getItems().find((i) => i.value === "Approved");
		expect(approved?.word).toBe("approved");
		picker.onChooseItem(approved as never);
		await kit.app.metadataCache.settle();
		expect(kit.app.metadataCache.getCache("Specs/a.md")?.frontmatter?.status).toBe("approved");
		expect(notices).toEqual([]);
	});

	it("open the create form from the empty board", async () => {
		const kit = commandKit();
		specBoardActions(asObsidianApp(kit.app), kit.deps).createSpec();
		await settle();
		expect(openModals.some((m) => m instanceof CreateSpecModal)).toBe(true);
	});
});
