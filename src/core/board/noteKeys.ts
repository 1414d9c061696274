// The lower-cased forms a filter and a search compare, worked out once per note, not once per use.
// A SpecNote is never changed once built (the index replaces a changed note with a new object), so a NoteForms keeps
// each note's forms in a WeakMap keyed by the note: they live as long as the note and the NoteForms do. The caller
// owns the NoteForms (the board view keeps one while it is open; a matcher made without one makes its own), so the
// core keeps no state of its own. Each form is made on first use.
import type { SpecNote } from "../model/specNote";
import { tagAndParents, tagKey } from "../model/tags";
import { domainKey } from "../model/links";

/** A note's comparison forms. */
export interface NoteKeys {
	/** The tags as compared (see tagKey: lower-cased, without '#'), in the note's order. */
	readonly tags: readonly string[];
	/** The domains as compared (see domainKey: the linked note's name, lower-cased), in the note's order. */
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

/** Notes' comparison forms, each made on first use and kept with the note. */
export class NoteForms {
	private readonly byNote = new WeakMap<SpecNote, Forms>();

	private formsOf(note: SpecNote): Forms {
		let forms = this.byNote.get(note);
		if (forms === undefined) {
			// Every field from the start: one object shape for all notes keeps the lookups fast.
			forms = { tags: null, tagPaths: null, domains: null, title: null, search: null };
			this.byNote.set(note, forms);
		}
		return forms;
	}

	/** The note's tags as filters compare them (see NoteKeys.tags). */
	tagKeys(note: SpecNote): readonly string[] {
		const forms = this.formsOf(note);
		forms.tags ??= note.tags.map(tagKey);
		return forms.tags;
	}

	/**
	 * Every tag filter the note's tags answer to: each compared tag and each of its parents (`area/x/y` gives `area`,
	 * `area/x` and `area/x/y`), so "has a tag that is `q` or nested under it" is one look-up, not a walk over the tags.
	 */
	tagPaths(note: SpecNote): ReadonlySet<string> {
		const forms = this.formsOf(note);
		if (forms.tagPaths === null) {
			const paths = new Set<string>();
			for (const tag of this.tagKeys(note)) for (const path of tagAndParents(tag)) paths.add(path);
			forms.tagPaths = paths;
		}
		return forms.tagPaths;
	}

	/** The note's domains as filters compare them (see NoteKeys.domains). */
	domainKeys(note: SpecNote): readonly string[] {
		const forms = this.formsOf(note);
		forms.domains ??= note.domains.map(domainKey);
		return forms.domains;
	}

	/** The note's title, lower-cased. */
	foldedTitle(note: SpecNote): string {
		const forms = this.formsOf(note);
		forms.title ??= note.title.toLowerCase();
		return forms.title;
	}

	/** All of the note's comparison forms. */
	noteKeys(note: SpecNote): NoteKeys {
		return { tags: this.tagKeys(note), domains: this.domainKeys(note), title: this.foldedTitle(note) };
	}

	/** The lower-cased text a search looks in: title, path, tags and open questions, one per line. */
	searchText(note: SpecNote): string {
		const forms = this.formsOf(note);
		forms.search ??= [note.title, note.path, ...note.tags, ...note.openQuestions.map((q) => q.text)]
			.join("\n")
			.toLowerCase();
		return forms.search;
	}

	/** Works out ahead every form a filter uses (tags, domains, search text), so the first filter change is as quick as the next. */
	prepare(note: SpecNote): void {
		this.tagPaths(note);
		this.domainKeys(note);
		this.searchText(note);
	}
}
