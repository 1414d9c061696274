// "Set spec status" / "Set spec priority": applies a planned edit where the note keeps the value, and nowhere else.
// A note open in any leaf goes through that leaf's Editor (unsaved typing kept, one undo step); a closed one through
// Vault.process, planned again on the text it holds then. Never processFrontMatter: it rewrites the whole YAML block.
import { parseYaml, type App, type TFile } from "obsidian";
import {
	planPriorityEdit,
	planStatusEdit,
	type EditOptions,
	type NoteEdit,
	type SettablePriority,
	type SettableStatus,
} from "../core/edits/noteEdits";
import { readOptionsFromSettings } from "../core/reading/readOptions";
import { readSpecNote } from "../core/reading/readSpecNote";
import type { SpecBoardSettings } from "../core/settings/settings";
import type { SpecNote } from "../core/model/specNote";
import { INLINE_STATUS_LINE } from "../core/templates/conventions";
import { applyNoteTextEdit, openEditorOf } from "./noteTextEdit";

/** Which value is being set. */
export type EditKind = "status" | "priority";

/** A note's current text: the open editor's when it shows the note, else the vault's. */
export async function currentText(app: App, file: TFile): Promise<string> {
	return openEditorOf(app, file)?.getValue() ?? (await app.vault.read(file));
}

/** Reads a note's text into a SpecNote with the settings' vocabularies. */
export function readNote(path: string, text: string, settings: SpecBoardSettings): SpecNote {
	return readSpecNote(path, text, parseYaml, readOptionsFromSettings(settings));
}

/** Plans a status or priority edit of a note's text. */
export function planEdit(
	kind: EditKind,
	note: SpecNote,
	text: string,
	value: SettableStatus | SettablePriority,
	options: EditOptions,
): NoteEdit {
	return kind === "status"
		? planStatusEdit(note, text, value as SettableStatus, options)
		: planPriorityEdit(note, text, value as SettablePriority, options);
}

/** What an edit will write, as the picker shows it: the frontmatter value, the inline word or the nested tag. */
export function writtenValue(kind: EditKind, note: SpecNote, edit: NoteEdit): string {
	if (edit.kind === "frontmatter") return edit.assignments[0]?.value ?? "";
	const lines = edit.text.split(/\r?\n/);
	if (kind === "status" && note.statusSource === "inline") {
		const line =
			note.statusLine !== null && INLINE_STATUS_LINE.test(lines[note.statusLine - 1] ?? "")
				? lines[note.statusLine - 1]
				: lines.find((l) => INLINE_STATUS_LINE.test(l));
		const value = line === undefined ? null : INLINE_STATUS_LINE.exec(line)?.[2];
		if (value) return value.replace(/\*+$/, "").trim();
	}
	const tag = new RegExp(`(?:^|[\\s,\\[:"'])#?(${kind}/[\\w\\-/]+)`, "i").exec(edit.text);
	return tag ? tag[1] : "";
}

/**
 * Plans and applies one edit to a note: through the Editor when the note is open in a leaf (one undo step, unsaved
 * typing kept), else through Vault.process, planned again on the text the file holds then. Only the value (and
 * `updated`) changes: comments, quotes and list styles stay as written. Any failure is told in a notice and leaves
 * the note unchanged; resolves true when the note was changed.
 */
export function applyPlannedEdit(
	app: App,
	file: TFile,
	label: string,
	plan: (note: SpecNote, text: string) => NoteEdit,
	settings: SpecBoardSettings,
): Promise<boolean> {
	return applyNoteTextEdit(app, file, `set the ${label} of`, (text) => {
		const note = readNote(file.path, text, settings);
		const edit = plan(note, text);
		if (edit.kind === "frontmatter" && note.problems.some((p) => p.code === "malformed-frontmatter"))
			return { ok: false, reason: "its frontmatter is not valid YAML. Fix the frontmatter first." };
		return { ok: true, text: edit.text };
	});
}

/** Sets a note's status where it keeps it; bumps `updated` when the note has that key. */
export function setSpecStatus(
	app: App,
	file: TFile,
	status: SettableStatus,
	settings: SpecBoardSettings,
	now: Date,
): Promise<boolean> {
	const options = { now, dateFormat: settings.dateFormat };
	return applyPlannedEdit(app, file, "status", (note, text) => planStatusEdit(note, text, status, options), settings);
}

/** Sets a note's priority where it keeps it; bumps `updated` when the note has that key. */
export function setSpecPriority(
	app: App,
	file: TFile,
	priority: SettablePriority,
	settings: SpecBoardSettings,
	now: Date,
): Promise<boolean> {
	const options = { now, dateFormat: settings.dateFormat };
	return applyPlannedEdit(
		app,
		file,
		"priority",
		(note, text) => planPriorityEdit(note, text, priority, options),
		settings,
	);
}
