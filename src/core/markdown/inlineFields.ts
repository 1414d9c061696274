// Status and priority written in a note's body, each convention read and written side by side: an inline
// `Status: X` line, a callout title `> [!info] Status: X`, a `| Status | X |` row of the metadata table, and the first
// line of a `## Status` section. Every reader gives the value and where it sits on its line, and the one writer
// replaces exactly that span, so a note keeps its own convention and every other byte.
import type { FieldKind } from "../model/fieldKinds";

/** A value found on a line: the text as written (emphasis unwrapped, trimmed) and its [from, to) span in the line. */
export interface LineValue {
	/** The value as written. */
	value: string;
	/** Index in the line where the value starts. */
	from: number;
	/** Index in the line just after the value. */
	to: number;
}

/** The inline fields found on one line. */
export interface InlineFields {
	/** The `Status:` value, or null. */
	status: LineValue | null;
	/** The `Priority:` value, or null. */
	priority: LineValue | null;
}

const WRAPPERS = ["**", "__", "==", "*", "_", "`"];

function isBlank(code: number): boolean {
	return code === 32 || code === 9;
}

/** Narrows [from, to) of `line` to its text without surrounding blanks and emphasis or code wrapped around it all. */
function unwrapSpan(line: string, from: number, to: number): LineValue | null {
	let a = from;
	let b = to;
	while (a < b && isBlank(line.charCodeAt(a))) a++;
	while (b > a && isBlank(line.charCodeAt(b - 1))) b--;
	for (let round = 0; round < 2; round++) {
		const wrapper = WRAPPERS.find(
			(w) => b - a > 2 * w.length && line.startsWith(w, a) && line.startsWith(w, b - w.length),
		);
		if (wrapper === undefined) break;
		a += wrapper.length;
		b -= wrapper.length;
		while (a < b && isBlank(line.charCodeAt(a))) a++;
		while (b > a && isBlank(line.charCodeAt(b - 1))) b--;
	}
	return a >= b ? null : { value: line.slice(a, b), from: a, to: b };
}

