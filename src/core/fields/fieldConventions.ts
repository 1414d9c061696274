// Where a note keeps its status or priority, each convention's reading and writing side by side (as obsidian-tasks keeps
// each task format's deserialize and serialize together): a frontmatter key, a line of the body (an inline
// `Status: X` line, a `## Status` section, a metadata table row, a callout title) and a nested `status/…` tag.
// Reading takes the first convention that has a value, in that order; writing goes back to the one that had it.
import { FIELD_KINDS, type FieldKind } from "../model/fieldKinds";
import type { BodyFacts, BodyPlace, FieldSource, InlineFieldFact } from "../model/specNote";
import { fieldText } from "../model/fieldKinds";
import { fieldValue } from "../reading/frontmatterFields";
import { tagValuesUnder } from "../model/tags";
import { scanBody } from "../markdown/scanBody";
import { indentation, readListMarker, stripQuotes } from "../markdown/markdownLines";
import {
	readCalloutTitle,
	readInlineFields,
	readSectionLine,
	readTableRow,
	writeLineValue,
	type LineValue,
} from "../markdown/inlineFields";
import {
	findEntry,
	findFrontmatter,
	readEntries,
	setLineValue,
	splitLinesWithEol,
	unquote,
	withFrontmatterBlock,
	yamlString,
} from "../markdown/frontmatterLines";

/** A value as a note writes it, and where. */
export interface WrittenField {
	/** The value as written (several tags joined with ", "). */
	raw: string;
	/** Where it is kept. */
	source: Exclude<FieldSource, "none">;
	/** 1-based line of a body value, else null. */
	line: number | null;
	/** The several values of a kind's tags, when more than one is left (a choice to make). */
	several: string[] | null;
}

/** What a note says, as reading gets it: parsed frontmatter, body facts and merged tags. */
export interface FieldParts {
	/** Parsed frontmatter. */
	data: Readonly<Record<string, unknown>>;
	/** Body facts (the inline, section, table or callout value of each kind). */
	facts: Pick<BodyFacts, "inlineStatus" | "inlinePriority">;
	/** Merged tags, and the same lower-cased when the caller has them. */
	tags: readonly string[];
	lowerTags?: readonly string[];
}

// --- A frontmatter key (`status: draft`) --------------------------------------------------------------------------

/** Reads the kind's frontmatter key (`status`, `Status`, any case and separators). */
export function readFrontmatterField(kind: FieldKind, parts: FieldParts): WrittenField | null {
	const raw = fieldText(fieldValue(parts.data, FIELD_KINDS[kind].keys));
	return raw === null ? null : { raw, source: "frontmatter", line: null, several: null };
}

/** The key as the note spells it and the value written there now (null when the note has no such key). */
export function frontmatterEntry(text: string, kind: FieldKind): { key: string; value: string } | null {
	const { lines } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	const entry = span ? findEntry(readEntries(lines.slice(span.start, span.end)), kind) : null;
	return entry === null ? null : { key: entry.key, value: unquote(entry.value) };
}

/** Writes the kind's frontmatter key line by line (comments and the rest kept), adding it (or the block) when missing. */
export function writeFrontmatterField(text: string, key: string, word: string): string {
	const { lines, eol } = splitLinesWithEol(text);
	const valueText = yamlString(word);
	const span = findFrontmatter(lines);
	if (!span) return withFrontmatterBlock(lines, [`${key}: ${valueText}`]).join(eol);
	const entry = findEntry(readEntries(lines.slice(span.start, span.end)), key);
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
	return out.join(eol);
}

// --- A line of the body: inline line, `## Status` section, metadata table row, callout title ----------------------

/** Reads the kind's body value, found by the body scan (see scanBody): the first one in the text. */
export function readBodyField(kind: FieldKind, parts: FieldParts): WrittenField | null {
	const fact: InlineFieldFact | null = kind === "status" ? parts.facts.inlineStatus : parts.facts.inlinePriority;
	return fact === null ? null : { raw: fact.value, source: fact.place ?? "inline", line: fact.line, several: null };
}

