// The lower-cased forms a filter and a search compare, worked out once per note, not once per use.
// A SpecNote is never changed once built (the index replaces a changed note with a new object), so a NoteForms keeps
// each note's forms in a WeakMap keyed by the note: they live as long as the note and the NoteForms do. The caller
// owns the NoteForms (the board view keeps one while it is open; a matcher made without one makes its own), so the
// core keeps no state of its own. Each form is made on first use. For a list filtered again and again (the board's
// specs between two changes), `columns` gives what a filter asks of each note in typed arrays (NoteColumns), so a
// filter change reads a few bytes per note and looks no note's objects up.
import { PRIORITIES, STATUSES, type SpecNote } from "../model/specNote";
import { tagAndParents, tagKey } from "../model/tags";
import { domainKey } from "../model/links";
import { isNotReady } from "./rollup";
import { lacksSignOff } from "./attention";

/** A note's comparison forms. */
export interface NoteKeys {
	/** The tags as compared (see tagKey: lower-cased, without '#'), in the note's order. */
	readonly tags: readonly string[];
	/** The domains as compared (see domainKey: the linked note's name, lower-cased), in the note's order. */
	readonly domains: readonly string[];
	/** The title, lower-cased (the board's sort key). */
	readonly title: string;
}

/** 32-bit words in a note's letter-triple bits: 1,024 bits, about a quarter of them set for a few hundred letters. */
const GRAM_WORDS = 32;

/** The bit (0-1023) of the letters `a`, `b`, `c` (character codes) in a row. */
function gramBit(a: number, b: number, c: number): number {
	return Math.imul((((a << 8) ^ b) << 8) ^ c, 0x9e3779b1) >>> 22;
}

/** Sets in `bits`, from `offset` on, the bit of every three letters in a row in `text`. */
function setGramBits(text: string, bits: Int32Array, offset: number): void {
	let a = text.charCodeAt(0);
	let b = text.charCodeAt(1);
	for (let i = 2; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const bit = gramBit(a, b, c);
		bits[offset + (bit >>> 5)] |= 1 << (bit & 31);
		a = b;
		b = c;
	}
}

/** Notes whose letter-triple bits share one typed array (a power of two: a slot's block is `slot >> GRAM_BLOCK_SHIFT`). */
const GRAM_BLOCK_SHIFT = 11;
const GRAM_BLOCK_NOTES = 1 << GRAM_BLOCK_SHIFT;

/** Whether the letter-triple bits from `from` in `grams` may hold `word` (false: the word is surely not in the text). */
function gramsMayHold(grams: Int32Array, from: number, word: SearchWord): boolean {
	const { at, bits } = word;
	for (let i = 0; i < at.length; i++) if ((grams[from + at[i]] & bits[i]) !== bits[i]) return false;
	return true;
}

/**
 * Notes' letter-triple bits, GRAM_WORDS words each, in blocks of GRAM_BLOCK_NOTES notes: one typed array per note
 * (thousands of small buffers) kept the garbage collector busy for milliseconds at a time. A slot is never given back
 * (a changed note takes a new one): 128 bytes per change, for as long as the NoteForms lives.
 */
class GramPool {
	private readonly blocks: Int32Array[] = [];
	private usedInLast = GRAM_BLOCK_NOTES;

	/** A new slot of zeros (its block is `block(slot)`, its bits from `offset(slot)` on). */
	take(): number {
		if (this.usedInLast === GRAM_BLOCK_NOTES) {
			this.blocks.push(new Int32Array(GRAM_BLOCK_NOTES * GRAM_WORDS));
			this.usedInLast = 0;
		}
		return ((this.blocks.length - 1) << GRAM_BLOCK_SHIFT) + this.usedInLast++;
	}

	/** The block that holds a slot. */
	block(slot: number): Int32Array {
		return this.blocks[slot >>> GRAM_BLOCK_SHIFT];
	}

	/** Where a slot's bits start in its block. */
	offset(slot: number): number {
		return (slot & (GRAM_BLOCK_NOTES - 1)) * GRAM_WORDS;
	}
}

/** A word searched for, lower-cased, with the bits of its letter triples (see NoteColumns.wordRows). */
export interface SearchWord {
	/** The word, lower-cased as the search text is. */
	readonly text: string;
	/** Which 32-bit words of a note's triple bits the word needs (none for a word under three letters)... */
	readonly at: readonly number[];
	/** ...and the bits it needs in each. */
	readonly bits: readonly number[];
}

