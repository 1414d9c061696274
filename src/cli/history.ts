// Git history joined to the notes as they are now: statusSince and daysInStatus per note, and the --since window.
import type { SpecNote } from "../core/model/specNote";
import {
	commitsSince,
	historyStatus,
	sameStatus,
	type GitHistory,
	type GitOptions,
	type StatusChange,
} from "./gitHistory";

/** What history says about one note as it is now. */
export interface NoteHistory {
	/** Date (yyyy-MM-dd, UTC) of the commit that last changed the status; today when it changed and is not committed yet. */
	statusSince: string;
	/** Whole days since then. */
	daysInStatus: number;
}

const DAY_MS = 86_400_000;

/** A time as an ISO date (yyyy-MM-dd, UTC). */
export function isoDay(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

/**
 * statusSince and daysInStatus for every note git knows. A note whose status differs from the committed one (changed in
 * the work tree) is in its status since now; a note git does not know (not committed yet) gets nothing.
 */
export function notesHistory(
	notes: readonly SpecNote[],
	history: GitHistory | null,
	now: number,
): Map<SpecNote, NoteHistory> {
	const byNote = new Map<SpecNote, NoteHistory>();
	if (history === null) return byNote;
	for (const note of notes) {
		const file = history.files.get(note.path);
		if (file === undefined) continue;
		const since = sameStatus(file.status, historyStatus(note)) ? Math.min(file.since, now) : now;
		byNote.set(note, { statusSince: isoDay(since), daysInStatus: Math.floor((now - since) / DAY_MS) });
	}
	return byNote;
}

/** The window of `changes --since`: from a time, or the commits after a ref. */
export type SinceWindow =
	{ kind: "time"; from: number; label: string } | { kind: "ref"; commits: Set<string>; label: string };

/**
 * Reads `--since`: `7d` / `2w` (days or weeks before now), a date `yyyy-MM-dd` (UTC midnight), or a git ref.
 * Returns an error sentence when it is none of them.
 */
export function parseSince(value: string, now: number, root: string, git: GitOptions): SinceWindow | string {
	const relative = /^(\d+)\s*([dw])$/i.exec(value.trim());
	if (relative !== null) {
		const days = Number(relative[1]) * (relative[2].toLowerCase() === "w" ? 7 : 1);
		const from = now - days * DAY_MS;
		return { kind: "time", from, label: `${isoDay(from)} (${value.trim()})` };
	}
	if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
		const from = Date.parse(`${value.trim()}T00:00:00Z`);
		if (Number.isNaN(from)) return `--since: "${value}" is not a date`;
		return { kind: "time", from, label: value.trim() };
	}
	const commits = commitsSince(root, value.trim(), git);
	if (commits === null) return `--since: "${value}" is neither 7d, 2w, a date (yyyy-MM-dd) nor a git ref here`;
	return { kind: "ref", commits, label: value.trim() };
}

/** Whether a change falls in the window. */
export function inWindow(change: StatusChange, window: SinceWindow): boolean {
	return window.kind === "time" ? change.time >= window.from : window.commits.has(change.commit);
}
