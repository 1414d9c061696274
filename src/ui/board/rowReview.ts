// The review parts of a spec row: the "Sign-off 1/2" label (drawn with the row's meta line, boardRows.ts), and each
// open question with a checkbox that ticks it in the note and its owner told apart. Note text is always set as text.
import type { OpenQuestion, SpecNote } from "../../core/model/specNote";
import { questionOwner } from "../../core/reading/questionOwner";
import { missingSignOffs, reviewersSignedOff } from "../../core/reading/signOffs";

/**
 * "Sign-off 1/2" for a note with reviewers, with who is missing for screen readers and the tooltip, and whether every
 * reviewer signed off; null without reviewers.
 */
export function signOffLabel(
	note: Pick<SpecNote, "reviewers" | "signOffs">,
): { text: string; detail: string; complete: boolean } | null {
	if (note.reviewers.length === 0) return null;
	const signed = reviewersSignedOff(note.reviewers, note.signOffs);
	const missing = missingSignOffs(note.reviewers, note.signOffs);
	const text = `Sign-off ${signed.length}/${note.reviewers.length}`;
	const detail =
		missing.length === 0
			? `Signed off by every reviewer: ${signed.join(", ")}.`
			: `Waiting for ${missing.join(", ")}${signed.length > 0 ? `; signed off by ${signed.join(", ")}` : ""}.`;
	return { text, detail, complete: missing.length === 0 };
}

/** What a question's checkbox and link do. */
export interface QuestionHandlers {
	/** Ticks the question in the note; resolves true when written. */
	check(question: OpenQuestion): Promise<boolean>;
	/** Opens the note at the question's line. */
	open(question: OpenQuestion, evt: MouseEvent): void;
}

/**
 * Draws one open question into `li`: a checkbox (ticking it writes `- [x]` in the note; the row goes when the board
 * follows), the question's text as a link to its line, and its owner (`@name`, `(owner: name)`) apart.
 */
export function renderQuestionItem(li: HTMLElement, question: OpenQuestion, handlers: QuestionHandlers): void {
	li.addClass("spec-board-question-item", "task-list-item");
	const { owner, text } = questionOwner(question.text);
	const box = li.createEl("input", {
		type: "checkbox",
		cls: "task-list-item-checkbox spec-board-question-check",
		attr: { "aria-label": `Mark as answered: ${text}`, "data-line": question.line },
	});
	box.addEventListener("click", (evt) => evt.stopPropagation());
	box.addEventListener("change", () => {
		if (!box.checked) return;
		box.disabled = true;
		void handlers.check(question).then((written) => {
			if (written) return;
			box.checked = false;
			box.disabled = false;
		});
	});
	const link = li.createEl("a", {
		cls: "spec-board-question",
		text,
		attr: { href: "#", "data-line": question.line },
	});
	link.addEventListener("click", (evt) => {
		evt.preventDefault();
		evt.stopPropagation();
		handlers.open(question, evt);
	});
	if (owner !== null) li.createSpan({ cls: "spec-board-question-owner", text: `@${owner}` });
}
