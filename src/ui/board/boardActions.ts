// What the board asks of the rest of the plugin: the note edits and the create form live with the commands.
import type { TFile } from "obsidian";
import type { OpenQuestion } from "../../core/model/specNote";

/** What the board offers beyond showing specs; the plugin passes the commands' implementations in. */
export interface BoardActions {
	/** Lets the person choose a status for the note and writes it in the note's own convention. */
	setStatus(file: TFile): void;
	/** Lets the person choose a priority for the note and writes it in the note's own convention. */
	setPriority(file: TFile): void;
	/** Signs off on the note as the settings' author, in the note's own convention. */
	signOff(file: TFile): void;
	/** Asks for a question and adds it under the note's open-questions heading. */
	addQuestion(file: TFile): void;
	/** Ticks (or unticks) an open question in the note; resolves true when the note was changed. */
	checkQuestion(file: TFile, question: OpenQuestion, checked: boolean): Promise<boolean>;
	/** Opens the "Create feature spec" form (the empty board's button). */
	createSpec(): void;
}
