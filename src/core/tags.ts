// Tags the way Obsidian reads them: which characters a tag may hold, frontmatter `tags`, merging, nested prefixes.

// Obsidian's own tag terminators (from its app.js): general punctuation blocks, ASCII punctuation but `_ - /`, whitespace.
const ASCII_STOPS = new Uint8Array(128);
for (let code = 0; code <= 32; code++) ASCII_STOPS[code] = 1;
ASCII_STOPS[127] = 1;
for (const ch of "'!\"#$%&()*+,.:;<=>?@^`{|}~[]\\") ASCII_STOPS[ch.charCodeAt(0)] = 1;

/** Whether a UTF-16 code unit may be part of a tag name (after the `#`). */
export function isTagCharCode(code: number): boolean {
	if (code < 128) return ASCII_STOPS[code] === 0;
	if (code >= 0x2000 && code <= 0x206f) return false;
	if (code >= 0x2e00 && code <= 0x2e7f) return false;
	return code !== 0xa0 && code !== 0x1680 && code !== 0x3000 && code !== 0xfeff;
}

/** Whether a tag name (without `#`) is one Obsidian accepts: only tag characters, and not only digits. */
export function isValidTag(tag: string): boolean {
	if (tag.length === 0) return false;
	let hasNonDigit = false;
	for (let i = 0; i < tag.length; i++) {
		const code = tag.charCodeAt(i);
		if (!isTagCharCode(code)) return false;
		if (code < 48 || code > 57) hasNonDigit = true;
	}
	return hasNonDigit;
}

function tagCandidate(value: unknown): string | null {
	if (typeof value === "string") return value;
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	return null;
}

function cleanTag(raw: string): string | null {
	const trimmed = raw.trim();
	const tag = trimmed.startsWith("#") ? trimmed.slice(1) : trimmed;
	return isValidTag(tag) ? tag : null;
}

/**
 * The frontmatter `tags` as Obsidian 1.x reads them: a list (nulls skipped) or a single string, a leading `#`
 * tolerated. Like Obsidian, a string is one tag, so `tags: a, b` (a comma or a space inside) gives no tag at all.
 */
export function frontmatterTags(data: Readonly<Record<string, unknown>>): string[] {
	const value = data.tags;
	const items = Array.isArray(value) ? (value as unknown[]) : [value];
	const tags: string[] = [];
	for (const item of items) {
		const candidate = tagCandidate(item);
		if (candidate === null) continue;
		const tag = cleanTag(candidate);
		if (tag !== null) tags.push(tag);
	}
	return tags;
}

/** Joins tag lists in order, dropping case-insensitive duplicates and keeping the first spelling. */
export function mergeTags(...lists: ReadonlyArray<readonly string[]>): string[] {
	const seen = new Set<string>();
	const merged: string[] = [];
	for (const list of lists) {
		for (const tag of list) {
			const key = tag.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			merged.push(tag);
		}
	}
	return merged;
}

/** Whether a tag is `wanted` or nested under it (`area` matches `area/x`, never `areas`), case-insensitively. */
export function isTagOrNestedUnder(tag: string, wanted: string): boolean {
	const t = tag.toLowerCase();
	const w = wanted.replace(/^#/, "").toLowerCase();
	return w.length > 0 && (t === w || t.startsWith(w + "/"));
}

/** The values of tags under a prefix (`status/In-review` gives `In-review` for `status`), de-duplicated case-insensitively. */
export function tagValuesUnder(tags: readonly string[], prefix: string): string[] {
	const head = prefix.toLowerCase() + "/";
	const values: string[] = [];
	for (const tag of tags) {
		if (tag.length > head.length && tag.toLowerCase().startsWith(head)) values.push(tag.slice(head.length));
	}
	return mergeTags(values);
}
