// Reading single fields from parsed frontmatter, whatever shape YAML gave them.
import { keyForm } from "../markdown/frontmatterLines";

/** A frontmatter object's keys and their compared forms, in the object's key order. */
interface KeyIndex {
	keys: string[];
	/** forms[i] is keys[i]'s form; the same array as keys when every key is its own form. */
	forms: string[];
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

/** Names to read (first found wins) with their compared forms worked out once, when the constant is made. */
export type FieldNames = readonly string[] & { readonly forms: readonly string[] };

/** Field names for fieldValue, folded once (distinct forms, in order) so that no read folds them again. */
export function fieldNames(...names: string[]): FieldNames {
	const forms = Object.freeze([...new Set(names.map(keyForm))]);
	return Object.freeze(Object.assign(names, { forms }));
}

function namesForms(names: readonly string[] | FieldNames): readonly string[] {
	return "forms" in names ? names.forms : names.map(keyForm);
}

/**
 * One note's frontmatter, read field after field: its keys are folded once, on first need (a note's readers share
 * one, made by the caller and passed down). The object must not change while a reader is in use.
 */
export class FieldReader {
	private index: KeyIndex | null = null;

	constructor(readonly data: Readonly<Record<string, unknown>>) {}

	/** The value of the first of `names` present; keys match case- and separator-insensitively (`Last Updated` = `last_updated`). */
	value(names: readonly string[] | FieldNames): unknown {
		const data = this.data;
		for (const name of names) {
			if (Object.prototype.hasOwnProperty.call(data, name) && data[name] !== null && data[name] !== undefined)
				return data[name];
		}
		const { keys, forms } = (this.index ??= makeKeyIndex(data));
		for (const form of namesForms(names)) {
			for (let i = 0; i < forms.length; i++) {
				if (forms[i] !== form) continue;
				const value = data[keys[i]];
				if (value !== null && value !== undefined) return value;
			}
		}
		return undefined;
	}

	/** Whether the frontmatter has a key (case- and separator-insensitively), whatever its value. */
	has(name: string): boolean {
		return (this.index ??= makeKeyIndex(this.data)).forms.indexOf(keyForm(name)) >= 0;
	}
}

/** Parsed frontmatter, or the same already made a FieldReader (which reads it faster, field after field). */
export type Fields = Readonly<Record<string, unknown>> | FieldReader;

function readerOf(fields: Fields): FieldReader {
	return fields instanceof FieldReader ? fields : new FieldReader(fields);
}

/** The value of the first of `names` present in the frontmatter; keys match case- and separator-insensitively (`Last Updated` = `last_updated`). */
export function fieldValue(fields: Fields, names: readonly string[] | FieldNames): unknown {
	return readerOf(fields).value(names);
}

/** Whether the frontmatter has a key (case- and separator-insensitively), whatever its value. */
export function hasField(fields: Fields, name: string): boolean {
	return readerOf(fields).has(name);
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
