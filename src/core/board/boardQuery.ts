// What a board listing asks for, from the app's own command line (`obsidian spec-board status=draft`): a filter plus
// "any of these tags", applied to spec notes, then sorted and counted, as the standalone command line does.
// The standalone's src/cli/args.ts and run.ts still hold their own copy of these rules while the command line is being
// reworked; tests/obsidian/obsidianCli.test.ts holds both to the same output. They are to call this module instead.
import { PRIORITIES, STATUSES, type Priority, type SpecNote, type Status } from "../model/specNote";
import { cleanTag } from "../model/tags";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_STATUS_WORDS } from "../model/vocabulary";
import { emptyFilter, type SpecFilter } from "./filter";
import { specMatcher } from "./filterMatch";
import { sortSpecs, summarize, type Summary } from "./rollup";

/** A listing's filter and its "any of these tags" list (a note must have one of them, on top of the filter). */
export interface BoardQuery {
	/** tag (all of), not-tag, status, priority, domain, open-questions, not-ready. */
	filter: SpecFilter;
	/** Tags from any-tag. */
	anyTags: string[];
}

/** The filter flags that take a value, by their name without dashes. */
export const VALUE_FILTER_FLAGS = ["tag", "any-tag", "not-tag", "status", "priority", "domain"] as const;

/** A filter flag that takes a value. */
export type ValueFilterFlag = (typeof VALUE_FILTER_FLAGS)[number];

/** A query that lists every spec. */
export function emptyBoardQuery(): BoardQuery {
	return { filter: emptyFilter(), anyTags: [] };
}

/** Lower-cases and folds separators, so "In-Progress", "in_progress" and "in progress" are one word. */
export function foldWord(word: string): string {
	return word
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, " ");
}

/** Maps a user's word to a canonical name: the canonical names themselves or any word of their vocabulary. */
function canonicalFromWord<K extends string>(
	value: string,
	names: readonly K[],
	words: Readonly<Record<K, readonly string[]>>,
): K | null {
	const folded = foldWord(value);
	for (const name of names) {
		if (foldWord(name) === folded) return name;
	}
	for (const name of names) {
		if (words[name].some((w) => foldWord(w) === folded)) return name;
	}
	return null;
}

/** Splits "a,b" into its non-empty parts, so `status draft,review` works like two flags. */
export function listValues(value: string): string[] {
	return value
		.split(",")
		.map((v) => v.trim())
		.filter((v) => v !== "");
}

/** Adds a value to a list unless the list already has it. */
export function pushUnique<T>(list: T[], value: T): void {
	if (!list.includes(value)) list.push(value);
}

/** The words a status or priority flag accepts besides the canonical names (the vault's vocabularies). */
export interface FlagWords {
	statusWords: Readonly<Record<Status, readonly string[]>>;
	priorityWords: Readonly<Record<Priority, readonly string[]>>;
}

/**
 * Applies one valued filter flag (named without dashes) to the query; returns an error message or null.
 * Statuses and priorities accept the canonical names or any word of `words` (default: the built-in ones), also
 * comma-separated.
 */
export function applyFilterFlag(
	flag: ValueFilterFlag,
	value: string,
	query: BoardQuery,
	words: FlagWords = { statusWords: DEFAULT_STATUS_WORDS, priorityWords: DEFAULT_PRIORITY_WORDS },
): string | null {
	const { filter, anyTags } = query;
	switch (flag) {
		case "tag":
			filter.tags.push({ tag: cleanTag(value), mode: "include" });
			return null;
		case "not-tag":
			filter.tags.push({ tag: cleanTag(value), mode: "exclude" });
			return null;
		case "any-tag":
			pushUnique(anyTags, cleanTag(value));
			return null;
		case "domain":
			pushUnique(filter.domains, value.trim());
			return null;
		case "status":
			for (const part of listValues(value)) {
				const status = canonicalFromWord<Status>(part, STATUSES, words.statusWords);
				if (status === null)
					return `unknown status "${part}" (use one of: ${STATUSES.map((s) => foldWord(s).replace(/ /g, "-")).join(", ")})`;
				pushUnique(filter.statuses, status);
			}
			return null;
		case "priority":
			for (const part of listValues(value)) {
				const priority = canonicalFromWord<Priority>(part, PRIORITIES, words.priorityWords);
				if (priority === null)
					return `unknown priority "${part}" (use one of: ${PRIORITIES.map((p) => foldWord(p)).join(", ")})`;
				pushUnique(filter.priorities, priority);
			}
			return null;
	}
}

/** Whether a name is one of the valued filter flags. */
export function isValueFilterFlag(name: string): name is ValueFilterFlag {
	return (VALUE_FILTER_FLAGS as readonly string[]).includes(name);
}

/** A test of one spec against a query: its filter, and at least one of its any-tag tags when it has some. */
export function queryMatcher(query: BoardQuery): (note: SpecNote) => boolean {
	const matches = specMatcher(query.filter);
	if (query.anyTags.length === 0) return matches;
	const matchesAnyTag = specMatcher({
		...emptyFilter(),
		tagMode: "any",
		tags: query.anyTags.map((tag) => ({ tag, mode: "include" as const })),
	});
	return (note) => matches(note) && matchesAnyTag(note);
}

/** The specs a query lists, in board order, and the counts over them. */
export function listSpecs(specs: readonly SpecNote[], query: BoardQuery): { listed: SpecNote[]; summary: Summary } {
	const listed = sortSpecs(specs.filter(queryMatcher(query)));
	return { listed, summary: summarize(listed) };
}
