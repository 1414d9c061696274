// A fast reader for the plain frontmatter most notes have, giving exactly what js-yaml (as Obsidian reads) gives.
// It reads only what it is sure of: top-level `key: value` lines at column 0 whose values are plain scalars, simple
// quoted strings, one-line `[a, b]` lists of plain scalars, or `- item` lists under an empty key, and full-line
// comments at column 0. Anything else (tabs, escapes, anchors, multi-line values, nested maps, document markers,
// duplicate keys, unusual characters) gives undefined, and the caller parses with js-yaml.
// tests/cli/simpleYaml.test.ts holds it to js-yaml on generated frontmatter and every sample note.

/** Returned by the value readers for anything not plainly simple. */
const NOT_SIMPLE = Symbol("not simple");
type Value = unknown;

/** A key read the same by js-yaml: a letter or `_` first, then letters, digits, `_`, `-`, single inner spaces. */
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)*$/;
/** Words js-yaml reads as booleans or null (a key or a value spelled so is left to js-yaml). */
const SPECIAL_WORDS = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
const DECIMAL = /^(-?)((?:0|[1-9][0-9]{0,14})\.[0-9]{1,15})$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/**
 * A character js-yaml does not take without question, or that trim() treats otherwise than js-yaml: anything but
 * printable ASCII, line feeds, or U+00A1 and up; and among those, Unicode spaces (which trim() removes but js-yaml
 * keeps), the BOM, surrogates and U+FFFE/U+FFFF. One regular expression, so the check runs in the engine, not per
 * character in JavaScript.
 */
const NOT_PLAIN_CHARACTER =
	/[^\n\x20-\x7e\u00a1-\ud7ff\ue000-\ufefe\uff00-\ufffd]|[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Whether every character is one js-yaml takes without question and trim() treats as js-yaml does (see NOT_PLAIN_CHARACTER). */
function plainCharacters(text: string): boolean {
	return !NOT_PLAIN_CHARACTER.test(text);
}

/** A plain scalar as js-yaml resolves it (string, integer, decimal, date), or NOT_SIMPLE. `flow`: inside `[...]`. */
function plainScalar(text: string, flow: boolean): Value {
	if (text === "" || text.includes(": ") || text.endsWith(":") || text.includes(" #")) return NOT_SIMPLE;
	if (flow && /[,[\]{}:#"']/.test(text)) return NOT_SIMPLE;
	const first = text.charCodeAt(0);
	if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first > 0xa0)
		return SPECIAL_WORDS.has(text) ? NOT_SIMPLE : text;
	if (first === 45 || (first >= 48 && first <= 57)) {
		if (INTEGER.test(text)) return text === "-0" ? NOT_SIMPLE : Number(text);
		const decimal = DECIMAL.exec(text);
		if (decimal !== null) return (decimal[1] === "-" ? -1 : 1) * parseFloat(decimal[2]);
		// Obsidian's reader has no timestamps: a date stays the text it is.
		if (DATE.test(text)) return text;
		// A digit first, a space inside and no colon: no integer, float or timestamp reading fits, so it is text.
		if (first !== 45 && text.includes(" ") && !text.includes(":")) return text;
	}
	return NOT_SIMPLE;
}

/** What follows a closed value: nothing, or spaces and perhaps a comment. */
function onlyCommentAfter(rest: string): boolean {
	const trimmed = rest.trimStart();
	return trimmed === "" || (trimmed.length < rest.length && trimmed.charCodeAt(0) === 35);
}

/** The text of a plain value without a trailing comment (a `#` after a space) and surrounding spaces. */
function withoutComment(text: string): string {
	const hash = text.indexOf(" #");
	return (hash >= 0 ? text.slice(0, hash) : text).trim();
}

/** A one-line value as js-yaml reads it: quoted, `[a, b]`, plain; or NOT_SIMPLE. `text` starts after `: ` or `- `. */
function lineValue(text: string): Value {
	const value = text.trimStart();
	const first = value.charCodeAt(0);
	if (first === 34 || first === 39) {
		const close = value.indexOf(value[0], 1);
		if (close < 0) return NOT_SIMPLE;
		const content = value.slice(1, close);
		if (first === 34 && content.includes("\\")) return NOT_SIMPLE;
		// A doubled `''` is an escaped quote in single quotes: not simple.
		if (first === 39 && value.charCodeAt(close + 1) === 39) return NOT_SIMPLE;
		return onlyCommentAfter(value.slice(close + 1)) ? content : NOT_SIMPLE;
	}
	if (first === 91) {
		const close = value.indexOf("]");
		if (close < 0 || !onlyCommentAfter(value.slice(close + 1))) return NOT_SIMPLE;
		const inner = value.slice(1, close);
		if (inner.trim() === "") return inner.includes("[") ? NOT_SIMPLE : [];
		const items: Value[] = [];
		for (const part of inner.split(",")) {
			const item = plainScalar(part.trim(), true);
			if (item === NOT_SIMPLE) return NOT_SIMPLE;
			items.push(item);
		}
		return items;
	}
	return plainScalar(withoutComment(value), false);
}

/** The indentation of a `- item` line (spaces before the dash), or -1 when the line is not one. */
function listItemIndent(line: string): number {
	let i = 0;
	while (line.charCodeAt(i) === 32) i++;
	return line.charCodeAt(i) === 45 && line.charCodeAt(i + 1) === 32 ? i : -1;
}

/**
 * Reads simple frontmatter YAML exactly as js-yaml would, or returns undefined when the text is not plainly simple
 * (then js-yaml must read it). Never throws.
 */
export function readSimpleYaml(yaml: string): Record<string, unknown> | undefined {
	if (yaml.includes("\t") || yaml.includes("\r") || !plainCharacters(yaml)) return undefined;
	const lines = yaml.split("\n");
	const data: Record<string, unknown> = {};
	let keys = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const first = line.charCodeAt(0);
		if (line.trim() === "") continue;
		if (first === 35) continue;
		if (first === 32) return undefined;
		const colon = line.indexOf(":");
		if (colon < 0) return undefined;
		const key = line.slice(0, colon);
		if (
			!SIMPLE_KEY.test(key) ||
			SPECIAL_WORDS.has(key) ||
			key === "__proto__" ||
			Object.prototype.hasOwnProperty.call(data, key)
		)
			return undefined;
		const after = line.slice(colon + 1);
		if (after !== "" && after.charCodeAt(0) !== 32) return undefined;
		const rest = withoutComment(after);
		if (rest !== "") {
			const value = lineValue(after);
			if (value === NOT_SIMPLE) return undefined;
			data[key] = value;
		} else {
			// An empty value (perhaps a comment): null, or the `- item` lines that follow, all at one indentation.
			const indent = i + 1 < lines.length ? listItemIndent(lines[i + 1]) : -1;
			if (indent < 0) {
				data[key] = null;
			} else {
				const items: Value[] = [];
				while (i + 1 < lines.length && listItemIndent(lines[i + 1]) === indent) {
					const item = lineValue(lines[i + 1].slice(indent + 2));
					if (item === NOT_SIMPLE) return undefined;
					items.push(item);
					i++;
				}
				data[key] = items;
			}
		}
		keys++;
	}
	return keys === 0 ? undefined : data;
}
