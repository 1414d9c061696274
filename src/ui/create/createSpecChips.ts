// A multi-select of chips for the create form: chosen values as removable chips, a text box that suggests more.
import { setIcon, type App } from "obsidian";
import { addChip, removeChip } from "./createSpecForm";
import { isComposingKey } from "../keys";
import { TextSuggest } from "../pickers/suggestText";

/** What a chip field needs: where it goes, its label, its candidates, and where its values live. */
export interface ChipFieldOptions {
	/** Id of the text box (for its label). */
	inputId: string;
	/** Placeholder of the text box. */
	placeholder: string;
	/** Name used in the remove buttons' labels ("domain", "tag"). */
	itemName: string;
	/** Values to suggest (the form gathers them once while it is open). */
	candidates: () => readonly string[];
	/** Cleans a typed or suggested value; "" refuses it. */
	clean: (text: string) => string;
	/** The current values. */
	read: () => string[];
	/** Stores new values. */
	write: (values: string[]) => void;
}

/** A chip field built in `parent`; returns its text box so the form can handle Enter. */
export class ChipField {
	/** The text box where values are typed. */
	readonly inputEl: HTMLInputElement;
	private readonly chipsEl: HTMLElement;
	private readonly options: ChipFieldOptions;
	private readonly suggest: TextSuggest;

	/** Builds the field and its suggest popover. */
	constructor(app: App, parent: HTMLElement, options: ChipFieldOptions) {
		this.options = options;
		const box = parent.createDiv({ cls: "spec-board-form-chips" });
		this.chipsEl = box.createDiv({ cls: "spec-board-form-chip-list" });
		this.inputEl = box.createEl("input", {
			type: "text",
			cls: "spec-board-form-chip-input",
			attr: { id: options.inputId, placeholder: options.placeholder, autocomplete: "off" },
		});
		this.suggest = new TextSuggest(
			app,
			this.inputEl,
			() => {
				const chosen = new Set(options.read().map((v) => v.toLowerCase()));
				return options.candidates().filter((c) => !chosen.has(c.toLowerCase()));
			},
			(value) => {
				this.add(value);
				this.inputEl.value = "";
			},
		);
		this.inputEl.addEventListener("keydown", (evt) => this.onKeydown(evt));
		this.render();
	}

	/** Adds what is typed in the box as a chip (Enter, or before the form is submitted); true when something was added. */
	commitTyped(): boolean {
		const value = this.options.clean(this.inputEl.value);
		this.inputEl.value = "";
		if (value === "") return false;
		this.add(value);
		return true;
	}

	/** Whether the suggest popover is showing (then Enter picks a suggestion). */
	isSuggesting(): boolean {
		return this.suggest.popoverShown;
	}

	private add(text: string): void {
		const value = this.options.clean(text);
		if (value === "") return;
		this.options.write(addChip(this.options.read(), value));
		this.render();
	}

	private onKeydown(evt: KeyboardEvent): void {
		if (isComposingKey(evt)) return;
		if (
			evt.key === "Enter" &&
			!evt.ctrlKey &&
			!evt.metaKey &&
			this.inputEl.value.trim() !== "" &&
			!this.suggest.popoverShown
		) {
			evt.preventDefault();
			evt.stopPropagation();
			this.commitTyped();
		} else if (evt.key === "Backspace" && this.inputEl.value === "") {
			const values = this.options.read();
			const last = values[values.length - 1];
			if (last !== undefined) {
				this.options.write(removeChip(values, last));
				this.render();
			}
		}
	}

	private render(): void {
		this.chipsEl.empty();
		for (const value of this.options.read()) {
			const chip = this.chipsEl.createSpan({ cls: "spec-board-form-chip" });
			chip.createSpan({ cls: "spec-board-form-chip-text", text: value });
			const remove = chip.createEl("button", {
				cls: "spec-board-form-chip-remove clickable-icon",
				attr: { type: "button", "aria-label": `Remove ${this.options.itemName} ${value}` },
			});
			setIcon(remove, "x");
			remove.addEventListener("click", () => {
				this.options.write(removeChip(this.options.read(), value));
				this.render();
				this.inputEl.focus();
			});
		}
	}
}
