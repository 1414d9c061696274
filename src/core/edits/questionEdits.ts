// Answering open questions from the board: ticking one (`- [x]` on its own line) and adding one under the note's
// open-questions heading. Every other byte of the note is kept.
import { scanBody, listItemText } from "../markdown/scanBody";
import { isOpenQuestionsHeading } from "../reading/openQuestions";
import { addTaskToSection, appendSection, findSection } from "./sectionItems";
import { itemLayout, lineAt, lineSpans, replaceLine, type TextPlan } from "./textLines";

/** The heading a note gets when it has no open-questions section yet. */
export const NEW_QUESTIONS_HEADING = "## Open questions";

/** Whether a list item's own first-line text is the start of a question's text (a question may run over lines). */
function sameQuestion(itemText: string, questionText: string): boolean {
	return itemText !== "" && (questionText === itemText || questionText.startsWith(itemText));
}

/** The 0-based line holding the question: its own line when it still does, else the nearest line that does; -1 if none. */
function questionLine(text: string, line: number, question: string): number {
	const spans = lineSpans(text);
	const at = (index: number): boolean => {
		const itemText = listItemText(lineAt(text, spans, index));
		return itemText !== null && sameQuestion(itemText, question);
	};
	if (line >= 1 && line <= spans.length && at(line - 1)) return line - 1;
	let best = -1;
	for (let i = 0; i < spans.length; i++) {
		if (at(i) && (best < 0 || Math.abs(i - (line - 1)) < Math.abs(best - (line - 1)))) best = i;
	}
	return best;
}

/**
 * Plans ticking (or, with `checked` false, unticking) an open question: the checkbox on the question's line becomes
 * `[x]` (`[ ]`); a plain list item gets one (`- Why?` becomes `- [x] Why?`). The question is looked for on its 1-based
 * `line`, else on the nearest line with its text (the note may have changed since it was read). Works in callouts
 * (`> - [ ]`), nested lists and any line ending; every other byte is kept.
 */
export function planQuestionCheck(text: string, line: number, question: string, checked = true): TextPlan {
	const index = questionLine(text, line, question);
	if (index < 0) return { ok: false, reason: `the question "${question}" is no longer in the note.` };
	const spans = lineSpans(text);
	const content = lineAt(text, spans, index);
	const layout = itemLayout(content);
	if (layout === null) return { ok: false, reason: `the question "${question}" is no longer in the note.` };
	const box = checked ? "x" : " ";
	if (layout.checkboxAt >= 0) {
		const done = layout.task !== " ";
		if (done === checked) return { ok: true, text };
		const edited = content.slice(0, layout.checkboxAt + 1) + box + content.slice(layout.checkboxAt + 2);
		return { ok: true, text: replaceLine(text, spans, index, edited) };
	}
	if (!checked) return { ok: true, text };
	const edited = `${content.slice(0, layout.textAt)}[x] ${content.slice(layout.textAt)}`;
	return { ok: true, text: replaceLine(text, spans, index, edited) };
}

/**
 * Plans adding an open question: a task (`- [ ] question`) at the end of the list under the note's first
 * open-questions heading, written like that list's items (callout, indentation, marker); a section without a list gets
 * one. A note without such a heading gets `## Open questions` at its end. Every other byte is kept.
 */
export function planAddQuestion(text: string, question: string): TextPlan {
	const content = question.replace(/\s+/g, " ").trim();
	if (content === "") return { ok: false, reason: "the question is empty." };
	const facts = scanBody(text);
	const section = findSection(facts, lineSpans(text).length, isOpenQuestionsHeading);
	if (section === null) return { ok: true, text: appendSection(text, NEW_QUESTIONS_HEADING, `- [ ] ${content}`) };
	return { ok: true, text: addTaskToSection(text, facts, section, " ", content) };
}
