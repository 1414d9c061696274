// "Add open question": a small form with one text box; Enter (outside an input method's composition) or the button adds it.
import { Modal, type App } from "obsidian";
import { isComposingKey } from "../keys";

/** Asks for a question's text; `onSubmit` gets it trimmed (an empty box adds nothing and keeps the form open). */
export class AddQuestionModal extends Modal {
	/** The text box (tests type into it). */
	inputEl!: HTMLInputElement;

	/** A form for a question to add to `noteTitle`; nothing is shown until `open()`. */
	constructor(
		app: App,
		private readonly noteTitle: string,
		private readonly onSubmit: (question: string) => void,
	) {
		super(app);
	}

	/** Builds the form and focuses the box. */
	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Add open question");
		contentEl.empty();
		contentEl.addClass("spec-board-add-question");
		const label = contentEl.createEl("label", { cls: "spec-board-add-question-label" });
		label.createSpan({ text: `Question for ${this.noteTitle}` });
		this.inputEl = label.createEl("input", {
			type: "text",
			cls: "spec-board-add-question-input",
			attr: { placeholder: "What still has to be decided?" },
		});
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const add = buttons.createEl("button", { cls: "mod-cta", text: "Add" });
		add.addEventListener("click", () => this.submit());
		buttons.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.close());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key !== "Enter" || isComposingKey(evt)) return;
			evt.preventDefault();
			this.submit();
		});
		this.inputEl.focus();
	}

	/** Empties the form. */
	onClose(): void {
		this.contentEl.empty();
	}

	/** Hands a non-empty question over and closes; returns whether it did. */
	submit(): boolean {
		const question = this.inputEl.value.trim();
		if (question === "") {
			this.inputEl.focus();
			return false;
		}
		this.close();
		this.onSubmit(question);
		return true;
	}
}
