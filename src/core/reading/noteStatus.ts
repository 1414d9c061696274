// Where a note's status and priority come from, in order of precedence, and what they mean.
import type { InlineFieldFact, NoteProblem, Priority, PrioritySource, Status, StatusSource } from "../model/specNote";
import type { ReadOptions } from "./readOptions";
import { fieldValue } from "./frontmatterFields";
import { canonicalStatus, statusText } from "../model/status";
import { canonicalPriority, priorityText } from "../model/priority";
import { tagValuesUnder } from "../model/tags";

/** A note's resolved status. */
export interface NoteStatus {
	/** Canonical status. */
	status: Status;
	/** As written (several tags are joined with ", "). */
	raw: string | null;
	/** Where it came from. */
	source: StatusSource;
	/** The inline line, when that is the source. */
	line: number | null;
	/** A problem to report, if any. */
	problem: NoteProblem | null;
}

/** A note's resolved priority. */
export interface NotePriority {
	/** Canonical priority. */
	priority: Priority;
	/** As written (several tags are joined with ", "). */
	raw: string | null;
	/** Where it came from. */
	source: PrioritySource;
	/** A problem to report, if any. */
	problem: NoteProblem | null;
}

/** The frontmatter keys a status is read from (matched case- and separator-insensitively). */
export const STATUS_KEYS = ["status", "Status"];
const PRIORITY_KEYS = ["priority", "Priority"];

function severalTags(kind: "status" | "priority", values: string[]): NoteProblem {
	const list = values.map((v) => `#${kind}/${v}`).join(", ");
	return kind === "status"
		? { code: "several-status-tags", message: `Several status tags are left (${list}); keep one.` }
		: { code: "several-priority-tags", message: `Several priority tags are left (${list}); keep one.` };
}

/**
 * The status from the first source that has one: frontmatter `status`, an inline `Status:` line, then `status/` tags.
 * Several status tags (as the architecture template ships) leave the status Unrecognized with a problem. `lowerTags`,
 * when given, are the tags lower-cased in the same order (see collectNoteTags).
 */
export function readNoteStatus(
	data: Readonly<Record<string, unknown>>,
	inline: InlineFieldFact | null,
	tags: readonly string[],
	words: ReadOptions["statusWords"],
	lowerTags?: readonly string[],
): NoteStatus {
	const written = statusText(fieldValue(data, STATUS_KEYS));
	if (written !== null) {
		const reading = canonicalStatus(written, words);
		return { status: reading.status, raw: written, source: "frontmatter", line: null, problem: reading.problem };
	}
	if (inline !== null) {
		const reading = canonicalStatus(inline.value, words);
		return {
			status: reading.status,
			raw: inline.value,
			source: "inline",
			line: inline.line,
			problem: reading.problem,
		};
	}
	const values = tagValuesUnder(tags, "status", lowerTags);
	if (values.length === 1) {
		const reading = canonicalStatus(values[0], words);
		return { status: reading.status, raw: values[0], source: "tag", line: null, problem: reading.problem };
	}
	if (values.length > 1)
		return {
			status: "Unrecognized",
			raw: values.join(", "),
			source: "tag",
			line: null,
			problem: severalTags("status", values),
		};
	return { status: "No status", raw: null, source: "none", line: null, problem: null };
}

/**
 * The priority from the first source that has one: frontmatter `priority`, an inline `Priority:` line, then `priority/`
 * tags (`lowerTags`, when given, are the tags lower-cased, as for readNoteStatus).
 */
export function readNotePriority(
	data: Readonly<Record<string, unknown>>,
	inline: InlineFieldFact | null,
	tags: readonly string[],
	words: ReadOptions["priorityWords"],
	lowerTags?: readonly string[],
): NotePriority {
	const written = priorityText(fieldValue(data, PRIORITY_KEYS));
	if (written !== null) {
		const reading = canonicalPriority(written, words);
		return { priority: reading.priority, raw: written, source: "frontmatter", problem: reading.problem };
	}
	if (inline !== null) {
		const reading = canonicalPriority(inline.value, words);
		return { priority: reading.priority, raw: inline.value, source: "inline", problem: reading.problem };
	}
	const values = tagValuesUnder(tags, "priority", lowerTags);
	if (values.length === 1) {
		const reading = canonicalPriority(values[0], words);
		return { priority: reading.priority, raw: values[0], source: "tag", problem: reading.problem };
	}
	if (values.length > 1)
		return {
			priority: "Unrecognized",
			raw: values.join(", "),
			source: "tag",
			problem: severalTags("priority", values),
		};
	return { priority: "None", raw: null, source: "none", problem: null };
}
