// "Set spec status" / "Set spec priority" (one path for both kinds): applies a planned edit where the note keeps the value, and nowhere else.
// A note open in any leaf goes through that leaf's Editor (unsaved typing kept, one undo step); a closed one through
// Vault.process, planned again on the text it holds then. Never processFrontMatter: it rewrites the whole YAML block.
import { parseYaml, type TFile } from "obsidian";
import { applyNoteTextEdit, minimalReplacement, openEditorOf, type NoteServices } from "./noteTextEdit";
import { planFieldEdit, type NoteEdit } from "../core/edits/noteEdits";
import { kindInfo, type FieldKind, type SettableValue } from "../core/model/fieldKinds";
import { readOptionsFromSettings } from "../core/reading/readOptions";
import { readSpecNote } from "../core/reading/readSpecNote";
import type { SpecBoardSettings } from "../core/settings/settings";
import type { SpecNote } from "../core/model/specNote";

/** The editor showing a note, and the smallest replacement: re-exported where the status writer's callers look. */
export { minimalReplacement, openEditorOf };

/** A note's current text: the open editor's when it shows the note, else the vault's. */
export async function currentText(services: NoteServices, file: TFile): Promise<string> {
	return openEditorOf(services, file)?.getValue() ?? (await services.vault.read(file));
}

/** Reads a note's text into a SpecNote with the settings' vocabularies. */
export function readNote(path: string, text: string, settings: SpecBoardSettings): SpecNote {
	return readSpecNote(path, text, parseYaml, readOptionsFromSettings(settings));
}

/**
 * Plans and applies one edit to a note (see applyNoteTextEdit: the open editor, else Vault.process planned again on
 * the text the file holds then). Only the value (and `updated`) changes: comments, quotes and list styles stay as
 * written. A note whose frontmatter is not valid YAML is refused for a frontmatter edit. Resolves true when changed.
 */
export function applyPlannedEdit(
	services: NoteServices,
	file: TFile,
	label: string,
	plan: (note: SpecNote, text: string) => NoteEdit,
	settings: SpecBoardSettings,
): Promise<boolean> {
	return applyNoteTextEdit(services, file, `set the ${label} of`, (text) => {
		const note = readNote(file.path, text, settings);
		const edit = plan(note, text);
		if (edit.kind === "frontmatter" && note.problems.some((p) => p.code === "malformed-frontmatter"))
			return { ok: false, reason: "its frontmatter is not valid YAML. Fix the frontmatter first." };
		return { ok: true, text: edit.text };
	});
}

/** Sets a note's status or priority where it keeps it (see planFieldEdit); bumps `updated` when the note has that key. */
export function setSpecField<K extends FieldKind>(
	services: NoteServices,
	file: TFile,
	kind: K,
	value: SettableValue<K>,
	settings: SpecBoardSettings,
	now: Date,
): Promise<boolean> {
	const options = { now, dateFormat: settings.dateFormat };
	return applyPlannedEdit(
		services,
		file,
		kindInfo(kind).label,
		(note, text) => planFieldEdit(kind, note, text, value, options),
		settings,
	);
}
