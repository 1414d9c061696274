// The cache path: Obsidian's CachedMetadata (0-based positions) -> the core's BodyFacts and FrontmatterResult (1-based lines).
// The text fills what the cache lacks (list item text, the inline Status line), only when the caller has read it.
import { parseYaml, type CachedMetadata } from "obsidian";
import { scanBody } from "../core/scanBody";
import type { BodyFacts, FrontmatterResult, ListItemFact } from "../core/specNote";

/** A list item's text from its line: quote prefix, marker and checkbox removed, trimmed. */
function listItemText(line: string, col: number): string {
	return line
		.slice(col)
		.replace(/^(?:\s*>)*\s*/, "")
		.replace(/^(?:[-*+]|\d{1,9}[.)])\s*/, "")
		.replace(/^\[.\]\s?/, "")
		.trim();
}

/** Converts Obsidian's parent (0-based line, or negative for a root item) to the core's 1-based form. */
function parentLine(parent: number): number {
	return parent >= 0 ? parent + 1 : parent;
}

/** The body facts Obsidian's cache gives; list item text and inline fields come from `text` when it was read. */
export function bodyFactsFromCache(cache: CachedMetadata, text: string | null): BodyFacts {
	const lines = text === null ? null : text.split(/\r?\n/);
	const listItems: ListItemFact[] = (cache.listItems ?? []).map((item) => {
		const start = item.position.start;
		const line = lines?.[start.line];
		return {
			line: start.line + 1,
			task: item.task,
			parent: parentLine(item.parent),
			text: line === undefined ? null : listItemText(line, start.col),
		};
	});
	const inline = text === null ? null : scanBody(text);
	return {
		headings: (cache.headings ?? []).map((h) => ({ level: h.level, text: h.heading, line: h.position.start.line + 1 })),
		listItems,
		tags: (cache.tags ?? []).map((t) => ({ tag: t.tag.replace(/^#/, ""), line: t.position.start.line + 1 })),
		inlineStatus: inline?.inlineStatus ?? null,
		inlinePriority: inline?.inlinePriority ?? null,
	};
}

/** Whether the cache hints at a frontmatter block it could not parse (the text must be read to tell). */
export function frontmatterNeedsText(cache: CachedMetadata): boolean {
	if (cache.frontmatter !== undefined) return false;
	if (cache.frontmatterPosition !== undefined) return true;
	const first = cache.sections?.[0];
	return first !== undefined && first.type === "yaml" && first.position.start.line === 0;
}

/** The YAML between a note's opening and closing `---` lines, with the 0-based closing line; null without a block. */
function frontmatterBlock(text: string): { yaml: string; end: number } | null {
	const lines = text.split(/\r?\n/);
	if (lines[0]?.trimEnd() !== "---") return null;
	for (let i = 1; i < lines.length; i++) {
		if (lines[i].trimEnd() === "---") return { yaml: lines.slice(1, i).join("\n"), end: i };
	}
	return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The frontmatter as the cache has it; with the text, a block the cache could not parse is parsed here to name the problem. */
export function frontmatterFromCache(cache: CachedMetadata, text: string | null): FrontmatterResult {
	const position = cache.frontmatterPosition;
	const bodyStartLine = position ? position.end.line + 2 : 1;
	if (cache.frontmatter !== undefined) return { data: { ...(cache.frontmatter as Record<string, unknown>) }, error: null, bodyStartLine };
	if (text === null || !frontmatterNeedsText(cache)) return { data: {}, error: null, bodyStartLine };
	const block = frontmatterBlock(text);
	if (!block) return { data: {}, error: null, bodyStartLine };
	try {
		const parsed: unknown = parseYaml(block.yaml);
		if (parsed === null || parsed === undefined) return { data: {}, error: null, bodyStartLine: block.end + 2 };
		if (!isPlainObject(parsed)) return { data: {}, error: "The frontmatter is not a list of properties.", bodyStartLine: block.end + 2 };
		return { data: parsed, error: null, bodyStartLine: block.end + 2 };
	} catch (error) {
		const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
		return { data: {}, error: `The frontmatter does not parse: ${reason}`, bodyStartLine: block.end + 2 };
	}
}