/** Where a line's content starts once quote markers and indentation are skipped. */
function contentStart(line: string): number {
	return indentation(line, stripQuotes(line, 1000).start).end;
}

/** The value a body line holds in a place, and where it sits on the line (the same readers as the body scan). */
function lineValue(line: string, kind: FieldKind, place: BodyPlace): LineValue | null {
	const at = contentStart(line);
	switch (place) {
		case "section":
			return readSectionLine(line, at);
		case "table":
			return readTableRow(line, at)?.[kind] ?? null;
		case "callout":
			return readCalloutTitle(line, at)?.[kind] ?? null;
		case "inline": {
			const marker = readListMarker(line, at);
			if (marker === null) return readInlineFields(line, at)?.[kind] ?? null;
			let from = indentation(line, marker.end).end;
			if (line.charCodeAt(from) === 91 && line.charCodeAt(from + 2) === 93)
				from = indentation(line, from + 3).end;
			return readInlineFields(line, from)?.[kind] ?? null;
		}
	}
}

/** The body value as written now (the value found by the body scan), with its line's index and its span. */
export function bodyValue(
	text: string,
	kind: FieldKind,
): { place: BodyPlace; index: number; found: LineValue; line: string } | null {
	const facts = scanBody(text);
	const fact = kind === "status" ? facts.inlineStatus : facts.inlinePriority;
	if (fact === null) return null;
	const { lines } = splitLinesWithEol(text);
	const line = lines[fact.line - 1];
	if (line === undefined) return null;
	const place = fact.place ?? "inline";
	const found = lineValue(line, kind, place);
	return found === null ? null : { place, index: fact.line - 1, found, line };
}

/** Writes the body value where it is (the value's span on its line replaced, every other byte kept); null when none. */
export function writeBodyField(text: string, kind: FieldKind, word: (raw: string) => string): string | null {
	const current = bodyValue(text, kind);
	if (current === null) return null;
	const { lines, eol } = splitLinesWithEol(text);
	lines[current.index] = writeLineValue(current.line, current.found, word(current.found.value));
	return lines.join(eol);
}

// --- A nested tag (`#status/draft`, `tags: [status/draft]`) -------------------------------------------------------

/** Reads the kind's nested tags (`status/draft`): one is the value; several are a choice left unmade. */
export function readTagField(kind: FieldKind, parts: FieldParts): WrittenField | null {
	const values = tagValuesUnder(parts.tags, FIELD_KINDS[kind].tagPrefix, parts.lowerTags);
	if (values.length === 0) return null;
	return { raw: values.join(", "), source: "tag", line: null, several: values.length > 1 ? values : null };
}

const FENCE = /^\s*(```|~~~)/;

/**
 * Replaces the note's `status/…` (or `priority/…`) tag: the first one becomes the new tag, further ones are removed,
 * in the frontmatter tags list and in the body; null when the text has no such tag.
 */
export function writeTagField(text: string, kind: FieldKind, word: (raw: string) => string): string | null {
	const { lines, eol } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	let replaced = false;
	const tagPattern = `#?(${FIELD_KINDS[kind].tagPrefix})/([\\w\\-/]+)`;
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
		const re = new RegExp(`(^|\\s)#(${FIELD_KINDS[kind].tagPrefix})/([\\w\\-/]+)`, "gi");
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

// --- Precedence -----------------------------------------------------------------------------------------------------

/** The conventions in the order reading tries them: frontmatter, then the body, then tags. */
const READ_ORDER = [readFrontmatterField, readBodyField, readTagField];

/** The value of a kind as the note writes it, from the first convention that has one; null when none does. */
export function readWrittenField(kind: FieldKind, parts: FieldParts): WrittenField | null {
	for (const read of READ_ORDER) {
		const written = read(kind, parts);
		if (written !== null) return written;
	}
	return null;
}