/** A word to search for in notes' search texts (see NoteColumns.wordRows); `text` is lower-cased already. */
export function searchWord(text: string): SearchWord {
	const needed = new Int32Array(GRAM_WORDS);
	setGramBits(text, needed, 0);
	const at: number[] = [];
	const bits: number[] = [];
	needed.forEach((word, i) => {
		if (word === 0) return;
		at.push(i);
		bits.push(word);
	});
	return { text, at, bits };
}

/**
 * Forms that notes with the same tags (or domains) share, by their tags (or domains) as written: a vault holds far
 * fewer sets of tags than notes, so most notes' forms are a look-up. Kept by the NoteForms that made them.
 */
class SharedForms {
	/** Tags as written, joined -> the compared tags. */
	readonly tagKeys = new Map<string, readonly string[]>();
	/** Tags as written, joined -> the tag filters they answer to. */
	readonly tagPaths = new Map<string, ReadonlySet<string>>();
	/** Domains as written, joined -> the compared domains. */
	readonly domainKeys = new Map<string, readonly string[]>();
	/** Every note's letter-triple bits. */
	readonly grams = new GramPool();
	/** The distinct tag paths (shared forms, by identity), each with its id: an index in `tagSets`. */
	readonly tagSetIds = new Map<ReadonlySet<string>, number>();
	readonly tagSets: ReadonlySet<string>[] = [];
	/** The same for the compared domains. */
	readonly domainSetIds = new Map<readonly string[], number>();
	readonly domainSets: (readonly string[])[] = [];
}

/** The id of `form` among `list`'s (added when new). */
function formId<T>(ids: Map<T, number>, list: T[], form: T): number {
	let id = ids.get(form);
	if (id === undefined) {
		id = list.length;
		list.push(form);
		ids.set(form, id);
	}
	return id;
}

/** The form in `cache` for these names as written, made by `make` for the first note that has them. */
function sharedForm<T>(cache: Map<string, T>, names: readonly string[], make: () => T): T {
	// Names are joined by a character no tag or domain holds; one that does is never shared, so keys never mix up.
	if (names.some((name) => name.includes("\u0000"))) return make();
	const key = names.join("\u0000");
	let form = cache.get(key);
	if (form === undefined) {
		form = make();
		cache.set(key, form);
	}
	return form;
}

/** One note's comparison forms, each made on first use and kept. */
export class OneNoteForms {
	// Every field from the start: one object shape for all notes keeps the lookups fast.
	private tags: readonly string[] | null = null;
	private paths: ReadonlySet<string> | null = null;
	private domains: readonly string[] | null = null;
	private title: string | null = null;
	private search: string | null = null;
	/** The slot of the shared pool that holds this note's letter-triple bits (-1: not worked out yet). */
	private gramSlot = -1;

	/** The forms of `note`, sharing with other notes what `shared` holds. */
	constructor(
		readonly note: SpecNote,
		private readonly shared: SharedForms,
	) {}

	/** The note's tags as filters compare them (see NoteKeys.tags). */
	tagKeys(): readonly string[] {
		this.tags ??= sharedForm(this.shared.tagKeys, this.note.tags, () => this.note.tags.map(tagKey));
		return this.tags;
	}

	/**
	 * Every tag filter the note's tags answer to: each compared tag and each of its parents (`area/x/y` gives `area`,
	 * `area/x` and `area/x/y`), so "has a tag that is `q` or nested under it" is one look-up, not a walk over the tags.
	 */
	tagPaths(): ReadonlySet<string> {
		this.paths ??= sharedForm(this.shared.tagPaths, this.note.tags, () => {
			const paths = new Set<string>();
			for (const tag of this.tagKeys()) for (const path of tagAndParents(tag)) paths.add(path);
			return paths;
		});
		return this.paths;
	}

	/** The note's domains as filters compare them (see NoteKeys.domains). */
	domainKeys(): readonly string[] {
		this.domains ??= sharedForm(this.shared.domainKeys, this.note.domains, () => this.note.domains.map(domainKey));
		return this.domains;
	}

	/** The id of the note's tag paths: notes with the same tags have the same id (see NoteColumns). */
	tagSetId(): number {
		return formId(this.shared.tagSetIds, this.shared.tagSets, this.tagPaths());
	}

