// Applying a SpecFilter to spec notes: nested-tag matching, and a matcher compiled once per filter.
// Each note's lower-cased tags, domains and search text are made once per note (NoteForms), not once per filter change;
// filtering a whole list reads them side by side (NoteForms.table), without a look-up per note.
import type { SpecFilter } from "./filter";
import type { Priority, SpecNote, Status } from "../model/specNote";
import { isNotReady } from "./rollup";
import { NoteForms, searchWord, type OneNoteForms } from "./noteKeys";
import { tagKey } from "../model/tags";
import { domainKey } from "../model/links";
import { hasQuestionsFor, isMine, isWaitingOn, lacksSignOff, noAttention, type AttentionContext } from "./attention";

/** A test for one note, made once per filter. */
export type SpecMatcher = (note: SpecNote) => boolean;

/** A test for one note through its forms, made once per filter (null: the filter lets every note through). */
type FormsTest = ((forms: OneNoteForms) => boolean) | null;

/**
 * Compiles a filter into a matcher: query parts are normalized once, not per note.
 * Tags match case-insensitively and nested (`area` matches `area` and `area/x`, never `areas`); included tags must
 * all match (tagMode "all") or one is enough ("any"); excluded tags must not match; statuses, priorities and domains
 * are any-of; the text's blank-separated words must each appear (case-insensitive) in the title, the path, a tag or
 * an open question. The notes' forms are kept in `forms`: pass the same NoteForms to every matcher over the same notes.
 * The personal filters ("Waiting on me", "Mine", "Questions for me", "Stale") ask `context` who "me" is and what is
 * stale; with no name set they match nothing. "Missing sign-off" needs no context.
 */
export function specMatcher(
	filter: SpecFilter,
	forms: NoteForms = new NoteForms(),
	context: AttentionContext = noAttention(),
): SpecMatcher {
	const test = formsTest(filter, context);
	return test === null ? () => true : (note) => test(forms.of(note));
}

/** The filter compiled into a test of a note's forms (see specMatcher); null when it lets every note through. */
function formsTest(filter: SpecFilter, context: AttentionContext): FormsTest {
	const included: string[] = [];
	const excluded: string[] = [];
	for (const choice of filter.tags) {
		const tag = tagKey(choice.tag);
		if (tag === "") continue;
		(choice.mode === "exclude" ? excluded : included).push(tag);
	}
	const anyTag = filter.tagMode === "any";
	const statuses: ReadonlySet<Status> | null = filter.statuses.length > 0 ? new Set(filter.statuses) : null;
	const priorities: ReadonlySet<Priority> | null = filter.priorities.length > 0 ? new Set(filter.priorities) : null;
	const domainList = filter.domains.map(domainKey).filter((d) => d !== "");
	const domains: ReadonlySet<string> | null = domainList.length > 0 ? new Set(domainList) : null;
	const words = filter.text
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => w !== "")
		.map(searchWord);
	const { hasOpenQuestions, notReady, waitingOnMe, mine, stale, questionsForMe, missingSignOff } = filter;
	const { me, isStale } = context;
	const checksTags = included.length > 0 || excluded.length > 0;
	const flags = hasOpenQuestions || notReady || waitingOnMe || mine || questionsForMe || missingSignOff || stale;
	if (!statuses && !priorities && !flags && !domains && !checksTags && words.length === 0) return null;

	return (forms: OneNoteForms): boolean => {
		const note = forms.note;
		if (statuses && !statuses.has(note.status)) return false;
		if (priorities && !priorities.has(note.priority)) return false;
		if (hasOpenQuestions && note.openQuestions.length === 0) return false;
		if (notReady && !isNotReady(note)) return false;
		if (waitingOnMe && !isWaitingOn(note, me)) return false;
		if (mine && !isMine(note, me)) return false;
		if (questionsForMe && !hasQuestionsFor(note, me)) return false;
		if (missingSignOff && !lacksSignOff(note)) return false;
		if (stale && !isStale(note)) return false;
		if (domains && !forms.domainKeys().some((d) => domains.has(d))) return false;
		if (checksTags) {
			// A note has a tag that is the query or nested under it (isSameOrNestedTag) exactly when the query is one
			// of its tags or their parents (tagPaths): one look-up per query.
			const paths = forms.tagPaths();
			for (const query of excluded) if (paths.has(query)) return false;
			if (included.length > 0) {
				if (anyTag) {
					if (!included.some((query) => paths.has(query))) return false;
				} else {
					for (const query of included) if (!paths.has(query)) return false;
				}
			}
		}
		for (const word of words) if (!forms.searchHas(word)) return false;
		return true;
	};
}

/** The notes that pass the filter, in their original order (their forms kept in `forms`, see specMatcher). */
export function filterSpecs(
	notes: readonly SpecNote[],
	filter: SpecFilter,
	forms: NoteForms = new NoteForms(),
	context: AttentionContext = noAttention(),
): SpecNote[] {
	const test = formsTest(filter, context);
	if (test === null) return notes.slice();
	const table = forms.table(notes);
	const shown: SpecNote[] = [];
	for (let i = 0; i < table.length; i++) if (test(table[i])) shown.push(notes[i]);
	return shown;
}
