// The command table: ids without the plugin id, sentence-case names without the plugin name, no default hotkeys.
import { SPEC_COMMAND_IDS, specBoardActions, specCommands } from "../src/commands";
import { defaultSettings } from "../src/core/settings/settings";
import { CreateSpecModal } from "../src/ui/create/createSpecModal";
import { WordPickerModal } from "../src/ui/pickers/wordPickerModal";
import { asObsidianApp, notices, obsidianFileAt, openModals, settle } from "./support/fakeApp";
import { commandKit } from "./obsidian/specCommandKit";

describe("spec commands", () => {
	it("are plain data with stable ids and sentence-case names", () => {
		const kit = commandKit();
		const commands = specCommands(asObsidianApp(kit.app), { getSettings: defaultSettings });
		expect(commands.map((c) => [c.id, c.name])).toEqual([
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
			expect(command.name).not.toMatch(/spec board/i);
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
			"spec-board:insert-feature-spec-template",
			"spec-board:set-spec-priority",
			"spec-board:set-spec-status",
			"spec-board:sign-off-on-spec",
		]);
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
