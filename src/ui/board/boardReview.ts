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

/** The age of a note as of now, with the review settings (the defaults without them). */
export function ageNow(app: App, review: BoardReviewDeps | undefined, note: SpecNote): StatusAge | null {
	const now = review?.now?.() ?? new Date();
	return noteAge(app, note, now, review?.staleAfterDays() ?? defaultStaleAfterDays());
}

/** Who "me" is (the settings' author) and which notes are stale now (by `updated`, else the file's mtime). */
export function attentionContext(app: App, review: BoardReviewDeps | undefined): AttentionContext {
	const me = review?.author() ?? "";
	const staleAfter = review?.staleAfterDays() ?? defaultStaleAfterDays();
	const now = review?.now?.() ?? new Date();
	return { me, isStale: (note) => noteAge(app, note, now, staleAfter)?.stale ?? false };
}
