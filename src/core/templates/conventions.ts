// A template's conventions: where it keeps status and priority, and its own word for each canonical value.
import type { Priority, Status } from "../model/specNote";
import { kindInfo, type FieldKind, type FieldValue } from "../model/fieldKinds";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_STATUS_WORDS } from "../model/vocabulary";
import { wordMeaning } from "../model/leadingWords";
import { cleanTag } from "../model/tags";
import {
	findEntry,
	findFrontmatter,
	readEntries,
	entryValues,
	splitComment,
	splitLinesWithEol,
	type FrontmatterEntry,
} from "../markdown/frontmatterLines";

/** Where a template (or a note) keeps its status. */
export type StatusPlace = "frontmatter" | "inline" | "tags" | "none";

/** Where a template keeps its priority. */
export type PriorityPlace = "frontmatter" | "tags" | "none";

/** How one template writes status, priority, domains and parent. */
export interface TemplateConventions {
	/** Where the status goes; "none" means the filler adds a frontmatter `status` key. */
	statusPlace: StatusPlace;
	/** The template's own word per canonical status (e.g. detailed: Done -> "Complete"); missing ones are derived. */
	statusWords: Partial<Record<Status, string>>;
	/** Where the priority goes; "none" means the filler adds a frontmatter `priority` key. */
	priorityPlace: PriorityPlace;
	/** The template's own word per canonical priority. */
	priorityWords: Partial<Record<Priority, string>>;
	/** The frontmatter key the template uses for domains, or null (the filler then adds `domains`). */
	domainsKey: string | null;
	/** Whether the template asks for a parent note (`{{parent}}` or a `parent` key). */
	hasParent: boolean;
}

/** The built-in words of each kind. */
const BUILT_IN_WORDS = { status: DEFAULT_STATUS_WORDS, priority: DEFAULT_PRIORITY_WORDS } as const;

/** The canonical value a single word means for a kind in the built-in vocabulary (exact word match: see wordMeaning), or null. */
export function valueOfWord<K extends FieldKind>(kind: K, word: string): FieldValue<K> | null {
	return wordMeaning(
		word,
		BUILT_IN_WORDS[kind] as Readonly<Record<FieldValue<K>, readonly string[]>>,
		kindInfo(kind).values,
	);
}

/** An inline `Name:` field line (`Name: x`, `**Name:** x`, `- **Name**: x`, `Name:: x`); groups: prefix, value, closing emphasis. */
export function inlineFieldLine(name: string): RegExp {
	return new RegExp(`^(\\s*(?:>\\s*)*(?:[-*+]\\s+)?[*_]*${name}[*_]*\\s*::?[*_]*\\s*[*_]*)(.*?)([*_]*)\\s*$`, "i");
}

/** An inline `Status:` line; groups: prefix, value, closing emphasis. */
export const INLINE_STATUS_LINE = inlineFieldLine("status");

/** An inline `Priority:` line; groups: prefix, value, closing emphasis. */
export const INLINE_PRIORITY_LINE = inlineFieldLine("priority");

