// The fake metadata cache's parser: a note's text -> the CachedMetadata Obsidian would report (0-based positions).
// A small model of Obsidian's own indexer, independent of the core's scanBody, so tests compare two readings.
import type { CachedMetadata, HeadingCache, ListItemCache, Loc, TagCache } from "obsidian";
import { findFrontmatter } from "../../src/core/markdown/frontmatterLines";

// js-yaml has no bundled types here; the fake only needs load and dump.
// eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies -- js-yaml ships without typings; it comes with the toolchain
const jsYaml = require("js-yaml") as {
	load(text: string, options?: Record<string, unknown>): unknown;
	dump(value: unknown, options?: Record<string, unknown>): string;
	CORE_SCHEMA: unknown;
};

/** Parses YAML as Obsidian does for frontmatter: numbers and booleans typed, dates left as text; throws on malformed YAML. */
export function parseYamlText(yaml: string): unknown {
	return jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA });
}

/** Writes an object as YAML, as Obsidian's processFrontMatter does. */
export function dumpYamlText(value: unknown): string {
	return jsYaml.dump(value, { lineWidth: -1 });
}

/** Where a note's frontmatter block is, in 0-based lines, or null when it has none: the core's one rule (findFrontmatter). */
export function findFrontmatterBlock(lines: readonly string[]): { start: number; end: number; yaml: string } | null {
	const span = findFrontmatter(lines);
	return span === null ? null : { start: 0, end: span.end, yaml: lines.slice(1, span.end).join("\n") };
}

