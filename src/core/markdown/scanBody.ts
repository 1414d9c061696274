// The text path: note text -> BodyFacts, as Obsidian's metadata cache would report them. One pass over the lines,
// walking the text by index (no array of lines), with a fast path for the common unindented line.
import type { BodyFacts, BodyPlace, ListItemFact } from "../model/specNote";
import { bodyStartOffset, normaliseLineEnds } from "./frontmatter";
import { inlineCommentEnd, scanInlineTags } from "./inlineTags";
import {
	readCalloutTitle,
	readInlineFields,
	readSectionLine,
	readTableRow,
	sectionKind,
	type InlineFields,
} from "./inlineFields";
import type { FieldKind } from "../model/fieldKinds";
import {
	closesFence,
	closesRawHtml,
	indentation,
	isSpaceOrTab,
	isThematicBreak,
	readAtxHeading,
	readFenceOpen,
	readHtmlBlockStart,
	readListMarker,
	setextLevel,
	stripQuotes,
	type FenceOpen,
	type HtmlBlockKind,
	type ListMarker,
} from "./markdownLines";

/** A list item that can still hold the lines that follow it. */
interface OpenItem {
	/** 1-based line. */
	line: number;
	/** Column where the item's content starts; a line indented at least this much belongs to the item. */
	contentIndent: number;
	/** Block-quote depth the item lives in. */
	depth: number;
	/** Its list's marker key, to tell a sibling from the start of a new list. */
	key: string;
	/** Its parent value, shared by its siblings. */
	parent: number;
	/** What the scan reports for it (its endLine moves with its continuation lines). */
	fact: ListItemFact;
}

interface Paragraph {
	open: boolean;
	depth: number;
	container: OpenItem | null;
	startLine: number;
	/** The list item whose own text this paragraph is (its continuation lines move the item's endLine), or null. */
	item: ListItemFact | null;
}

interface OpenFence extends FenceOpen {
	depth: number;
	indent: number;
}

const MAX_QUOTE_DEPTH = 1000;

/**
 * ASCII characters a block other than a paragraph can start with (`=` `-` `` ` `` `~` `#` `*` `_` `+` digits `<` `%`
 * `$`; indentation and `>` are handled before): a line starting with any other character is paragraph text.
 */
const BLOCK_START = new Uint8Array(128);
for (const ch of "=-`~#*_+<%$0123456789") BLOCK_START[ch.charCodeAt(0)] = 1;

/** The root parent value Obsidian's cache gives a list starting on 1-based `line`: minus its 0-based line, at least 1. */
export function rootParent(line: number): number {
	return -Math.max(1, line - 1);
}

/** Reads the checkbox at `at`: the task character and where the text after it starts, or null. */
function readCheckbox(text: string, at: number): { task: string; end: number } | null {
	if (text.charCodeAt(at) !== 91) return null;
	const high = text.charCodeAt(at + 1);
	const width = high >= 0xd800 && high <= 0xdbff ? 2 : 1;
	const close = at + 1 + width;
	if (at + 1 >= text.length || text.charCodeAt(close) !== 93) return null;
	if (close + 1 < text.length && !isSpaceOrTab(text.charCodeAt(close + 1))) return null;
	return { task: text.slice(at + 1, close), end: indentation(text, close + 1).end };
}

class BodyScanner {
	private readonly items: OpenItem[] = [];
	private depth = 0;
	private paragraph: Paragraph = { open: false, depth: 0, container: null, startLine: 0, item: null };
	/** The text being scanned, and where the current line starts in it. */
	private text = "";
	private lineStart = 0;
	/** [start, end) offsets in `text` of the lines of the open top-level paragraph (a setext heading's text), and how many are used. */
	private readonly pieces: number[] = [];
	private pieceCount = 0;
	private fence: OpenFence | null = null;
	private html: HtmlBlockKind | null = null;
	private percentComment = false;
	private mathBlock = false;
	private inlineComment = false;
	/** A `## Status` or `## Priority` heading whose first line is still to come. */
	private pendingSection: FieldKind | null = null;
	/** The metadata table: 0 before any table, 1 inside the first table (its last row on tableLine), 2 after it. */
	private tableState = 0;
	private tableLine = 0;

