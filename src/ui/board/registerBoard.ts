// Registers the spec board with the plugin: view type, ribbon icon and hover source. The index is made by main.ts and
// handed in; the board's commands are in the command table (src/commands.ts) and reach the board through its handle.
// The plugin keeps no reference to the view.
import { type Plugin, type WorkspaceLeaf } from "obsidian";
import type { BoardState, SpecBoardSettings } from "../../core/settings/settings";
import type { SpecIndex } from "../../obsidian/specIndex";
import type { BoardActions } from "./boardActions";
import { copyBoardState, tagsInUse, withTag } from "./boardFilterState";
import { BoardView, VIEW_TYPE_SPEC_BOARD } from "./boardView";

/** What the board needs from the plugin. */
export interface RegisterBoardDeps {
	/** The live index of spec notes (made and started by the plugin). */
	index: SpecIndex;
	/** The settings as they are now (read on every use, so a replaced settings object is seen). */
	getSettings(): SpecBoardSettings;
	/** Stores the board's state (filter, grouping, collapsed groups) in plugin data. */
	saveBoardState(state: BoardState): void;
	/** Set status / set priority for a row's note (the commands' implementations). */
	actions: BoardActions;
	/** The clock for the ages (tests fix it; the system clock without it). */
	now?(): Date;
}

/** What registerBoard hands back to the plugin and its commands. */
export interface BoardHandle {
	/** Opens the board in the right sidebar, or reveals it; resolves with the view. */
	openBoard(): Promise<BoardView | null>;
	/** The tags the listed specs use (with their parents), for the tag picker. */
	tagsInUse(): string[];
	/** Adds an include filter for `tag` to the board (stored when no board is open) and opens the board. */
	filterByTag(tag: string): void;
	/** Call after a setting the board shows changed (the author, "stale after"): open boards draw again, nothing is re-read. */
	reviewSettingsChanged(): void;
}

/** Registers the board's view, ribbon icon and hover source on `plugin`; call from onload. */
export function registerBoard(plugin: Plugin, deps: RegisterBoardDeps): BoardHandle {
	const { workspace } = plugin.app;
	const { index } = deps;

	plugin.registerView(
		VIEW_TYPE_SPEC_BOARD,
		(leaf) =>
			new BoardView(leaf, {
				index,
				loadState: () => deps.getSettings().board,
				saveState: (state) => deps.saveBoardState(state),
				actions: deps.actions,
				specTag: () => deps.getSettings().specTag,
				review: {
					author: () => deps.getSettings().author,
					staleAfterDays: () => deps.getSettings().staleAfterDays,
					now: () => deps.now?.() ?? new Date(),
				},
			}),
	);
	plugin.registerHoverLinkSource(VIEW_TYPE_SPEC_BOARD, { display: "Spec board", defaultMod: true });

	const openBoard = async (): Promise<BoardView | null> => {
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_SPEC_BOARD)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return null;
			await leaf.setViewState({ type: VIEW_TYPE_SPEC_BOARD, active: true });
		}
		await workspace.revealLeaf(leaf);
		await leaf.loadIfDeferred?.();
		return leaf.view instanceof BoardView ? leaf.view : null;
	};

	const filterByTag = (tag: string): void => {
		const open = workspace.getLeavesOfType(VIEW_TYPE_SPEC_BOARD).some((l) => l.view instanceof BoardView);
		if (!open) {
			const state = copyBoardState(deps.getSettings().board);
			deps.saveBoardState({ ...state, filter: withTag(state.filter, tag) });
		}
		void openBoard().then((view) => {
			if (open) view?.addTagFilter(tag);
		});
	};

	plugin.addRibbonIcon("layout-list", "Open spec status board", () => void openBoard());

	return {
		openBoard,
		tagsInUse: () => tagsInUse(index.specs()),
		filterByTag,
		reviewSettingsChanged: () => {
			for (const leaf of workspace.getLeavesOfType(VIEW_TYPE_SPEC_BOARD))
				if (leaf.view instanceof BoardView) leaf.view.reviewSettingsChanged();
		},
	};
}
