// Custom templates from the templates folder, beside the built-in ones; export never overwrites.
import { BUILT_IN_TEMPLATES } from "../../src/core/templates/builtInTemplates";
import { exportBuiltInTemplates } from "../../src/obsidian/templateExporter";
import { loadTemplateLibrary } from "../../src/obsidian/templateLibrary";
import { parseYaml } from "../support/obsidianFake";
import { asObsidianApp, notices } from "../support/fakeApp";
import { commandKit } from "./specCommandKit";

const CUSTOM = [
	"---",
	"template-name: Team RFC",
	"description: Our RFC layout",
	"status: proposed",
	"---",
	"# {{title}}",
	"",
	"## Motivation",
	"",
].join("\n");
const BROKEN = ["---", "template-name: [Broken", "---", "# {{title}}", ""].join("\n");

describe("template library", () => {
	it("offers only the built-in templates when no templates folder is set", async () => {
		const kit = commandKit();
		const library = await loadTemplateLibrary(asObsidianApp(kit.app), "", parseYaml);
		expect(library.templates.map((t) => t.id)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id));
		expect(library.problems).toEqual([]);
	});

	it("adds every note of the templates folder, named by its frontmatter", async () => {
		const kit = commandKit({
			"Templates/rfc.md": CUSTOM,
			"Templates/team/plain.md": "# {{title}}\n",
			"Templates/image.png": "",
		});
		const library = await loadTemplateLibrary(asObsidianApp(kit.app), "Templates/", parseYaml);
		const custom = library.templates.filter((t) => t.source === "custom");
		expect(custom.map((t) => [t.name, t.description, t.id])).toEqual([
			["Team RFC", "Our RFC layout", "custom:Templates/rfc.md"],
			["plain", "", "custom:Templates/team/plain.md"],
		]);
		expect(custom[0].text).not.toContain("template-name");
	});

	it("names a broken template in its problem and still loads the others", async () => {
		const kit = commandKit({ "Templates/broken.md": BROKEN, "Templates/rfc.md": CUSTOM });
		const library = await loadTemplateLibrary(asObsidianApp(kit.app), "Templates", parseYaml);
		expect(library.templates.map((t) => t.name)).toContain("Team RFC");
		expect(library.templates).toHaveLength(BUILT_IN_TEMPLATES.length + 1);
		expect(library.problems).toHaveLength(1);
		expect(library.problems[0]).toContain("Templates/broken.md");
	});

	it.each([
		["a folder that does not exist", "Missing", 'The templates folder "Missing" does not exist'],
		["a folder outside the vault", "../elsewhere", 'The templates folder "../elsewhere" is outside the vault'],
	])("reports %s and keeps the built-in templates", async (_case, folder, problem) => {
		const kit = commandKit();
		const library = await loadTemplateLibrary(asObsidianApp(kit.app), folder, parseYaml);
		expect(library.templates).toHaveLength(BUILT_IN_TEMPLATES.length);
		expect(library.problems[0]).toContain(problem);
	});
});

describe("export built-in templates", () => {
	it("writes the five templates into the templates folder, creating it, and they load back by name", async () => {
		const kit = commandKit({}, { templatesFolder: "Team/Templates" });
		const result = await exportBuiltInTemplates(asObsidianApp(kit.app), kit.settings.templatesFolder);
		expect(result?.written).toEqual(BUILT_IN_TEMPLATES.map((t) => t.fileName));
		expect(notices).toEqual(['Exported 5 built-in templates to "Team/Templates".']);
		const library = await loadTemplateLibrary(asObsidianApp(kit.app), "Team/Templates", parseYaml);
		expect(library.problems).toEqual([]);
		const byFileName = [...BUILT_IN_TEMPLATES].sort((a, b) => a.fileName.localeCompare(b.fileName));
		expect(library.templates.filter((t) => t.source === "custom").map((t) => t.name)).toEqual(
			byFileName.map((t) => t.name),
		);
		for (const template of BUILT_IN_TEMPLATES) {
			const exported = library.templates.find((t) => t.id === `custom:Team/Templates/${template.fileName}`);
			expect(exported?.text).toBe(template.text);
		}
	});

	it("never overwrites an existing file: it is skipped, and the notice says so", async () => {
		const kit = commandKit({ "Templates/tech-spec.md": "my own tech spec\n" }, { templatesFolder: "Templates" });
		const result = await exportBuiltInTemplates(asObsidianApp(kit.app), "Templates");
		expect(result?.skipped).toEqual(["tech-spec.md"]);
		expect(kit.app.vault.peek("Templates/tech-spec.md")).toBe("my own tech spec\n");
		expect(notices[0]).toBe(
			'Exported 4 built-in templates to "Templates". Skipped 1 that already exists (left unchanged): tech-spec.md.',
		);
		const before = kit.snapshot();
		const again = await exportBuiltInTemplates(asObsidianApp(kit.app), "Templates");
		expect(again?.written).toEqual([]);
		expect(kit.snapshot()).toEqual(before);
		expect(notices[1]).toMatch(/^No template was exported to "Templates". Skipped 5 that already exist/);
	});

	it.each([
		["no templates folder", "", "Set a templates folder in the settings first"],
		["a folder outside the vault", "../x", 'The templates folder "../x" is outside the vault'],
		["a folder path that is a file", "notes.md", 'Could not export the built-in templates: "notes.md" is a file'],
	])("refuses %s with a notice and changes nothing", async (_case, folder, message) => {
		const kit = commandKit({ "notes.md": "text\n" }, { templatesFolder: folder });
		const before = kit.snapshot();
		expect(kit.run("export-built-in-templates")).toBe(true);
		await new Promise((resolve) => setImmediate(resolve));
		expect(kit.snapshot()).toEqual(before);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(message);
	});
});
