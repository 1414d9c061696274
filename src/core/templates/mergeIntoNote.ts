// "Insert feature spec template": a filled template merged into an open note, as text and as editor changes.
// Frontmatter keys the note has keep their values; lists (tags, domains, aliases…) are united; new keys are appended;
// the template's body goes in at the cursor. Nothing the note had is lost.
import { commonEnds } from "../edits/commonEnds";
import type { FilledTemplate, TextPosition } from "./fillTemplate";
import { INLINE_STATUS_LINE } from "./conventions";
import { cleanTag, tagValuesUnder } from "../model/tags";
import { linkKey } from "../model/links";
import {
	entryValues,
	findFrontmatter,
	keyForm,
	listIndent,
	readEntries,
	setLineValue,
	splitLinesWithEol,
	unquote,
	yamlString,
	type FrontmatterEntry,
} from "../markdown/frontmatterLines";

/** One replacement in the note's ORIGINAL coordinates (Obsidian's EditorChange shape). */
export interface TextChange {
	/** Start of the replaced range. */
	from: TextPosition;
	/** End of the replaced range (equal to `from` for an insertion). */
	to: TextPosition;
	/** The text put there, in the note's line endings. */
	text: string;
}

/** The merged note: its whole new text, the changes that make it, and where the cursor goes. */
export interface MergeResult {
	/** The note's new text. */
	text: string;
	/** Non-overlapping changes in the original note's coordinates, in document order; apply them in one transaction. */
	changes: TextChange[];
	/** Where the cursor lands in the new text (the template's own cursor). */
	cursor: TextPosition;
}

/** Keys whose values are lists to unite, whatever the template writes. */
const LIST_KEYS = ["tags", "tag", "aliases", "alias", "cssclasses", "cssclass", "domains", "domain"];

function keyName(key: string): string {
	const k = keyForm(key);
	const singular: Record<string, string> = {
		tag: "tags",
		alias: "aliases",
		cssclass: "cssclasses",
		domain: "domains",
	};
	return singular[k] ?? k;
}

/** A frontmatter list item as items are compared when lists are united: `"[[Payments|Pay]]"` = `payments`, `#Spec` = `spec`. */
export function listItemKey(written: string): string {
	return linkKey(cleanTag(unquote(written)));
}

/** Merges a filled template into a note at the cursor (0-based, in the note's text); pure. */
export function mergeTemplateIntoNote(noteText: string, filled: FilledTemplate, cursor: TextPosition): MergeResult {
	const { lines: note, eol } = splitLinesWithEol(noteText);
	const { lines: template } = splitLinesWithEol(filled.text);
	const noteSpan = findFrontmatter(note);
	const templateSpan = findFrontmatter(template);
	const noteFm = noteSpan ? note.slice(noteSpan.start, noteSpan.end) : [];
	const templateFm = templateSpan ? template.slice(templateSpan.start, templateSpan.end) : [];
	const noteBody = noteSpan ? note.slice(noteSpan.end + 1) : note;
	const mergedFm = mergeFrontmatter(noteFm, templateFm, noteBody);

	// The template's body, without the blank lines around it.
	const bodyStart = templateSpan ? templateSpan.end + 1 : 0;
	let first = bodyStart;
	while (first < template.length && template[first].trim() === "") first++;
	let last = template.length;
	while (last > first && template[last - 1].trim() === "") last--;
	const inserted = template.slice(first, last);

	// Where the body goes: the cursor, or right after the frontmatter when the cursor is inside it.
	let at = clamp(note, cursor);
	if (noteSpan && at.line <= noteSpan.end)
		at =
			noteSpan.end + 1 < note.length
				? { line: noteSpan.end + 1, ch: 0 }
				: { line: noteSpan.end, ch: note[noteSpan.end].length };
	const line = note[at.line];
	const before = line.slice(0, at.ch);
	const after = line.slice(at.ch);
	const newlineBefore = before !== "" && inserted.length > 0;
	const newlineAfter = after !== "" && inserted.length > 0;
	const bodyText = (newlineBefore ? eol : "") + inserted.join(eol) + (newlineAfter ? eol : "");

	const changes: TextChange[] = [];
	const fmChange = frontmatterChange(noteSpan, noteFm, mergedFm, eol);
	if (fmChange) changes.push({ ...fmChange });
	if (bodyText !== "") {
		const bodyChange = { from: { ...at }, to: { ...at }, text: bodyText };
		const previous = changes[changes.length - 1];
		if (previous && samePosition(previous.to, at)) previous.text += bodyText;
		else changes.push(bodyChange);
	}

	// The new text is the changes applied; the template's cursor is found by offset within the inserted body.
	const text = applyChanges(noteText, changes);
	const delta = fmChange
		? fmChange.text.length - (offsetOf(noteText, fmChange.to) - offsetOf(noteText, fmChange.from))
		: 0;
	const bodyOffset = offsetOf(noteText, at) + delta + (newlineBefore ? eol.length : 0);
	const row = Math.max(0, Math.min(filled.cursor.line - first, inserted.length - 1));
	const within =
		inserted.length === 0
			? 0
			: inserted.slice(0, row).reduce((n, l) => n + l.length + eol.length, 0) +
				(filled.cursor.line - first === row
					? Math.min(filled.cursor.ch, inserted[row].length)
					: inserted[row].length);
	return { text, changes, cursor: positionOf(text, bodyOffset + within) };
}

