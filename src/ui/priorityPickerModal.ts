// "Set spec priority": a fuzzy picker over the canonical priorities.
import type { App } from "obsidian";
import type { SettablePriority } from "../core/edits/noteEdits";
import { WordPickerModal, type WordChoice } from "./wordPickerModal";

/** Picks a priority for the active note; `choices` carry the word each priority will be written as. */
export class PriorityPickerModal extends WordPickerModal<SettablePriority> {
	/** A priority picker; `onChoose` runs with the chosen priority. */
	constructor(
		app: App,
		choices: readonly WordChoice<SettablePriority>[],
		onChoose: (priority: SettablePriority) => void,
	) {
		super(app, "Choose the spec's priority", choices, onChoose);
	}
}