const TAG_RE = /(^|[\s[])#([^\s#!@$%^&*(),.?":{}|<>`~[\]'=+;\\]+)/gu;

function lineOffsets(lines: readonly string[]): number[] {
	const offsets: number[] = [];
	let offset = 0;
	for (const line of lines) {
		offsets.push(offset);
		offset += line.length + 1;
	}
	return offsets;
}

function loc(offsets: readonly number[], line: number, col: number): Loc {
	return { line, col, offset: offsets[line] + col };
}

/** Blanks inline code, HTML comments and link targets so `#` inside them is not read as a tag. */
function blankInlineCode(line: string): string {
	return line.replace(/`[^`]*`|<!--.*?-->|(?<!\\)\[\[[^\]]*\]\]|\]\([^)]*\)/g, (m) => " ".repeat(m.length));
}

/** Computes Obsidian-shaped CachedMetadata for a note's text. */
export function computeCachedMetadata(text: string): CachedMetadata {
	// Obsidian reads files with TextDecoder, which drops a leading byte-order mark.
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	const offsets = lineOffsets(lines);
	const cache: CachedMetadata = {};
	const block = findFrontmatterBlock(lines);
	let first = 0;
	if (block) {
		first = block.end + 1;
		// Obsidian reports nothing for an empty block (`---` then `---`).
		if (block.yaml.trim() !== "")
			cache.frontmatterPosition = { start: loc(offsets, 0, 0), end: loc(offsets, block.end, 3) };
		try {
			const data = parseYamlText(block.yaml);
			if (data !== null && typeof data === "object" && !Array.isArray(data)) cache.frontmatter = data;
		} catch {
			// Obsidian leaves frontmatter out when the YAML does not parse.
		}
	}
	const headings: HeadingCache[] = [];
	const listItems: ListItemCache[] = [];
	const tags: TagCache[] = [];
	let fence: string | null = null;
	let inComment: "html" | null = null;
	let inPercent = false;
	const scanTags = (raw: string, i: number): void => {
		const searchable = blankInlineCode(raw);
		TAG_RE.lastIndex = 0;
		for (let m = TAG_RE.exec(searchable); m !== null; m = TAG_RE.exec(searchable)) {
			const name = m[2];
			if (/^\d+$/.test(name)) continue;
			const col = m.index + m[1].length;
			tags.push({
				tag: `#${name}`,
				position: { start: loc(offsets, i, col), end: loc(offsets, i, col + name.length + 1) },
			});
		}
	};
	// Open list: indentation stack of [indent, line]; listStart is the first line of the current list.
	let stack: { indent: number; line: number }[] = [];
	let listStart = -1;
	for (let i = first; i < lines.length; i++) {
		const raw = lines[i];
		const quote = /^(\s{0,3}>\s?)*/.exec(raw)?.[0] ?? "";
		const line = raw.slice(quote.length);
		if (inComment) {
			if (line.includes("-->")) inComment = null;
			continue;
		}
		const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
		if (fence !== null) {
			if (
				fenceMatch &&
				fenceMatch[1][0] === fence[0] &&
				fenceMatch[1].length >= fence.length &&
				line.trim() === fenceMatch[1]
			)
				fence = null;
			continue;
		}
		if (fenceMatch) {
			fence = fenceMatch[1];
			stack = [];
			listStart = -1;
			continue;
		}
		const trimmed = line.trim();
		if (trimmed.startsWith("<!--") && !trimmed.includes("-->")) {
			inComment = "html";
			continue;
		}
		// Inside %% ... %% Obsidian indexes no list items or headings, yet still reports tags.
		if (trimmed.startsWith("%%") && !trimmed.slice(2).includes("%%")) inPercent = !inPercent;
		if (inPercent || trimmed === "%%") {
			scanTags(raw, i);
			continue;
		}
		const heading = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
		if (heading && quote === "") {
			headings.push({
				heading: (heading[2] ?? "").trim(),
				level: heading[1].length,
				position: { start: loc(offsets, i, 0), end: loc(offsets, i, raw.length) },
			});
			stack = [];
			listStart = -1;
		} else if (
			listStart < 0 &&
			quote === "" &&
			/^(?: {4}|\t)/.test(line) &&
			(i === first || lines[i - 1].trim() === "")
		) {
			// An indented code block (after a blank line, outside a list): no headings, items or tags in it.
			while (i + 1 < lines.length && (lines[i + 1].trim() === "" || /^(?: {4}|\t)/.test(lines[i + 1]))) i++;
			continue;
		} else {
			const item = /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)(\[(.)\](?:[ \t]|$))?/.exec(line);
			if (item) {
				const indent = item[1].replace(/\t/g, "    ").length + quote.length;
				while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
				if (listStart < 0) listStart = i;
				const parent = stack.length > 0 ? stack[stack.length - 1].line : listStart === 0 ? -1 : -listStart;
				const entry: ListItemCache = {
					parent,
					position: {
						start: loc(offsets, i, quote.length + item[1].length),
						end: loc(offsets, i, raw.length),
					},
				};
				if (item[3] !== undefined) entry.task = item[4];
				listItems.push(entry);
				stack.push({ indent, line: i });
			} else if (trimmed === "") {
				// A blank line keeps the list open (a loose list).
			} else if (listStart >= 0 && (/^\s/.test(line) || lines[i - 1]?.trim() !== "")) {
				// An indented continuation line of the open list item, or a lazy one right under it: the item's
				// position ends on it, as in Obsidian's cache.
				const last = listItems[listItems.length - 1];
				if (last !== undefined) last.position.end = loc(offsets, i, raw.length);
			} else {
				stack = [];
				listStart = -1;
			}
		}
		scanTags(raw, i);
	}
	if (headings.length > 0) cache.headings = headings;
	if (listItems.length > 0) cache.listItems = listItems;
	if (tags.length > 0) cache.tags = tags;
	return cache;
}

/** Obsidian's parseFrontMatterTags: `tags`/`tag` as a list or a comma/space separated string, each with '#'. */
export function parseFrontMatterTagsOf(frontmatter: unknown): string[] | null {
	if (frontmatter === null || typeof frontmatter !== "object") return null;
	const fm = frontmatter as Record<string, unknown>;
	const found: string[] = [];
	for (const key of Object.keys(fm)) {
		if (!/^tags?$/i.test(key)) continue;
		const value = fm[key];
		const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
		for (const item of items) {
			if (typeof item !== "string" && typeof item !== "number") continue;
			const tag = String(item).trim().replace(/^#/, "");
			if (tag !== "") found.push(`#${tag}`);
		}
	}
	return found.length > 0 ? found : null;
}

/** Obsidian's getAllTags: frontmatter tags first, then body tags, each with '#'. */
export function getAllTagsOf(cache: CachedMetadata): string[] | null {
	return [...(parseFrontMatterTagsOf(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
}