/** The character offset of a 0-based position in a text (LF or CRLF). */
function offsetOf(text: string, position: TextPosition): number {
	let offset = 0;
	for (let line = 0; line < position.line; line++) {
		const next = text.indexOf("\n", offset);
		if (next < 0) return text.length;
		offset = next + 1;
	}
	return offset + position.ch;
}

/** The 0-based position of a character offset in a text (LF or CRLF). */
function positionOf(text: string, offset: number): TextPosition {
	const before = text.slice(0, offset);
	const line = before.split("\n").length - 1;
	return { line, ch: offset - (before.lastIndexOf("\n") + 1) };
}

/** Applies non-overlapping changes given in document order (original coordinates). */
function applyChanges(text: string, changes: readonly TextChange[]): string {
	let out = text;
	for (const change of [...changes].reverse())
		out = out.slice(0, offsetOf(text, change.from)) + change.text + out.slice(offsetOf(text, change.to));
	return out;
}

function samePosition(a: TextPosition, b: TextPosition): boolean {
	return a.line === b.line && a.ch === b.ch;
}

function clamp(lines: readonly string[], position: TextPosition): TextPosition {
	const line = Math.max(0, Math.min(lines.length - 1, Math.floor(position.line)));
	const ch = Math.max(0, Math.min(lines[line].length, Math.floor(position.ch)));
	return { line, ch };
}

/** The smallest whole-line change turning the old frontmatter into the merged one; null when nothing changed. */
function frontmatterChange(
	span: { start: number; end: number } | null,
	oldFm: string[],
	newFm: string[],
	eol: string,
): TextChange | null {
	if (span === null) {
		if (newFm.length === 0) return null;
		return { from: { line: 0, ch: 0 }, to: { line: 0, ch: 0 }, text: ["---", ...newFm, "---"].join(eol) + eol };
	}
	const { prefix, suffix } = commonEnds(oldFm, newFm);
	if (prefix === oldFm.length && prefix === newFm.length) return null;
	const replaced = newFm.slice(prefix, newFm.length - suffix);
	return {
		from: { line: span.start + prefix, ch: 0 },
		to: { line: span.start + oldFm.length - suffix, ch: 0 },
		text: replaced.map((l) => l + eol).join(""),
	};
}

