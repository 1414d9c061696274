// Applies a planned text edit (a question ticked, a question added, a sign-off) to one note: through the editor of a
// leaf that shows it (unsaved typing kept, one undo step), else with Vault.process, planned again on the current text.
// A small applier of its own: the status writer's applier is being reworked separately (see src/obsidian/README.md).
import { MarkdownView, Notice, type App, type Editor, type TFile } from "obsidian";
import type { TextPlan } from "../core/edits/textLines";
import { minimalReplacement } from "./statusWriter";

/** The editor of a leaf showing the note: the active one first, else any other; null when the note is not open. */
export function editorShowing(app: App, file: TFile): Editor | null {
	const active = app.workspace.activeEditor;
	if (active?.editor && active.file?.path === file.path) return active.editor;
	let found: Editor | null = null;
	app.workspace.iterateAllLeaves((leaf) => {
		const view = leaf.view;
		if (found === null && view instanceof MarkdownView && view.file?.path === file.path) found = view.editor;
	});
	return found;
}

function reason(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

/**
 * Plans an edit on the note's current text and applies it: in the editor showing the note as one transaction, else
 * with Vault.process (the plan is made again inside, on the text as it is then). A plan that fails, or a note that
 * cannot be read or written, is told in a notice ("Could not <action> in "<note>": <why> Nothing was changed.") and
 * leaves the note as it was. Resolves true when the note was changed (or already said what was asked).
 */
export async function applyNoteTextEdit(
	app: App,
	file: TFile,
	action: string,
	plan: (text: string) => TextPlan,
): Promise<boolean> {
	const fail = (why: string): false => {
		new Notice(`Could not ${action} in "${file.basename}": ${why} Nothing was changed.`);
		return false;
	};
	const editor = editorShowing(app, file);
	if (editor !== null) {
		const text = editor.getValue();
		const planned = plan(text);
		if (!planned.ok) return fail(planned.reason);
		const change = minimalReplacement(text, planned.text);
		if (change.from === change.to && change.text === "") return true;
		editor.transaction({
			changes: [{ from: editor.offsetToPos(change.from), to: editor.offsetToPos(change.to), text: change.text }],
		});
		return true;
	}
	let first: TextPlan;
	try {
		first = plan(await app.vault.read(file));
	} catch (error) {
		return fail(`the note could not be read (${reason(error)}).`);
	}
	if (!first.ok) return fail(first.reason);
	let failure: string | null = null;
	try {
		await app.vault.process(file, (current) => {
			const fresh = plan(current);
			if (fresh.ok) return fresh.text;
			failure = fresh.reason;
			return current;
		});
	} catch (error) {
		return fail(`the note could not be written (${reason(error)}).`);
	}
	return failure === null ? true : fail(failure);
}
