// The lower-cased forms a filter, a sort and a grouping compare, worked out once per note, not once per use.
// A SpecNote is never changed once built (the index replaces a changed note with a new object), so the forms are
// kept in a WeakMap keyed by the note: they live exactly as long as the note does. Each form is made on first use.
import { domainName } from "../reading/noteFields";
import type { SpecNote } from "../model/specNote";

/** A note's comparison forms. */
export interface NoteKeys {
	/** The tags, lower-cased, trimmed, without a leading '#' ("" for a blank one), in the note's order. */
	readonly tags: readonly string[];
	/** The domains, lower-cased, without wiki-link brackets or alias, trimmed, in the note's order. */
	readonly domains: readonly string[];
	/** The title, lower-cased (the board's sort key). */
	readonly title: string;
}

/** The forms made so far for one note (null: not yet). */
interface Forms {
	tags: readonly string[] | null;
	tagPaths: ReadonlySet<string> | null;
	domains: readonly string[] | null;
	title: string | null;
	search: string | null;
}

const formsByNote = new WeakMap<SpecNote, Forms>();

function formsOf(note: SpecNote): Forms {
	let forms = formsByNote.get(note);
	if (forms === undefined) {
		// Every field from the start: one object shape for all notes keeps the lookups fast.
		forms = { tags: null, tagPaths: null, domains: null, title: null, search: null };
		formsByNote.set(note, forms);
	}
	return forms;
}

/** Lower-cases a tag and drops a leading '#' and surrounding blanks. */
export function normalizeTag(tag: string): string {
	const trimmed = tag.trim();
	return (trimmed.charCodeAt(0) === 35 ? trimmed.slice(1) : trimmed).toLowerCase();
}

/**
 * A domain as filters compare it: its name (see domainName) lower-cased, so `[[Domains/Payments|Pay]]`,
 * `Domains/Payments` and `payments` are the same domain.
 */
export function normalizeDomain(domain: string): string {
	return domainName(domain).toLowerCase();
}

/** The note's tags as filters compare them (see NoteKeys.tags). */
export function tagKeys(note: SpecNote): readonly string[] {
	const forms = formsOf(note);
	forms.tags ??= note.tags.map(normalizeTag);
	return forms.tags;
}

/**
 * Every tag filter the note's tags answer to: each normalized tag and each of its parents (`area/x/y` gives `area`,
 * `area/x` and `area/x/y`), so "has a tag that is `q` or nested under it" is one look-up, not a walk over the tags.
 */
export function tagPaths(note: SpecNote): ReadonlySet<string> {
	const forms = formsOf(note);
	if (forms.tagPaths === null) {
		const paths = new Set<string>();
		for (const tag of tagKeys(note)) {
			for (let slash = tag.indexOf("/"); slash >= 0; slash = tag.indexOf("/", slash + 1))
				paths.add(tag.slice(0, slash));
			paths.add(tag);
		}
		forms.tagPaths = paths;
	}
	return forms.tagPaths;
}

/** The note's domains as filters compare them (see NoteKeys.domains). */
export function domainKeys(note: SpecNote): readonly string[] {
	const forms = formsOf(note);
	forms.domains ??= note.domains.map(normalizeDomain);
	return forms.domains;
}

/** The note's title, lower-cased: the board's sort key. */
export function foldedTitle(note: SpecNote): string {
	const forms = formsOf(note);
	forms.title ??= note.title.toLowerCase();
	return forms.title;
}

/** All of the note's comparison forms. */
export function noteKeys(note: SpecNote): NoteKeys {
	return { tags: tagKeys(note), domains: domainKeys(note), title: foldedTitle(note) };
}

/** The lower-cased text a search looks in: title, path, tags and open questions, one per line. */
export function searchText(note: SpecNote): string {
	const forms = formsOf(note);
	forms.search ??= [note.title, note.path, ...note.tags, ...note.openQuestions.map((q) => q.text)]
		.join("\n")
		.toLowerCase();
	return forms.search;
}

/** Works out ahead every form a filter uses (tags, domains, search text), so the first filter change is as quick as the next. */
export function prepareFilterKeys(note: SpecNote): void {
	tagPaths(note);
	domainKeys(note);
	searchText(note);
}
