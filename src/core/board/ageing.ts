// How long a spec has stood in its status, and whether that is too long ("stale"). The plugin has no git history, so
// the age counts from the note's `updated` date when it has one, else from the file's modification time (passed in).
import { SETTABLE_STATUSES, type SpecNote, type Status } from "../model/specNote";

/** Days after which a spec in a status is stale; null: never (per canonical status). */
export type StaleAfterDays = Record<Status, number | null>;

/** The defaults: Draft 30, In review 14, Approved 30, In progress 30; never for On hold, Done, Deprecated and the rest. */
export function defaultStaleAfterDays(): StaleAfterDays {
	return {
		Draft: 30,
		"In review": 14,
		Approved: 30,
		"In progress": 30,
		"On hold": null,
		Done: null,
		Deprecated: null,
		Unrecognized: null,
		"No status": null,
	};
}

/** Statuses that have an age label and a stale setting: the ones a person can set (a status that says nothing has no age to show). */
export const AGEING_STATUSES = SETTABLE_STATUSES;

/** Where an age counts from. */
export type AgeSource = "updated" | "modified";

/** How long a spec has stood in its status. */
export interface StatusAge {
	/** Whole days since the start (0 on the same day). */
	days: number;
	/** What the age counts from: the note's `updated` date, or the file's modification time. */
	source: AgeSource;
	/** The day it counts from, yyyy-MM-dd (UTC). */
	since: string;
	/** "In review for 23 days", "Draft since today", "Approved for 1 day". */
	label: string;
	/** Says where the age comes from, for the label's tooltip. */
	explanation: string;
	/** Whether the age passed the status's "stale after" days. */
	stale: boolean;
}

const DAY_MS = 86_400_000;

function pad(value: number): string {
	return value < 10 ? `0${value}` : String(value);
}

/** A moment's UTC day as yyyy-MM-dd. */
function utcDay(ms: number): string {
	const date = new Date(ms);
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Midnight UTC of a yyyy-MM-dd day, in milliseconds; NaN when it is not one. */
function dayStart(day: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
}

/** The age label: "In review for 23 days", "Approved for 1 day", "Draft since today". */
export function ageLabel(status: Status, days: number): string {
	if (days <= 0) return `${status} since today`;
	return `${status} for ${days} ${days === 1 ? "day" : "days"}`;
}

/**
 * How long a note has stood in its status at `now`: from its `updated` date when it has one, else from `modifiedMs`
 * (the file's modification time, milliseconds since the epoch); whole calendar days in UTC, never negative. Null for
 * "No status" and "Unrecognized", and when neither date is known.
 */
export function statusAge(
	note: Pick<SpecNote, "status" | "updated">,
	modifiedMs: number | null,
	now: Date,
	staleAfter: Readonly<StaleAfterDays>,
): StatusAge | null {
	if (!(AGEING_STATUSES as readonly string[]).includes(note.status)) return null;
	let source: AgeSource = "updated";
	let since = note.updated ?? "";
	let start = note.updated === null ? Number.NaN : dayStart(note.updated);
	if (Number.isNaN(start)) {
		if (modifiedMs === null || !Number.isFinite(modifiedMs)) return null;
		source = "modified";
		since = utcDay(modifiedMs);
		start = dayStart(since);
	}
	const today = dayStart(utcDay(now.getTime()));
	const days = Math.max(0, Math.round((today - start) / DAY_MS));
	const limit = staleAfter[note.status];
	return {
		days,
		source,
		since,
		label: ageLabel(note.status, days),
		explanation:
			source === "updated"
				? `Counted from the note's updated date, ${since}.`
				: `Counted from the file's last change, ${since}: the note has no updated date.`,
		stale: limit !== null && limit !== undefined && days > limit,
	};
}

/** Whether a note is stale at `now` (see statusAge). */
export function isStale(
	note: Pick<SpecNote, "status" | "updated">,
	modifiedMs: number | null,
	now: Date,
	staleAfter: Readonly<StaleAfterDays>,
): boolean {
	return statusAge(note, modifiedMs, now, staleAfter)?.stale ?? false;
}
