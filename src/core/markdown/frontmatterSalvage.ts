// Salvaging a frontmatter block that the YAML reader rejected: its simple top-level lines, read one by one.
// Used only when the YAML does not parse; the note keeps its malformed-frontmatter problem.
import { readEntries, unquote, type FrontmatterEntry } from "./frontmatterLines";

/** Plain values that YAML reads as "nothing". */
const EMPTY_VALUES = new Set(["", "~", "null", "Null", "NULL"]);

/** A plain scalar or one quoted string, without its trailing comment; null when it is anything else (or holds `: `). */
function scalarValue(written: string): string | null {
	let value = written.trim();
	if (value === "") return null;
	const first = value.charCodeAt(0);
	if (first === 34 || first === 39) {
		// One quoted string, closed at the end ("x" or 'x'), maybe followed by a comment.
		if (value.charCodeAt(value.length - 1) !== first) {
			const comment = /(["'])\s+#.*$/.exec(value);
			if (comment === null || comment[1].charCodeAt(0) !== first) return null;
			value = value.slice(0, comment.index + 1);
		}
		if (value.length < 2) return null;
		const inner = value.slice(1, -1);
		if (first === 39 ? inner.replace(/''/g, "").includes("'") : /(?:^|[^\\])(?:\\\\)*"/.test(inner)) return null;
		return unquote(value);
	}
	// Flow collections, block scalars, anchors, aliases and tags are not simple values.
	if ("[]{}|>&*!%,".includes(value[0])) return null;
	const comment = value.search(/\s#/);
	const plain = (comment >= 0 ? value.slice(0, comment) : value).trimEnd();
	if (plain.includes(": ") || plain.endsWith(":") || plain.startsWith("#")) return null;
	return EMPTY_VALUES.has(plain) ? null : plain;
}

/** A flow list of simple items (`[a, b, "c d"]`), or null when it holds anything nested or quoted oddly. */
function flowList(written: string): string[] | null {
	const comment = written.search(/\]\s+#/);
	const value = (comment >= 0 ? written.slice(0, comment + 1) : written).trim();
	if (!value.startsWith("[") || !value.endsWith("]")) return null;
	const inner = value.slice(1, -1);
	if (/[[\]{}]/.test(inner)) return null;
	if (inner.trim() === "") return [];
	const items: string[] = [];
	for (const part of inner.split(",")) {
		const item = scalarValue(part);
		if (item === null) return null;
		items.push(item);
	}
	return items;
}

/** The value of one entry: a scalar, a flow list or a block list of scalars; undefined when it is not simple. */
function entryValue(entry: FrontmatterEntry, lines: readonly string[]): unknown {
	if (entry.items !== null) {
		if (entry.value !== "") return undefined;
		// Every continuation line must be a list item (`- x`): no nested mappings.
		for (let i = entry.line + 1; i < entry.end; i++) {
			const line = lines[i];
			if (line.trim() !== "" && !/^\s*-(?:\s|$)/.test(line)) return undefined;
		}
		const items: string[] = [];
		for (const item of entry.items) {
			const written = lines[item.line].replace(/^\s*-\s?/, "");
			const value = scalarValue(written);
			if (value !== null) items.push(value);
			else if (!EMPTY_VALUES.has(written.trim())) return undefined;
		}
		return items;
	}
	// A key whose value goes on over more lines (a folded scalar, a nested mapping) is not simple.
	if (entry.end > entry.line + 1) return undefined;
	const raw = lines[entry.line].slice(lines[entry.line].indexOf(":") + 1);
	if (raw.trim().startsWith("[")) return flowList(raw) ?? undefined;
	return scalarValue(raw) ?? undefined;
}

/**
 * Reads the simple top-level lines of frontmatter YAML that does not parse: `key: value` scalars (plain or quoted,
 * a trailing `# comment` dropped) as strings, and lists of such scalars (`tags: [a, b]`, or `- item` lines under a
 * key) as string arrays. Anything else (nested mappings, block scalars, anchors) is left out; the first of two
 * equal keys wins. Never throws; gives {} when nothing is simple.
 */
export function salvageFrontmatter(yaml: string): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	try {
		const lines = yaml.split(/\r?\n/);
		for (const entry of readEntries(lines)) {
			if (entry.key === "" || Object.prototype.hasOwnProperty.call(data, entry.key) || entry.key === "__proto__")
				continue;
			const value = entryValue(entry, lines);
			if (value !== undefined) data[entry.key] = value;
		}
	} catch {
		// Salvage is best effort: what was read stands.
	}
	return data;
}