/** Whether line[at...] starts with `word` (lower-case ASCII), ignoring case. */
function startsWithWord(line: string, at: number, word: string): boolean {
	if (at + word.length > line.length) return false;
	for (let i = 0; i < word.length; i++) if ((line.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
	return true;
}

/** The kind a field name at line[at...] names, and where the name ends; null when it is neither. */
function fieldName(line: string, at: number): { kind: FieldKind; end: number } | null {
	if (startsWithWord(line, at, "status")) return { kind: "status", end: at + 6 };
	if (startsWithWord(line, at, "priority")) return { kind: "priority", end: at + 8 };
	return null;
}

/** Reads one `Key: value` segment line[from, to): `Status: X`, `**Status:** X`, `**Status**: X` (also `Status:: X`). */
function readField(line: string, from: number, to: number): { kind: FieldKind; value: LineValue } | null {
	let i = from;
	while (i < to && isBlank(line.charCodeAt(i))) i++;
	let bold = "";
	if (line.startsWith("**", i) || line.startsWith("__", i)) {
		bold = line.slice(i, i + 2);
		i += 2;
	}
	const name = fieldName(line, i);
	if (name === null) return null;
	i = name.end;
	let closed = false;
	if (bold !== "" && line.startsWith(bold, i)) {
		i += 2;
		closed = true;
	}
	while (i < to && isBlank(line.charCodeAt(i))) i++;
	if (line.charCodeAt(i) !== 58) return null;
	i += line.charCodeAt(i + 1) === 58 ? 2 : 1;
	if (bold !== "" && !closed && line.startsWith(bold, i)) {
		i += 2;
		closed = true;
	}
	let end = to;
	while (end > i && isBlank(line.charCodeAt(end - 1))) end--;
	if (bold !== "" && !closed && end - i >= 2 && line.startsWith(bold, end - 2)) end -= 2;
	const value = unwrapSpan(line, i, end);
	return value === null ? null : { kind: name.kind, value };
}

/**
 * Reads inline fields in `line` from `from` (after any `>` markers, indentation and list marker). Table rows never
 * count. A line of several fields separated by ` · ` (`**Status**: Done · **Priority**: High`) gives each of them.
 */
export function readInlineFields(line: string, from: number): InlineFields | null {
	const first = line.charCodeAt(from);
	// Quick rejection: s, S, p, P, *, _
	if (first !== 115 && first !== 83 && first !== 112 && first !== 80 && first !== 42 && first !== 95) return null;
	if (line.indexOf(":", from) < 0) return null;
	const fields: InlineFields = { status: null, priority: null };
	let segments = 0;
	for (let start = from; start <= line.length; segments++) {
		const dot = line.indexOf("\u00b7", start);
		const end = dot < 0 ? line.length : dot;
		const field = readField(line, start, end);
		if (field !== null && fields[field.kind] === null) fields[field.kind] = field.value;
		if ((segments > 0 || dot >= 0) && field === null && fields.status === null && fields.priority === null)
			return null;
		if (dot < 0) break;
		start = dot + 1;
	}
	return fields.status === null && fields.priority === null ? null : fields;
}

/**
 * Reads a callout's title line (quote markers already skipped: `line[from...]` is `[!info] Status: Approved`): the
 * fields in the title after the `[!type]` marker (and its `+`/`-` fold sign), or null when it is not a callout title.
 */
export function readCalloutTitle(line: string, from: number): InlineFields | null {
	if (!line.startsWith("[!", from)) return null;
	const close = line.indexOf("]", from + 2);
	if (close < 0) return null;
	let at = close + 1;
	const sign = line.charCodeAt(at);
	if (sign === 43 || sign === 45) at++;
	while (at < line.length && isBlank(line.charCodeAt(at))) at++;
	return at < line.length ? readInlineFields(line, at) : null;
}

/** The cells of a table row `| a | b |` as [from, to) spans of the line (escaped `\|` stays in its cell). */
function tableCells(line: string, from: number): [number, number][] {
	const cells: [number, number][] = [];
	let start = from + 1;
	for (let i = start; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === 92) i++;
		else if (code === 124) {
			cells.push([start, i]);
			start = i + 1;
		}
	}
	if (line.slice(start).trim() !== "") cells.push([start, line.length]);
	return cells;
}

/**
 * Reads a metadata table row (`line[from]` is `|`): `| Status | Implemented |` gives the status, `| **Priority** | P1 |`
 * the priority; any other row (a header, a delimiter, another key) gives null.
 */
export function readTableRow(line: string, from: number): InlineFields | null {
	if (line.charCodeAt(from) !== 124) return null;
	const cells = tableCells(line, from);
	if (cells.length < 2) return null;
	const key = unwrapSpan(line, cells[0][0], cells[0][1]);
	if (key === null) return null;
	const name = fieldName(key.value, 0);
	if (name === null || name.end !== key.value.length) return null;
	const value = unwrapSpan(line, cells[1][0], cells[1][1]);
	if (value === null) return null;
	return name.kind === "status" ? { status: value, priority: null } : { status: null, priority: value };
}

/** The kind a section heading names: `## Status` (also `Status:`, any case) or `## Priority`; null for any other. */
export function sectionKind(heading: string): FieldKind | null {
	const text = heading.endsWith(":") ? heading.slice(0, -1).trimEnd() : heading;
	const name = fieldName(text, 0);
	return name !== null && name.end === text.length ? name.kind : null;
}

/**
 * The value on the first line of a `## Status` section (`line[from...]` after quote markers and indentation): the line
 * itself, or a list item's text (`- Accepted`), emphasis unwrapped. A task (`- [ ] …`) is no value.
 */
export function readSectionLine(line: string, from: number): LineValue | null {
	let at = from;
	const code = line.charCodeAt(at);
	if ((code === 45 || code === 42 || code === 43) && isBlank(line.charCodeAt(at + 1))) {
		at += 2;
		while (at < line.length && isBlank(line.charCodeAt(at))) at++;
		if (line.charCodeAt(at) === 91 && line.charCodeAt(at + 2) === 93) return null;
	}
	return unwrapSpan(line, at, line.length);
}

/** A line with the value found at [from, to) replaced by `word`: how every body convention is written back. */
export function writeLineValue(line: string, found: Pick<LineValue, "from" | "to">, word: string): string {
	return line.slice(0, found.from) + word + line.slice(found.to);
}
