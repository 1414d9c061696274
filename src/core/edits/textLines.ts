// Edits by line over a note's text that keep every other byte: each line's own ending (LF or CRLF, even mixed), the
// lack of a final newline, and everything else untouched.
import { indentation, readListMarker, stripQuotes } from "../markdown/markdownLines";

/** What a planned text edit gives: the new text, or why the edit cannot be made (the note is then left as it is). */
export type TextPlan = { ok: true; text: string } | { ok: false; reason: string };

/** One line of a text: [start, end) of its content, and its own line ending ("" for a last line without one). */
export interface LineSpan {
	start: number;
	end: number;
	eol: string;
}

/** The lines of a text with their offsets and endings; a text ending in a newline has a last empty line. */
export function lineSpans(text: string): LineSpan[] {
	const spans: LineSpan[] = [];
	let at = 0;
	for (;;) {
		const lf = text.indexOf("\n", at);
		if (lf < 0) {
			spans.push({ start: at, end: text.length, eol: "" });
			return spans;
		}
		const cr = lf > at && text.charCodeAt(lf - 1) === 13;
		spans.push({ start: at, end: cr ? lf - 1 : lf, eol: cr ? "\r\n" : "\n" });
		at = lf + 1;
	}
}

/** The line ending the text uses most (LF when it has none). */
export function mainEol(spans: readonly LineSpan[]): string {
	let crlf = 0;
	let lf = 0;
	for (const span of spans) {
		if (span.eol === "\r\n") crlf++;
		else if (span.eol === "\n") lf++;
	}
	return crlf > lf ? "\r\n" : "\n";
}

/** The text of a 0-based line. */
export function lineAt(text: string, spans: readonly LineSpan[], index: number): string {
	const span = spans[index];
	return span === undefined ? "" : text.slice(span.start, span.end);
}

/** The text with the content of a 0-based line replaced (its line ending kept). */
export function replaceLine(text: string, spans: readonly LineSpan[], index: number, content: string): string {
	const span = spans[index];
	return text.slice(0, span.start) + content + text.slice(span.end);
}

/**
 * The text with new lines inserted after the 0-based line `index` (-1: at the very start). Each new line ends with the
 * text's main line ending; when the line they follow has no ending (the last line), it gets one and the last new line
 * has none, so the text still ends as it did.
 */
export function insertLinesAfter(
	text: string,
	spans: readonly LineSpan[],
	index: number,
	newLines: readonly string[],
): string {
	const eol = mainEol(spans);
	if (index < 0) return newLines.map((line) => line + eol).join("") + text;
	const span = spans[index];
	if (span.eol === "") return text.slice(0, span.end) + newLines.map((line) => eol + line).join("");
	const at = span.end + span.eol.length;
	return text.slice(0, at) + newLines.map((line) => line + eol).join("") + text.slice(at);
}

/** Where a list item line's parts are: `> ` and indentation, the marker, the space after it, a checkbox. */
export interface ItemLayout {
	/** Everything before the marker (quote markers and indentation), as written. */
	lead: string;
	/** The marker as written (`-`, `*`, `1.`). */
	marker: string;
	/** The start number of an ordered marker, -1 for a bullet. */
	number: number;
	/** The marker's delimiter or bullet (`-`, `.`, `)`). */
	key: string;
	/** The spaces between the marker and the checkbox or text, as written (at least one). */
	gap: string;
	/** Offset in the line of the checkbox's `[`, or -1 when the item has none. */
	checkboxAt: number;
	/** The checkbox character (" ", "x", …), or null. */
	task: string | null;
	/** Offset in the line where the item's text starts. */
	textAt: number;
}

/** The layout of a list item line (see ItemLayout), or null when the line is not a list item. */
export function itemLayout(line: string): ItemLayout | null {
	const quote = stripQuotes(line, 100);
	const markerAt = indentation(line, quote.start).end;
	const marker = readListMarker(line, markerAt);
	if (marker === null) return null;
	const afterMarker = indentation(line, marker.end).end;
	const gap = line.slice(marker.end, afterMarker) || " ";
	let checkboxAt = -1;
	let task: string | null = null;
	let textAt = afterMarker;
	if (line.charCodeAt(afterMarker) === 91 && line.charCodeAt(afterMarker + 2) === 93) {
		const after = line.charCodeAt(afterMarker + 3);
		if (Number.isNaN(after) || after === 32 || after === 9) {
			checkboxAt = afterMarker;
			task = line[afterMarker + 1];
			textAt = indentation(line, afterMarker + 3).end;
		}
	}
	return {
		lead: line.slice(0, markerAt),
		marker: line.slice(markerAt, marker.end),
		number: marker.number,
		key: marker.key,
		gap,
		checkboxAt,
		task,
		textAt,
	};
}
