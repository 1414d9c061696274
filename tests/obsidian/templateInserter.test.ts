// "Insert feature spec template": merged into the open note at the cursor, as one undo step.
import { MarkdownView } from "obsidian";
import { builtInTemplateById } from "../../src/core/templates/builtInTemplates";
import type { SpecTemplate } from "../../src/core/templates/specTemplate";
import { fillValuesFor } from "../../src/obsidian/noteCreator";
import { insertTemplateIntoActiveEditor } from "../../src/obsidian/templateInserter";
import { TemplatePickerModal } from "../../src/ui/pickers/templatePickerModal";
import { asObsidianApp, fileAt, notices, openModals, settle } from "../support/fakeApp";
import type { MarkdownView as FakeMarkdownView } from "../support/obsidianFake";
import { commandKit, NOW } from "./specCommandKit";

const NOTE = [
	"---",
	"tags:",
	"  - project/alpha",
	"owner: Bea",
	"---",
	"# Meeting notes",
	"",
	"We agreed on a new checkout.",
	"",
].join("\n");

function lean(): SpecTemplate {
	const found = builtInTemplateById("lean-feature-spec");
	if (!found) throw new Error("lean template missing");
	return found;
}

async function openNote(
	kit: ReturnType<typeof commandKit>,
	path: string,
	cursor: { line: number; ch: number },
): Promise<FakeMarkdownView> {
	await kit.app.workspace.getLeaf(false).openFile(fileAt(kit.app, path));
	const view = kit.app.workspace.getActiveViewOfType(MarkdownView) as unknown as FakeMarkdownView;
	view.editor.setCursor(cursor);
	return view;
}

const valuesFor = (settings: ReturnType<typeof commandKit>["settings"]) => (name: string) =>
	fillValuesFor(
		{ title: name, domains: ["Payments"], status: "Draft", priority: "Medium", tags: [], parent: null },
		settings,
	);

describe("insert feature spec template", () => {
	it("merges the template into the open note at the cursor in one undo step", async () => {
		const kit = commandKit({ "Notes/Checkout.md": NOTE });
		const view = await openNote(kit, "Notes/Checkout.md", { line: 8, ch: 0 });
		const inserted = insertTemplateIntoActiveEditor(
			asObsidianApp(kit.app),
			lean(),
			valuesFor(kit.settings),
			NOW,
			"yyyy-MM-dd",
		);
		expect(inserted).toBe(true);
		const text = view.editor.getValue();
		expect(text).toContain("  - project/alpha\n");
		expect(text).toContain("owner: Bea\n");
		expect(text).not.toContain('owner: ""');
		expect(text).toMatch(/tags:\n {2}- project\/alpha\n {2}- spec\n/);
		expect(text).toContain("# Checkout\n");
		expect(text.indexOf("We agreed on a new checkout.")).toBeLessThan(text.indexOf("# Checkout\n"));
		expect(text).toContain("# Meeting notes\n");
		expect(view.editor.undoSteps).toBe(1);
		expect(view.editor.getCursor().line).toBeGreaterThan(8);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(NOTE);
		expect(notices).toEqual([]);
	});

	it("keeps a CRLF note's line endings", async () => {
		const crlf = NOTE.replace(/\n/g, "\r\n");
		const kit = commandKit({ "Notes/Checkout.md": crlf });
		const view = await openNote(kit, "Notes/Checkout.md", { line: 8, ch: 0 });
		insertTemplateIntoActiveEditor(asObsidianApp(kit.app), lean(), valuesFor(kit.settings), NOW, "yyyy-MM-dd");
		expect(view.editor.getValue().replace(/\r\n/g, "")).not.toContain("\n");
	});

	it("says so and changes nothing when no note is open in an editor", () => {
		const kit = commandKit({ "Notes/Checkout.md": NOTE });
		const before = kit.snapshot();
		expect(
			insertTemplateIntoActiveEditor(asObsidianApp(kit.app), lean(), valuesFor(kit.settings), NOW, "yyyy-MM-dd"),
		).toBe(false);
		expect(notices).toEqual(["No note is open in an editor: open a note, then insert the template."]);
		expect(kit.snapshot()).toEqual(before);
	});

	it("runs from the command: pick a template, and it is inserted", async () => {
		const kit = commandKit({ "Notes/Checkout.md": NOTE });
		const view = await openNote(kit, "Notes/Checkout.md", { line: 8, ch: 0 });
		expect(kit.run("insert-feature-spec-template")).toBe(true);
		await settle();
		const picker = openModals.find((m) => m instanceof TemplatePickerModal) as unknown as TemplatePickerModal & {
			setQuery(q: string): Promise<{ item: SpecTemplate }[]>;
		};
		expect(picker).toBeDefined();
		const [first] = await picker.setQuery("tech spec");
		expect(first.item.id).toBe("tech-spec");
		picker.selectSuggestion(first as never, {} as KeyboardEvent);
		expect(view.editor.getValue()).toContain("type: tech-spec");
		expect(view.editor.getValue()).toContain("# Checkout\n");
		expect(view.editor.undoSteps).toBe(1);
	});
});
