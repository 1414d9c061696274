// Inline `#tags` in one line of text, as Obsidian's metadata cache finds them.
import type { TagFact } from "../model/specNote";
import { isTagCharCode, isValidTag } from "../model/tags";

function isWhitespace(code: number): boolean {
	return (
		code <= 32 ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000
	);
}

function isAsciiLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether a code unit is one the tag scan stops at: \ ` < [ ] # */
function isSpecial(code: number): boolean {
	return code === 92 || code === 96 || code === 60 || code === 91 || code === 93 || code === 35;
}

/** Where a run of exactly `length` backticks starts at or after `from`, or -1. */
function findBacktickRun(text: string, from: number, length: number): number {
	let i = text.indexOf("`", from);
	while (i >= 0) {
		let end = i;
		while (end < text.length && text.charCodeAt(end) === 96) end++;
		if (end - i === length) return i;
		i = text.indexOf("`", end);
	}
	return -1;
}

/** Index after a link destination `(...)` starting at `from` (just after the `(`), or `from` when unclosed. */
function skipLinkDestination(text: string, from: number): number {
	let depth = 1;
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 92) i++;
		else if (code === 40) depth++;
		else if (code === 41 && --depth === 0) return i + 1;
	}
	return from;
}

/** A `#` starts a tag at the start of the scanned text, after whitespace, or after an escaped character (`\[#tag`). */
function startsTag(text: string, i: number, from: number): boolean {
	if (i === from) return true;
	if (isWhitespace(text.charCodeAt(i - 1))) return true;
	return i >= 2 && text.charCodeAt(i - 2) === 92;
}

/**
 * Scans `text` from `from` for tags and appends them to `out` with the given line. Skips inline code, wiki links and
 * embeds, link destinations, inline HTML and `<!-- -->` comments; `#123` and `foo#bar` are not tags.
 * Like Obsidian's cache, an inline `%% … %%` comment does not hide tags. Returns true when a `<!--` is left open.
 */
export function scanInlineTags(text: string, from: number, line: number, out: TagFact[]): boolean {
	const n = text.length;
	let i = from;
	while (i < n) {
		// Jump to the next character that matters: \ ` < [ ] #
		while (i < n && !isSpecial(text.charCodeAt(i))) i++;
		if (i >= n) return false;
		const code = text.charCodeAt(i);
		if (code === 92) {
			i += 2;
		} else if (code === 96) {
			let run = i;
			while (run < n && text.charCodeAt(run) === 96) run++;
			const close = findBacktickRun(text, run, run - i);
			i = close >= 0 ? close + (run - i) : run;
		} else if (code === 60) {
			if (text.startsWith("<!--", i)) {
				const end = text.indexOf("-->", i + 4);
				if (end < 0) return true;
				i = end + 3;
				continue;
			}
			const next = text.charCodeAt(i + 1);
			const end = isAsciiLetter(next) || next === 47 ? text.indexOf(">", i + 1) : -1;
			i = end >= 0 ? end + 1 : i + 1;
		} else if (code === 91 && text.charCodeAt(i + 1) === 91) {
			const end = text.indexOf("]]", i + 2);
			i = end >= 0 ? end + 2 : i + 2;
		} else if (code === 93 && text.charCodeAt(i + 1) === 40) {
			i = skipLinkDestination(text, i + 2);
		} else if (code === 35 && startsTag(text, i, from)) {
			let end = i + 1;
			while (end < n && isTagCharCode(text.charCodeAt(end))) end++;
			const tag = text.slice(i + 1, end);
			if (isValidTag(tag)) out.push({ tag, line });
			i = end > i + 1 ? end : i + 1;
		} else {
			i++;
		}
	}
	return false;
}

/** Where an open `<!--` comment closes in this line: the index after `-->`, or -1. */
export function inlineCommentEnd(text: string): number {
	const end = text.indexOf("-->");
	return end < 0 ? -1 : end + 3;
}
