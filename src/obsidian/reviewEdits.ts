// The board's review edits on one note: sign off, add an open question, tick one. Each is planned by the core on the
// note's current text and applied through an open editor or Vault.process (noteTextEdit.ts).
import type { TFile } from "obsidian";
import { planAddQuestion, planQuestionCheck } from "../core/edits/questionEdits";
import { planSignOff } from "../core/edits/signOffEdit";
import type { OpenQuestion } from "../core/model/specNote";
import { applyNoteTextEdit, type NoteServices } from "./noteTextEdit";

/** Signs off on a spec as `author` (the settings' author), in the note's own convention. */
export function signOffOnSpec(services: NoteServices, file: TFile, author: string): Promise<boolean> {
	return applyNoteTextEdit(services, file, "sign off on", (text) => planSignOff(text, author));
}

/** Adds an open question under the note's open-questions heading (made at the end when there is none). */
export function addOpenQuestion(services: NoteServices, file: TFile, question: string): Promise<boolean> {
	return applyNoteTextEdit(services, file, "add the question to", (text) => planAddQuestion(text, question));
}

/** Ticks (or unticks) an open question on its own line. */
export function checkOpenQuestion(
	services: NoteServices,
	file: TFile,
	question: OpenQuestion,
	checked = true,
): Promise<boolean> {
	return applyNoteTextEdit(services, file, checked ? "tick the question in" : "untick the question in", (text) =>
		planQuestionCheck(text, question.line, question.text, checked),
	);
}
