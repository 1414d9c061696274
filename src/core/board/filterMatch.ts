// Applying a SpecFilter to spec notes: nested-tag matching, and a matcher compiled once per filter.
// Each note's lower-cased tags, domains and search text are made once per note (NoteForms), not once per filter change;
// filtering a whole list reads what it asks of each note side by side (NoteForms.columns), a few bytes per note.
import type { SpecFilter } from "./filter";
import { PRIORITIES, STATUSES, type SpecNote } from "../model/specNote";
import {
	HAS_OPEN_QUESTIONS,
	LACKS_SIGN_OFF,
	NOT_READY,
	NoteForms,
	searchWord,
	type NoteColumns,
	type SearchWord,
} from "./noteKeys";
import { tagKey } from "../model/tags";
import { domainKey } from "../model/links";
import { hasQuestionsFor, isMine, isWaitingOn, noAttention, type AttentionContext } from "./attention";

/** A test for one note, made once per filter. */
export type SpecMatcher = (note: SpecNote) => boolean;

/**
 * A filter compiled against NoteColumns' rows (null: the filter lets every note through): statuses and priorities as
 * a yes/no per index, the flags every note must have, and the tag and domain choices decided once per distinct set.
 */
interface RowTest {
	statuses: Uint8Array | null;
	priorities: Uint8Array | null;
	/** HAS_OPEN_QUESTIONS | NOT_READY | LACKS_SIGN_OFF: the flags a note must have. */
	flags: number;
	/** The personal filters, which ask the note and `context` (null: none is on). */
	personal: ((note: SpecNote) => boolean) | null;
	/** Whether a domain set passes (null: no domain chosen); decided once per set id, see `verdicts`. */
	domains: ((keys: readonly string[]) => boolean) | null;
	/** Whether a tag set passes (null: no tag chosen); decided once per set id. */
	tags: ((paths: ReadonlySet<string>) => boolean) | null;
	words: SearchWord[];
}

/** The filter compiled into a RowTest (see specMatcher for what each part means); null when it lets every note through. */
function rowTest(filter: SpecFilter, context: AttentionContext): RowTest | null {
	const included: string[] = [];
	const excluded: string[] = [];
	for (const choice of filter.tags) {
		const tag = tagKey(choice.tag);
		if (tag === "") continue;
		(choice.mode === "exclude" ? excluded : included).push(tag);
	}
	const anyTag = filter.tagMode === "any";
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
	const flags =
		(hasOpenQuestions ? HAS_OPEN_QUESTIONS : 0) |
		(notReady ? NOT_READY : 0) |
		(missingSignOff ? LACKS_SIGN_OFF : 0);
	const personalOn = waitingOnMe || mine || questionsForMe || stale;
	const statuses = filter.statuses.length > 0 ? oneOf(STATUSES, filter.statuses) : null;
	const priorities = filter.priorities.length > 0 ? oneOf(PRIORITIES, filter.priorities) : null;
	if (!statuses && !priorities && flags === 0 && !personalOn && !domains && !checksTags && words.length === 0)
		return null;
	return {
		statuses,
		priorities,
		flags,
		personal: personalOn
			? (note) =>
					(!waitingOnMe || isWaitingOn(note, me)) &&
					(!mine || isMine(note, me)) &&
					(!questionsForMe || hasQuestionsFor(note, me)) &&
					(!stale || isStale(note))
			: null,
		domains: domains ? (keys) => keys.some((d) => domains.has(d)) : null,
		// A note has a tag that is the query or nested under it (isSameOrNestedTag) exactly when the query is one of its
		// tags or their parents (tagPaths): one look-up per query.
		tags: checksTags
			? (paths) =>
					!excluded.some((query) => paths.has(query)) &&
					(included.length === 0 ||
						(anyTag
							? included.some((query) => paths.has(query))
							: included.every((query) => paths.has(query))))
			: null,
		words,
	};
}

