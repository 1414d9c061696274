// Frontmatter as TEXT: find the block (the one rule: findFrontmatter), its top-level entries and list items, and edit
// them line by line.
// Nothing here re-serialises YAML, so comments, key order and spacing survive every edit.

/** Where a note's frontmatter block sits, in 0-based line indexes of the note's lines. */
export interface FrontmatterSpan {
	/** Index of the first line inside the block (the line after the opening `---`). */
	start: number;
	/** Index of the closing `---` line. */
	end: number;
}

/** One top-level `key: value` entry of a frontmatter block, with the lines that continue it. */
export interface FrontmatterEntry {
	/** The key as written. */
	key: string;
	/** Index of the key's line, relative to the lines given to readEntries. */
	line: number;
	/** Index after the entry's last line (continuation lines included). */
	end: number;
	/** The inline value after `key:`, trimmed, without its trailing comment ("" when empty). */
	value: string;
	/** Block list items (`  - x`) as written, unquoted; null when the entry has none. */
	items: { line: number; value: string }[] | null;
}

/** Splits text into lines, accepting LF and CRLF; returns the lines and the line ending to write back. */
export function splitLinesWithEol(text: string): { lines: string[]; eol: "\n" | "\r\n" } {
	return { lines: text.split(/\r?\n/), eol: text.includes("\r\n") ? "\r\n" : "\n" };
}

/**
 * Whether a line is a frontmatter fence as Obsidian reads one: `---` and nothing after it but blanks (a CR included).
 * This is the one rule for where frontmatter starts and ends; `...` is no closer and `----` is no fence.
 */
export function isFrontmatterFence(line: string): boolean {
	return line.startsWith("---") && (line.length === 3 || line.slice(3).trim() === "");
}

/**
 * Finds the frontmatter block: a fence on the first line (after a BOM, if any) and the next fence line closes it;
 * null when there is none. The reader (frontmatter.ts) and every edit find the block by this rule.
 */
export function findFrontmatter(lines: readonly string[]): FrontmatterSpan | null {
	if (lines.length < 2) return null;
	const first = lines[0].charCodeAt(0) === 0xfeff ? lines[0].slice(1) : lines[0];
	if (!isFrontmatterFence(first)) return null;
	for (let i = 1; i < lines.length; i++) {
		if (isFrontmatterFence(lines[i])) return { start: 1, end: i };
	}
	return null;
}

/** The note's lines with a new frontmatter block in front (its entry lines given), a BOM kept as the first character. */
export function withFrontmatterBlock(lines: readonly string[], entryLines: readonly string[]): string[] {
	const bom = lines.length > 0 && lines[0].charCodeAt(0) === 0xfeff;
	const rest = bom ? [lines[0].slice(1), ...lines.slice(1)] : lines;
	return [bom ? "\ufeff---" : "---", ...entryLines, "---", ...rest];
}

