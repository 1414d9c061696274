// Tag suggestions under the board's tag input, from the tags the specs use.
import { AbstractInputSuggest, type App } from "obsidian";
import { isEmptyQuery, rankSuggestions } from "./suggestText";

/** Most suggestions shown at once. */
const SUGGESTION_LIMIT = 30;

/** Suggests tags containing what is typed (nothing for an empty box); `onChoose` gets the chosen tag. */
export class TagSuggest extends AbstractInputSuggest<string> {
	/** Suggestions for `inputEl` from `tags()` (read on every keystroke, so they follow the index). */
	constructor(
		app: App,
		private readonly inputEl: HTMLInputElement,
		private readonly tags: () => readonly string[],
		private readonly onChoose: (tag: string) => void,
	) {
		super(app, inputEl);
		this.limit = SUGGESTION_LIMIT;
	}

	/** Tags whose name contains the query (a leading '#' ignored), prefix matches first (rankSuggestions). */
	protected getSuggestions(query: string): string[] {
		if (isEmptyQuery(query)) return [];
		return rankSuggestions(this.tags(), query, SUGGESTION_LIMIT);
	}

	/** Shows the tag with its '#'. */
	renderSuggestion(tag: string, el: HTMLElement): void {
		el.setText(`#${tag}`);
	}

	/** Adds the tag and empties the input. */
	selectSuggestion(tag: string): void {
		this.onChoose(tag);
		this.inputEl.value = "";
		this.close();
	}
}