	/** The id of the note's compared domains: notes with the same domains have the same id. */
	domainSetId(): number {
		return formId(this.shared.domainSetIds, this.shared.domainSets, this.domainKeys());
	}

	/** The pool slot of the note's letter-triple bits, -1 while they are not worked out (see prepare). */
	gramsSlot(): number {
		return this.gramSlot;
	}

	/** The note's title, lower-cased. */
	foldedTitle(): string {
		this.title ??= this.note.title.toLowerCase();
		return this.title;
	}

	/** The lower-cased text a search looks in: title, path, tags and open questions, one per line. */
	searchText(): string {
		if (this.search === null) {
			const note = this.note;
			let text = `${note.title}\n${note.path}`;
			for (const tag of note.tags) text += `\n${tag}`;
			for (const question of note.openQuestions) text += `\n${question.text}`;
			this.search = text.toLowerCase();
		}
		return this.search;
	}

	/**
	 * The bits of every three letters in a row in the search text (a Bloom filter): a word with a triple whose bit is
	 * off is not in the text, so nearly every note without the word is passed over without reading its text.
	 */
	private workOutGrams(): void {
		if (this.gramSlot >= 0) return;
		const pool = this.shared.grams;
		const slot = pool.take();
		setGramBits(this.searchText(), pool.block(slot), pool.offset(slot));
		this.gramSlot = slot;
	}

	/** Works out ahead every form a filter uses (tags, domains, search text and its letter triples). */
	prepare(): void {
		this.tagPaths();
		this.domainKeys();
		this.workOutGrams();
	}
}

/** Notes' comparison forms, each made on first use and kept with the note. */
export class NoteForms {
	private readonly byNote = new WeakMap<SpecNote, OneNoteForms>();
	private readonly shared = new SharedForms();
	/** The last list asked for in `table`, its forms and its columns. */
	private tabled: readonly SpecNote[] | null = null;
	private tableForms: readonly OneNoteForms[] = [];
	private tableColumns: NoteColumns | null = null;

	/** The forms of one note (made empty on first use; each form is made when asked). */
	of(note: SpecNote): OneNoteForms {
		let forms = this.byNote.get(note);
		if (forms === undefined) {
			forms = new OneNoteForms(note, this.shared);
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
			this.tableColumns = null;
		}
		return this.tableForms;
	}

	/** What filters ask of each of `notes`, in columns (see NoteColumns); kept for the last list, as `table`. */
	columns(notes: readonly SpecNote[]): NoteColumns {
		const table = this.table(notes);
		this.tableColumns ??= new NoteColumns(table, this.shared);
		return this.tableColumns;
	}

