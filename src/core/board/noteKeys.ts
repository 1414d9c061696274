// The lower-cased forms a filter and a search compare, worked out once per note, not once per use.
// A SpecNote is never changed once built (the index replaces a changed note with a new object), so a NoteForms keeps
// each note's forms in a WeakMap keyed by the note: they live as long as the note and the NoteForms do. The caller
// owns the NoteForms (the board view keeps one while it is open; a matcher made without one makes its own), so the
// core keeps no state of its own. Each form is made on first use. For a list filtered again and again (the board's
// specs between two changes), `table` gives the notes' forms side by side, so a filter change looks none of them up.
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

/** One note's comparison forms, each made on first use and kept. */
export class OneNoteForms {
	// Every field from the start: one object shape for all notes keeps the lookups fast.
	private tags: readonly string[] | null = null;
	private paths: ReadonlySet<string> | null = null;
	private domains: readonly string[] | null = null;
	private title: string | null = null;
	private search: string | null = null;

	/** The forms of `note`. */
	constructor(readonly note: SpecNote) {}

	/** The note's tags as filters compare them (see NoteKeys.tags). */
	tagKeys(): readonly string[] {
		this.tags ??= this.note.tags.map(tagKey);
		return this.tags;
	}

	/**
	 * Every tag filter the note's tags answer to: each compared tag and each of its parents (`area/x/y` gives `area`,
	 * `area/x` and `area/x/y`), so "has a tag that is `q` or nested under it" is one look-up, not a walk over the tags.
	 */
	tagPaths(): ReadonlySet<string> {
		if (this.paths === null) {
			const paths = new Set<string>();
			for (const tag of this.tagKeys()) for (const path of tagAndParents(tag)) paths.add(path);
			this.paths = paths;
		}
		return this.paths;
	}

	/** The note's domains as filters compare them (see NoteKeys.domains). */
	domainKeys(): readonly string[] {
		this.domains ??= this.note.domains.map(domainKey);
		return this.domains;
	}

	/** The note's title, lower-cased. */
	foldedTitle(): string {
		this.title ??= this.note.title.toLowerCase();
		return this.title;
	}

	/** The lower-cased text a search looks in: title, path, tags and open questions, one per line. */
	searchText(): string {
		const note = this.note;
		this.search ??= [note.title, note.path, ...note.tags, ...note.openQuestions.map((q) => q.text)]
			.join("\n")
			.toLowerCase();
		return this.search;
	}

	/** Works out ahead every form a filter uses (tags, domains, search text). */
	prepare(): void {
		this.tagPaths();
		this.domainKeys();
		this.searchText();
	}
}

/** Notes' comparison forms, each made on first use and kept with the note. */
export class NoteForms {
	private readonly byNote = new WeakMap<SpecNote, OneNoteForms>();
	/** The last list asked for in `table`, and its forms. */
	private tabled: readonly SpecNote[] | null = null;
	private tableForms: readonly OneNoteForms[] = [];

	/** The forms of one note (made empty on first use; each form is made when asked). */
	of(note: SpecNote): OneNoteForms {
		let forms = this.byNote.get(note);
		if (forms === undefined) {
			forms = new OneNoteForms(note);
			this.byNote.set(note, forms);
		}
		return forms;
	}

	/**
	 * The forms of each of `notes`, in their order. Kept for the last list asked for: asked again with the same array
	 * (a list is never changed once handed over: a changed list is a new array), it costs nothing.
	 */
	table(notes: readonly SpecNote[]): readonly OneNoteForms[] {
		if (notes !== this.tabled) {
			const table = new Array<OneNoteForms>(notes.length);
			for (let i = 0; i < notes.length; i++) table[i] = this.of(notes[i]);
			this.tabled = notes;
			this.tableForms = table;
		}
		return this.tableForms;
	}

	/** The note's tags as filters compare them (see NoteKeys.tags). */
	tagKeys(note: SpecNote): readonly string[] {
		return this.of(note).tagKeys();
	}

	/** Every tag filter the note's tags answer to (see OneNoteForms.tagPaths). */
	tagPaths(note: SpecNote): ReadonlySet<string> {
		return this.of(note).tagPaths();
	}

	/** The note's domains as filters compare them (see NoteKeys.domains). */
	domainKeys(note: SpecNote): readonly string[] {
		return this.of(note).domainKeys();
	}

	/** The note's title, lower-cased. */
	foldedTitle(note: SpecNote): string {
		return this.of(note).foldedTitle();
	}

	/** All of the note's comparison forms. */
	noteKeys(note: SpecNote): NoteKeys {
		const forms = this.of(note);
		return { tags: forms.tagKeys(), domains: forms.domainKeys(), title: forms.foldedTitle() };
	}

	/** The lower-cased text a search looks in: title, path, tags and open questions, one per line. */
	searchText(note: SpecNote): string {
		return this.of(note).searchText();
	}

	/** Works out ahead every form a filter uses (tags, domains, search text), so the first filter change is as quick as the next. */
	prepare(note: SpecNote): void {
		this.of(note).prepare();
	}
}
