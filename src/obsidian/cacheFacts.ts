// The cache path: Obsidian's CachedMetadata (0-based positions) -> the core's BodyFacts and FrontmatterResult (1-based lines).
// The text fills what the cache lacks (list item text, the inline Status line), only when the caller has read it.
import { parseYaml, type CachedMetadata } from "obsidian";
import { listItemText, scanBody } from "../core/markdown/scanBody";
import { bodyStartOffset, splitFrontmatter } from "../core/markdown/frontmatter";
import type { BodyFacts, FrontmatterResult, ListItemFact } from "../core/model/specNote";
import { isRecord } from "../core/model/records";

/** A list item's text from its line, as the text path reads it (listItemText); the rest of the line when no marker is at `col`. */
function itemText(line: string, col: number): string {
	const rest = line.slice(col);
	return listItemText(rest) ?? rest.trim();
}

/** Converts Obsidian's parent (0-based line, or negative for a root item) to the core's 1-based form. */
function parentLine(parent: number): number {
	return parent >= 0 ? parent + 1 : parent;
}

/** Reads lines of a text by 0-based number, walking forward from the last one asked (the cache lists items in order). */
class LineCursor {
	private line = 0;
	private start = 0;

	constructor(private readonly text: string) {}

	/** The line as `text.split(/\r?\n/)` would give it, or undefined past the end. */
	at(wanted: number): string | undefined {
		if (wanted < this.line) {
			this.line = 0;
			this.start = 0;
		}
		const text = this.text;
		while (this.line < wanted) {
			const newline = text.indexOf("\n", this.start);
			if (newline < 0) return undefined;
			this.start = newline + 1;
			this.line++;
		}
		const newline = text.indexOf("\n", this.start);
		if (newline < 0) return text.slice(this.start);
		return text.slice(
			this.start,
			newline > this.start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline,
		);
	}
}

/** The words an inline field line starts with (`Status:`, `**Priority**:`), in any case. */
const INLINE_FIELD_WORD = /status|priority/i;

/** The same words, searched from a given offset. */
const INLINE_FIELD_WORD_FROM = /status|priority/gi;

/** Whether a note's text may hold an inline `Status:` or `Priority:` line: false when neither word is anywhere in it. */
export function mayHoldInlineField(text: string): boolean {
	return INLINE_FIELD_WORD.test(text);
}

/**
 * Whether a note's body (after its frontmatter, found as scanBody finds it) may hold an inline field line: false when
 * neither word is in the body, as when `status` is only a frontmatter key. A text with a lone CR is searched whole.
 */
function bodyMayHoldInlineField(text: string): boolean {
	INLINE_FIELD_WORD_FROM.lastIndex = text.indexOf("\r") < 0 ? bodyStartOffset(text) : 0;
	const found = INLINE_FIELD_WORD_FROM.test(text);
	INLINE_FIELD_WORD_FROM.lastIndex = 0;
	return found;
}

/** A body tag without its '#'. */
function bareTag(tag: string): string {
	return tag.charCodeAt(0) === 35 ? tag.slice(1) : tag;
}

/**
 * The body facts Obsidian's cache gives; list item text and inline fields come from `text` when it was read.
 * The text is scanned for inline fields only when its body mentions `status` or `priority` at all.
 */
export function bodyFactsFromCache(cache: CachedMetadata, text: string | null): BodyFacts {
	const lines = text === null ? null : new LineCursor(text);
	const items = cache.listItems ?? [];
	const listItems: ListItemFact[] = new Array<ListItemFact>(items.length);
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		const start = item.position.start;
		const line = lines?.at(start.line);
		listItems[i] = {
			line: start.line + 1,
			task: item.task,
			parent: parentLine(item.parent),
			text: line === undefined ? null : itemText(line, start.col),
			endLine: item.position.end.line + 1,
		};
	}
	const inline = text !== null && bodyMayHoldInlineField(text) ? scanBody(text) : null;
	return {
		headings: (cache.headings ?? []).map((h) => ({
			level: h.level,
			text: h.heading,
			line: h.position.start.line + 1,
		})),
		listItems,
		tags: (cache.tags ?? []).map((t) => ({ tag: bareTag(t.tag), line: t.position.start.line + 1 })),
		inlineStatus: inline?.inlineStatus ?? null,
		inlinePriority: inline?.inlinePriority ?? null,
		// spec-kit's markers are text, not cache: the core's scan finds them (see scanBody).
		clarifications: text === null ? undefined : (inline ?? scanBody(text)).clarifications,
	};
}

/** Whether the cache hints at a frontmatter block it could not parse (the text must be read to tell). */
export function frontmatterNeedsText(cache: CachedMetadata): boolean {
	if (cache.frontmatter !== undefined) return false;
	if (cache.frontmatterPosition !== undefined) return true;
	const first = cache.sections?.[0];
	return first !== undefined && first.type === "yaml" && first.position.start.line === 0;
}

/** The frontmatter as the cache has it; with the text, a block the cache could not parse is parsed here to name the problem. */
export function frontmatterFromCache(cache: CachedMetadata, text: string | null): FrontmatterResult {
	const position = cache.frontmatterPosition;
	const bodyStartLine = position ? position.end.line + 2 : 1;
	// The cache's own object, not a copy: the core only reads it, and the cache replaces it when the note changes.
	if (cache.frontmatter !== undefined) return { data: cache.frontmatter, error: null, bodyStartLine };
	if (text === null || !frontmatterNeedsText(cache)) return { data: {}, error: null, bodyStartLine };
	// The block as the core finds it (splitFrontmatter), so the cache path and the text path agree on where it ends.
	const block = splitFrontmatter(text);
	if (block.yaml === null) return { data: {}, error: null, bodyStartLine };
	try {
		const parsed: unknown = parseYaml(block.yaml);
		if (parsed === null || parsed === undefined)
			return { data: {}, error: null, bodyStartLine: block.bodyStartLine };
		if (!isRecord(parsed))
			return {
				data: {},
				error: "The frontmatter is not a list of properties.",
				bodyStartLine: block.bodyStartLine,
			};
		return { data: parsed, error: null, bodyStartLine: block.bodyStartLine };
	} catch (error) {
		const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
		return { data: {}, error: `The frontmatter does not parse: ${reason}`, bodyStartLine: block.bodyStartLine };
	}
}