	constructor(private readonly facts: BodyFacts) {}

	/** Scans text whose line ends are LF or CRLF (see normaliseLineEnds), frontmatter skipped. */
	scan(text: string): void {
		this.text = text;
		const length = text.length;
		let at = 0;
		let n = 1;
		const body = bodyStartOffset(text);
		if (body > 0) {
			for (let i = text.indexOf("\n"); i >= 0 && i < body; i = text.indexOf("\n", i + 1)) n++;
			at = body;
		}
		for (;;) {
			const lf = text.indexOf("\n", at);
			let end = lf < 0 ? length : lf;
			if (end > at && text.charCodeAt(end - 1) === 13) end--;
			this.lineStart = at;
			this.line(text.slice(at, end), n);
			if (lf < 0) break;
			at = lf + 1;
			n++;
		}
	}

	private line(raw: string, n: number): void {
		if (this.percentComment) {
			// Obsidian's cache hides list items and headings in a `%%` block, but still reports its tags.
			if (raw.includes("%%")) this.percentComment = false;
			if (raw.indexOf("#") >= 0) scanInlineTags(raw, 0, n, this.facts.tags);
			return;
		}
		if (this.mathBlock) {
			if (raw.includes("$$")) this.mathBlock = false;
			return;
		}
		if (this.html !== null && this.insideHtml(raw)) return;
		if (this.fence !== null && this.insideFence(raw)) return;
		if (raw.length === 0) {
			this.blank(0);
			return;
		}
		if (this.pendingSection !== null) this.sectionLine(raw, n);
		const first = raw.charCodeAt(0);
		if (first !== 32 && first !== 9 && first !== 62) {
			// The common line: no indentation, no `>`.
			if (this.inlineComment) {
				const end = inlineCommentEnd(raw);
				if (end >= 0) this.inlineComment = scanInlineTags(raw, end, n, this.facts.tags);
				return;
			}
			if (this.depth !== 0) {
				if (this.paragraph.open && this.isLazy(raw, 0, 0)) {
					this.paragraphText(raw, 0, n);
					return;
				}
				this.enterDepth(0);
			}
			if (first >= 128 || BLOCK_START[first] === 0) {
				// Paragraph text at column 0: it continues the open paragraph (lazily, if that one is in a list item),
				// or starts one outside every list.
				if (!this.paragraph.open) {
					if (this.items.length !== 0) this.items.length = 0;
					this.openParagraph(null, n, null);
				}
				this.paragraphText(raw, 0, n);
				return;
			}
			this.block(raw, n, 0, 0);
			return;
		}
		const quote = stripQuotes(raw, MAX_QUOTE_DEPTH);
		const indent = indentation(raw, quote.start);
		if (indent.end >= raw.length) {
			this.blank(quote.depth);
			return;
		}
		if (this.inlineComment) {
			const end = inlineCommentEnd(raw);
			if (end >= 0) this.inlineComment = scanInlineTags(raw, end, n, this.facts.tags);
			return;
		}
		if (quote.depth !== this.depth) {
			if (quote.depth < this.depth && this.paragraph.open && this.isLazy(raw, indent.end, indent.columns)) {
				this.paragraphText(raw, indent.end, n);
				return;
			}
			this.enterDepth(quote.depth);
		}
		this.block(raw, n, indent.end, indent.columns);
	}

