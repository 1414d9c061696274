// Issue 8, defects 1 and 2: setting a status or priority changes the value (and `updated`) and no other byte, from the
// board's row menu (the sidebar has the focus, the note is closed) and from the commands (the note is open in a leaf,
// maybe with unsaved typing, while the board has the focus). Obsidian's processFrontMatter would rewrite the YAML.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { specBoardActions } from "../../src/commands";
import type { SettablePriority, SettableStatus } from "../../src/core/model/specNote";
import { BUILT_IN_TEMPLATES } from "../../src/core/templates/builtInTemplates";
import { fillTemplate } from "../../src/core/templates/fillTemplate";
import { readNote } from "../../src/obsidian/statusWriter";
import { WordPickerModal } from "../../src/ui/pickers/wordPickerModal";
import { asObsidianApp, fileAt, notices, obsidianFileAt, openModals, settle } from "../support/fakeApp";
import type { MarkdownView } from "../support/obsidianFake";
import { commandKit, NOW, type CommandKit } from "./specCommandKit";

const seedDir = join(__dirname, "..", "..", "..", "shared", "seed-templates");
const seeds: [string, string][] = existsSync(seedDir)
	? readdirSync(seedDir)
			.filter((f) => f.endsWith(".md"))
			.sort()
			.map((f) => [`seed ${f}`, readFileSync(join(seedDir, f), "utf8")])
	: [];
if (seeds.length === 0) console.warn("../shared/seed-templates is absent: only the built-in templates are checked.");

const templates: [string, string][] = [...BUILT_IN_TEMPLATES.map((t): [string, string] => [t.id, t.text]), ...seeds];

/** The template filled as the create form would, then edited by hand: a YAML comment, quotes and a flow list. */
function filledAndEdited(template: string): string {
	const filled = fillTemplate(
		template,
		{
			title: "Payments retry",
			domains: ["Payments"],
			status: "Draft",
			priority: "High",
			tags: ["spec"],
			author: "Ana",
			parent: null,
		},
		NOW,
		{ dateFormat: "yyyy-MM-dd" },
	).text;
	const byHand = ["# reviewed by hand", "reviewer: 'Ana Lima'  # lead", "labels: [alpha, 'beta gamma']"];
	const lines = filled.split("\n");
	if (lines[0] === "---") lines.splice(1, 0, ...byHand);
	else lines.unshift("---", ...byHand, "---");
	return lines.join("\n");
}

const VALUE_LINE = /status|priority|updated/i;

/** Every line that holds no status, priority or `updated` is kept, in order; comments on the changed lines are kept. */
function expectOnlyTheValueChanged(before: string, after: string): void {
	const keep = (text: string): string[] => text.split("\n").filter((line) => !VALUE_LINE.test(line));
	expect(keep(after)).toEqual(keep(before));
	const comments = (text: string): string[] =>
		text
			.split("\n")
			.filter((line) => VALUE_LINE.test(line))
			.map((line) => /\s#\s.*$/.exec(line)?.[0] ?? "")
			.filter((comment) => comment !== "");
	expect(comments(after)).toEqual(comments(before));
	expect(after.split("\n").length - before.split("\n").length).toBeLessThanOrEqual(1);
}

const STATUS: SettableStatus = "In progress";
const PRIORITY: SettablePriority = "Critical";

/** Chooses the value in the picker that is open (status or priority). */
async function choose(kind: "status" | "priority"): Promise<void> {
	await settle();
	// One picker serves both kinds: the one opened last is the kind's.
	const picker = [...openModals]
		.reverse()
		.find((m) => m instanceof WordPickerModal) as unknown as WordPickerModal<string>;
	const item = picker.getItems().find((i) => i.value === (kind === "status" ? STATUS : PRIORITY));
	expect(item).toBeDefined();
	picker.onChooseItem(item as never);
	await settle();
}

function expectValueSet(kit: CommandKit, text: string, kind: "status" | "priority"): void {
	const note = readNote("Specs/a.md", text, kit.settings);
	expect(kind === "status" ? note.status : note.priority).toBe(kind === "status" ? STATUS : PRIORITY);
	expect(notices).toEqual([]);
}

/** The board has the focus (a sidebar leaf is active). */
function focusBoard(kit: CommandKit): void {
	kit.app.workspace.setActiveLeaf(kit.app.workspace.getRightLeaf(false));
}

describe.each(templates)("%s, filled and edited by hand", (_name, template) => {
	const note = filledAndEdited(template);

	it.each(["status", "priority"] as const)("the board's row menu sets the %s of a closed note", async (kind) => {
		const kit = commandKit({ "Specs/a.md": note });
		focusBoard(kit);
		const actions = specBoardActions(asObsidianApp(kit.app), kit.deps);
		const file = obsidianFileAt(kit.app, "Specs/a.md");
		if (kind === "status") actions.setStatus(file);
		else actions.setPriority(file);
		await choose(kind);
		const after = kit.app.vault.peek("Specs/a.md") ?? "";
		expectValueSet(kit, after, kind);
		expectOnlyTheValueChanged(note, after);
	});

	it.each(["status", "priority"] as const)(
		"the command sets the %s of the note open in a leaf while the board has the focus, through its editor",
		async (kind) => {
			const kit = commandKit({ "Specs/a.md": note });
			const leaf = kit.app.workspace.getLeaf(false);
			await leaf.openFile(fileAt(kit.app, "Specs/a.md"));
			const view = leaf.view as MarkdownView;
			// Unsaved typing at the end of the note.
			view.editor.setCursor({ line: view.editor.lineCount() - 1, ch: 0 });
			view.editor.type("Typed, not saved yet.");
			const typed = view.editor.getValue();
			const stepsBefore = view.editor.undoSteps;
			focusBoard(kit);
			expect(kit.run(kind === "status" ? "set-spec-status" : "set-spec-priority")).toBe(true);
			await choose(kind);
			const after = view.editor.getValue();
			expect(after).toContain("Typed, not saved yet.");
			expect(view.editor.undoSteps).toBe(stepsBefore + 1);
			expectValueSet(kit, after, kind);
			expectOnlyTheValueChanged(typed, after);
			view.editor.undo();
			expect(view.editor.getValue()).toBe(typed);
		},
	);
});
