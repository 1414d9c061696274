// The double's `sections`: the note's top-level blocks as Obsidian's cache lists them (yaml, heading, paragraph, list,
// code, callout, blockquote, comment, html, thematicBreak, math, table, footnoteDefinition), each from column 0 of its
// first line to the end of its last non-blank line. The core has no such rule (the plugin only reads the first section);
// this follows CommonMark's block starts, with the line-level rules shared with the core, and the real captures.
import type { Loc, SectionCache } from "obsidian";
import {
	closesFence,
	closesRawHtml,
	indentation,
	isThematicBreak,
	readAtxHeading,
	readFenceOpen,
	readHtmlBlockStart,
	readListMarker,
	setextLevel,
	type FenceOpen,
	type HtmlBlockKind,
} from "../../src/core/markdown/markdownLines";

type Open =
	| { type: "paragraph" | "blockquote" | "callout" | "table" | "footnoteDefinition"; start: number; end: number }
	| { type: "list"; start: number; end: number; key: string; content: number; blankAfter: boolean }
	| { type: "code"; start: number; end: number; fence: FenceOpen | null }
	| { type: "html"; start: number; end: number; kind: HtmlBlockKind }
	| { type: "comment" | "math"; start: number; end: number };

function isBlank(line: string): boolean {
	return line.trim() === "";
}

/** Whether a trimmed line opens a `%%` comment block that does not close on the same line. */
function opensComment(trimmed: string): boolean {
	return trimmed.startsWith("%%") && !trimmed.slice(2).includes("%%");
}

