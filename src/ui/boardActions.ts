// What the board asks of the rest of the plugin: the note edits and the create form live with the commands.
import type { TFile } from "obsidian";

/** What the board offers beyond showing specs; the plugin passes the commands' implementations in. */
export interface BoardActions {
	/** Lets the person choose a status for the note and writes it in the note's own convention. */
	setStatus(file: TFile): void;
	/** Lets the person choose a priority for the note and writes it in the note's own convention. */
	setPriority(file: TFile): void;
	/** Opens the "Create feature spec" form (the empty board's button). */
	createSpec(): void;
}
