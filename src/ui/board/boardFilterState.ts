// Pure changes to the board's filter and state: each returns a new object, so the view can save it as is.
import { emptyFilter, type SpecFilter } from "../../core/board/filter";
import type { BoardState, GroupBy } from "../../core/settings/settings";
import type { SpecNote } from "../../core/model/specNote";
import { cleanTag, tagAndParents, tagKey } from "../../core/model/tags";

/** A fresh copy of a board state (filter lists copied too). */
export function copyBoardState(state: BoardState): BoardState {
	const f = state.filter;
	return {
		groupBy: state.groupBy,
		collapsedGroups: [...state.collapsedGroups],
		summaryFolded: state.summaryFolded,
		filter: {
			...f,
			tags: f.tags.map((t) => ({ ...t })),
			statuses: [...f.statuses],
			priorities: [...f.priorities],
			domains: [...f.domains],
		},
	};
}

/** Adds a tag as included (or makes an excluded one included); blank tags are ignored. */
export function withTag(filter: SpecFilter, tag: string): SpecFilter {
	const clean = cleanTag(tag);
	if (clean === "") return filter;
	const others = filter.tags.filter((t) => tagKey(t.tag) !== tagKey(clean));
	return { ...filter, tags: [...others, { tag: clean, mode: "include" }] };
}

/** A chosen tag's next state: include -> exclude -> removed. */
export function cycleTag(filter: SpecFilter, tag: string): SpecFilter {
	const tags = filter.tags.flatMap((t) => {
		if (tagKey(t.tag) !== tagKey(tag)) return [t];
		return t.mode === "include" ? [{ tag: t.tag, mode: "exclude" as const }] : [];
	});
	return { ...filter, tags };
}

/** The filter with every choice cleared; the tag mode ("all" or "any") is kept, as it is a preference, not a choice. */
export function clearedFilter(filter: SpecFilter): SpecFilter {
	return { ...emptyFilter(), tagMode: filter.tagMode };
}

/** Shows only this status, or every status again when it was the only one shown. */
export function toggleOnly<T extends string>(values: readonly T[], value: T): T[] {
	return values.length === 1 && values[0] === value ? [] : [value];
}

/** Whether a filter lets every note through. */
export function isEmptyFilter(filter: SpecFilter): boolean {
	const e = emptyFilter();
	return (
		filter.tags.length === 0 &&
		filter.statuses.length === 0 &&
		filter.priorities.length === 0 &&
		filter.domains.length === 0 &&
		filter.text.trim() === e.text &&
		filter.hasOpenQuestions === e.hasOpenQuestions &&
		filter.notReady === e.notReady &&
		filter.waitingOnMe === e.waitingOnMe &&
		filter.mine === e.mine &&
		filter.stale === e.stale &&
		filter.questionsForMe === e.questionsForMe &&
		filter.missingSignOff === e.missingSignOff
	);
}

/** The key a group's collapse state is stored under. */
export function collapseKey(groupBy: GroupBy, groupKey: string): string {
	return `${groupBy}:${groupKey}`;
}

/** Collapses an open group or opens a collapsed one. */
export function toggleCollapsed(state: BoardState, groupKey: string): BoardState {
	const key = collapseKey(state.groupBy, groupKey);
	const collapsed = state.collapsedGroups.includes(key)
		? state.collapsedGroups.filter((k) => k !== key)
		: [...state.collapsedGroups, key];
	return { ...state, collapsedGroups: collapsed };
}

/** Every tag the notes use, plus the parents of nested tags (`area/x` also offers `area`), sorted case-insensitively. */
export function tagsInUse(notes: readonly SpecNote[]): string[] {
	const byKey = new Map<string, string>();
	// Thousands of notes write a few dozen tags: each tag as written is worked out once.
	const seen = new Set<string>();
	for (const note of notes) {
		for (const raw of note.tags) {
			if (seen.has(raw)) continue;
			seen.add(raw);
			for (const t of tagAndParents(cleanTag(raw))) {
				if (t !== "" && !byKey.has(t.toLowerCase())) byKey.set(t.toLowerCase(), t);
			}
		}
	}
	return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, tag]) => tag);
}

/** Every domain the notes name, de-duplicated case-insensitively and sorted. */
export function domainsInUse(notes: readonly SpecNote[]): string[] {
	const byKey = new Map<string, string>();
	const seen = new Set<string>();
	for (const note of notes)
		for (const d of note.domains) {
			if (seen.has(d)) continue;
			seen.add(d);
			if (d.trim() !== "" && !byKey.has(d.toLowerCase())) byKey.set(d.toLowerCase(), d);
		}
	return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, d]) => d);
}