/** The sections of a note whose frontmatter block ends on `blockEnd` (-1: none). */
export function sectionsOf(lines: readonly string[], offsets: readonly number[], blockEnd: number): SectionCache[] {
	const sections: SectionCache[] = [];
	const loc = (line: number, col: number): Loc => ({ line, col, offset: offsets[line] + col });
	const push = (type: string, start: number, end: number): void => {
		const section: SectionCache = { type, position: { start: loc(start, 0), end: loc(end, lines[end].length) } };
		// A paragraph ending in ` ^name` carries that block id.
		const id = type === "paragraph" ? /\s\^([A-Za-z0-9-]+)\s*$/.exec(lines[end])?.[1] : undefined;
		if (id !== undefined) section.id = id;
		sections.push(section);
	};
	if (blockEnd >= 0) push("yaml", 0, blockEnd);
	let open: Open | null = null;
	// The open block, read through a call: TypeScript cannot see that close() and the branches below change it.
	const peek = (): Open | null => open;
	const close = (): void => {
		if (open) push(open.type, open.start, open.end);
		open = null;
	};
	for (let i = blockEnd + 1; i < lines.length; i++) {
		const line = lines[i];
		const indent = indentation(line, 0);
		const trimmed = line.slice(indent.end);
		const current = peek();
		// Blocks that run to a closing line.
		if (current?.type === "code" && current.fence) {
			current.end = i;
			if (indent.columns < 4 && closesFence(trimmed, current.fence)) close();
			continue;
		}
		if (current?.type === "comment") {
			current.end = i;
			if (line.includes("%%")) close();
			continue;
		}
		if (current?.type === "math") {
			current.end = i;
			if (line.includes("$$")) close();
			continue;
		}
		if (current?.type === "html") {
			if (current.kind === "blank" && isBlank(line)) {
				close();
				continue;
			}
			current.end = i;
			if (current.kind === "comment" && line.includes("-->")) close();
			else if (current.kind === "raw" && closesRawHtml(line)) close();
			continue;
		}
		if (isBlank(line)) {
			if (current?.type === "list") current.blankAfter = true;
			else if (current?.type !== "code") close();
			continue;
		}
		// A list goes on with indented lines, items of its own kind, and lazy lines right under its text.
		if (current?.type === "list") {
			const marker = indent.columns < 4 ? readListMarker(trimmed, 0) : null;
			if (indent.columns >= current.content || indent.columns >= 4) {
				current.end = i;
				current.blankAfter = false;
				continue;
			}
			if (marker && marker.key === current.key) {
				current.end = i;
				current.content = indent.end + marker.end + 1;
				current.blankAfter = false;
				continue;
			}
			if (!marker && !current.blankAfter && !startsBlockHere(trimmed)) {
				current.end = i;
				continue;
			}
			close();
		}
		if (current?.type === "code" && !current.fence) {
			if (indent.columns >= 4) {
				current.end = i;
				continue;
			}
			close();
		}
		const now = peek();
		if (
			(now?.type === "blockquote" || now?.type === "callout") &&
			(trimmed.startsWith(">") || !startsBlockHere(trimmed))
		) {
			now.end = i;
			continue;
		}
		if (now?.type === "table" && trimmed.includes("|")) {
			now.end = i;
			continue;
		}
		if (now?.type === "footnoteDefinition" && (indent.columns >= 4 || !startsBlockHere(trimmed))) {
			now.end = i;
			continue;
		}
		// A new block, or a paragraph line.
		if (indent.columns >= 4 && now?.type !== "paragraph") {
			close();
			open = { type: "code", start: i, end: i, fence: null };
			continue;
		}
		if (now?.type === "paragraph" && setextLevel(trimmed) > 0 && indent.columns < 4) {
			push("heading", now.start, i);
			open = null;
			continue;
		}
		if (now?.type === "paragraph" && !startsBlockHere(trimmed, true)) {
			if (
				/^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(trimmed) &&
				lines[i - 1].includes("|") &&
				now.start === i - 1
			) {
				open = { type: "table", start: now.start, end: i };
				continue;
			}
			now.end = i;
			continue;
		}
		close();
		const fence = readFenceOpen(trimmed);
		const marker = readListMarker(trimmed, 0);
		const html = readHtmlBlockStart(trimmed);
		if (fence) open = { type: "code", start: i, end: i, fence };
		else if (readAtxHeading(trimmed)) push("heading", i, i);
		else if (isThematicBreak(trimmed)) push("thematicBreak", i, i);
		else if (marker)
			open = {
				type: "list",
				start: i,
				end: i,
				key: marker.key,
				content: indent.end + marker.end + 1,
				blankAfter: false,
			};
		else if (trimmed.startsWith(">"))
			open = { type: /^>\s*\[!/.test(trimmed) ? "callout" : "blockquote", start: i, end: i };
		else if (trimmed.startsWith("%%")) {
			if (opensComment(trimmed)) open = { type: "comment", start: i, end: i };
			else push("comment", i, i);
		} else if (trimmed.startsWith("$$")) {
			if (trimmed.length > 2 && trimmed.slice(2).includes("$$")) push("math", i, i);
			else open = { type: "math", start: i, end: i };
		} else if (html) {
			open = { type: "html", start: i, end: i, kind: html };
			if ((html === "comment" && line.includes("-->")) || (html === "raw" && closesRawHtml(line))) close();
		} else if (/^\[\^[^\]]+\]:/.test(trimmed)) open = { type: "footnoteDefinition", start: i, end: i };
		else open = { type: "paragraph", start: i, end: i };
	}
	close();
	return sections;
}

/** Whether a line (indentation removed) starts a block that ends a paragraph or a lazy continuation. */
function startsBlockHere(trimmed: string, afterParagraph = false): boolean {
	const marker = readListMarker(trimmed, 0);
	// An empty item, or an ordered one not starting at 1, cannot interrupt a paragraph.
	const listInterrupts =
		marker !== null && (!afterParagraph || (trimmed.slice(marker.end).trim() !== "" && marker.number <= 1));
	const html = readHtmlBlockStart(trimmed);
	return (
		readFenceOpen(trimmed) !== null ||
		readAtxHeading(trimmed) !== null ||
		isThematicBreak(trimmed) ||
		trimmed.startsWith(">") ||
		trimmed.startsWith("%%") ||
		trimmed.startsWith("$$") ||
		listInterrupts ||
		(html !== null && html !== "blank" ? true : html === "blank")
	);
}
