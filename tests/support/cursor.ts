// A `|` marks the cursor in editor and template tests: withCursor puts it into text, parseCursor takes it out.

/** A 0-based editor position. */
export interface Cursor {
	/** 0-based line. */
	line: number;
	/** 0-based character. */
	ch: number;
}

/** The text with a `|` inserted at the cursor (lines split on LF or CRLF). */
export function withCursor(text: string, cursor: Cursor): string {
	const lines = text.split("\n");
	if (cursor.line < 0 || cursor.line >= lines.length)
		throw new Error(`cursor line ${cursor.line} is outside the text (${lines.length} lines)`);
	const line = lines[cursor.line];
	const end = line.endsWith("\r") ? line.length - 1 : line.length;
	if (cursor.ch < 0 || cursor.ch > end)
		throw new Error(`cursor ch ${cursor.ch} is outside line ${cursor.line} (${end} characters)`);
	lines[cursor.line] = `${line.slice(0, cursor.ch)}|${line.slice(cursor.ch)}`;
	return lines.join("\n");
}

/** Takes the one `|` out of a text: the text without it and the cursor where it stood. */
export function parseCursor(marked: string): { text: string; cursor: Cursor } {
	const at = marked.indexOf("|");
	if (at < 0 || marked.indexOf("|", at + 1) >= 0) throw new Error("the text must hold exactly one | (the cursor)");
	const before = marked.slice(0, at);
	const line = before.split("\n").length - 1;
	const ch = at - (before.lastIndexOf("\n") + 1);
	return { text: before + marked.slice(at + 1), cursor: { line, ch } };
}