	/** One non-blank line outside code, comments and HTML, its quote markers removed. */
	private block(raw: string, n: number, start: number, columns: number): void {
		const base = this.baseIndex();
		let c = -1;
		for (let k = this.items.length - 1; k >= base; k--) {
			if (this.items[k].contentIndent <= columns) {
				c = k;
				break;
			}
		}
		const container = c >= 0 ? this.items[c] : null;
		const relative = columns - (container ? container.contentIndent : 0);
		if (relative >= 4) {
			if (this.paragraph.open) this.paragraphText(raw, start, n);
			else this.closeAbove(c, base);
			return;
		}
		const text = start === 0 ? raw : raw.slice(start);
		const code = text.charCodeAt(0);
		const p = this.paragraph;
		if (p.open && p.depth === this.depth && p.container === container && (code === 61 || code === 45)) {
			const level = setextLevel(text);
			if (level > 0) {
				this.setextHeading(level);
				return;
			}
		}
		if (code === 96 || code === 126) {
			const fence = readFenceOpen(text);
			if (fence !== null) {
				this.startBlock(c, base);
				this.fence = { ...fence, depth: this.depth, indent: container ? container.contentIndent : 0 };
				return;
			}
		}
		if (code === 35) {
			const heading = readAtxHeading(text);
			if (heading !== null) {
				this.startBlock(c, base);
				if (this.depth === 0 && container === null) this.heading(heading.level, heading.text, n);
				scanInlineTags(text, heading.contentStart, n, this.facts.tags);
				return;
			}
		}
		if ((code === 45 || code === 42 || code === 95) && isThematicBreak(text)) {
			this.startBlock(c, base);
			return;
		}
		const marker = readListMarker(text, 0);
		if (marker !== null && this.listItem(raw, start, columns, marker, n, c, base)) return;
		if (code === 60) {
			const kind = readHtmlBlockStart(text);
			if (kind !== null) {
				this.startBlock(c, base);
				const closedHere =
					kind === "comment" ? text.indexOf("-->", 4) >= 0 : kind === "raw" && closesRawHtml(text);
				if (!closedHere) this.html = kind;
				return;
			}
		}
		if ((code === 37 && text.startsWith("%%")) || (code === 36 && text.startsWith("$$"))) {
			this.startBlock(c, base);
			if (code === 37 && text.indexOf("#") >= 0) scanInlineTags(text, 2, n, this.facts.tags);
			if (text.indexOf(text.slice(0, 2), 2) < 0) {
				if (code === 37) this.percentComment = true;
				else this.mathBlock = true;
			}
			return;
		}
		if (!p.open) {
			this.closeAbove(c, base);
			// An item with nothing on its own line takes the paragraph that starts on the next line as its text.
			const item =
				container !== null && container.line === n - 1 && container.fact.text === "" ? container.fact : null;
			this.openParagraph(container, n, item);
		}
		this.paragraphText(raw, start, n);
	}

	/** A list item line (and any items nested on the same line, like `- [ ] 1. text`); false when it cannot start here. */
	private listItem(
		raw: string,
		start: number,
		columns: number,
		marker: ListMarker,
		n: number,
		c: number,
		base: number,
	): boolean {
		const text = start === 0 ? raw : raw.slice(start);
		const afterMarker = indentation(text, marker.end);
		const empty = afterMarker.end >= text.length;
		const next = c >= 0 ? c + 1 : base;
		const sibling = next < this.items.length ? this.items[next] : null;
		const sameList = sibling !== null && sibling.key === marker.key;
		if (this.paragraph.open && !sameList && (empty || (marker.number >= 0 && marker.number !== 1))) return false;
		const container = c >= 0 ? this.items[c] : null;
		this.closeAbove(c, base);
		let parent = container ? container.line : sameList && sibling ? sibling.parent : rootParent(n);
		let current = marker;
		let markerAt = 0;
		let markerColumn = columns;
		for (;;) {
			const after = indentation(text, current.end);
			const atEnd = after.end >= text.length;
			const spaces = after.columns;
			const markerWidth = current.end - markerAt;
			const contentIndent = markerColumn + markerWidth + (atEnd || spaces >= 5 ? 1 : spaces);
			let contentAt = atEnd ? text.length : spaces >= 5 ? current.end + 1 : after.end;
			const checkbox = readCheckbox(text, contentAt);
			if (checkbox !== null) contentAt = checkbox.end;
			const fact: ListItemFact = {
				line: n,
				task: checkbox === null ? undefined : checkbox.task,
				parent,
				text: text.slice(contentAt).trim(),
				endLine: n,
			};
			const item: OpenItem = { line: n, contentIndent, depth: this.depth, key: current.key, parent, fact };
			this.items.push(item);
			this.facts.listItems.push(fact);
			const nested =
				contentAt < text.length && !isThematicBreak(text.slice(contentAt))
					? readListMarker(text, contentAt)
					: null;
			if (nested === null) {
				const hasText = contentAt < text.length;
				this.openParagraph(item, n, fact);
				this.paragraph.open = hasText;
				if (hasText) this.paragraphText(raw, start + contentAt, n);
				return true;
			}
			markerColumn += contentAt - markerAt;
			markerAt = contentAt;
			current = nested;
			parent = n;
		}
	}

