// The double's indexer: a note's text -> the CachedMetadata Obsidian would report (0-based positions), held to the real
// captures by cacheConformance.test.ts. Which lines are headings, list items and tags is the core's rule (scanBody,
// itself held to the same captures); the double adds what only the cache has: columns, offsets, extents, sections,
// frontmatter links. The YAML is read as Obsidian reads it (js-yaml, no timestamps: dates stay text).
import type { CachedMetadata, FrontmatterLinkCache, HeadingCache, ListItemCache, Loc, TagCache } from "obsidian";
import { splitFrontmatter } from "../../src/core/markdown/frontmatter";
import {
	closesFence,
	indentation,
	isThematicBreak,
	readAtxHeading,
	readFenceOpen,
	readListMarker,
	setextLevel,
	stripQuotes,
} from "../../src/core/markdown/markdownLines";
import { scanBody } from "../../src/core/markdown/scanBody";
import type { HeadingFact, ListItemFact, TagFact } from "../../src/core/model/specNote";
import { sectionsOf } from "./fakeSections";
// eslint-disable-next-line import/no-extraneous-dependencies -- Obsidian's own YAML library; it comes with the toolchain
import { CORE_SCHEMA, dump, load } from "js-yaml";

const MAX_QUOTE_DEPTH = 1000;

/** Parses YAML as Obsidian does for frontmatter: numbers and booleans typed, dates left as text; throws on malformed YAML. */
export function parseYamlText(yaml: string): unknown {
	return load(yaml, { schema: CORE_SCHEMA });
}

/**
 * Writes an object as YAML, as Obsidian's processFrontMatter does (js-yaml's dump): block lists indented by two,
 * quotes only where a value needs them (double quotes), no line wrapping, dates left as the text they were read as.
 */
export function dumpYamlText(value: unknown): string {
	return dump(value, { lineWidth: -1, schema: CORE_SCHEMA, quotingType: '"' });
}

/** A position in the note: 0-based line and column, and the offset in the text. */
function loc(offsets: readonly number[], line: number, col: number): Loc {
	return { line, col, offset: offsets[line] + col };
}

/** Where each line starts in the text. */
function lineOffsets(lines: readonly string[]): number[] {
	const offsets: number[] = [];
	let offset = 0;
	for (const line of lines) {
		offsets.push(offset);
		offset += line.length + 1;
	}
	return offsets;
}

/** The visual column of each character of a line (tabs to the next multiple of four), and of its end. */
function columnsOf(line: string): number[] {
	const columns: number[] = [];
	let col = 0;
	for (const ch of line) {
		columns.push(col);
		col = ch === "\t" ? col + 4 - (col % 4) : col + 1;
	}
	columns.push(col);
	return columns;
}

/** The first character index at or after a visual column (a tab that spans the column is passed over). */
function indexAtColumn(columns: readonly number[], column: number): number {
	const index = columns.findIndex((c) => c >= column);
	return index < 0 ? columns.length - 1 : index;
}

/** Where a list item line's marker starts and where its content starts, as character indexes and columns. */
function itemColumns(line: string): { markerIndex: number; markerColumn: number; contentColumn: number } {
	const quote = stripQuotes(line, MAX_QUOTE_DEPTH);
	const markerIndex = indentation(line, quote.start).end;
	const columns = columnsOf(line);
	const marker = readListMarker(line, markerIndex);
	if (!marker) return { markerIndex, markerColumn: columns[markerIndex], contentColumn: columns[markerIndex] };
	const after = indentation(line, marker.end);
	const spaces = columns[after.end] - columns[marker.end];
	const gap = after.end < line.length && spaces >= 1 && spaces <= 4 ? spaces : 1;
	return { markerIndex, markerColumn: columns[markerIndex], contentColumn: columns[marker.end] + gap };
}

/** Whether a line may only continue a paragraph lazily (it starts no block of its own). */
function startsBlock(line: string): boolean {
	const trimmed = line.trimStart();
	return (
		readAtxHeading(trimmed) !== null ||
		readFenceOpen(trimmed) !== null ||
		isThematicBreak(trimmed) ||
		trimmed.startsWith(">") ||
		readListMarker(trimmed, 0) !== null
	);
}

/**
 * List items as Obsidian reports them. Which lines are items, their task characters and parents come from the core's
 * scanner (held to the same captures by tests/core/markdown/obsidianCaptures.test.ts); the double adds what the cache has
 * besides: a nested item starts at its parent's content column, and an item ends on the last non-blank line of its
 * own content (continuation lines and indented blocks such as code, not its child items).
 */
