// Canonical priority: which urgency a written priority value means.
import { PRIORITIES, type NoteProblem, type Priority } from "./specNote";
import type { ReadOptions } from "../reading/readOptions";
import { isChoiceList, matchLeadingWords, rawValueText } from "./leadingWords";

/** A written priority and what it means. */
export interface PriorityReading {
	/** The canonical priority ("Unrecognized" when the words are unknown or several choices are left). */
	priority: Priority;
	/** The problem to report, when the value does not resolve to one priority. */
	problem: NoteProblem | null;
}

/** Maps a written priority to its canonical priority by its leading word(s) ("P1 - soon" is High); choice lists are unresolved. */
export function canonicalPriority(raw: string, words: ReadOptions["priorityWords"]): PriorityReading {
	if (isChoiceList(raw)) {
		return {
			priority: "Unrecognized",
			problem: {
				code: "unrecognized-priority",
				message: `Priority "${raw}" still lists several choices; keep one.`,
			},
		};
	}
	const priority = matchLeadingWords(raw, words, PRIORITIES);
	if (priority !== null) return { priority, problem: null };
	return {
		priority: "Unrecognized",
		problem: { code: "unrecognized-priority", message: `Priority "${raw}" is not a known priority word.` },
	};
}

/** A frontmatter priority value as text (same rules as statusText: a longer list is an unresolved choice). */
export function priorityText(value: unknown): string | null {
	return rawValueText(value);
}