	/** Starts a paragraph (reusing the one object): in `container`, on line n, continuing `item`'s text when given. */
	private openParagraph(container: OpenItem | null, n: number, item: ListItemFact | null): void {
		const p = this.paragraph;
		p.open = true;
		p.depth = this.depth;
		p.container = container;
		p.startLine = n;
		p.item = item;
		this.pieceCount = 0;
	}

	private paragraphText(raw: string, from: number, n: number): void {
		const p = this.paragraph;
		if (p.open) {
			if (p.container === null && p.depth === 0) {
				this.pieces[this.pieceCount++] = this.lineStart + from;
				this.pieces[this.pieceCount++] = this.lineStart + raw.length;
			}
			// A continuation line of a list item's text (indented under it, or lazy).
			else if (p.item !== null) p.item.endLine = n;
		}
		const facts = this.facts;
		if (raw.indexOf("#", from) >= 0) this.inlineComment = scanInlineTags(raw, from, n, facts.tags);
		else if (raw.indexOf("<!--", from) >= 0)
			this.inlineComment = raw.indexOf("-->", raw.lastIndexOf("<!--") + 4) < 0;
		if (raw.indexOf("[NEEDS CLARIFICATION", from) >= 0) this.clarifications(raw, from, n);
		if (facts.inlineStatus !== null && facts.inlinePriority !== null) return;
		const code = raw.charCodeAt(from);
		if (code === 124) {
			if (p.open && p.container === null && p.depth === 0) this.tableRow(raw, from, n);
		} else if (code === 91) {
			if (this.depth > 0) this.found(readCalloutTitle(raw, from), n, "callout");
		} else this.found(readInlineFields(raw, from), n, "inline");
	}

	/** Keeps the fields found on line n, where none was found before (the first one in the text wins). */
	private found(fields: InlineFields | null, n: number, place: BodyPlace): void {
		if (fields === null) return;
		const facts = this.facts;
		if (fields.status !== null && facts.inlineStatus === null)
			facts.inlineStatus =
				place === "inline"
					? { value: fields.status.value, line: n }
					: { value: fields.status.value, line: n, place };
		if (fields.priority !== null && facts.inlinePriority === null)
			facts.inlinePriority =
				place === "inline"
					? { value: fields.priority.value, line: n }
					: { value: fields.priority.value, line: n, place };
	}

	/** A heading outside quotes and lists: kept, and a `## Status` or `## Priority` one waits for its first line. */
	private heading(level: number, text: string, n: number): void {
		this.facts.headings.push({ level, text, line: n });
		this.pendingSection = sectionKind(text);
	}

	/** Whether no section heading came yet (none, or only the note's level-1 title). */
	private beforeSections(): boolean {
		const headings = this.facts.headings;
		return headings.length === 0 || (headings.length === 1 && headings[0].level === 1);
	}

	/** A `|` line of a top-level paragraph: a row of the metadata table when it is in the first table, before any section. */
	private tableRow(raw: string, from: number, n: number): void {
		if (this.tableState === 1 && n !== this.tableLine + 1) this.tableState = 2;
		if (this.tableState === 0) this.tableState = this.beforeSections() ? 1 : 2;
		if (this.tableState !== 1) return;
		this.tableLine = n;
		this.found(readTableRow(raw, from), n, "table");
	}

