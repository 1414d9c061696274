// Applying a SpecFilter to spec notes: nested-tag matching, and a matcher compiled once per filter.
import type { SpecFilter } from "./filter";
import type { Priority, SpecNote, Status } from "./specNote";
import { isNotReady } from "./rollup";

/** Lower-cases a tag and drops a leading '#' and surrounding blanks. */
function normalizeTag(tag: string): string {
	const trimmed = tag.trim();
	return (trimmed.startsWith("#") ? trimmed.slice(1) : trimmed).toLowerCase();
}

/** Whether an already-normalized note tag is the query tag or nested under it. */
function tagMatchesNormalized(noteTag: string, query: string): boolean {
	if (query === "") return false;
	return noteTag === query || (noteTag.length > query.length && noteTag.startsWith(query) && noteTag.charAt(query.length) === "/");
}

/** Whether a note's tag matches a query tag: case-insensitive and nested (`area` matches `area` and `area/x`, never `areas`); a leading '#' is tolerated on either. */
export function tagMatches(noteTag: string, query: string): boolean {
	return tagMatchesNormalized(normalizeTag(noteTag), normalizeTag(query));
}

/** Lower-cases a domain and drops wiki-link brackets, so `[[Payments]]` and `payments` are the same domain. */
function normalizeDomain(domain: string): string {
	let d = domain.trim();
	if (d.startsWith("[[") && d.endsWith("]]")) d = d.slice(2, -2);
	const pipe = d.indexOf("|");
	if (pipe >= 0) d = d.slice(0, pipe);
	return d.trim().toLowerCase();
}

/** A test for one note, made once per filter. */
export type SpecMatcher = (note: SpecNote) => boolean;

/**
 * Compiles a filter into a matcher: query parts are normalized once, not per note.
 * Included tags must all match (tagMode "all") or one is enough ("any"); excluded tags must not match;
 * statuses, priorities and domains are any-of; the text's blank-separated words must each appear
 * (case-insensitive) in the title, the path, a tag or an open question.
 */
export function specMatcher(filter: SpecFilter): SpecMatcher {
	const included: string[] = [];
	const excluded: string[] = [];
	for (const choice of filter.tags) {
		const tag = normalizeTag(choice.tag);
		if (tag === "") continue;
		(choice.mode === "exclude" ? excluded : included).push(tag);
	}
	const anyTag = filter.tagMode === "any";
	const statuses: ReadonlySet<Status> | null = filter.statuses.length > 0 ? new Set(filter.statuses) : null;
	const priorities: ReadonlySet<Priority> | null = filter.priorities.length > 0 ? new Set(filter.priorities) : null;
	const domainList = filter.domains.map(normalizeDomain).filter((d) => d !== "");
	const domains: ReadonlySet<string> | null = domainList.length > 0 ? new Set(domainList) : null;
	const words = filter.text.toLowerCase().split(/\s+/).filter((w) => w !== "");
	const { hasOpenQuestions, notReady } = filter;

	return (note: SpecNote): boolean => {
		if (statuses && !statuses.has(note.status)) return false;
		if (priorities && !priorities.has(note.priority)) return false;
		if (hasOpenQuestions && note.openQuestions.length === 0) return false;
		if (notReady && !isNotReady(note)) return false;
		if (domains && !note.domains.some((d) => domains.has(normalizeDomain(d)))) return false;
		if (included.length > 0 || excluded.length > 0) {
			const noteTags = note.tags.map(normalizeTag);
			const has = (query: string): boolean => noteTags.some((t) => tagMatchesNormalized(t, query));
			if (excluded.some(has)) return false;
			if (included.length > 0 && !(anyTag ? included.some(has) : included.every(has))) return false;
		}
		if (words.length > 0) {
			const haystack = [note.title, note.path, ...note.tags, ...note.openQuestions.map((q) => q.text)].join("\n").toLowerCase();
			if (!words.every((w) => haystack.includes(w))) return false;
		}
		return true;
	};
}

/** Whether one note passes the filter (compiles the filter each call: use specMatcher or filterSpecs for many notes). */
export function matchesFilter(note: SpecNote, filter: SpecFilter): boolean {
	return specMatcher(filter)(note);
}

/** The notes that pass the filter, in their original order. */
export function filterSpecs(notes: readonly SpecNote[], filter: SpecFilter): SpecNote[] {
	return notes.filter(specMatcher(filter));
}
