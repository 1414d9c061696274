// What both boards (the sidebar and the Bases view) need for sign-off, ageing and the personal filters: who "me" is,
// how long a note has stood in its status, and which notes are stale now.
import type { App } from "obsidian";
import { defaultStaleAfterDays, statusAge, type StaleAfterDays, type StatusAge } from "../../core/board/ageing";
import type { AttentionContext } from "../../core/board/attention";
import type { SpecNote } from "../../core/model/specNote";

/** What the board's sign-off, ageing and personal filters read from the settings. */
export interface BoardReviewDeps {
	/** The author name in the settings ("" when not set). */
	author(): string;
	/** Days after which a spec in each status is stale. */
	staleAfterDays(): StaleAfterDays;
	/** The clock (tests fix it). */
	now?(): Date;
}

/** How long a note has stood in its status (see statusAge), with the file's modification time as the fallback. */
export function noteAge(app: App, note: SpecNote, now: Date, staleAfter: StaleAfterDays): StatusAge | null {
	const file = note.updated === null ? app.vault.getFileByPath(note.path) : null;
	return statusAge(note, file?.stat.mtime ?? null, now, staleAfter);
}

/**
 * Notes' ages (see noteAge) as of one day and one set of "stale after" days, each worked out once per note (a changed
 * note is a new object): the stale count, the "Stale" filter and the rows' age labels all read them, so a render
 * works out none again. Another day, or other settings, start them over (see refresh).
 */
export class NoteAges {
	private byNote = new WeakMap<SpecNote, StatusAge | null>();
	/** The day and the settings the ages are worked out for. */
	private asOf = "";
	private now = new Date(0);
	private staleAfter: StaleAfterDays = defaultStaleAfterDays();
	/** How many ages were worked out (tests count them). */
	computed = 0;

	/** Ages of notes in `app`'s vault, with the review settings (the defaults without them). */
	constructor(
		private readonly app: App,
		private readonly review: BoardReviewDeps | undefined,
	) {}

	/** Reads the clock and the settings; returns whether the ages start over (another UTC day, other settings). */
	refresh(): boolean {
		const now = this.review?.now?.() ?? new Date();
		const staleAfter = this.review?.staleAfterDays() ?? defaultStaleAfterDays();
		// An age counts whole UTC days (statusAge), so within one day it does not change.
		const asOf = `${now.toISOString().slice(0, 10)} ${JSON.stringify(staleAfter)}`;
		if (asOf === this.asOf) return false;
		this.asOf = asOf;
		this.now = now;
		this.staleAfter = staleAfter;
		this.byNote = new WeakMap();
		return true;
	}

	/** How long the note has stood in its status, as of the last refresh. */
	ageOf(note: SpecNote): StatusAge | null {
		let age = this.byNote.get(note);
		if (age === undefined) {
			age = noteAge(this.app, note, this.now, this.staleAfter);
			this.byNote.set(note, age);
			this.computed++;
		}
		return age;
	}
}

/** Who "me" is (the settings' author) and which notes are stale (their ages, by `updated`, else the file's mtime). */
export function attentionContext(review: BoardReviewDeps | undefined, ages: NoteAges): AttentionContext {
	return { me: review?.author() ?? "", isStale: (note) => ages.ageOf(note)?.stale ?? false };
}
