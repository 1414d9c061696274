// The text path: note text -> BodyFacts, as Obsidian's metadata cache would report them. One pass over the lines.
import type { BodyFacts, ListItemFact } from "./specNote";
import { bodyStartIndex, splitLines } from "./frontmatter";
import { inlineCommentEnd, scanInlineTags } from "./inlineTags";
import { readInlineFields } from "./inlineFields";
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
}

interface Paragraph {
	open: boolean;
	depth: number;
	container: OpenItem | null;
	startLine: number;
	text: string;
}

interface OpenFence extends FenceOpen {
	depth: number;
	indent: number;
}

const MAX_QUOTE_DEPTH = 1000;

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
	private paragraph: Paragraph = { open: false, depth: 0, container: null, startLine: 0, text: "" };
	private fence: OpenFence | null = null;
	private html: HtmlBlockKind | null = null;
	private percentComment = false;
	private mathBlock = false;
	private inlineComment = false;

	constructor(private readonly facts: BodyFacts) {}

	scan(lines: readonly string[]): void {
		for (let i = bodyStartIndex(lines); i < lines.length; i++) this.line(lines[i], i + 1);
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
		const text = raw.slice(start);
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
				if (this.depth === 0 && container === null) this.facts.headings.push({ level: heading.level, text: heading.text, line: n });
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
				const closedHere = kind === "comment" ? text.indexOf("-->", 4) >= 0 : kind === "raw" && closesRawHtml(text);
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
			this.paragraph = { open: true, depth: this.depth, container, startLine: n, text: "" };
		}
		this.paragraphText(raw, start, n);
	}

	/** A list item line (and any items nested on the same line, like `- [ ] 1. text`); false when it cannot start here. */
	private listItem(raw: string, start: number, columns: number, marker: ListMarker, n: number, c: number, base: number): boolean {
		const text = raw.slice(start);
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
			const item: OpenItem = { line: n, contentIndent, depth: this.depth, key: current.key, parent };
			this.items.push(item);
			const fact: ListItemFact = { line: n, task: checkbox?.task, parent, text: text.slice(contentAt).trim() };
			this.facts.listItems.push(fact);
			const nested = contentAt < text.length && !isThematicBreak(text.slice(contentAt)) ? readListMarker(text, contentAt) : null;
			if (nested === null) {
				const hasText = contentAt < text.length;
				this.paragraph = { open: hasText, depth: this.depth, container: item, startLine: n, text: "" };
				if (hasText) this.paragraphText(raw, start + contentAt, n);
				return true;
			}
			markerColumn += contentAt - markerAt;
			markerAt = contentAt;
			current = nested;
			parent = n;
		}
	}

	private paragraphText(raw: string, from: number, n: number): void {
		if (this.paragraph.open && this.paragraph.container === null && this.paragraph.depth === 0) {
			const piece = raw.slice(from).trim();
			this.paragraph.text = this.paragraph.text === "" ? piece : `${this.paragraph.text} ${piece}`;
		}
		const facts = this.facts;
		if (raw.indexOf("#", from) >= 0) this.inlineComment = scanInlineTags(raw, from, n, facts.tags);
		else if (raw.indexOf("<!--", from) >= 0) this.inlineComment = raw.indexOf("-->", raw.lastIndexOf("<!--") + 4) < 0;
		if (facts.inlineStatus !== null && facts.inlinePriority !== null) return;
		const fields = readInlineFields(raw, from);
		if (fields === null) return;
		if (fields.status !== null && facts.inlineStatus === null) facts.inlineStatus = { value: fields.status, line: n };
		if (fields.priority !== null && facts.inlinePriority === null) facts.inlinePriority = { value: fields.priority, line: n };
	}

	private setextHeading(level: number): void {
		const p = this.paragraph;
		if (p.depth === 0 && p.container === null) this.facts.headings.push({ level, text: p.text, line: p.startLine });
		// The paragraph was a heading, not a `Status:` line.
		if (this.facts.inlineStatus !== null && this.facts.inlineStatus.line >= p.startLine) this.facts.inlineStatus = null;
		if (this.facts.inlinePriority !== null && this.facts.inlinePriority.line >= p.startLine) this.facts.inlinePriority = null;
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
		if (!blank && indent.columns - fence.indent <= 3 && closesFence(raw.slice(indent.end), fence)) this.fence = null;
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
		this.items.length = c >= 0 ? c + 1 : base;
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
 * Never throws: on an unexpected error it returns what it found so far.
 */
export function scanBody(text: string): BodyFacts {
	const facts: BodyFacts = { headings: [], listItems: [], tags: [], inlineStatus: null, inlinePriority: null };
	try {
		new BodyScanner(facts).scan(splitLines(text));
	} catch {
		// Parsing never throws; the facts gathered so far stand.
	}
	return facts;
}

/** scanBody without the safety net: an internal error is thrown (the property tests use it to find scanner bugs). */
export function scanBodyStrict(text: string): BodyFacts {
	const facts: BodyFacts = { headings: [], listItems: [], tags: [], inlineStatus: null, inlinePriority: null };
	new BodyScanner(facts).scan(splitLines(text));
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
