// Reading single fields from parsed frontmatter, whatever shape YAML gave them.

function keyForm(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/** The value of the first of `names` present in the frontmatter; keys match case- and separator-insensitively (`Last Updated` = `last_updated`). */
export function fieldValue(data: Readonly<Record<string, unknown>>, names: readonly string[]): unknown {
	for (const name of names) {
		if (Object.prototype.hasOwnProperty.call(data, name) && data[name] !== null && data[name] !== undefined) return data[name];
	}
	const wanted = names.map(keyForm);
	for (const form of wanted) {
		for (const key of Object.keys(data)) {
			if (keyForm(key) === form && data[key] !== null && data[key] !== undefined) return data[key];
		}
	}
	return undefined;
}

/** Whether the frontmatter has a key (case- and separator-insensitively), whatever its value. */
export function hasField(data: Readonly<Record<string, unknown>>, name: string): boolean {
	const form = keyForm(name);
	return Object.keys(data).some((key) => keyForm(key) === form);
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
