// "Set spec status" / "Set spec priority": the value written where THIS note keeps it, and nowhere else.
// The plan is either frontmatter assignments (for FileManager.processFrontMatter) or the note's whole new text.
import type { Priority, SpecNote, Status } from "../model/specNote";
import {
	applyStyle,
	INLINE_PRIORITY_LINE,
	INLINE_STATUS_LINE,
	styleOf,
	tagWord,
	type TemplateConventions,
} from "../templates/conventions";
import { builtInTemplateById } from "../templates/builtInTemplates";
import { formatConfiguredDate } from "../templates/dateFormat";
import {
	findEntry,
	findFrontmatter,
	readEntries,
	setLineValue,
	splitLinesWithEol,
	withFrontmatterBlock,
	unquote,
	yamlDate,
	yamlString,
} from "../markdown/frontmatterLines";

/** A status a person can choose (the reader's "No status"/"Unrecognized" are not written). */
export type SettableStatus = Exclude<Status, "No status" | "Unrecognized">;

/** A priority a person can choose. */
export type SettablePriority = Exclude<Priority, "None" | "Unrecognized">;

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
			/** Set these keys with FileManager.processFrontMatter (the bump of `updated` included). */
			kind: "frontmatter";
			/** Keys and values, in order. */
			assignments: FrontmatterAssignment[];
			/** The same edit done line by line on the text (comments kept), for an open editor; optional to use. */
			text: string;
	  }
	| {
			/** Replace the note's text with this (an inline line or a tag changed, `updated` bumped). */
			kind: "text";
			/** The note's whole new text. */
			text: string;
	  };

/** The fields of a SpecNote the edits read. */
export type EditableNote = Pick<
	SpecNote,
	"statusSource" | "statusLine" | "statusRaw" | "prioritySource" | "priorityRaw" | "tags" | "template"
>;

type Kind = "status" | "priority";

/** Plans writing a status where the note keeps it (frontmatter key, inline `Status:` line or `status/…` tag). */
export function planStatusEdit(
	note: EditableNote,
	text: string,
	status: SettableStatus,
	options: EditOptions,
): NoteEdit {
	const conventions = builtInTemplateById(note.template)?.conventions ?? null;
	const place = note.statusSource;
	if (place === "inline") {
		const edited = rewriteInlineField(text, INLINE_STATUS_LINE, note.statusLine, (raw) =>
			chooseWord("status", status, "inline", conventions, raw),
		);
		if (edited !== null) return { kind: "text", text: bumpUpdated(edited, options.now, options.dateFormat) };
	}
	if (place === "tag") {
		const edited = rewriteNestedTag(text, "status", (raw) => chooseWord("status", status, "tag", conventions, raw));
		if (edited !== null) return { kind: "text", text: bumpUpdated(edited, options.now, options.dateFormat) };
	}
	return frontmatterEdit(
		text,
		"status",
		(raw) => chooseWord("status", status, "frontmatter", conventions, raw),
		note.statusSource === "frontmatter" ? note.statusRaw : null,
		options,
	);
}

/** Plans writing a priority where the note keeps it (frontmatter key, inline `Priority:` line or `priority/…` tag; a frontmatter key when none). */
export function planPriorityEdit(
	note: EditableNote,
	text: string,
	priority: SettablePriority,
	options: EditOptions,
): NoteEdit {
	const conventions = builtInTemplateById(note.template)?.conventions ?? null;
	if (note.prioritySource === "inline") {
		const edited = rewriteInlineField(text, INLINE_PRIORITY_LINE, null, (raw) =>
			chooseWord("priority", priority, "inline", conventions, raw),
		);
		if (edited !== null) return { kind: "text", text: bumpUpdated(edited, options.now, options.dateFormat) };
	}
	if (note.prioritySource === "tag") {
		const edited = rewriteNestedTag(text, "priority", (raw) =>
			chooseWord("priority", priority, "tag", conventions, raw),
		);
		if (edited !== null) return { kind: "text", text: bumpUpdated(edited, options.now, options.dateFormat) };
	}
	return frontmatterEdit(
		text,
		"priority",
		(raw) => chooseWord("priority", priority, "frontmatter", conventions, raw),
		note.prioritySource === "frontmatter" ? note.priorityRaw : null,
		options,
	);
}

/**
 * The word to write: the note's template's own word when the template is known, keeps the value in the same place
 * as this note, and has a word for it; otherwise the canonical name in the style of the word it replaces (lower case
 * when there is none; `in-review` in a tag).
 */
function chooseWord(
	kind: Kind,
	canonical: string,
	place: "frontmatter" | "inline" | "tag",
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
	const style = raw !== null && raw.trim() !== "" ? styleOf(raw) : place === "inline" ? "sentence" : "lower";
	const word = applyStyle(canonical, style);
	return place === "tag" ? (style === "lower" ? tagWord(canonical) : word.replace(/\s+/g, "-")) : word;
}

function frontmatterEdit(
	text: string,
	kind: Kind,
	word: (raw: string | null) => string,
	raw: string | null,
	options: EditOptions,
): NoteEdit {
	const { lines, eol } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	const entries = span ? readEntries(lines.slice(span.start, span.end)) : [];
	const entry = findEntry(entries, kind);
	const value = word(entry ? (raw ?? unquote(entry.value)) : null);
	const assignments: FrontmatterAssignment[] = [{ key: entry?.key ?? kind, value }];
	const updated = updatedAssignment(text, options.now, options.dateFormat);
	if (updated) assignments.push(updated);
	const edited = setFrontmatterText(lines, entry?.key ?? kind, yamlString(value)).join(eol);
	return { kind: "frontmatter", assignments, text: bumpUpdated(edited, options.now, options.dateFormat) };
}

