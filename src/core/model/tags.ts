// Tags the way Obsidian reads them: which characters a tag may hold, frontmatter `tags`, merging, nested prefixes;
// and the one way a typed tag is cleaned (`cleanTag`) and compared (`tagKey`, `isSameOrNestedTag`).

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

/** A frontmatter tag item as Obsidian reads it: trimmed, one leading `#` tolerated, null unless a valid tag. */
function frontmatterTag(raw: string): string | null {
	const trimmed = raw.trim();
	const tag = trimmed.startsWith("#") ? trimmed.slice(1) : trimmed;
	return isValidTag(tag) ? tag : null;
}

/** A tag as typed, suggested or written in a list: trimmed, its leading `#` marks dropped, case kept ("" when blank). */
export function cleanTag(text: string): string {
	const trimmed = text.trim();
	if (trimmed.charCodeAt(0) !== 35) return trimmed;
	let start = 1;
	while (trimmed.charCodeAt(start) === 35) start++;
	return trimmed.slice(start).trim();
}

/** A tag as tags are compared: cleaned (see cleanTag) and lower-cased, so `#Area/X` and `area/x` are the same tag. */
export function tagKey(text: string): string {
	return cleanTag(text).toLowerCase();
}

/** Whether a compared tag (see tagKey) is `wanted` or nested under it: `area` matches `area/x`, never `areas`. */
export function isSameOrNestedTag(key: string, wanted: string): boolean {
	return (
		wanted.length > 0 &&
		key.startsWith(wanted) &&
		(key.length === wanted.length || key.charCodeAt(wanted.length) === 47)
	);
}

/** A tag and every tag it is nested under, outermost first: `a/b/c` gives `a`, `a/b`, `a/b/c`. */
export function tagAndParents(tag: string): string[] {
	const paths: string[] = [];
	for (let slash = tag.indexOf("/"); slash >= 0; slash = tag.indexOf("/", slash + 1)) paths.push(tag.slice(0, slash));
	paths.push(tag);
	return paths;
}

/**
 * A note's tags, as Obsidian 1.x reads them: the frontmatter `tags` (a list, nulls skipped, or a single string; a
 * leading `#` tolerated; like Obsidian, a string is one tag, so `tags: a, b` gives no tag at all), then its body tags,
 * merged as mergeTags merges them. The lower-cased form of each tag kept is pushed onto `lower`, in the same order, for the callers that compare them.
 */
export function collectNoteTags(
	data: Readonly<Record<string, unknown>>,
	bodyTags: readonly { tag: string }[],
	lower: string[],
): string[] {
	const tags: string[] = [];
	const value = data.tags;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) addFrontmatterTag(value[i], tags, lower);
	} else if (value !== undefined) addFrontmatterTag(value, tags, lower);
	for (let i = 0; i < bodyTags.length; i++) addTag(bodyTags[i].tag, tags, lower);
	return tags;
}

function addFrontmatterTag(item: unknown, tags: string[], lower: string[]): void {
	const candidate = tagCandidate(item);
	if (candidate === null) return;
	const tag = frontmatterTag(candidate);
	if (tag !== null) addTag(tag, tags, lower);
}

/** Adds a tag unless one of the same lower-cased form is there (a handful of tags: a scan beats a Set). */
function addTag(tag: string, tags: string[], lower: string[]): void {
	const key = tag.toLowerCase();
	if (lower.indexOf(key) >= 0) return;
	lower.push(key);
	tags.push(tag);
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

/**
 * The values of tags under a prefix (`status/In-review` gives `In-review` for `status`), de-duplicated case-insensitively.
 * `lowerTags`, when given, holds the tags lower-cased in the same order (see collectNoteTags), so none is lower-cased again.
 */
export function tagValuesUnder(tags: readonly string[], prefix: string, lowerTags?: readonly string[]): string[] {
	const head = prefix.toLowerCase() + "/";
	let values: string[] | null = null;
	for (let i = 0; i < tags.length; i++) {
		const tag = tags[i];
		if (tag.length > head.length && (lowerTags === undefined ? tag.toLowerCase() : lowerTags[i]).startsWith(head))
			(values ??= []).push(tag.slice(head.length));
	}
	if (values === null) return [];
	return values.length === 1 ? values : mergeTags(values);
}
