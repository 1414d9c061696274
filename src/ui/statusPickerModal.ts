// "Set spec status": a fuzzy picker over the canonical statuses.
import type { App } from "obsidian";
import type { SettableStatus } from "../core/edits/noteEdits";
import { WordPickerModal, type WordChoice } from "./wordPickerModal";

/** Picks a status for the active note; `choices` carry the word each status will be written as. */
export class StatusPickerModal extends WordPickerModal<SettableStatus> {
	/** A status picker; `onChoose` runs with the chosen status. */
	constructor(app: App, choices: readonly WordChoice<SettableStatus>[], onChoose: (status: SettableStatus) => void) {
		super(app, "Choose the spec's status", choices, onChoose);
	}
}