/** Whether the note already says its status (or priority) somewhere: a key, a nested tag, or an inline line. */
function noteKeeps(kind: "status" | "priority", entries: FrontmatterEntry[], body: string[]): boolean {
	if (entries.some((e) => keyForm(e.key) === kind)) return true;
	const tags = entries.filter((e) => keyName(e.key) === "tags").flatMap(entryValues);
	if (tagValuesUnder(tags.map(cleanTag), kind).length > 0) return true;
	const bodyTag = new RegExp(`(^|\\s)#${kind}/`, "i");
	return body.some((l) => bodyTag.test(l) || (kind === "status" && INLINE_STATUS_LINE.test(l)));
}

/** Item text as the template wrote it (`"[[Payments]]"`, `spec`). */
function rawItems(lines: string[], entry: FrontmatterEntry): string[] {
	if (entry.items)
		return entry.items.map((item) => lines[item.line].replace(/^\s*-\s*/, "")).filter((raw) => unquote(raw) !== "");
	return entryValues(entry).map((v) => yamlString(v));
}

function mergeFrontmatter(noteFm: string[], templateFm: string[], noteBody: string[]): string[] {
	const noteEntries = readEntries(noteFm);
	const templateEntries = readEntries(templateFm);
	const keepsStatus = noteKeeps("status", noteEntries, noteBody);
	const keepsPriority = noteKeeps("priority", noteEntries, noteBody);
	const skipTag = (raw: string) => {
		const tag = listItemKey(raw);
		return (keepsStatus && tag.startsWith("status/")) || (keepsPriority && tag.startsWith("priority/"));
	};
	const result = [...noteFm];
	const appended: string[] = [];
	// Insertions into existing entries, applied bottom-up so earlier indexes stay valid.
	const edits: { entry: FrontmatterEntry; added: string[] }[] = [];
	for (const entry of templateEntries) {
		const name = keyName(entry.key);
		if ((name === "status" && keepsStatus) || (name === "priority" && keepsPriority)) continue;
		const existing = noteEntries.find((e) => keyName(e.key) === name);
		const isList = LIST_KEYS.includes(name) || entry.items !== null;
		if (existing) {
			if (!isList) continue;
			const have = entryValues(existing).map(listItemKey);
			const added: string[] = [];
			for (const raw of rawItems(templateFm, entry)) {
				if (name === "tags" && skipTag(raw)) continue;
				const key = listItemKey(raw);
				if (have.includes(key)) continue;
				have.push(key);
				added.push(raw);
			}
			if (added.length > 0) edits.push({ entry: existing, added });
			continue;
		}
		if (name === "tags") {
			const kept = rawItems(templateFm, entry).filter((raw) => !skipTag(raw));
			if (kept.length > 0)
				appended.push(setLineValue(templateFm[entry.line], ""), ...kept.map((raw) => `  - ${raw}`));
			continue;
		}
		appended.push(...templateFm.slice(entry.line, entry.end));
	}
	for (const { entry, added } of edits.sort((a, b) => b.entry.line - a.entry.line)) {
		result.splice(entry.line, entry.end - entry.line, ...unite(noteFm, entry, added));
	}
	return [...result, ...appended];
}

/** The note's entry lines with new items added, in the entry's own list style. */
function unite(lines: string[], entry: FrontmatterEntry, added: string[]): string[] {
	const own = lines.slice(entry.line, entry.end);
	if (entry.items) {
		const indent = listIndent(lines, entry);
		const lastItem = entry.items[entry.items.length - 1].line - entry.line;
		return [...own.slice(0, lastItem + 1), ...added.map((raw) => `${indent}- ${raw}`), ...own.slice(lastItem + 1)];
	}
	const flow = /^(.*?:\s*\[)(.*?)(\]\s*(?:#.*)?)$/.exec(own[0]);
	if (flow) {
		const separator = flow[2].trim() === "" ? "" : ", ";
		return [`${flow[1]}${flow[2].trimEnd()}${separator}${added.join(", ")}${flow[3]}`, ...own.slice(1)];
	}
	const values = entryValues(entry).map((v) => yamlString(v));
	return [setLineValue(own[0], ""), ...[...values, ...added].map((raw) => `  - ${raw}`), ...own.slice(1)];
}
