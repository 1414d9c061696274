// Reading single fields from parsed frontmatter, whatever shape YAML gave them.
import { keyForm } from "../markdown/frontmatterLines";

/**
 * A frontmatter object's keys and their compared forms, in the object's key order; made once per object read.
 * Frontmatter has a handful of keys: a scan of the forms costs less than making a Map.
 */
interface KeyIndex {
	/** The keys the index was made from (to notice an object changed since). */
	keys: string[];
	/** forms[i] is keys[i]'s form; the same array as keys when every key is its own form. */
	forms: string[];
}

/** Whether the object still has exactly the keys the index was made from (no array made to check). */
function stillHasKeys(data: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
	let count = 0;
	for (const key in data) {
		if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
		if (keys[count] !== key) return false;
		count++;
	}
	return count === keys.length;
}

/** The last object indexed: a note's fields are read one after another from the same object. */
let lastData: object | null = null;
let lastIndex: KeyIndex | null = null;
const nameForms = new Map<string, string>();

/** The object whose fields are being read between beginFieldReads and endFieldReads, and its index once made. */
let readingData: object | null = null;
let readingIndex: KeyIndex | null = null;

/**
 * Until endFieldReads, reads of `data`'s fields share one key index, made on first need and never checked again:
 * the object must not change meanwhile (buildSpecNote reads a note's frontmatter this way).
 */
export function beginFieldReads(data: Readonly<Record<string, unknown>>): void {
	readingData = data;
	readingIndex = null;
}

/** Ends what beginFieldReads began. */
export function endFieldReads(): void {
	readingData = null;
	readingIndex = null;
}

function keyIndex(data: Readonly<Record<string, unknown>>): KeyIndex {
	if (data === readingData) return (readingIndex ??= makeKeyIndex(data));
	if (data === lastData && lastIndex !== null && stillHasKeys(data, lastIndex.keys)) return lastIndex;
	const index = makeKeyIndex(data);
	lastData = data;
	lastIndex = index;
	return index;
}

function makeKeyIndex(data: Readonly<Record<string, unknown>>): KeyIndex {
	const keys = Object.keys(data);
	let forms: string[] | null = null;
	for (let i = 0; i < keys.length; i++) {
		const form = keyForm(keys[i]);
		if (form !== keys[i]) forms ??= keys.slice(0, i);
		if (forms !== null) forms.push(form);
	}
	return { keys, forms: forms ?? keys };
}

/** The compared form of a wanted name (the names are a handful of constants, so their forms are kept). */
function nameForm(name: string): string {
	let form = nameForms.get(name);
	if (form === undefined) {
		form = keyForm(name);
		if (nameForms.size < 1000) nameForms.set(name, form);
	}
	return form;
}

/** The value of the first of `names` present in the frontmatter; keys match case- and separator-insensitively (`Last Updated` = `last_updated`). */
export function fieldValue(data: Readonly<Record<string, unknown>>, names: readonly string[]): unknown {
	for (const name of names) {
		if (Object.prototype.hasOwnProperty.call(data, name) && data[name] !== null && data[name] !== undefined)
			return data[name];
	}
	const { keys, forms } = keyIndex(data);
	for (const name of names) {
		const form = nameForm(name);
		for (let i = 0; i < forms.length; i++) {
			if (forms[i] !== form) continue;
			const value = data[keys[i]];
			if (value !== null && value !== undefined) return value;
		}
	}
	return undefined;
}

/** Whether the frontmatter has a key (case- and separator-insensitively), whatever its value. */
export function hasField(data: Readonly<Record<string, unknown>>, name: string): boolean {
	return keyIndex(data).forms.indexOf(nameForm(name)) >= 0;
}

/**
 * A scalar as text: strings trimmed, numbers and booleans written out, Dates as yyyy-MM-dd (UTC), a one-item list as
 * its item. YAML reads an unquoted `[Your Name]` as the list ["Your Name"] and `[[Alice]]` as [["Alice"]], so with
 * `bracketLists` such one-item lists come back as written (`[Your Name]`, `[[Alice]]`). Objects, empty text and
 * longer lists give null.
 */
export function scalarText(value: unknown, bracketLists = false): string | null {
	if (typeof value === "string") {
		const text = value.trim();
		return text === "" ? null : text;
	}
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
	if (Array.isArray(value) && value.length === 1) {
		const item = scalarText(value[0], bracketLists);
		return bracketLists && item !== null && (typeof value[0] === "string" || Array.isArray(value[0]))
			? `[${item}]`
			: item;
	}
	return null;
}
