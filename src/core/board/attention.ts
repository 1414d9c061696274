// What asks for someone's attention on the board: sign-offs I owe, specs I own, questions I own, missing sign-offs.
import type { SpecNote } from "../model/specNote";
import { nameKey, namedIn } from "../model/people";
import { ownsQuestion } from "../reading/questionOwner";
import { missingSignOffs } from "../reading/signOffs";

/** Who "me" is and what "stale" means, for the board's personal filters and counts. */
export interface AttentionContext {
	/** The person using the board (the author name in the settings); "" when not set. */
	me: string;
	/** Whether a note has stood in its status too long (it depends on the clock and the file's modification time). */
	isStale: (note: SpecNote) => boolean;
}

/** A context where nobody is "me" and nothing is stale. */
export function noAttention(): AttentionContext {
	return { me: "", isStale: () => false };
}

/** Whether `me` is one of the note's reviewers and has not signed off yet. */
export function isWaitingOn(note: Pick<SpecNote, "reviewers" | "signOffs">, me: string): boolean {
	const key = nameKey(me);
	if (key === "") return false;
	return missingSignOffs(note.reviewers, note.signOffs).some((reviewer) => nameKey(reviewer) === key);
}

/** Whether `me` owns or wrote the note (its owner, else its author). */
export function isMine(note: Pick<SpecNote, "owner">, me: string): boolean {
	return namedIn(note.owner, me);
}

/** Whether `me` owns one of the note's open questions (`@me` or `(owner: me)` in it). */
export function hasQuestionsFor(note: Pick<SpecNote, "openQuestions">, me: string): boolean {
	if (nameKey(me) === "") return false;
	return note.openQuestions.some((question) => ownsQuestion(question.text, me));
}

/** Whether the note has the "missing sign-off" problem (Approved, In progress or Done without every reviewer's sign-off). */
export function lacksSignOff(note: Pick<SpecNote, "problems">): boolean {
	return note.problems.some((problem) => problem.code === "missing-sign-off");
}

/** Counts of what asks for attention over a set of notes. */
export interface AttentionCounts {
	/** Notes Approved, In progress or Done with a reviewer's sign-off missing. */
	missingSignOff: number;
	/** Notes in their status longer than its "stale after" days. */
	stale: number;
	/** Notes where I am a reviewer who has not signed off. */
	waitingOnMe: number;
	/** Notes I own or wrote. */
	mine: number;
	/** Notes with an open question I own. */
	questionsForMe: number;
}

/** Counts what asks for attention over the notes (see AttentionCounts). */
export function countAttention(notes: readonly SpecNote[], context: AttentionContext): AttentionCounts {
	const counts: AttentionCounts = { missingSignOff: 0, stale: 0, waitingOnMe: 0, mine: 0, questionsForMe: 0 };
	const me = context.me;
	const hasMe = nameKey(me) !== "";
	for (const note of notes) {
		if (lacksSignOff(note)) counts.missingSignOff++;
		if (context.isStale(note)) counts.stale++;
		if (!hasMe) continue;
		if (note.reviewers.length > 0 && isWaitingOn(note, me)) counts.waitingOnMe++;
		if (note.owner !== null && isMine(note, me)) counts.mine++;
		if (note.openQuestions.length > 0 && hasQuestionsFor(note, me)) counts.questionsForMe++;
	}
	return counts;
}
