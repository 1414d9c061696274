// Canonical status: which lifecycle stage a written status value means.
import { STATUSES, type NoteProblem, type Status } from "./specNote";
import type { ReadOptions } from "../reading/readOptions";
import { isChoiceList, matchLeadingWords, rawValueText } from "./leadingWords";

/**
 * Statuses that claim a spec is settled (agreed and going ahead, or finished): with open questions left such a spec
 * is "not ready", and each of its reviewers must have signed off.
 */
export const SETTLED_STATUSES: ReadonlySet<Status> = new Set<Status>(["Approved", "In progress", "Done"]);

/** A written status and what it means. */
export interface StatusReading {
	/** The canonical status ("Unrecognized" when the words are unknown or several choices are left). */
	status: Status;
	/** The problem to report, when the value does not resolve to one status. */
	problem: NoteProblem | null;
}

/**
 * Maps a written status to its canonical status by its leading word(s) ("In Progress - 50%" is In progress,
 * "Implementable (v1.30)" is Approved). A value that still lists choices ("Planning | In Progress | Review") is
 * unresolved: Unrecognized with a problem, never its first choice.
 */
export function canonicalStatus(raw: string, words: ReadOptions["statusWords"]): StatusReading {
	if (isChoiceList(raw)) {
		return {
			status: "Unrecognized",
			problem: { code: "unrecognized-status", message: `Status "${raw}" still lists several choices; keep one.` },
		};
	}
	const status = matchLeadingWords(raw, words, STATUSES);
	if (status !== null) return { status, problem: null };
	return {
		status: "Unrecognized",
		problem: { code: "unrecognized-status", message: `Status "${raw}" is not a known status word.` },
	};
}

/**
 * A frontmatter status value as text: strings, numbers (`3`), booleans and dates written out; a one-item list is its
 * item; a longer list becomes its items joined with ` | ` (an unresolved choice). Empty values and objects give null.
 */
export function statusText(value: unknown): string | null {
	return rawValueText(value);
}