function listItemsOf(lines: readonly string[], offsets: readonly number[], items: ListItemFact[]): ListItemCache[] {
	const itemLines = new Set(items.map((item) => item.line - 1));
	const byLine = new Map(items.map((item) => [item.line - 1, item]));
	return items.map((item) => {
		const line = item.line - 1;
		const raw = lines[line];
		const quote = stripQuotes(raw, MAX_QUOTE_DEPTH);
		const own = itemColumns(raw);
		const parentLine = item.parent > 0 ? item.parent - 1 : -1;
		// A root item starts at its marker, after any block-quote markers. A nested item on its parent's line (after the
		// parent's checkbox) starts at its own marker; on a line of its own, at its parent's content column, except
		// under a `1.` item, where it starts at its marker (as the captures show; `1)` items are like bullets).
		let startCol = quote.start;
		if (parentLine === line) {
			const parentContent = indexAtColumn(columnsOf(raw), own.contentColumn);
			startCol = parentContent + (/^\[.\][ \t]+/.exec(raw.slice(parentContent))?.[0].length ?? 0);
		} else if (parentLine >= 0) {
			const parent = itemColumns(lines[parentLine]);
			const parentMarker = readListMarker(lines[parentLine], parent.markerIndex);
			startCol =
				parentMarker?.key === "." ? own.markerIndex : indexAtColumn(columnsOf(raw), parent.contentColumn);
		}
		const content = itemColumns(raw).contentColumn;
		let end = line;
		let previousBlank = false;
		let fence: ReturnType<typeof readFenceOpen> = null;
		for (let next = line + 1; next < lines.length && !itemLines.has(next); next++) {
			const text = lines[next];
			const inner = stripQuotes(text, MAX_QUOTE_DEPTH);
			const rest = text.slice(inner.start);
			if (rest.trim() === "") {
				if (fence) end = next;
				previousBlank = true;
				continue;
			}
			const indent = indentation(text, inner.start);
			const trimmed = text.slice(indent.end);
			if (fence) {
				end = next;
				if (closesFence(trimmed, fence)) fence = null;
				continue;
			}
			if (inner.depth === quote.depth && columnsOf(text)[indent.end] >= content) {
				end = next;
				fence = readFenceOpen(trimmed);
			} else if (!previousBlank && inner.depth === quote.depth && !startsBlock(rest)) end = next;
			else break;
			previousBlank = false;
		}
		// In a loose list the blank lines before the next item of the same list (or a child) belong to this item.
		let next = end + 1;
		while (next < lines.length && lines[next].trim() === "" && !itemLines.has(next)) next++;
		const following = byLine.get(next);
		if (next > end + 1 && following && (following.parent === item.parent || following.parent === item.line))
			end = next - 1;
		const entry: ListItemCache = {
			parent: item.parent > 0 ? item.parent - 1 : item.parent,
			position: { start: loc(offsets, line, startCol), end: loc(offsets, end, lines[end].length) },
		};
		if (item.task !== undefined) entry.task = item.task;
		return entry;
	});
}

/** Body tags at their columns: the core's scanner says which tags each line has; the double finds where. */
function tagsOf(lines: readonly string[], offsets: readonly number[], tags: readonly TagFact[]): TagCache[] {
	const searchedFrom = new Map<number, number>();
	return tags.map((tag) => {
		const line = tag.line - 1;
		const from = searchedFrom.get(line) ?? 0;
		const col = Math.max(0, lines[line].indexOf(`#${tag.tag}`, from));
		searchedFrom.set(line, col + tag.tag.length + 1);
		return {
			tag: `#${tag.tag}`,
			position: { start: loc(offsets, line, col), end: loc(offsets, line, col + tag.tag.length + 1) },
		};
	});
}

/** Headings at their lines (a setext heading ends on its underline). */
function headingsOf(
	lines: readonly string[],
	offsets: readonly number[],
	headings: readonly HeadingFact[],
): HeadingCache[] {
	return headings.map((heading) => {
		const line = heading.line - 1;
		const underline = lines[line + 1];
		const setext =
			readAtxHeading(lines[line].trimStart()) === null &&
			underline !== undefined &&
			setextLevel(underline.trim()) > 0;
		const end = setext ? line + 1 : line;
		return {
			heading: heading.text,
			level: heading.level,
			position: { start: loc(offsets, line, 0), end: loc(offsets, end, lines[end].length) },
		};
	});
}

