// "Create feature spec" at the vault level: the note is filled, named from the title, never over an existing file.
import { MarkdownView } from "obsidian";
import { BUILT_IN_TEMPLATES, builtInTemplateById } from "../../src/core/templates/builtInTemplates";
import type { SpecTemplate } from "../../src/core/templates/specTemplate";
import { createSpecNote, fillValuesFor, type NewSpecValues } from "../../src/obsidian/noteCreator";
import { asObsidianApp, notices } from "../support/fakeApp";
import { commandKit, NOW } from "./specCommandKit";

const VALUES: NewSpecValues = {
	title: "Checkout redesign",
	domains: ["Payments"],
	status: "In progress",
	priority: "High",
	tags: ["team/web"],
	parent: null,
};

function template(id: string): SpecTemplate {
	const found = builtInTemplateById(id);
	if (!found) throw new Error(`no built-in template ${id}`);
	return found;
}

describe("createSpecNote", () => {
	it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
		"creates a filled note from the %s template and opens it at its cursor",
		async (_id, spec) => {
			const kit = commandKit();
			const file = await createSpecNote(asObsidianApp(kit.app), spec, VALUES, kit.settings, NOW);
			expect(file?.path).toBe("Specs/Checkout redesign.md");
			const text = kit.app.vault.peek("Specs/Checkout redesign.md") ?? "";
			expect(text).toContain("Checkout redesign");
			expect(text).toContain("2026-03-14");
			expect(text).toContain('"[[Payments]]"');
			expect(text).toMatch(/^\s+- spec$/m);
			expect(text).toMatch(/^\s+- team\/web$/m);
			expect(text).not.toContain("{{title}}");
			const view = kit.app.workspace.getActiveViewOfType(MarkdownView);
			expect(view?.file?.path).toBe("Specs/Checkout redesign.md");
			expect(view?.editor.getCursor().line).toBeGreaterThan(0);
			expect(notices).toEqual([]);
		},
	);

	it("writes the status and priority in each template's own convention", async () => {
		const kit = commandKit();
		const app = asObsidianApp(kit.app);
		await createSpecNote(app, template("lean-feature-spec"), { ...VALUES, title: "Lean" }, kit.settings, NOW);
		await createSpecNote(
			app,
			template("detailed-feature-spec"),
			{ ...VALUES, title: "Detailed" },
			kit.settings,
			NOW,
		);
		await createSpecNote(
			app,
			template("architecture-feature-design"),
			{ ...VALUES, title: "Architecture" },
			kit.settings,
			NOW,
		);
		expect(kit.app.vault.peek("Specs/Lean.md")).toMatch(/^status: implementing\s+# draft \| approved/m);
		expect(kit.app.vault.peek("Specs/Detailed.md")).toMatch(/^Status: In Progress$/m);
		const architecture = kit.app.vault.peek("Specs/Architecture.md") ?? "";
		expect(architecture.match(/status\//g)).toHaveLength(1);
		expect(architecture).toContain("- status/in-progress");
		expect(architecture).toContain("- priority/high");
	});

	it("links the parent note in the tech spec", async () => {
		const kit = commandKit({ "Roadmap.md": "# Roadmap\n" });
		await createSpecNote(
			asObsidianApp(kit.app),
			template("tech-spec"),
			{ ...VALUES, parent: "Roadmap" },
			kit.settings,
			NOW,
		);
		expect(kit.app.vault.peek("Specs/Checkout redesign.md")).toContain('parent: "[[Roadmap]]"');
	});

	it("gives a clashing name a numeric suffix and leaves the existing file untouched", async () => {
		const kit = commandKit({
			"Specs/Checkout redesign.md": "original text\n",
			"Specs/Checkout redesign 1.md": "also taken\n",
		});
		const file = await createSpecNote(asObsidianApp(kit.app), template("general-spec"), VALUES, kit.settings, NOW);
		expect(file?.path).toBe("Specs/Checkout redesign 2.md");
		expect(kit.app.vault.peek("Specs/Checkout redesign.md")).toBe("original text\n");
		expect(kit.app.vault.peek("Specs/Checkout redesign 1.md")).toBe("also taken\n");
	});

	it("treats a name that differs only in case as a clash", async () => {
		const kit = commandKit({ "Specs/checkout REDESIGN.md": "original\n" });
		const file = await createSpecNote(asObsidianApp(kit.app), template("general-spec"), VALUES, kit.settings, NOW);
		expect(file?.path).toBe("Specs/Checkout redesign 1.md");
		expect(kit.app.vault.peek("Specs/checkout REDESIGN.md")).toBe("original\n");
	});

	it("creates missing nested folders and removes forbidden characters from the file name", async () => {
		const kit = commandKit({}, { specsFolder: "Team/Product specs/" });
		const file = await createSpecNote(
			asObsidianApp(kit.app),
			template("lean-feature-spec"),
			{ ...VALUES, title: "Payments: retry / refund?" },
			kit.settings,
			NOW,
		);
		expect(file?.path).toBe("Team/Product specs/Payments retry refund.md");
		expect(kit.app.vault.getFolderByPath("Team/Product specs")).not.toBeNull();
		expect(kit.app.vault.peek("Team/Product specs/Payments retry refund.md")).toContain(
			"# Payments: retry / refund?",
		);
	});

	it.each([
		[
			"a title of only forbidden characters",
			{ title: "/:*?" },
			{},
			/No spec was created: The title has no character a file name can keep/,
		],
		[
			"a specs folder leaving the vault",
			{},
			{ specsFolder: "../outside" },
			/No spec was created: The specs folder "..\/outside" is outside the vault/,
		],
		[
			"a specs folder that is a file",
			{},
			{ specsFolder: "Specs.md/sub" },
			/No spec was created: "Specs.md" is a file/,
		],
	])("refuses %s with a notice and changes nothing", async (_case, values, settings, message) => {
		const kit = commandKit({ "Specs.md": "a file\n", "Specs/Other.md": "other\n" }, settings);
		const before = kit.snapshot();
		const file = await createSpecNote(
			asObsidianApp(kit.app),
			template("lean-feature-spec"),
			{ ...VALUES, ...values },
			kit.settings,
			NOW,
		);
		expect(file).toBeNull();
		expect(kit.snapshot()).toEqual(before);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(message);
	});

	it("puts the spec tag first among the tags, once", () => {
		const values = fillValuesFor(
			{ ...VALUES, tags: ["#Spec", "team/web", "team/web"] },
			{ specsFolder: "Specs", dateFormat: "yyyy-MM-dd", author: "Ana", specTag: "spec" },
		);
		expect(values.tags).toEqual(["spec", "team/web"]);
		expect(values.author).toBe("Ana");
	});
});
