// "Filter board by tag": a fuzzy picker over the tags the specs use.
import { FuzzySuggestModal, type App } from "obsidian";

/** Picks one of `tags`; `onChoose` gets it. Nothing happens when the picker is dismissed. */
export class TagPickerModal extends FuzzySuggestModal<string> {
	/** A picker over `tags` (without '#'). */
	constructor(
		app: App,
		private readonly tags: readonly string[],
		private readonly onChoose: (tag: string) => void,
	) {
		super(app);
		this.setPlaceholder("Filter the spec board by tag");
		this.emptyStateText = "No spec uses a tag like that.";
	}

	/** The tags, sorted. */
	getItems(): string[] {
		return [...this.tags];
	}

	/** Matched and shown with its '#'. */
	getItemText(tag: string): string {
		return `#${tag}`;
	}

	/** Hands the chosen tag over. */
	onChooseItem(tag: string): void {
		this.onChoose(tag);
	}
}
