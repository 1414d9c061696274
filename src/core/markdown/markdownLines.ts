// Line-level Markdown recognisers for the body scanner: block quotes, indentation, list markers, fences, headings.

/** Where a line's content starts once `>` block-quote markers are removed. */
export interface QuotePrefix {
	/** How many `>` markers were removed. */
	depth: number;
	/** Index in the line where the content after them starts. */
	start: number;
}

/** Removes up to `maxDepth` block-quote markers (each: up to 3 spaces, `>`, one optional space). */
export function stripQuotes(line: string, maxDepth: number): QuotePrefix {
	let start = 0;
	let depth = 0;
	while (depth < maxDepth) {
		let i = start;
		while (i < line.length && i - start < 3 && line.charCodeAt(i) === 32) i++;
		if (line.charCodeAt(i) !== 62) break;
		i++;
		const next = line.charCodeAt(i);
		if (next === 32 || next === 9) i++;
		start = i;
		depth++;
	}
	return { depth, start };
}

/** Leading whitespace of `line` from `from`: its width in columns (tabs to the next multiple of 4) and where text starts. */
export function indentation(line: string, from: number): { columns: number; end: number } {
	let columns = 0;
	let i = from;
	for (; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === 32) columns++;
		else if (code === 9) columns += 4 - (columns % 4);
		else break;
	}
	return { columns, end: i };
}

/** Whether a character code is a space or a tab. */
export function isSpaceOrTab(code: number): boolean {
	return code === 32 || code === 9;
}

/** A list marker at the start of some text. */
export interface ListMarker {
	/** Identifies the list: the bullet character, or the ordered delimiter `.`/`)`. */
	key: string;
	/** Index just after the marker. */
	end: number;
	/** The start number of an ordered marker, -1 for a bullet. */
	number: number;
}

/** Reads a list marker (`-`, `*`, `+`, `1.`, `1)`) at `i`, followed by a space, a tab or the end of the line. */
export function readListMarker(text: string, i: number): ListMarker | null {
	const code = text.charCodeAt(i);
	if (code === 45 || code === 42 || code === 43) {
		const next = i + 1;
		if (next < text.length && !isSpaceOrTab(text.charCodeAt(next))) return null;
		return { key: text[i], end: next, number: -1 };
	}
	let j = i;
	while (j < text.length && j - i < 9) {
		const d = text.charCodeAt(j);
		if (d < 48 || d > 57) break;
		j++;
	}
	if (j === i) return null;
	const delimiter = text.charCodeAt(j);
	if (delimiter !== 46 && delimiter !== 41) return null;
	const next = j + 1;
	if (next < text.length && !isSpaceOrTab(text.charCodeAt(next))) return null;
	return { key: text[j], end: next, number: Number(text.slice(i, j)) };
}

/** Whether text (indentation removed) is a thematic break: three or more `-`, `*` or `_`, spaces allowed between. */
export function isThematicBreak(text: string): boolean {
	const first = text.charCodeAt(0);
	if (first !== 45 && first !== 42 && first !== 95) return false;
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === first) count++;
		else if (!isSpaceOrTab(code)) return false;
	}
	return count >= 3;
}

/** Whether text (indentation removed) is a setext underline; returns the heading level (1 for `=`, 2 for `-`) or 0. */
export function setextLevel(text: string): number {
	const first = text.charCodeAt(0);
	if (first !== 61 && first !== 45) return 0;
	let i = 0;
	while (i < text.length && text.charCodeAt(i) === first) i++;
	for (; i < text.length; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return 0;
	return first === 61 ? 1 : 2;
}

/** An opening code fence. */
export interface FenceOpen {
	/** "`" or "~". */
	char: string;
	/** How many fence characters opened it. */
	length: number;
}

/** Reads an opening code fence (three or more backticks or tildes; a backtick fence's info has no backtick). */
export function readFenceOpen(text: string): FenceOpen | null {
	const first = text.charCodeAt(0);
	if (first !== 96 && first !== 126) return null;
	let n = 0;
	while (n < text.length && text.charCodeAt(n) === first) n++;
	if (n < 3) return null;
	if (first === 96 && text.indexOf("`", n) >= 0) return null;
	return { char: text[0], length: n };
}

/** Whether text (indentation removed) closes a fence: at least as many of the same character, then only spaces. */
export function closesFence(text: string, fence: FenceOpen): boolean {
	const code = fence.char.charCodeAt(0);
	let n = 0;
	while (n < text.length && text.charCodeAt(n) === code) n++;
	if (n < fence.length) return false;
	for (let i = n; i < text.length; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
	return true;
}

/** An ATX heading line. */
export interface AtxHeading {
	/** 1..6 */
	level: number;
	/** Index in the text where the heading's content starts. */
	contentStart: number;
	/** The heading's text, trimmed, without a closing `#` sequence. */
	text: string;
}

/** Reads an ATX heading (`#`..`######` then a space, a tab or the end); `#tag` is not a heading. */
export function readAtxHeading(text: string): AtxHeading | null {
	let level = 0;
	while (level < text.length && text.charCodeAt(level) === 35) level++;
	if (level === 0 || level > 6) return null;
	if (level < text.length && !isSpaceOrTab(text.charCodeAt(level))) return null;
	let content = text.slice(level).trim();
	let cut = content.length;
	while (cut > 0 && content.charCodeAt(cut - 1) === 35) cut--;
	if (cut < content.length && (cut === 0 || isSpaceOrTab(content.charCodeAt(cut - 1))))
		content = content.slice(0, cut).trimEnd();
	const contentStart = level + (text.length > level ? 1 : 0);
	return { level, contentStart, text: content };
}

const HTML_BLOCK_NAMES = new Set(
	(
		"address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
		"fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
		"main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead " +
		"title tr track ul"
	).split(" "),
);
const RAW_HTML_NAMES = new Set(["script", "pre", "style", "textarea"]);

/** How an HTML block ends: at `-->`, at its raw closing tag, or at a blank line. */
export type HtmlBlockKind = "comment" | "raw" | "blank";

/** Reads the start of an HTML block (CommonMark kinds 1, 2 and 6) in text with its indentation removed. */
export function readHtmlBlockStart(text: string): HtmlBlockKind | null {
	if (text.charCodeAt(0) !== 60) return null;
	if (text.startsWith("<!--")) return "comment";
	const match = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(text);
	if (!match) return null;
	const name = match[1].toLowerCase();
	if (RAW_HTML_NAMES.has(name) && text.charCodeAt(1) !== 47) return "raw";
	return HTML_BLOCK_NAMES.has(name) ? "blank" : null;
}

/** Whether a line ends a raw HTML block (`</script>`, `</pre>`, `</style>`, `</textarea>`). */
export function closesRawHtml(line: string): boolean {
	return /<\/(?:script|pre|style|textarea)>/i.test(line);
}
