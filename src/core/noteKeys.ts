// The lower-cased forms a filter, a sort and a grouping compare, worked out once per note, not once per use.
// A SpecNote is never changed once built (the index replaces a changed note with a new object), so the forms are
// kept in a WeakMap keyed by the note: they live exactly as long as the note does.
import type { SpecNote } from "./specNote";

/** A note's comparison forms. */
export interface NoteKeys {
	/** The tags, lower-cased, trimmed, without a leading '#' ("" for a blank one), in the note's order. */
	readonly tags: readonly string[];
	/** The domains, lower-cased, without wiki-link brackets or alias, trimmed, in the note's order. */
	readonly domains: readonly string[];
	/** The title, lower-cased (the board's sort key). */
	readonly title: string;
}

interface CachedKeys extends NoteKeys {
	search: string | null;
}

const keysByNote = new WeakMap<SpecNote, CachedKeys>();

/** Lower-cases a tag and drops a leading '#' and surrounding blanks. */
export function normalizeTag(tag: string): string {
	const trimmed = tag.trim();
	return (trimmed.charCodeAt(0) === 35 ? trimmed.slice(1) : trimmed).toLowerCase();
}

/** Lower-cases a domain and drops wiki-link brackets and an alias, so `[[Payments|Pay]]` and `payments` are the same domain. */
export function normalizeDomain(domain: string): string {
	let d = domain.trim();
	if (d.startsWith("[[") && d.endsWith("]]")) d = d.slice(2, -2);
	const pipe = d.indexOf("|");
	if (pipe >= 0) d = d.slice(0, pipe);
	return d.trim().toLowerCase();
}

function keysOf(note: SpecNote): CachedKeys {
	let keys = keysByNote.get(note);
	if (keys === undefined) {
		keys = { tags: note.tags.map(normalizeTag), domains: note.domains.map(normalizeDomain), title: note.title.toLowerCase(), search: null };
		keysByNote.set(note, keys);
	}
	return keys;
}

/** The note's comparison forms (made on first use, then kept with the note). */
export function noteKeys(note: SpecNote): NoteKeys {
	return keysOf(note);
}

/** The lower-cased text a search looks in: title, path, tags and open questions, one per line (made on first use). */
export function searchText(note: SpecNote): string {
	const keys = keysOf(note);
	keys.search ??= [note.title, note.path, ...note.tags, ...note.openQuestions.map((q) => q.text)].join("\n").toLowerCase();
	return keys.search;
}
