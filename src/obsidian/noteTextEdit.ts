// Applies a planned text edit (a status or priority set, a question ticked or added, a sign-off) to one note: through
// the editor of a leaf that shows it (unsaved typing kept, one undo step), else with Vault.process, planned
// again on the text the file holds then.
import { commonEnds } from "../core/edits/commonEnds";
import { MarkdownView, Notice, type App, type Editor, type TFile } from "obsidian";
import type { TextPlan } from "../core/edits/textLines";

/** What reading and editing one note uses of the app: the vault and the workspace (its leaves and editors). */
export type NoteServices = Pick<App, "vault" | "workspace">;

/** The editor of a leaf showing the file (the active one first), if the note is open anywhere. */
export function openEditorOf(services: NoteServices, file: TFile): Editor | null {
	const active = services.workspace.activeEditor;
	if (active?.editor && active.file?.path === file.path) return active.editor;
	for (const leaf of services.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === file.path) return view.editor;
	}
	return null;
}

/** The smallest single replacement turning `before` into `after` (common start and end kept), as offsets. */
export function minimalReplacement(before: string, after: string): { from: number; to: number; text: string } {
	const { prefix, suffix } = commonEnds(before, after);
	return { from: prefix, to: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function reason(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

/**
 * Plans an edit on the note's current text and applies it: in the editor showing the note as one transaction, else
 * with Vault.process (the plan is made again inside, on the text as it is then). A plan that fails, or a note that
 * cannot be read or written, is told in a notice ("Could not <action> "<note>": <why> Nothing was changed.") and
 * leaves the note as it was. Resolves true when the note was changed (or already said what was asked). `action` reads
 * before the note's name: "set the status of", "sign off on", "tick the question in".
 */
export async function applyNoteTextEdit(
	services: NoteServices,
	file: TFile,
	action: string,
	plan: (text: string) => TextPlan,
): Promise<boolean> {
	const fail = (why: string): false => {
		new Notice(`Could not ${action} "${file.basename}": ${why} Nothing was changed.`);
		return false;
	};
	const editor = openEditorOf(services, file);
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
		first = plan(await services.vault.read(file));
	} catch (error) {
		return fail(`the note could not be read (${reason(error)}).`);
	}
	if (!first.ok) return fail(first.reason);
	let failure: string | null = null;
	try {
		await services.vault.process(file, (current) => {
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
