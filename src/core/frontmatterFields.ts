// Reading single fields from parsed frontmatter, whatever shape YAML gave them.

function keyForm(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/** A frontmatter object's keys by their compared form, in the object's key order; made once per object read. */
interface KeyIndex {
	/** The keys the index was made from (to notice an object changed since). */
	keys: string[];
	/** Keys by form. */
	forms: Map<string, string[]>;
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

function keyIndex(data: Readonly<Record<string, unknown>>): KeyIndex {
	if (data === lastData && lastIndex !== null && stillHasKeys(data, lastIndex.keys)) return lastIndex;
	const keys = Object.keys(data);
	const forms = new Map<string, string[]>();
	for (const key of keys) {
		const form = keyForm(key);
		const list = forms.get(form);
		if (list === undefined) forms.set(form, [key]);
		else list.push(key);
	}
	const index: KeyIndex = { keys, forms };
	lastData = data;
	lastIndex = index;
	return index;
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
		if (Object.prototype.hasOwnProperty.call(data, name) && data[name] !== null && data[name] !== undefined) return data[name];
	}
	const { forms } = keyIndex(data);
	for (const name of names) {
		const keys = forms.get(nameForm(name));
		if (keys === undefined) continue;
		for (const key of keys) {
			const value = data[key];
			if (value !== null && value !== undefined) return value;
		}
	}
	return undefined;
}

/** Whether the frontmatter has a key (case- and separator-insensitively), whatever its value. */
export function hasField(data: Readonly<Record<string, unknown>>, name: string): boolean {
	return keyIndex(data).forms.has(nameForm(name));
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
		return bracketLists && item !== null && (typeof value[0] === "string" || Array.isArray(value[0])) ? `[${item}]` : item;
	}
	return null;
}