	/** The first non-blank line after a `## Status` heading: its value, unless it is a block of another kind. */
	private sectionLine(raw: string, n: number): void {
		const kind = this.pendingSection as FieldKind;
		const quote = stripQuotes(raw, MAX_QUOTE_DEPTH);
		const at = indentation(raw, quote.start).end;
		if (at >= raw.length) return;
		const text = raw.slice(at);
		// A comment before the value (MADR's templates have them) leaves the section waiting.
		if (text.startsWith("<!--") || text.startsWith("%%")) return;
		this.pendingSection = null;
		const code = text.charCodeAt(0);
		if (code === 35 || code === 96 || code === 126 || code === 124 || code === 60 || isThematicBreak(text)) return;
		const fact = kind === "status" ? this.facts.inlineStatus : this.facts.inlinePriority;
		if (fact !== null) return;
		// A `Status: Accepted` line under the heading is an inline line, read as one.
		if (readInlineFields(raw, readListMarker(text, 0) === null ? at : indentation(raw, at + 2).end)?.[kind]) return;
		const value = readSectionLine(raw, at);
		if (value === null) return;
		if (kind === "status") this.facts.inlineStatus = { value: value.value, line: n, place: "section" };
		else this.facts.inlinePriority = { value: value.value, line: n, place: "section" };
	}

	/** spec-kit's `[NEEDS CLARIFICATION: …]` markers on a line of text (not inside a code span): open questions. */
	private clarifications(raw: string, from: number, n: number): void {
		for (let at = raw.indexOf("[NEEDS CLARIFICATION", from); at >= 0;) {
			const close = raw.indexOf("]", at);
			if (close < 0) break;
			let ticks = 0;
			for (let i = from; i < at; i++) if (raw.charCodeAt(i) === 96) ticks++;
			if (ticks % 2 === 0) {
				// Only a marker with its question counts: spec-kit's checklist line "No [NEEDS CLARIFICATION] markers
				// remain" names the marker, it asks nothing.
				const rest = raw.slice(at + 20, close);
				const text = rest.charCodeAt(0) === 58 ? rest.slice(1).trim() : "";
				if (text !== "") (this.facts.clarifications ??= []).push({ text, line: n });
			}
			at = raw.indexOf("[NEEDS CLARIFICATION", close);
		}
	}

	private setextHeading(level: number): void {
		const p = this.paragraph;
		if (p.depth === 0 && p.container === null) {
			let text = "";
			for (let i = 0; i < this.pieceCount; i += 2) {
				const piece = this.text.slice(this.pieces[i], this.pieces[i + 1]).trim();
				text = text === "" ? piece : `${text} ${piece}`;
			}
			this.heading(level, text, p.startLine);
		}
		// The paragraph was a heading, not a `Status:` line.
		if (this.facts.inlineStatus !== null && this.facts.inlineStatus.line >= p.startLine)
			this.facts.inlineStatus = null;
		if (this.facts.inlinePriority !== null && this.facts.inlinePriority.line >= p.startLine)
			this.facts.inlinePriority = null;
		p.open = false;
	}

	/** Whether a line with fewer `>` markers continues the open paragraph (CommonMark's lazy continuation). */
	private isLazy(raw: string, start: number, columns: number): boolean {
		if (columns >= 4) return true;
		const text = raw.slice(start);
		return (
			readListMarker(text, 0) === null &&
			readAtxHeading(text) === null &&
			readFenceOpen(text) === null &&
			!isThematicBreak(text) &&
			readHtmlBlockStart(text) === null &&
			!text.startsWith("%%") &&
			!text.startsWith("$$")
		);
	}

	private insideHtml(raw: string): boolean {
		if (this.html === "comment") {
			if (raw.includes("-->")) this.html = null;
			return true;
		}
		if (this.html === "raw") {
			if (closesRawHtml(raw)) this.html = null;
			return true;
		}
		const quote = stripQuotes(raw, MAX_QUOTE_DEPTH);
		if (indentation(raw, quote.start).end < raw.length) return true;
		this.html = null;
		return false;
	}

	private insideFence(raw: string): boolean {
		const fence = this.fence as OpenFence;
		const quote = stripQuotes(raw, fence.depth);
		if (quote.depth < fence.depth) {
			this.fence = null;
			return false;
		}
		const indent = indentation(raw, quote.start);
		const blank = indent.end >= raw.length;
		if (!blank && indent.columns < fence.indent) {
			this.fence = null;
			return false;
		}
		if (!blank && indent.columns - fence.indent <= 3 && closesFence(raw.slice(indent.end), fence))
			this.fence = null;
		return true;
	}