/** The words a frontmatter entry's line offers: its value, and the `a | b | c` choices of its trailing comment. */
function entryWords(fmLines: readonly string[], entry: FrontmatterEntry): string[] {
	const line = fmLines[entry.line];
	const { value, comment } = splitComment(line.slice(line.indexOf(":") + 1));
	return [value.trim(), ...comment.replace(/^\s*#/, "").split("|")];
}

function addWords<K extends string>(
	target: Partial<Record<K, string>>,
	words: string[],
	meaning: (w: string) => K | null,
): void {
	for (const word of words) {
		const key = meaning(word);
		if (key !== null && target[key] === undefined) target[key] = word.trim();
	}
}

/**
 * Where a template keeps a kind when it is in the frontmatter (its key) or in tags (`status/…`, `priority/…`), and the
 * words it offers there (a key's value and the `a | b` choices of its comment, or the tags' last parts); null when
 * neither.
 */
function frontmatterOrTagPlace<K extends FieldKind>(
	kind: K,
	fmLines: readonly string[],
	entries: readonly FrontmatterEntry[],
	tags: readonly string[],
): { place: "frontmatter" | "tags"; words: Partial<Record<FieldValue<K>, string>> } | null {
	const words: Partial<Record<FieldValue<K>, string>> = {};
	const meaning = (word: string): FieldValue<K> | null => valueOfWord(kind, word);
	const entry = findEntry(entries, kind);
	if (entry) {
		addWords(words, entryWords(fmLines, entry), meaning);
		return { place: "frontmatter", words };
	}
	const prefix = `${kindInfo(kind).tagPrefix}/`;
	const kindTags = tags.filter((t) => t.toLowerCase().startsWith(prefix)).map((t) => t.slice(prefix.length));
	if (kindTags.length === 0) return null;
	addWords(words, kindTags, meaning);
	return { place: "tags", words };
}

/** Works out a template's conventions from its text (the same rules serve built-in and custom templates). */
export function detectConventions(text: string): TemplateConventions {
	const { lines } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	const fmLines = span ? lines.slice(span.start, span.end) : [];
	const entries = readEntries(fmLines);
	const conventions: TemplateConventions = {
		statusPlace: "none",
		statusWords: {},
		priorityPlace: "none",
		priorityWords: {},
		domainsKey: null,
		hasParent: /\{\{parent\}\}/.test(text),
	};
	const tagsEntry = findEntry(entries, "tags", "tag");
	const tags = tagsEntry ? entryValues(tagsEntry).map(cleanTag) : [];
	const status = frontmatterOrTagPlace("status", fmLines, entries, tags);
	const bodyStart = span ? span.end + 1 : 0;
	const inline = lines.slice(bodyStart).find((l) => INLINE_STATUS_LINE.test(l));
	if (status !== null) {
		conventions.statusPlace = status.place;
		conventions.statusWords = status.words;
	} else if (inline !== undefined) {
		conventions.statusPlace = "inline";
		const words = (INLINE_STATUS_LINE.exec(inline)?.[2] ?? "").split("|");
		addWords(conventions.statusWords, words, (w) => valueOfWord("status", w));
	}
	const priority = frontmatterOrTagPlace("priority", fmLines, entries, tags);
	if (priority !== null) {
		conventions.priorityPlace = priority.place;
		conventions.priorityWords = priority.words;
	}
	conventions.domainsKey = findEntry(entries, "domains", "domain")?.key ?? null;
	if (findEntry(entries, "parent")) conventions.hasParent = true;
	return conventions;
}

/** How a word is capitalised, so a replacement can be written the same way. */
export type WordStyle = "lower" | "upper" | "title" | "sentence";

/** The capitalisation style of a written word ("sentence" when it is mixed or unknown). */
export function styleOf(word: string): WordStyle {
	const letters = word.replace(/[^\p{L}]/gu, "");
	if (letters === "") return "sentence";
	if (letters === letters.toLowerCase()) return "lower";
	if (letters.length > 1 && letters === letters.toUpperCase()) return "upper";
	const words = word.split(/[\s_-]+/).filter((w) => /\p{L}/u.test(w));
	if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return "title";
	return "sentence";
}

/** Writes a canonical value ("In review") in a style: "in review", "IN REVIEW", "In Review" or "In review". */
export function applyStyle(canonical: string, style: WordStyle): string {
	switch (style) {
		case "lower":
			return canonical.toLowerCase();
		case "upper":
			return canonical.toUpperCase();
		case "title":
			return canonical.replace(
				/(^|\s)(\p{L})/gu,
				(_m, space: string, letter: string) => space + letter.toUpperCase(),
			);
		case "sentence":
			return canonical;
	}
}

/** A template's place and own words for one kind. */
function kindConvention<K extends FieldKind>(
	conventions: TemplateConventions,
	kind: K,
): { place: StatusPlace; words: Partial<Record<FieldValue<K>, string>> } {
	const { statusPlace, statusWords, priorityPlace, priorityWords } = conventions;
	const convention =
		kind === "status" ? { place: statusPlace, words: statusWords } : { place: priorityPlace, words: priorityWords };
	return convention as { place: StatusPlace; words: Partial<Record<FieldValue<K>, string>> };
}

/**
 * The word to write for a status or priority: the template's own word when it has one; otherwise the canonical name in
 * the style of the template's other words (lower case for YAML, `in-review` in tags, as the template capitalises inline).
 */
export function wordFor<K extends FieldKind>(conventions: TemplateConventions, kind: K, value: FieldValue<K>): string {
	const { place, words } = kindConvention(conventions, kind);
	const own = words[value];
	if (own !== undefined) return own;
	const sample = Object.values<string | undefined>(words)[0];
	return derivedWord(value, place, sample);
}

function derivedWord(canonical: string, place: StatusPlace, sample: string | undefined): string {
	if (place === "tags") return tagWord(canonical);
	if (place === "inline") return applyStyle(canonical, sample === undefined ? "sentence" : styleOf(sample));
	return canonical.toLowerCase();
}

/** A canonical value as the last part of a nested tag: lower case, spaces as hyphens (`in-review`). */
export function tagWord(canonical: string): string {
	return canonical.toLowerCase().replace(/\s+/g, "-");
}
