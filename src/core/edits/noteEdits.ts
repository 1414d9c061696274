// "Set spec status" / "Set spec priority": one planner for both kinds. The value is written where THIS note keeps it
// (a frontmatter key, a line of the body, a nested tag: see fieldConventions), in the note's own words, and nowhere
// else. The plan is always the note's whole new text (a frontmatter plan also names the keys it sets); it is never applied
// with FileManager.processFrontMatter, which re-serialises the whole YAML block.
import type { FieldSource, SpecNote } from "../model/specNote";
import type { FieldKind, SettableValue } from "../model/fieldKinds";
import { applyStyle, styleOf, tagWord, type TemplateConventions } from "../templates/conventions";
import { builtInTemplateById } from "../templates/builtInTemplates";
import { formatConfiguredDate } from "../templates/dateFormat";
import { frontmatterEntry, writeBodyField, writeFrontmatterField, writeTagField } from "../fields/fieldConventions";
import {
	findEntry,
	findFrontmatter,
	readEntries,
	setLineValue,
	splitLinesWithEol,
	yamlDate,
	type FrontmatterEntry,
} from "../markdown/frontmatterLines";
import { UPDATED_KEYS } from "../reading/noteDates";

/** What the edits need besides the note: the clock and the date format for `updated`. */
export interface EditOptions {
	/** Today, for bumping `updated`. */
	now: Date;
	/** date-fns format of the written date. */
	dateFormat: string;
}

/** One frontmatter key to set, spelled as the note spells it. */
export interface FrontmatterAssignment {
	/** The key as written in the note (`status` or `Status`…). */
	key: string;
	/** The value to write. */
	value: string;
}

/** How to apply an edit. */
export type NoteEdit =
	| {
			/** A frontmatter edit: the keys set, in order (the bump of `updated` included), and the text that sets them. */
			kind: "frontmatter";
			/** Keys and values, in order. */
			assignments: FrontmatterAssignment[];
			/** The note's whole new text, edited line by line (comments, quotes and list style kept): what is written. */
			text: string;
			/** The word written (what a picker shows). */
			written: string;
	  }
	| {
			/** Replace the note's text with this (a body line or a tag changed, `updated` bumped). */
			kind: "text";
			/** The note's whole new text. */
			text: string;
			/** The word written (the tag's last part for a tag; what a picker shows is `written`). */
			written: string;
	  };

/** The fields of a SpecNote the edits read. */
export type EditableNote = Pick<
	SpecNote,
	"statusSource" | "statusRaw" | "prioritySource" | "priorityRaw" | "tags" | "template"
>;

/** Where the note keeps a kind, and the value written there now. */
function placeOf(note: EditableNote, kind: FieldKind): { source: FieldSource; raw: string | null } {
	return kind === "status"
		? { source: note.statusSource, raw: note.statusRaw }
		: { source: note.prioritySource, raw: note.priorityRaw };
}

/**
 * Plans writing a status or priority where the note keeps it: its frontmatter key, the line of its body that holds it
 * (inline `Status:` line, `## Status` section, metadata table row, callout title: only the value's words change) or its
 * nested tag; a frontmatter key when the note keeps none. `updated` is bumped when the note has that key.
 */