/** 1 at the index of each of `chosen` in `all`, 0 elsewhere. */
function oneOf<T>(all: readonly T[], chosen: readonly T[]): Uint8Array {
	const yes = new Uint8Array(all.length);
	for (const value of chosen) {
		const at = all.indexOf(value);
		if (at >= 0) yes[at] = 1;
	}
	return yes;
}

/** A set's verdict in a list of them: 0 not decided yet, then PASSES or FAILS. */
const PASSES = 1;
const FAILS = 2;

/** Decides the set `id` with `decide`, keeps the verdict in `verdicts` and returns it (PASSES or FAILS). */
function decideSet(verdicts: Uint8Array, id: number, decide: (id: number) => boolean): number {
	return (verdicts[id] = decide(id) ? PASSES : FAILS);
}

/**
 * The rows of `columns` (every one filled) that pass `test`, as their notes in row order. One tight loop over the
 * columns' typed arrays, the cheap checks first: the only place a filter's rule is applied (a single note is a list of
 * one, see specMatcher).
 */
function selectRows(test: RowTest, columns: NoteColumns, notes: readonly SpecNote[]): SpecNote[] {
	const { status, priority, flags, tagSet, domainSet } = columns;
	const { statuses, priorities, personal, words } = test;
	const need = test.flags;
	const domainTest = test.domains;
	const tagTest = test.tags;
	// A tag or domain choice is decided once per distinct set, when a row first has it (0: not decided yet).
	const domainVerdicts = domainTest && new Uint8Array(columns.domainSetCount);
	const decideDomains = (id: number): boolean => domainTest !== null && domainTest(columns.domainKeys(id));
	const tagVerdicts = tagTest && new Uint8Array(columns.tagSetCount);
	const decideTags = (id: number): boolean => tagTest !== null && tagTest(columns.tagPaths(id));
	// A search's words: which rows hold each, worked out over the list once per word (see NoteColumns.wordRows).
	const wordRows = words.map((word) => columns.wordRows(word));
	// The passing rows' indexes first (in the columns' own buffer), then a list of just their length: a list grown
	// note by note would make and drop several larger copies on the way.
	const passing = columns.rowBuffer();
	let count = 0;
	for (let i = 0; i < notes.length; i++) {
		if (statuses !== null && statuses[status[i]] === 0) continue;
		if (priorities !== null && priorities[priority[i]] === 0) continue;
		if ((flags[i] & need) !== need) continue;
		if (domainVerdicts !== null) {
			const id = domainSet[i];
			if ((domainVerdicts[id] || decideSet(domainVerdicts, id, decideDomains)) === FAILS) continue;
		}
		if (tagVerdicts !== null) {
			const id = tagSet[i];
			if ((tagVerdicts[id] || decideSet(tagVerdicts, id, decideTags)) === FAILS) continue;
		}
		if (personal !== null && !personal(notes[i])) continue;
		if (wordRows.length > 0 && !markedInAll(wordRows, i)) continue;
		passing[count++] = i;
	}
	const shown = new Array<SpecNote>(count);
	for (let k = 0; k < count; k++) shown[k] = notes[passing[k]];
	return shown;
}

/** Whether row `i` is marked in every one of `rows`. */
function markedInAll(rows: readonly Uint8Array[], i: number): boolean {
	for (let w = 0; w < rows.length; w++) if (rows[w][i] === 0) return false;
	return true;
}

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
	const test = rowTest(filter, context);
	if (test === null) return () => true;
	const row = forms.oneRow();
	return (note) => {
		row.setOnly(forms.of(note));
		row.fillAll();
		return selectRows(test, row, [note]).length === 1;
	};
}

/**
 * The notes that pass the filter, in their original order (their forms kept in `forms`, see specMatcher); `notes`
 * itself when the filter lets every note through.
 */
export function filterSpecs(
	notes: readonly SpecNote[],
	filter: SpecFilter,
	forms: NoteForms = new NoteForms(),
	context: AttentionContext = noAttention(),
): readonly SpecNote[] {
	const test = rowTest(filter, context);
	if (test === null) return notes;
	const columns = forms.columns(notes);
	columns.fillAll();
	return selectRows(test, columns, notes);
}
