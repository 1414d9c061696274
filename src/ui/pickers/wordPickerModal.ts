// A fuzzy picker over canonical values, each shown with the word that will be written into the note.
import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";

/** One choice in the picker. */
export interface WordChoice<T extends string> {
	/** The canonical value ("In progress"). */
	value: T;
	/** The word this note will get for it ("implementing"). */
	word: string;
	/** Whether the note has this value now. */
	current: boolean;
}

/** Picks one canonical value; `onChoose` gets it. Nothing happens when the picker is dismissed. */
export class WordPickerModal<T extends string> extends FuzzySuggestModal<WordChoice<T>> {
	private readonly choices: readonly WordChoice<T>[];
	private readonly onChoose: (value: T) => void;

	/** A picker over `choices`, with `placeholder` in its search box. */
	constructor(app: App, placeholder: string, choices: readonly WordChoice<T>[], onChoose: (value: T) => void) {
		super(app);
		this.choices = choices;
		this.onChoose = onChoose;
		this.setPlaceholder(placeholder);
		this.emptyStateText = "No matching value.";
	}

	/** The choices, in canonical order. */
	getItems(): WordChoice<T>[] {
		return [...this.choices];
	}

	/** Matched on both the canonical value and the written word. */
	getItemText(item: WordChoice<T>): string {
		return item.word.toLowerCase() === item.value.toLowerCase() ? item.value : `${item.value} ${item.word}`;
	}

	/** Shows the value, the word that will be written, and whether it is the current one. */
	renderSuggestion(match: FuzzyMatch<WordChoice<T>>, el: HTMLElement): void {
		const { item } = match;
		// Obsidian's two-line suggestion (mod-complex: a title and a note under it), so themes style it as their own.
		el.addClasses(["spec-board-word-choice", "mod-complex"]);
		const content = el.createDiv({ cls: "suggestion-content" });
		content.createDiv({
			cls: "suggestion-title spec-board-word-choice-value",
			text: item.current ? `${item.value} (current)` : item.value,
		});
		content.createDiv({ cls: "suggestion-note spec-board-word-choice-word", text: `Writes "${item.word}"` });
	}

	/** Hands the chosen value over. */
	onChooseItem(item: WordChoice<T>): void {
		this.onChoose(item.value);
	}
}