	/** Columns of one row, for testing notes one at a time: `NoteColumns.setOnly` puts a note in it. */
	oneRow(): NoteColumns {
		return new NoteColumns([], this.shared, 1);
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

/** Words whose rows a NoteColumns keeps (see wordRows): a search typed letter by letter, and a few more. */
const WORDS_KEPT = 32;

/** A note's flags in NoteColumns.flags: it has open questions... */
export const HAS_OPEN_QUESTIONS = 1;
/** ...it is "not ready" (see isNotReady)... */
export const NOT_READY = 2;
/** ...it lacks a sign-off (see lacksSignOff). */
export const LACKS_SIGN_OFF = 4;

/**
 * What filters ask of a list's notes, side by side in typed arrays, one row per note in the list's order: a filter
 * change over thousands of notes then reads a few bytes per note instead of following each note's objects through the
 * heap. Each row is filled from the note's forms on first use (`fill`), or ahead by the board's background work.
 * Statuses and priorities are indexes in STATUSES and PRIORITIES; tags and domains are ids of the distinct sets the
 * NoteForms holds (a filter decides once per set, not once per note); a note's letter-triple bits by their pool slot.
 */
export class NoteColumns {
	readonly status: Uint8Array;
	readonly priority: Uint8Array;
	/** HAS_OPEN_QUESTIONS | NOT_READY | LACKS_SIGN_OFF. */
	readonly flags: Uint8Array;
	readonly tagSet: Int32Array;
	readonly domainSet: Int32Array;
	/** The pool slot of the row's letter-triple bits; -1 while not worked out. */
	private readonly gramSlot: Int32Array;
	private readonly filled: Uint8Array;
	/** How many rows are filled: when all are (the board's background work fills them), fillAll costs nothing. */
	private filledCount = 0;
	/** A buffer of one index per row, for whoever lists rows (made on first use). */
	private rows: Int32Array | null = null;
	/** The rows of the last words searched for (see wordRows), oldest first. */
	private readonly words = new Map<string, Uint8Array>();
	/**
	 * The rows' letter-triple bits turned on their side (see indexGrams): for each of the 1,024 triple bits, one bit per
	 * row, `rowWords` 32-bit words, set where the row's triples have it. Made on first use; null before.
	 */
	private gramIndex: Int32Array | null = null;
	/** 1 for each row in gramIndex... */
	private readonly gramIndexed: Uint8Array;
	/** ...and how many are: a search reads the index only when every row is in it. */
	private gramIndexedCount = 0;
	/** How many rows the last wordRows that worked anything out looked at (their letter triples or text): what it cost. */
	rowsLookedAt = 0;

	/** Columns for `forms`' notes (or `size` empty rows, for setOnly), sharing what `shared` holds. */
	constructor(
		private forms: readonly OneNoteForms[],
		private readonly shared: SharedForms,
		size = forms.length,
	) {
		this.status = new Uint8Array(size);
		this.priority = new Uint8Array(size);
		this.flags = new Uint8Array(size);
		this.tagSet = new Int32Array(size);
		this.domainSet = new Int32Array(size);
		this.gramSlot = new Int32Array(size).fill(-1);
		this.filled = new Uint8Array(size);
		this.gramIndexed = new Uint8Array(size);
	}

	/** 32-bit words in one triple bit's rows in gramIndex. */
	private get rowWords(): number {
		return (this.status.length + 31) >>> 5;
	}

	/** Makes a one-row NoteColumns show `forms`' note in its row 0. */
	setOnly(forms: OneNoteForms): void {
		this.forms = [forms];
		this.filled[0] = 0;
		this.filledCount = 0;
		this.words.clear();
		this.gramIndex = null;
		this.gramIndexed[0] = 0;
		this.gramIndexedCount = 0;
	}

	/** A buffer with room for every row's index, the same one each time (its contents are the caller's until the next call). */
	rowBuffer(): Int32Array {
		this.rows ??= new Int32Array(this.status.length);
		return this.rows;
	}

	/** Fills every row not filled yet. */
	fillAll(): void {
		if (this.filledCount === this.forms.length) return;
		for (let i = 0; i < this.forms.length; i++) this.fill(i);
	}

	/** How many distinct tag sets (ids 0 to this, less one) the rows may hold so far. */
	get tagSetCount(): number {
		return this.shared.tagSets.length;
	}

	/** How many distinct domain sets the rows may hold so far. */
	get domainSetCount(): number {
		return this.shared.domainSets.length;
	}

	/** Fills row `i` from its note's forms, unless it is filled. */
	fill(i: number): void {
		if (this.filled[i] === 1) return;
		const forms = this.forms[i];
		const note = forms.note;
		this.status[i] = STATUSES.indexOf(note.status);
		this.priority[i] = PRIORITIES.indexOf(note.priority);
		this.flags[i] =
			(note.openQuestions.length > 0 ? HAS_OPEN_QUESTIONS : 0) |
			(isNotReady(note) ? NOT_READY : 0) |
			(lacksSignOff(note) ? LACKS_SIGN_OFF : 0);
		this.tagSet[i] = forms.tagSetId();
		this.domainSet[i] = forms.domainSetId();
		this.gramSlot[i] = forms.gramsSlot();
		this.filled[i] = 1;
		this.filledCount++;
	}

	/** Fills row `i` and works out everything a search needs of its note ahead (see OneNoteForms.prepare). */
	prepare(i: number): void {
		this.fill(i);
		if (this.gramSlot[i] >= 0) return;
		this.forms[i].prepare();
		this.gramSlot[i] = this.forms[i].gramsSlot();
	}

	/**
	 * Prepares row `i` and adds its letter triples to the list's triple index, so that a search, once every row is in
	 * it, looks only at the rows that have all of a word's triples (a few words of bits ANDed) instead of at every row.
	 */
	indexGrams(i: number): void {
		if (this.gramIndexed[i] === 1) return;
		this.prepare(i);
		const slot = this.gramSlot[i];
		const block = this.shared.grams.block(slot);
		const from = this.shared.grams.offset(slot);
		const rowWords = this.rowWords;
		const index = (this.gramIndex ??= new Int32Array(GRAM_WORDS * 32 * rowWords));
		const rowWord = i >>> 5;
		const rowBit = 1 << (i & 31);
		for (let w = 0; w < GRAM_WORDS; w++) {
			let bits = block[from + w];
			while (bits !== 0) {
				const low = bits & -bits;
				index[((w << 5) + 31 - Math.clz32(low)) * rowWords + rowWord] |= rowBit;
				bits ^= low;
			}
		}
		this.gramIndexed[i] = 1;
		this.gramIndexedCount++;
	}

	/** Works out row `i`'s search text ahead. */
	prepareSearchText(i: number): void {
		this.forms[i].searchText();
	}

	/** The tag paths of a tag set id (see OneNoteForms.tagPaths). */
	tagPaths(id: number): ReadonlySet<string> {
		return this.shared.tagSets[id];
	}

	/** The compared domains of a domain set id. */
	domainKeys(id: number): readonly string[] {
		return this.shared.domainSets[id];
	}

	/**
	 * One byte per row, 1 where the row's search text holds `word`: exactly `searchText().includes(word.text)`, the
	 * letter triples read first where they are worked out (see prepare), the text only for rows they may hold it in. Kept for the list's last
	 * WORDS_KEPT words: the same word asked again (other filters changed, the search not) costs nothing, and a longer
	 * word that contains a kept one (typing on) is looked for only in that word's rows.
	 */
	wordRows(word: SearchWord): Uint8Array {
		const kept = this.words.get(word.text);
		if (kept !== undefined) return kept;
		let within: Uint8Array | null = null;
		for (const [text, rows] of this.words) if (word.text.includes(text)) within = rows;
		const rows = new Uint8Array(this.status.length);
		this.rowsLookedAt =
			this.gramIndex !== null && this.gramIndexedCount === rows.length && word.at.length > 0
				? this.markIndexedRows(word, within, this.gramIndex, rows)
				: this.markRows(word, within, rows);
		if (this.words.size >= WORDS_KEPT) this.words.delete(this.words.keys().next().value as string);
		this.words.set(word.text, rows);
		return rows;
	}

	/**
	 * wordRows with the triple index: only the rows that have every triple of the word (and are `within`) are looked
	 * at. Returns how many.
	 */
	private markIndexedRows(word: SearchWord, within: Uint8Array | null, index: Int32Array, rows: Uint8Array): number {
		const rowWords = this.rowWords;
		let candidates: Int32Array | null = null;
		for (let k = 0; k < word.at.length; k++) {
			let bits = word.bits[k];
			while (bits !== 0) {
				const low = bits & -bits;
				bits ^= low;
				const start = ((word.at[k] << 5) + 31 - Math.clz32(low)) * rowWords;
				if (candidates === null) candidates = index.slice(start, start + rowWords);
				else for (let r = 0; r < rowWords; r++) candidates[r] &= index[start + r];
			}
		}
		if (candidates === null) return 0;
		const text = word.text;
		let looked = 0;
		for (let r = 0; r < rowWords; r++) {
			let bits = candidates[r];
			while (bits !== 0) {
				const low = bits & -bits;
				bits ^= low;
				const i = (r << 5) + 31 - Math.clz32(low);
				if (within !== null && within[i] === 0) continue;
				looked++;
				if (this.forms[i].searchText().includes(text)) rows[i] = 1;
			}
		}
		return looked;
	}

	/**
	 * wordRows without the triple index: every row (`within`) is looked at, its letter triples first where worked out.
	 * Returns how many.
	 */
	private markRows(word: SearchWord, within: Uint8Array | null, rows: Uint8Array): number {
		const slots = this.gramSlot;
		const pool = this.shared.grams;
		let looked = 0;
		for (let i = 0; i < rows.length; i++) {
			if (within !== null && within[i] === 0) continue;
			looked++;
			let slot = slots[i];
			if (slot < 0) slot = slots[i] = this.forms[i].gramsSlot();
			if (slot >= 0 && !gramsMayHold(pool.block(slot), pool.offset(slot), word)) continue;
			if (this.forms[i].searchText().includes(word.text)) rows[i] = 1;
		}
		return looked;
	}
}