/** Sets (or appends, creating the frontmatter when needed) a top-level key in the note's lines, keeping the rest. */
function setFrontmatterText(lines: string[], key: string, valueText: string): string[] {
	const span = findFrontmatter(lines);
	if (!span) return withFrontmatterBlock(lines, [`${key}: ${valueText}`]);
	const entries = readEntries(lines.slice(span.start, span.end));
	const entry = findEntry(entries, key);
	const out = [...lines];
	if (entry && entry.items === null)
		out[span.start + entry.line] = setLineValue(out[span.start + entry.line], valueText);
	else if (entry)
		out.splice(
			span.start + entry.line,
			entry.end - entry.line,
			`${lines[span.start + entry.line].replace(/:.*$/, ":")} ${valueText}`,
		);
	else out.splice(span.end, 0, `${key}: ${valueText}`);
	return out;
}

/** The `updated`/`Updated` key set to today, when the note has that key; null otherwise. */
export function updatedAssignment(text: string, now: Date, dateFormat: string): FrontmatterAssignment | null {
	const { lines } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	if (!span) return null;
	const entry = findEntry(readEntries(lines.slice(span.start, span.end)), "updated");
	return entry ? { key: entry.key, value: formatConfiguredDate(now, dateFormat) } : null;
}

/** The note's text with its frontmatter `updated`/`Updated` key set to today (unchanged when it has no such key). */
export function bumpUpdated(text: string, now: Date, dateFormat: string): string {
	const { lines, eol } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	if (!span) return text;
	const entry = findEntry(readEntries(lines.slice(span.start, span.end)), "updated");
	if (!entry || entry.items !== null) return text;
	const index = span.start + entry.line;
	lines[index] = setLineValue(lines[index], yamlDate(formatConfiguredDate(now, dateFormat)));
	return lines.join(eol);
}

const FENCE = /^\s*(```|~~~)/;

/** Rewrites an inline field line (the given 1-based line, else the first one) keeping its style; null when none. */
function rewriteInlineField(
	text: string,
	pattern: RegExp,
	fieldLine: number | null,
	word: (raw: string) => string,
): string | null {
	const { lines, eol } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	const bodyStart = span ? span.end + 1 : 0;
	let index =
		fieldLine !== null && fieldLine - 1 >= bodyStart && pattern.test(lines[fieldLine - 1] ?? "")
			? fieldLine - 1
			: -1;
	if (index < 0) {
		let inFence = false;
		for (let n = bodyStart; n < lines.length && index < 0; n++) {
			if (FENCE.test(lines[n])) inFence = !inFence;
			else if (!inFence && pattern.test(lines[n])) index = n;
		}
	}
	if (index < 0) return null;
	const match = pattern.exec(lines[index]);
	if (!match) return null;
	const [, prefix, value, closing] = match;
	const spacedPrefix = /\s$|\s[*_]+$/.test(prefix) ? prefix : `${prefix} `;
	lines[index] = `${spacedPrefix}${word(value.split("|")[0].trim())}${closing}`;
	return lines.join(eol);
}

/**
 * Replaces the note's `status/…` (or `priority/…`) tag: the first one becomes the new tag, further ones are removed,
 * in the frontmatter tags list and in the body; null when the text has no such tag.
 */
function rewriteNestedTag(text: string, kind: Kind, word: (raw: string) => string): string | null {
	const { lines, eol } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	let replaced = false;
	const tagPattern = `#?(${kind})/([\\w\\-/]+)`;
	const out: (string | null)[] = [...lines];
	if (span) {
		const entry = findEntry(readEntries(lines.slice(span.start, span.end)), "tags", "tag");
		if (entry) {
			for (let n = span.start + entry.line; n < span.start + entry.end; n++) {
				const isItem = n > span.start + entry.line;
				const line = out[n] as string;
				const re = new RegExp(`(^|[\\s,\\[:"'])${tagPattern}(?=$|[\\s,\\]"'#])`, "gi");
				let dropItem = false;
				let removedHere = false;
				const edited = line.replace(re, (match: string, lead: string, prefix: string, rest: string) => {
					if (!replaced) {
						replaced = true;
						return match.replace(`${prefix}/${rest}`, `${prefix}/${word(rest)}`);
					}
					if (isItem && /^\s*-\s*["']?#?$/.test(line.slice(0, line.indexOf(match) + lead.length)))
						dropItem = true;
					removedHere = true;
					return lead;
				});
				out[n] = dropItem ? null : removedHere ? tidyFlowList(edited) : edited;
			}
		}
	}
	let inFence = false;
	for (let n = span ? span.end + 1 : 0; n < out.length; n++) {
		const line = out[n] as string;
		if (FENCE.test(line)) inFence = !inFence;
		if (inFence || FENCE.test(line)) continue;
		const re = new RegExp(`(^|\\s)#(${kind})/([\\w\\-/]+)`, "gi");
		let removed = false;
		const edited = line.replace(re, (_match: string, lead: string, prefix: string, rest: string) => {
			if (!replaced) {
				replaced = true;
				return `${lead}#${prefix}/${word(rest)}`;
			}
			removed = true;
			return "";
		});
		out[n] = removed && !/^\s/.test(line) ? edited.trimStart() : edited;
	}
	if (!replaced) return null;
	return out.filter((l): l is string => l !== null).join(eol);
}

/** Removes the empty elements a removal leaves in a flow list (`[a, , b]`, `[a, ]`). */
function tidyFlowList(line: string): string {
	if (!/\[.*\]/.test(line)) return line;
	return line.replace(
		/\[([^\]]*)\]/,
		(_m, inner: string) =>
			`[${inner
				.split(",")
				.map((s) => s.trim())
				.filter((s) => s !== "")
				.join(", ")}]`,
	);
}
