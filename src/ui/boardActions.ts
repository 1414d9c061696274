// What the board's context menu asks of the rest of the plugin: the note edits live with the commands.
import type { TFile } from "obsidian";

/** Note edits the board offers on a row; the plugin passes the commands' implementations in. */
export interface BoardActions {
	/** Lets the person choose a status for the note and writes it in the note's own convention. */
	setStatus(file: TFile): void;
	/** Lets the person choose a priority for the note and writes it in the note's own convention. */
	setPriority(file: TFile): void;
}