/** Links held by frontmatter values (a whole value `[[target|alias]]`), keyed `key` or `key.0` as Obsidian does. */
function frontmatterLinksOf(frontmatter: Record<string, unknown>): FrontmatterLinkCache[] {
	const links: FrontmatterLinkCache[] = [];
	const visit = (key: string, value: unknown): void => {
		if (typeof value === "string") {
			const match = /^\[\[([^\]]+)\]\]$/.exec(value.trim());
			if (!match) return;
			const [target, alias] = match[1].split("|");
			const hash = target.indexOf("#");
			const path = hash < 0 ? target : target.slice(0, hash);
			const subpath = hash < 0 ? "" : target.slice(hash + 1);
			const displayText = alias ?? (path === "" ? subpath : subpath === "" ? path : `${path} > ${subpath}`);
			links.push({ key, link: target, original: value, displayText });
		} else if (Array.isArray(value)) value.forEach((item, i) => visit(`${key}.${i}`, item));
		else if (value !== null && typeof value === "object")
			for (const [k, v] of Object.entries(value)) visit(`${key}.${k}`, v);
	};
	for (const [key, value] of Object.entries(frontmatter)) visit(key, value);
	return links;
}

/** Computes Obsidian-shaped CachedMetadata for a note's text. */
export function computeCachedMetadata(text: string): CachedMetadata {
	// Obsidian reads files with TextDecoder, which drops a leading byte-order mark.
	const clean = text.replace(/^\uFEFF/, "");
	const lines = clean.split(/\r?\n/);
	const offsets = lineOffsets(lines);
	const cache: CachedMetadata = {};
	const block = splitFrontmatter(clean);
	const blockEnd = block.yaml === null ? -1 : block.bodyStartLine - 2;
	if (block.yaml !== null) {
		// Obsidian reports no position for an empty block (`---` then `---`), yet a yaml section.
		if (block.yaml.trim() !== "")
			cache.frontmatterPosition = {
				start: loc(offsets, 0, 0),
				end: loc(offsets, blockEnd, lines[blockEnd].length),
			};
		try {
			const data = parseYamlText(block.yaml);
			if (data !== null && typeof data === "object" && !Array.isArray(data)) {
				cache.frontmatter = data;
				cache.frontmatterLinks = frontmatterLinksOf(cache.frontmatter);
			}
		} catch {
			// Obsidian leaves frontmatter out when the YAML does not parse.
		}
	}
	const body = scanBody(clean);
	const headings = headingsOf(lines, offsets, body.headings);
	const listItems = listItemsOf(lines, offsets, body.listItems);
	const tags = tagsOf(lines, offsets, body.tags);
	const sections = sectionsOf(lines, offsets, blockEnd);
	if (headings.length > 0) cache.headings = headings;
	if (listItems.length > 0) cache.listItems = listItems;
	if (sections.length > 0) cache.sections = sections;
	if (tags.length > 0) cache.tags = tags;
	return cache;
}

/** Obsidian's parseFrontMatterTags: the tags of the `tags`/`tag` property, each with '#'. */
export function parseFrontMatterTagsOf(frontmatter: unknown): string[] | null {
	if (frontmatter === null || typeof frontmatter !== "object") return null;
	const fm = frontmatter as Record<string, unknown>;
	let found: string[] | null = null;
	for (const key of Object.keys(fm)) {
		// As the captures show: `tags`/`tag` in lower case only (`TAG` is another property); a list gives its items, a
		// string one tag, and a string with a comma or a space none at all; an empty list gives [], null gives null.
		if (!/^tags?$/.test(key)) continue;
		const value = fm[key];
		if (value === null || value === undefined) continue;
		found ??= [];
		const items = Array.isArray(value) ? value : [value];
		for (const item of items) {
			if (typeof item !== "string" && typeof item !== "number") continue;
			const tag = String(item).trim().replace(/^#/, "");
			if (tag !== "" && !/[\s,]/.test(tag)) found.push(`#${tag}`);
		}
	}
	return found;
}

/** Obsidian's getAllTags: frontmatter tags first, then body tags, each with '#'. */
export function getAllTagsOf(cache: CachedMetadata): string[] | null {
	return [...(parseFrontMatterTagsOf(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
}
