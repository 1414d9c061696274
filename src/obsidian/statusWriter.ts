// "Set spec status" / "Set spec priority" (one path for both kinds): applies a planned edit where the note keeps the value, and nowhere else.
// A note open in any leaf goes through that leaf's Editor (unsaved typing kept, one undo step); a closed one through
// Vault.process, planned again on the text it holds then. Never processFrontMatter: it rewrites the whole YAML block.
import { MarkdownView, Notice, parseYaml, type App, type Editor, type TFile } from "obsidian";
import { planFieldEdit, type NoteEdit } from "../core/edits/noteEdits";
import { kindInfo, type FieldKind, type SettableValue } from "../core/model/fieldKinds";
import { readOptionsFromSettings } from "../core/reading/readOptions";
import { readSpecNote } from "../core/reading/readSpecNote";
import type { SpecBoardSettings } from "../core/settings/settings";
import type { SpecNote } from "../core/model/specNote";

/** The editor of a leaf showing the file (the active one first), if the note is open anywhere. */
export function openEditorOf(app: App, file: TFile): Editor | null {
	const active = app.workspace.activeEditor;
	if (active?.editor && active.file?.path === file.path) return active.editor;
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === file.path) return view.editor;
	}
	return null;
}

/** A note's current text: the open editor's when it shows the note, else the vault's. */
export async function currentText(app: App, file: TFile): Promise<string> {
	return openEditorOf(app, file)?.getValue() ?? (await app.vault.read(file));
}

/** Reads a note's text into a SpecNote with the settings' vocabularies. */
export function readNote(path: string, text: string, settings: SpecBoardSettings): SpecNote {
	return readSpecNote(path, text, parseYaml, readOptionsFromSettings(settings));
}

/** The smallest single replacement turning `before` into `after` (common start and end kept), as offsets. */
export function minimalReplacement(before: string, after: string): { from: number; to: number; text: string } {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (
		end < before.length - start &&
		end < after.length - start &&
		before[before.length - 1 - end] === after[after.length - 1 - end]
	)
		end++;
	return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}

function reason(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

/**
 * Plans and applies one edit to a note: through the Editor when the note is open in a leaf (one undo step, unsaved
 * typing kept), else through Vault.process, planned again on the text the file holds then. Only the value (and
 * `updated`) changes: comments, quotes and list styles stay as written. Any failure is told in a notice and leaves
 * the note unchanged; resolves true when the note was changed.
 */
export async function applyPlannedEdit(
	app: App,
	file: TFile,
	label: string,
	plan: (note: SpecNote, text: string) => NoteEdit,
	settings: SpecBoardSettings,
): Promise<boolean> {
	const fail = (why: string): false => {
		new Notice(`Could not set the ${label} of "${file.basename}": ${why} Nothing was changed.`);
		return false;
	};
	let text: string;
	try {
		text = await currentText(app, file);
	} catch (error) {
		return fail(`the note could not be read (${reason(error)}).`);
	}
	const note = readNote(file.path, text, settings);
	const edit = plan(note, text);
	if (edit.kind === "frontmatter" && note.problems.some((p) => p.code === "malformed-frontmatter")) {
		return fail("its frontmatter is not valid YAML. Fix the frontmatter first.");
	}
	const editor = openEditorOf(app, file);
	if (editor) {
		const change = minimalReplacement(text, edit.text);
		if (change.from === change.to && change.text === "") return true;
		editor.transaction({
			changes: [{ from: editor.offsetToPos(change.from), to: editor.offsetToPos(change.to), text: change.text }],
		});
		return true;
	}
	try {
		await app.vault.process(file, (current) => {
			const fresh = readNote(file.path, current, settings);
			const freshEdit = plan(fresh, current);
			if (freshEdit.kind === "frontmatter" && fresh.problems.some((p) => p.code === "malformed-frontmatter"))
				throw new Error("its frontmatter stopped being valid YAML");
			return freshEdit.text;
		});
	} catch (error) {
		return fail(`the note could not be written (${reason(error)}).`);
	}
	return true;
}

/** Sets a note's status or priority where it keeps it (see planFieldEdit); bumps `updated` when the note has that key. */
export function setSpecField<K extends FieldKind>(
	app: App,
	file: TFile,
	kind: K,
	value: SettableValue<K>,
	settings: SpecBoardSettings,
	now: Date,
): Promise<boolean> {
	const options = { now, dateFormat: settings.dateFormat };
	return applyPlannedEdit(
		app,
		file,
		kindInfo(kind).label,
		(note, text) => planFieldEdit(kind, note, text, value, options),
		settings,
	);
}
