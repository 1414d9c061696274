// The rollup: counts, lifecycle sort and grouping of spec notes, shared by the board and the command line.
import { PRIORITIES, SETTLED_STATUSES, STATUSES, type Priority, type SpecNote, type Status } from "../model/specNote";
import type { GroupBy } from "../settings/settings";
import { cleanTag } from "../model/tags";

/** Counts over a set of notes. */
export interface Summary {
	/** How many notes were counted. */
	notes: number;
	/** Notes per canonical status; every status is present (0 when none). */
	byStatus: Record<Status, number>;
	/** Notes per canonical priority; every priority is present (0 when none). */
	byPriority: Record<Priority, number>;
	/** Real open questions over all notes (template placeholders are not counted). */
	openQuestions: number;
}

/** One group of the board: a status, a priority, a domain or a tag, with its notes sorted. */
export interface SpecGroup {
	/** Stable key (for collapsed groups): the canonical name, or the lower-cased domain or tag; "" for the "No domain"/"No tags" group. */
	key: string;
	/** What the group is called on screen. */
	label: string;
	/** The group's notes, sorted with compareSpecs. */
	notes: SpecNote[];
}

/** A group as a range of a GroupedNotes' list: its notes are `notes.slice(start, end)`. */
export interface GroupRange {
	/** As SpecGroup.key. */
	key: string;
	/** As SpecGroup.label. */
	label: string;
	start: number;
	end: number;
}

/** Groups as ranges of one list of notes, group after group (a note in several groups is listed in each). */
export interface GroupedNotes {
	notes: readonly SpecNote[];
	groups: readonly GroupRange[];
}

/** The key of the group holding notes without any domain or tag. */
export const NO_GROUP_KEY = "";

/** Label of the group of notes without a domain. */
export const NO_DOMAIN_LABEL = "No domain";

/** Label of the group of notes without tags. */
export const NO_TAGS_LABEL = "No tags";

const STATUS_RANK = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));
const PRIORITY_RANK = new Map<Priority, number>(PRIORITIES.map((p, i) => [p, i]));

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
	const counts = {} as Record<K, number>;
	for (const key of keys) counts[key] = 0;
	return counts;
}

/** Counts notes by status and priority, and their real open questions. */
export function summarize(notes: readonly SpecNote[]): Summary {
	const byStatus = zeroCounts(STATUSES);
	const byPriority = zeroCounts(PRIORITIES);
	let openQuestions = 0;
	for (const note of notes) {
		byStatus[note.status] += 1;
		byPriority[note.priority] += 1;
		openQuestions += note.openQuestions.length;
	}
	return { notes: notes.length, byStatus, byPriority, openQuestions };
}

/** Whether a note says it is settled (Approved, In progress or Done) yet still has real open questions. */
export function isNotReady(note: SpecNote): boolean {
	return note.openQuestions.length > 0 && SETTLED_STATUSES.has(note.status);
}

/** Compares two strings by code unit, so the order is the same on every machine and locale. */
function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Board order: status in lifecycle order, then priority, then updated date newest first (undated last), then title (case-insensitive, then as written), then path. */
export function compareSpecs(a: SpecNote, b: SpecNote): number {
	const byStatus = (STATUS_RANK.get(a.status) ?? STATUSES.length) - (STATUS_RANK.get(b.status) ?? STATUSES.length);
	if (byStatus !== 0) return byStatus;
	const byPriority =
		(PRIORITY_RANK.get(a.priority) ?? PRIORITIES.length) - (PRIORITY_RANK.get(b.priority) ?? PRIORITIES.length);
	if (byPriority !== 0) return byPriority;
	if (a.updated !== b.updated) {
		if (a.updated === null) return 1;
		if (b.updated === null) return -1;
		return compareText(b.updated, a.updated);
	}
	return (
		compareText(a.title.toLowerCase(), b.title.toLowerCase()) ||
		compareText(a.title, b.title) ||
		compareText(a.path, b.path)
	);
}

/** A note with its sort keys worked out once, so sorting 10,000 notes does not lower-case titles a million times. */
interface SortEntry {
	note: SpecNote;
	updated: string | null;
	folded: string;
}

/** Order within one status and priority: updated newest first (undated last), then title, then path. */
function compareWithinRank(x: SortEntry, y: SortEntry): number {
	if (x.updated !== y.updated) {
		if (x.updated === null) return 1;
		if (y.updated === null) return -1;
		return x.updated < y.updated ? 1 : -1;
	}
	return (
		compareText(x.folded, y.folded) ||
		compareText(x.note.title, y.note.title) ||
		compareText(x.note.path, y.note.path)
	);
}