export function planFieldEdit<K extends FieldKind>(
	kind: K,
	note: EditableNote,
	text: string,
	value: SettableValue<K>,
	options: EditOptions,
): NoteEdit {
	const conventions = builtInTemplateById(note.template)?.conventions ?? null;
	const { source, raw } = placeOf(note, kind);
	let written = "";
	const wordFor =
		(place: Place) =>
		(current: string | null): string =>
			(written = chooseWord(kind, value, place, conventions, current));
	if (source !== "frontmatter" && source !== "tag" && source !== "none") {
		const edited = writeBodyField(text, kind, wordFor(source === "inline" ? "inline" : "body"));
		if (edited !== null)
			return { kind: "text", text: bumpUpdated(edited, options.now, options.dateFormat), written };
	}
	if (source === "tag") {
		const edited = writeTagField(text, kind, wordFor("tag"));
		if (edited !== null)
			return {
				kind: "text",
				text: bumpUpdated(edited, options.now, options.dateFormat),
				written: `${kind}/${written}`,
			};
	}
	const entry = frontmatterEntry(text, kind);
	const word = wordFor("frontmatter")(
		entry === null ? null : source === "frontmatter" ? (raw ?? entry.value) : entry.value,
	);
	const key = entry?.key ?? kind;
	const assignments: FrontmatterAssignment[] = [{ key, value: word }];
	const updated = updatedAssignment(text, options.now, options.dateFormat);
	if (updated) assignments.push(updated);
	const edited = writeFrontmatterField(text, key, word);
	return {
		kind: "frontmatter",
		assignments,
		text: bumpUpdated(edited, options.now, options.dateFormat),
		written: word,
	};
}

/** Where a word is written, as far as the choice of word goes ("body": a section, table row or callout title). */
type Place = "frontmatter" | "inline" | "body" | "tag";

/**
 * The word to write: the note's template's own word when the template is known, keeps the value in the same place
 * as this note, and has a word for it; otherwise the canonical name in the style of the word it replaces (lower case
 * when there is none; `in-review` in a tag).
 */
function chooseWord(
	kind: FieldKind,
	canonical: string,
	place: Place,
	conventions: TemplateConventions | null,
	raw: string | null,
): string {
	const templatePlace = kind === "status" ? conventions?.statusPlace : conventions?.priorityPlace;
	const samePlace =
		templatePlace === (place === "tag" ? "tags" : place) || (templatePlace === "none" && place === "frontmatter");
	const words: Partial<Record<string, string>> | undefined = !samePlace
		? undefined
		: kind === "status"
			? conventions?.statusWords
			: conventions?.priorityWords;
	const own = words?.[canonical];
	if (own !== undefined) return place === "tag" ? own.replace(/\s+/g, "-") : own;
	const sample = raw === null ? "" : raw.split("|")[0].trim();
	const style = sample !== "" ? styleOf(sample) : place === "frontmatter" || place === "tag" ? "lower" : "sentence";
	const word = applyStyle(canonical, style);
	return place === "tag" ? (style === "lower" ? tagWord(canonical) : word.replace(/\s+/g, "-")) : word;
}

/**
 * The frontmatter entry a status's age is read from (UPDATED_KEYS, in their order): the first with a value, else the
 * first present (an empty `updated:` from a template); null when the note has none.
 */
function updatedEntry(entries: readonly FrontmatterEntry[]): FrontmatterEntry | null {
	let present: FrontmatterEntry | null = null;
	for (const name of UPDATED_KEYS) {
		const entry = findEntry(entries, name);
		if (entry === null) continue;
		if (entry.value !== "" || entry.items !== null) return entry;
		present ??= entry;
	}
	return present;
}

/** The key the updated date is read from (`updated`, `Updated`, `last_updated`…) set to today; null when the note has none. */
export function updatedAssignment(text: string, now: Date, dateFormat: string): FrontmatterAssignment | null {
	const { lines } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	if (!span) return null;
	const entry = updatedEntry(readEntries(lines.slice(span.start, span.end)));
	return entry ? { key: entry.key, value: formatConfiguredDate(now, dateFormat) } : null;
}

/**
 * The note's text with the frontmatter key its updated date is read from (`updated`, `Updated`, `last_updated`…) set
 * to today, so a status's age restarts; unchanged when it has no such key.
 */
export function bumpUpdated(text: string, now: Date, dateFormat: string): string {
	const { lines, eol } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	if (!span) return text;
	const entry = updatedEntry(readEntries(lines.slice(span.start, span.end)));
	if (!entry || entry.items !== null) return text;
	const index = span.start + entry.line;
	lines[index] = setLineValue(lines[index], yamlDate(formatConfiguredDate(now, dateFormat)));
	return lines.join(eol);
}
