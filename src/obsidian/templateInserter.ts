// "Insert feature spec template": the filled template merged into the open note at the cursor, as ONE undo step.
import { Notice, type App, type Editor } from "obsidian";
import { fillTemplate, type FillValues } from "../core/templates/fillTemplate";
import { mergeTemplateIntoNote } from "../core/templates/mergeIntoNote";
import type { SpecTemplate } from "../core/templates/specTemplate";

/**
 * Fills `template` and merges it into the editor's note at its cursor: frontmatter keys the note has keep their values,
 * lists are united, the body goes in at the cursor. All changes go in one transaction (one undo step); the cursor then
 * moves to the first placeholder of the inserted text.
 */
export function insertTemplateIntoEditor(
	editor: Editor,
	template: SpecTemplate,
	values: FillValues,
	now: Date,
	dateFormat: string,
): void {
	const filled = fillTemplate(template.text, values, now, { dateFormat, conventions: template.conventions });
	const merged = mergeTemplateIntoNote(editor.getValue(), filled, editor.getCursor());
	if (merged.changes.length === 0) return;
	editor.transaction({
		changes: merged.changes.map((change) => ({ from: change.from, to: change.to, text: change.text })),
	});
	editor.setCursor(merged.cursor);
}

/** Inserts into the active editor; with no note open in an editor, says so in a notice and changes nothing. */
export function insertTemplateIntoActiveEditor(
	services: Pick<App, "workspace">,
	template: SpecTemplate,
	values: (noteName: string) => FillValues,
	now: Date,
	dateFormat: string,
): boolean {
	const active = services.workspace.activeEditor;
	const editor = active?.editor;
	if (!active || !editor) {
		new Notice("No note is open in an editor: open a note, then insert the template.");
		return false;
	}
	insertTemplateIntoEditor(editor, template, values(active.file?.basename ?? ""), now, dateFormat);
	return true;
}
