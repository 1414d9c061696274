// Inline `Status: X` and `Priority: X` lines in a note's body.

/** The inline fields found on one line. */
export interface InlineFields {
	/** The `Status:` value as written, or null. */
	status: string | null;
	/** The `Priority:` value as written, or null. */
	priority: string | null;
}

const WRAPPERS = ["**", "__", "==", "*", "_", "`"];

/** Removes emphasis or code wrapped around a whole value (`**Draft**` gives `Draft`). */
function unwrap(value: string): string {
	let text = value;
	for (let round = 0; round < 2; round++) {
		const wrapper = WRAPPERS.find((w) => text.length > 2 * w.length && text.startsWith(w) && text.endsWith(w));
		if (wrapper === undefined) break;
		text = text.slice(wrapper.length, text.length - wrapper.length).trim();
	}
	return text;
}

/** Reads one `Key: value` segment: `Status: X`, `**Status:** X`, `**Status**: X` (also `Status:: X`). */
function readField(segment: string): { key: "status" | "priority"; value: string } | null {
	let text = segment.trim();
	let bold = "";
	if (text.startsWith("**") || text.startsWith("__")) {
		bold = text.slice(0, 2);
		text = text.slice(2);
	}
	const head = text.slice(0, 8).toLowerCase();
	let key: "status" | "priority";
	if (head.startsWith("status")) {
		key = "status";
		text = text.slice(6);
	} else if (head === "priority") {
		key = "priority";
		text = text.slice(8);
	} else return null;
	let closed = false;
	if (bold !== "" && text.startsWith(bold)) {
		text = text.slice(2);
		closed = true;
	}
	text = text.trimStart();
	if (!text.startsWith(":")) return null;
	text = text.slice(text.startsWith("::") ? 2 : 1);
	if (bold !== "" && !closed && text.startsWith(bold)) {
		text = text.slice(2);
		closed = true;
	}
	let value = text.trim();
	if (bold !== "" && !closed && value.endsWith(bold)) value = value.slice(0, -2).trim();
	value = unwrap(value);
	return value === "" ? null : { key, value };
}

/**
 * Reads inline fields in `line` from `from` (after any `>` markers, indentation and list marker). Table rows never
 * count. A line of several fields separated by ` · ` (`**Status**: Done · **Priority**: High`) gives each of them.
 */
export function readInlineFields(line: string, from: number): InlineFields | null {
	const first = line.charCodeAt(from);
	// Quick rejection: s, S, p, P, *, _
	if (first !== 115 && first !== 83 && first !== 112 && first !== 80 && first !== 42 && first !== 95) return null;
	const text = line.slice(from);
	if (text.indexOf(":") < 0) return null;
	const segments = text.indexOf("\u00b7") >= 0 ? text.split("\u00b7") : [text];
	const fields: InlineFields = { status: null, priority: null };
	for (const segment of segments) {
		const field = readField(segment);
		if (field !== null && fields[field.key] === null) fields[field.key] = field.value;
		if (segments.length > 1 && field === null && fields.status === null && fields.priority === null) return null;
	}
	return fields.status === null && fields.priority === null ? null : fields;
}