	private blank(depth: number): void {
		this.paragraph.open = false;
		this.inlineComment = false;
		if (depth < this.depth) this.enterDepth(depth);
	}

	private enterDepth(depth: number): void {
		let keep = this.items.length;
		while (keep > 0 && this.items[keep - 1].depth > depth) keep--;
		this.items.length = keep;
		this.paragraph.open = false;
		this.depth = depth;
	}

	/** Index of the first open item at the current quote depth (items below it live in outer quotes). */
	private baseIndex(): number {
		let base = this.items.length;
		while (base > 0 && this.items[base - 1].depth === this.depth) base--;
		return base;
	}

	private closeAbove(c: number, base: number): void {
		const keep = c >= 0 ? c + 1 : base;
		if (this.items.length !== keep) this.items.length = keep;
	}

	private startBlock(c: number, base: number): void {
		this.closeAbove(c, base);
		this.paragraph.open = false;
	}
}

/**
 * Scans a note's whole text (frontmatter skipped) for headings, list items, body tags and inline fields, the way
 * Obsidian's metadata cache reports them. Lines are 1-based over the whole file. A list item's parent is the 1-based
 * line of its parent item, or for a root item exactly the negative number Obsidian's cache gives (see rootParent).
 * Never throws: on an unexpected error it returns what it found so far, and tells `onInternalError` (the property
 * tests pass one that throws, to find scanner bugs).
 */
export function scanBody(text: string, onInternalError?: (error: unknown) => void): BodyFacts {
	const facts: BodyFacts = { headings: [], listItems: [], tags: [], inlineStatus: null, inlinePriority: null };
	try {
		new BodyScanner(facts).scan(normaliseLineEnds(text));
	} catch (error) {
		// Parsing never throws; the facts gathered so far stand.
		onInternalError?.(error);
	}
	return facts;
}

/** The text of a list item on one raw line (quote markers, marker and checkbox removed), or null when it is not one. */
export function listItemText(line: string): string | null {
	const quote = stripQuotes(line, MAX_QUOTE_DEPTH);
	const text = line.slice(indentation(line, quote.start).end);
	const marker = readListMarker(text, 0);
	if (marker === null) return null;
	let at = indentation(text, marker.end).end;
	const checkbox = readCheckbox(text, at);
	if (checkbox !== null) at = checkbox.end;
	return text.slice(at).trim();
}

/** Whether a line (quote markers and indentation removed) starts a block that ends a paragraph, so it cannot continue one. */
function interruptsParagraph(text: string): boolean {
	const code = text.charCodeAt(0);
	if (code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57)) {
		if (readListMarker(text, 0) !== null || isThematicBreak(text)) return true;
	}
	return (
		readAtxHeading(text) !== null ||
		readFenceOpen(text) !== null ||
		setextLevel(text) > 0 ||
		readHtmlBlockStart(text) !== null ||
		text.startsWith("%%") ||
		text.startsWith("$$")
	);
}

/**
 * The whole text of a list item given its first and last 1-based lines (as Obsidian's cache gives them:
 * `position.start.line + 1` and `position.end.line + 1`) in the note's lines: the first line's text (quote markers,
 * marker and checkbox removed) joined with a space to the lines that continue its paragraph (indented under it, or
 * lazy). The item's paragraph ends at a blank line or at a line that starts another block (a nested list, a fence, a
 * heading, a deeper quote). Null when the first line is not a list item.
 */
export function listItemTextAt(lines: readonly string[], line: number, endLine: number): string | null {
	const first = lines[line - 1];
	if (first === undefined) return null;
	let text = listItemText(first);
	if (text === null) return null;
	const depth = stripQuotes(first, MAX_QUOTE_DEPTH).depth;
	const last = Math.min(endLine, lines.length);
	for (let n = line + 1; n <= last; n++) {
		const raw = lines[n - 1];
		const quote = stripQuotes(raw, MAX_QUOTE_DEPTH);
		const indent = indentation(raw, quote.start);
		if (indent.end >= raw.length || quote.depth > depth) break;
		const rest = raw.slice(indent.end);
		if (interruptsParagraph(rest)) break;
		const piece = rest.trim();
		text = text === "" ? piece : `${text} ${piece}`;
	}
	return text;
}