/**
 * A new array of the notes in board order (the same order as compareSpecs); the input is not changed.
 * The notes are first dealt into one bucket per status and priority, in order; only each bucket is sorted.
 */
export function sortSpecs(notes: readonly SpecNote[]): SpecNote[] {
	const priorities = PRIORITIES.length + 1;
	const buckets: (SortEntry[] | undefined)[] = new Array<SortEntry[] | undefined>((STATUSES.length + 1) * priorities);
	for (const note of notes) {
		const rank =
			(STATUS_RANK.get(note.status) ?? STATUSES.length) * priorities +
			(PRIORITY_RANK.get(note.priority) ?? PRIORITIES.length);
		const entry: SortEntry = { note, updated: note.updated, folded: note.title.toLowerCase() };
		const bucket = buckets[rank];
		if (bucket === undefined) buckets[rank] = [entry];
		else bucket.push(entry);
	}
	const sorted: SpecNote[] = new Array<SpecNote>(notes.length);
	let at = 0;
	for (const bucket of buckets) {
		if (bucket === undefined) continue;
		if (bucket.length > 1) bucket.sort(compareWithinRank);
		for (const entry of bucket) sorted[at++] = entry.note;
	}
	return sorted;
}

/** The first index in `sorted` (board order) whose note sorts after `note` or is it. */
function lowerBound(sorted: readonly SpecNote[], note: SpecNote): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (compareSpecs(sorted[mid], note) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Board order after `old` (in `sorted`) was replaced by `fresh` (one note changed): one copy, in which only the notes
 * between its old and new places move by one. Null when `old` is not in `sorted`.
 */
function withOneReplaced(sorted: readonly SpecNote[], old: SpecNote, fresh: SpecNote): SpecNote[] | null {
	let from = lowerBound(sorted, old);
	if (sorted[from] !== old) from = sorted.indexOf(old);
	if (from < 0) return null;
	// `fresh`'s place among the others: lowerBound counts `old` too when it sorts before `fresh`.
	const before = lowerBound(sorted, fresh);
	const to = before > from ? before - 1 : before;
	const result = sorted.slice();
	if (to > from) for (let i = from; i < to; i++) result[i] = sorted[i + 1];
	else for (let i = from; i > to; i--) result[i] = sorted[i - 1];
	result[to] = fresh;
	return result;
}

/** Changes up to this many are put in place one by one; more are merged in one pass. */
const FEW_CHANGES = 16;

/**
 * Board order after some notes changed: `sorted` (in board order, as sortSpecs gives it) without the `removed` notes
 * and with the `added` ones in their places, without sorting everything again. A new array; the inputs are not changed.
 */
export function withChangedSpecs(
	sorted: readonly SpecNote[],
	removed: readonly SpecNote[],
	added: readonly SpecNote[],
): SpecNote[] {
	if (removed.length + added.length > FEW_CHANGES) {
		const gone = new Set(removed);
		const kept = gone.size === 0 ? sorted : sorted.filter((note) => !gone.has(note));
		const fresh = sortSpecs(added);
		const merged: SpecNote[] = new Array<SpecNote>(kept.length + fresh.length);
		let i = 0;
		let j = 0;
		let k = 0;
		while (i < kept.length && j < fresh.length)
			merged[k++] = compareSpecs(fresh[j], kept[i]) < 0 ? fresh[j++] : kept[i++];
		while (i < kept.length) merged[k++] = kept[i++];
		while (j < fresh.length) merged[k++] = fresh[j++];
		return merged;
	}
	if (removed.length === 1 && added.length === 1) {
		const replaced = withOneReplaced(sorted, removed[0], added[0]);
		if (replaced !== null) return replaced;
	}
	const result = sorted.slice();
	for (const note of removed) {
		const at = lowerBound(result, note);
		if (result[at] === note) result.splice(at, 1);
		else {
			const found = result.indexOf(note);
			if (found >= 0) result.splice(found, 1);
		}
	}
	for (const note of added) result.splice(lowerBound(result, note), 0, note);
	return result;
}

/**
 * Groups by a fixed order of canonical names, leaving out empty groups, as ranges: the notes of each group keep their
 * order. When the notes already come group after group (the board's status groups over notes in board order), the
 * list is `sorted` itself, not a copy.
 */
function groupByRank<K extends string>(
	sorted: readonly SpecNote[],
	order: readonly K[],
	field: "status" | "priority",
): GroupedNotes {
	const rankOf = new Map<string, number>(order.map((key, i) => [key, i]));
	const counts = new Array<number>(order.length).fill(0);
	let inOrder = true;
	let previous = 0;
	// Index loops over the notes: a for-of makes an iteration result per note until the code is optimised. A rank is
	// looked up only where the key changes from the note before (a handful of times over notes in board order).
	let lastKey: string | null = null;
	let rank = 0;
	for (let i = 0; i < sorted.length; i++) {
		const key = sorted[i][field];
		if (key !== lastKey) {
			rank = rankOf.get(key) ?? 0;
			lastKey = key;
			if (rank < previous) inOrder = false;
			previous = rank;
		}
		counts[rank]++;
	}
	const groups: GroupRange[] = [];
	const starts = new Array<number>(order.length);
	let start = 0;
	for (let r = 0; r < order.length; r++) {
		starts[r] = start;
		if (counts[r] === 0) continue;
		groups.push({ key: order[r], label: order[r], start, end: start + counts[r] });
		start += counts[r];
	}
	if (inOrder) return { notes: sorted, groups };
	const placed = new Array<SpecNote>(sorted.length);
	for (let i = 0; i < sorted.length; i++) placed[starts[rankOf.get(sorted[i][field]) ?? 0]++] = sorted[i];
	return { notes: placed, groups };
}

/** Groups by free-form names (domains or tags), one group per name case-insensitively, alphabetical; notes without any go last. */
function groupByNames(
	sorted: readonly SpecNote[],
	namesOf: (note: SpecNote) => readonly string[],
	noneLabel: string,
): SpecGroup[] {
	const groups = new Map<string, SpecGroup>();
	const none: SpecNote[] = [];
	for (const note of sorted) {
		const seen = new Set<string>();
		for (const name of namesOf(note)) {
			const label = name.trim();
			const key = label.toLowerCase();
			if (key === "" || seen.has(key)) continue;
			seen.add(key);
			const group = groups.get(key);
			if (group) group.notes.push(note);
			else groups.set(key, { key, label, notes: [note] });
		}
		if (seen.size === 0) none.push(note);
	}
	const ordered = [...groups.values()].sort((a, b) => compareText(a.key, b.key) || compareText(a.label, b.label));
	if (none.length > 0) ordered.push({ key: NO_GROUP_KEY, label: noneLabel, notes: none });
	return ordered;
}

/**
 * Groups notes for the board, each group sorted with compareSpecs. By status or priority: canonical order,
 * empty groups left out. By domain or tag: alphabetical (case-insensitive, a stray leading '#' on a tag ignored), a note in each of its domains or tags,
 * and the notes without any in a last "No domain" / "No tags" group. With `presorted`, the notes are already in
 * board order (as the index and sortSpecs give them) and are not sorted again.
 */
export function groupSpecs(notes: readonly SpecNote[], by: GroupBy, presorted = false): SpecGroup[] {
	const sorted = presorted ? notes : sortSpecs(notes);
	switch (by) {
		case "status":
		case "priority": {
			const grouped = groupRanges(sorted, by, true);
			return grouped.groups.map(({ key, label, start, end }) => ({
				key,
				label,
				notes: grouped.notes.slice(start, end),
			}));
		}
		case "domain":
			return groupByNames(sorted, (note) => note.domains, NO_DOMAIN_LABEL);
		case "tag":
			return groupByNames(sorted, (note) => note.tags.map(cleanTag), NO_TAGS_LABEL);
	}
}

/**
 * The groups of groupSpecs as ranges of one list (see GroupedNotes): by status or priority without a list per group,
 * and without any copy when the notes come group after group already (by status, in board order).
 */
export function groupRanges(notes: readonly SpecNote[], by: GroupBy, presorted = false): GroupedNotes {
	const sorted = presorted ? notes : sortSpecs(notes);
	if (by === "status") return groupByRank(sorted, STATUSES, "status");
	if (by === "priority") return groupByRank(sorted, PRIORITIES, "priority");
	const listed: SpecNote[] = [];
	const groups: GroupRange[] = [];
	for (const group of groupSpecs(sorted, by, true)) {
		groups.push({
			key: group.key,
			label: group.label,
			start: listed.length,
			end: listed.length + group.notes.length,
		});
		for (const note of group.notes) listed.push(note);
	}
	return { notes: listed, groups };
}
