// Open questions: the tasks and top-level bullets under any "Open questions" heading.
import type { BodyFacts, OpenQuestion } from "./specNote";
import { isPlaceholderText } from "./placeholders";

/** Shown for a question whose text is unknown (the cache path did not read the note's text). */
export const UNREAD_QUESTION_TEXT = "(open question)";

/** What a note's open-questions sections hold. */
export interface OpenQuestionsFound {
	/** Real open questions, in file order. */
	open: OpenQuestion[];
	/** Unfilled template questions ("Question 1", "Question 2 that needs stakeholder input"). */
	placeholders: OpenQuestion[];
	/** Checked tasks in those sections. */
	resolved: number;
	/** Whether the note has an open-questions heading at all. */
	hasSection: boolean;
}

/**
 * Whether a heading names an open-questions section ("Open Questions", "11. Open questions", "Open question").
 * A heading that says they are answered ("Resolved Open Questions", "Open questions (closed)") does not.
 */
export function isOpenQuestionsHeading(text: string): boolean {
	return /open questions?\b/i.test(text) && !/\b(?:resolved|answered|closed)\b/i.test(text);
}

/** Whether a question is a template's placeholder: "Question 1", "Question 2 that needs stakeholder input", "[Question]". */
export function isPlaceholderQuestion(text: string): boolean {
	return /^question \d+\b/i.test(text.trim()) || isPlaceholderText(text);
}

/** 1-based line ranges [first, last] of the open-questions sections; a section runs to the next heading of its level or higher. */
function sectionRanges(headings: BodyFacts["headings"]): [number, number][] {
	const ranges: [number, number][] = [];
	for (let i = 0; i < headings.length; i++) {
		if (!isOpenQuestionsHeading(headings[i].text)) continue;
		let last = Number.POSITIVE_INFINITY;
		for (let j = i + 1; j < headings.length; j++) {
			if (headings[j].level <= headings[i].level) {
				last = headings[j].line - 1;
				break;
			}
		}
		ranges.push([headings[i].line + 1, last]);
	}
	return ranges;
}

/**
 * Finds open questions under open-questions headings: each unchecked task (also nested, also inside `>` callouts) and
 * each plain top-level bullet or numbered item; checked tasks count as resolved. Items come from the body facts, so
 * code fences and comments are already left out. An item's text comes from the facts, else from `lineText(line)`,
 * else it is UNREAD_QUESTION_TEXT. Items with empty text are skipped.
 */
export function findOpenQuestions(facts: Pick<BodyFacts, "headings" | "listItems">, lineText: (line: number) => string | null): OpenQuestionsFound {
	const found: OpenQuestionsFound = { open: [], placeholders: [], resolved: 0, hasSection: false };
	const ranges = sectionRanges(facts.headings);
	if (ranges.length === 0) return found;
	found.hasSection = true;
	for (const item of facts.listItems) {
		if (!ranges.some(([first, last]) => item.line >= first && item.line <= last)) continue;
		if (item.task !== undefined && item.task !== " ") {
			found.resolved++;
			continue;
		}
		if (item.task === undefined && item.parent >= 0) continue;
		const text = item.text ?? lineText(item.line) ?? UNREAD_QUESTION_TEXT;
		if (text === "") continue;
		const question = { text, line: item.line };
		if (isPlaceholderQuestion(text)) found.placeholders.push(question);
		else found.open.push(question);
	}
	return found;
}
