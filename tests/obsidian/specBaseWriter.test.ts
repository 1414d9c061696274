// "Create spec base": writes Specs.base in the specs folder, never over an existing file (a numbered name instead),
// opens it, and says why the table's status column can be empty; offered only where Bases is there.
import { SPEC_BASES_VIEW_TYPE } from "../../src/core/board/specBase";
import { SPEC_BASE_STATUS_NOTE } from "../../src/obsidian/specBaseWriter";
import { notices, settle } from "../support/fakeApp";
import { commandKit } from "./specCommandKit";

describe("Create spec base", () => {
	it("writes Specs.base into the specs folder and says why the table's status column can be empty", async () => {
		const kit = commandKit({}, { specsFolder: "Product/Specs" });
		kit.deps.hasBases = () => true;
		kit.run("create-spec-base");
		await settle();
		const text = kit.app.vault.peek("Product/Specs/Specs.base");
		expect(text).toContain(`type: ${SPEC_BASES_VIEW_TYPE}`);
		expect(text).toContain('file.inFolder("Product/Specs")');
		expect(notices).toEqual([`Created Product/Specs/Specs.base. ${SPEC_BASE_STATUS_NOTE}`]);
		expect(SPEC_BASE_STATUS_NOTE).toMatch(/frontmatter only/);
		expect(SPEC_BASE_STATUS_NOTE).toMatch(/empty status column/);
		expect(kit.app.workspace.getActiveFile()?.path).toBe("Product/Specs/Specs.base");
	});

	it("never overwrites a file: a numbered name is chosen, as for notes", async () => {
		const kit = commandKit({ "Specs/Specs.base": "mine\n", "Specs/specs 1.base": "also mine\n" });
		kit.deps.hasBases = () => true;
		kit.run("create-spec-base");
		await settle();
		expect(kit.app.vault.peek("Specs/Specs.base")).toBe("mine\n");
		expect(kit.app.vault.peek("Specs/specs 1.base")).toBe("also mine\n");
		expect(kit.app.vault.peek("Specs/Specs 2.base")).toContain("views:");
	});

	it("changes nothing and says why when the specs folder is outside the vault", async () => {
		const kit = commandKit({}, { specsFolder: "../elsewhere" });
		kit.deps.hasBases = () => true;
		const before = kit.snapshot();
		kit.run("create-spec-base");
		await settle();
		expect(kit.snapshot()).toEqual(before);
		expect(notices[0]).toMatch(/^No base was created: /);
	});

	it("is not offered where the app has no Bases", () => {
		const kit = commandKit();
		const command = kit.app.commands.commands["spec-board:create-spec-base"];
		expect(command.checkCallback?.(true)).toBe(false);
		kit.deps.hasBases = () => true;
		expect(command.checkCallback?.(true)).toBe(true);
	});
});