const KEY_LINE = /^([^\s#-][^:]*?|-[^\s:][^:]*?)\s*:(?=\s|$)(.*)$/;

function isContinuation(line: string): boolean {
	return /^\s/.test(line) || /^-(\s|$)/.test(line);
}

/** Unquotes a YAML scalar as written ("x", 'x' or plain x). */
export function unquote(value: string): string {
	const v = value.trim();
	if (v.length >= 2 && v.startsWith('"') && v.endsWith('"'))
		return v.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, "\\");
	if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
	return v;
}

/** Splits an inline value into the value proper and its trailing comment (with the spaces before it). */
export function splitComment(rest: string): { value: string; comment: string } {
	let quote: string | null = null;
	for (let i = 0; i < rest.length; i++) {
		const c = rest[i];
		if (quote) {
			if (c === quote) quote = null;
			continue;
		}
		if ((c === '"' || c === "'") && rest.slice(0, i).trim() === "") quote = c;
		else if (c === "#" && i > 0 && /\s/.test(rest[i - 1])) {
			let start = i;
			while (start > 0 && /\s/.test(rest[start - 1])) start--;
			return { value: rest.slice(0, start), comment: rest.slice(start) };
		}
	}
	return { value: rest, comment: "" };
}

/** Reads the top-level entries of frontmatter lines (the lines between the fences). */
export function readEntries(lines: readonly string[]): FrontmatterEntry[] {
	const entries: FrontmatterEntry[] = [];
	let i = 0;
	while (i < lines.length) {
		const match = KEY_LINE.exec(lines[i]);
		if (!match || isContinuation(lines[i])) {
			i++;
			continue;
		}
		let end = i + 1;
		let last = i + 1;
		while (end < lines.length) {
			if (isContinuation(lines[end]) && lines[end].trim() !== "") last = end + 1;
			else if (lines[end].trim() !== "") break;
			end++;
		}
		const items: { line: number; value: string }[] = [];
		for (let j = i + 1; j < last; j++) {
			const item = /^\s*-\s+(.*)$/.exec(lines[j]) ?? /^\s*-$/.exec(lines[j]);
			if (item) items.push({ line: j, value: unquote(splitComment(item[1] ?? "").value) });
		}
		entries.push({
			key: unquote(match[1]),
			line: i,
			end: last,
			value: splitComment(match[2]).value.trim(),
			items: items.length > 0 ? items : null,
		});
		i = last;
	}
	return entries;
}

/**
 * A frontmatter key as keys are compared, in reads and edits alike: lower-cased, with whitespace, `_` and `-` removed
 * (`Last Updated` = `last_updated` = `lastupdated`); a plain lower-case key is its own form.
 */
export function keyForm(key: string): string {
	for (let i = 0; i < key.length; i++) {
		const code = key.charCodeAt(i);
		if ((code >= 65 && code <= 90) || code <= 32 || code === 45 || code === 95 || code >= 127)
			return key.toLowerCase().replace(/[\s_-]+/g, "");
	}
	return key;
}

/** The entry whose key is one of the names (compared by keyForm, as reads compare them); null when none. */
export function findEntry(entries: readonly FrontmatterEntry[], ...names: string[]): FrontmatterEntry | null {
	const wanted = names.map(keyForm);
	return entries.find((e) => wanted.includes(keyForm(e.key))) ?? null;
}

/** The values of a list entry: block items, a flow list `[a, b]`, or a comma/space separated scalar. */
export function entryValues(entry: FrontmatterEntry): string[] {
	if (entry.items) return entry.items.map((i) => i.value).filter((v) => v !== "");
	const value = entry.value;
	if (value === "") return [];
	if (value.startsWith("[") && value.endsWith("]")) return splitFlow(value.slice(1, -1));
	return [unquote(value)];
}

function splitFlow(inner: string): string[] {
	const parts: string[] = [];
	let current = "";
	let quote: string | null = null;
	let depth = 0;
	for (const c of inner) {
		if (quote) {
			current += c;
			if (c === quote) quote = null;
		} else if (c === '"' || c === "'") {
			quote = c;
			current += c;
		} else if (c === "[") {
			depth++;
			current += c;
		} else if (c === "]") {
			depth--;
			current += c;
		} else if (c === "," && depth === 0) {
			parts.push(current);
			current = "";
		} else current += c;
	}
	parts.push(current);
	return parts.map((p) => unquote(p)).filter((p) => p !== "");
}

/**
 * Rewrites a `key: value  # comment` line with a new value text, keeping the key as written, the space after the
 * colon and the comment, at the same column when the new value leaves room for it.
 */
export function setLineValue(line: string, valueText: string): string {
	const match = /^(\s*(?:-\s+)?)([^:]*?:)(\s*)(.*)$/.exec(line);
	if (!match) return line;
	const [, indent, key, space, rest] = match;
	const { value, comment } = splitComment(rest);
	const gap = space === "" ? " " : space;
	if (valueText === "") return `${indent}${key}${comment === "" ? "" : ` ${comment.trimStart()}`}`;
	if (comment === "") return `${indent}${key}${gap}${valueText}`;
	const spacesBefore = comment.length - comment.trimStart().length;
	const column = value.length + spacesBefore;
	const padding = Math.max(1, column - valueText.length);
	return `${indent}${key}${gap}${valueText}${" ".repeat(padding)}${comment.trimStart()}`;
}

const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N} _.,/()+'!?&-]*$/u;
const YAML_SPECIAL = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
const NUMBER_LIKE = /^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$|^0x[0-9a-f]+$|^0o[0-7]+$/i;

/** A string as a YAML scalar: plain when that reads back the same, otherwise double-quoted. */
export function yamlString(value: string): string {
	if (PLAIN_SAFE.test(value) && !/\s$/.test(value) && !YAML_SPECIAL.test(value) && !NUMBER_LIKE.test(value))
		return value;
	return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A date already formatted: plain when it is made of digits and separators (so YAML reads a date), else quoted. */
export function yamlDate(value: string): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : yamlString(value);
}

/** A wiki-link to a note, quoted for YAML: `"[[Payments]]"`. */
export function yamlWikiLink(target: string): string {
	return `"[[${target.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}]]"`;
}

/** The indentation a block list uses in this entry ("  " when it has no items yet). */
export function listIndent(lines: readonly string[], entry: FrontmatterEntry): string {
	if (!entry.items) return "  ";
	return /^(\s*)-/.exec(lines[entry.items[0].line])?.[1] ?? "  ";
}
