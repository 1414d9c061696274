// Status and priority as one thing parameterised by kind: their canonical values, the ones a person can set, their
// frontmatter keys and tag prefix, and what a written value means.
import {
	PRIORITIES,
	SETTABLE_PRIORITIES,
	SETTABLE_STATUSES,
	STATUSES,
	type NoteProblem,
	type Priority,
	type SettablePriority,
	type SettableStatus,
	type Status,
} from "./specNote";
import { fieldNames, type FieldNames } from "../reading/frontmatterFields";
import { isChoiceList, matchStatusWords, rawValueText, type PreparedVocabulary } from "./leadingWords";

/** Which of the two lifecycle fields: the status or the priority. */
export type FieldKind = "status" | "priority";

/** The canonical values of a kind: Status for "status", Priority for "priority". */
export type FieldValue<K extends FieldKind> = K extends "status" ? Status : Priority;

/** A settable value of a kind. */
export type SettableValue<K extends FieldKind> = K extends "status" ? SettableStatus : SettablePriority;

/** Words per canonical value of a kind (built-in ones plus the user's). */
export type KindWords<K extends FieldKind> = Readonly<Record<FieldValue<K>, readonly string[]>>;

/** A kind's words made ready for matching (see prepareVocabulary), made once with the read options. */
export type KindVocabulary<K extends FieldKind> = PreparedVocabulary<FieldValue<K>>;

/** Everything that differs between the status and the priority. */
export interface FieldKindInfo<K extends FieldKind> {
	/** The kind itself. */
	kind: K;
	/** The word in messages and labels ("status"). */
	label: string;
	/** Every canonical value, in board order. */
	values: readonly FieldValue<K>[];
	/** The values a person can set. */
	settable: readonly SettableValue<K>[];
	/** The value of a note that does not say. */
	none: FieldValue<K>;
	/** The value of a note whose words are unknown. */
	unrecognized: FieldValue<K>;
	/** Frontmatter keys read, first found wins (keys fold case and separators). */
	keys: FieldNames;
	/** The first part of a nested tag holding the value (`status/draft`). */
	tagPrefix: string;
	/** Problem codes. */
	unrecognizedCode: NoteProblem["code"];
	severalTagsCode: NoteProblem["code"];
}

/** The status and the priority, side by side. */
export const FIELD_KINDS: { readonly status: FieldKindInfo<"status">; readonly priority: FieldKindInfo<"priority"> } = {
	status: {
		kind: "status",
		label: "status",
		values: STATUSES,
		settable: SETTABLE_STATUSES,
		none: "No status",
		unrecognized: "Unrecognized",
		keys: fieldNames("status", "Status"),
		tagPrefix: "status",
		unrecognizedCode: "unrecognized-status",
		severalTagsCode: "several-status-tags",
	},
	priority: {
		kind: "priority",
		label: "priority",
		values: PRIORITIES,
		settable: SETTABLE_PRIORITIES,
		none: "None",
		unrecognized: "Unrecognized",
		keys: fieldNames("priority", "Priority"),
		tagPrefix: "priority",
		unrecognizedCode: "unrecognized-priority",
		severalTagsCode: "several-priority-tags",
	},
};

/** The table entry of a kind. */
export function kindInfo<K extends FieldKind>(kind: K): FieldKindInfo<K> {
	return FIELD_KINDS[kind] as unknown as FieldKindInfo<K>;
}

/** A written status or priority and what it means. */
export interface FieldReading<K extends FieldKind> {
	/** The canonical value ("Unrecognized" when the words are unknown, negated, or several choices are left). */
	value: FieldValue<K>;
	/** The problem to report, when the value does not resolve to one canonical value. */
	problem: NoteProblem | null;
}

function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Maps a written status or priority to its canonical value (see matchStatusWords: "In Progress - 50%" is In progress,
 * "Ready for review" In review, "Architecture Draft — Feb 22" Draft, "not approved" nothing). A value that still lists
 * choices ("Planning | In Progress | Review") is unresolved: Unrecognized with a problem, never its first choice.
 */
export function canonicalValue<K extends FieldKind>(
	kind: K,
	raw: string,
	vocabulary: KindVocabulary<K>,
): FieldReading<K> {
	const info = kindInfo(kind);
	const unrecognized = (why: string): FieldReading<K> => ({
		value: info.unrecognized,
		problem: { code: info.unrecognizedCode, message: `${capitalised(info.label)} "${raw}" ${why}` },
	});
	if (isChoiceList(raw)) return unrecognized("still lists several choices; keep one.");
	const value = matchStatusWords(raw, vocabulary);
	if (value !== null) return { value, problem: null };
	return unrecognized(`is not a known ${info.label} word.`);
}

/**
 * A frontmatter status or priority value as text: strings, numbers (`3`), booleans and dates written out; a one-item
 * list is its item; a longer list becomes its items joined with ` | ` (an unresolved choice). Empty values and objects
 * give null.
 */
export function fieldText(value: unknown): string | null {
	return rawValueText(value);
}
