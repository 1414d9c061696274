// Registers the spec board with the plugin: view type, ribbon icon, commands, hover source, and the live index.
// The plugin keeps no reference to the view; the index starts when the layout is ready.
import { type Plugin, type WorkspaceLeaf } from "obsidian";
import { pluginReadOptions } from "../../obsidian/linkNames";
import type { BoardState, SpecBoardSettings } from "../../core/settings/settings";
import { SpecIndex } from "../../obsidian/specIndex";
import type { BoardActions } from "./boardActions";
import { copyBoardState, tagsInUse, withTag } from "./boardFilterState";
import { BoardView, VIEW_TYPE_SPEC_BOARD } from "./boardView";
import { TagPickerModal } from "../pickers/tagPickerModal";

/** What the board needs from the plugin. */
export interface RegisterBoardDeps {
	/** The settings as they are now (read on every use, so a replaced settings object is seen). */
	getSettings(): SpecBoardSettings;
	/** Stores the board's state (filter, grouping, collapsed groups) in plugin data. */
	saveBoardState(state: BoardState): void;
	/** Set status / set priority for a row's note (the commands' implementations). */
	actions: BoardActions;
}

/** What registerBoard hands back to the plugin. */
export interface BoardHandle {
	/** The live index of spec notes (also usable by other features). */
	index: SpecIndex;
	/** Call after the settings changed: the index is rebuilt with the new spec tag, folders and vocabularies. */
	settingsChanged(): void;
	/** Call after a setting the board shows changed (the author, "stale after"): open boards draw again, nothing is re-read. */
	reviewSettingsChanged(): void;
	/** Opens the board in the right sidebar, or reveals it; resolves with the view. */
	openBoard(): Promise<BoardView | null>;
}

/** Registers the board's view, ribbon icon, commands and index on `plugin`; call from onload. */
export function registerBoard(plugin: Plugin, deps: RegisterBoardDeps): BoardHandle {
	const { app } = plugin;
	const index = new SpecIndex(
		{ vault: app.vault, metadataCache: app.metadataCache, workspace: app.workspace },
		pluginReadOptions(app.metadataCache, deps.getSettings()),
	);

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
				},
			}),
	);
	plugin.registerHoverLinkSource(VIEW_TYPE_SPEC_BOARD, { display: "Spec board", defaultMod: true });

	const openBoard = async (): Promise<BoardView | null> => {
		const { workspace } = app;
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
		const open = app.workspace.getLeavesOfType(VIEW_TYPE_SPEC_BOARD).some((l) => l.view instanceof BoardView);
		if (!open) {
			const state = copyBoardState(deps.getSettings().board);
			deps.saveBoardState({ ...state, filter: withTag(state.filter, tag) });
		}
		void openBoard().then((view) => {
			if (open) view?.addTagFilter(tag);
		});
	};

	plugin.addRibbonIcon("layout-list", "Open spec status board", () => void openBoard());
	plugin.addCommand({ id: "open-status-board", name: "Open spec status board", callback: () => void openBoard() });
	plugin.addCommand({
		id: "filter-board-by-tag",
		name: "Filter spec board by tag",
		callback: () => new TagPickerModal(app, tagsInUse(index.specs()), filterByTag).open(),
	});

	index.start((ref) => plugin.registerEvent(ref));
	return {
		index,
		settingsChanged: () => index.setOptions(pluginReadOptions(app.metadataCache, deps.getSettings())),
		reviewSettingsChanged: () => {
			for (const leaf of app.workspace.getLeavesOfType(VIEW_TYPE_SPEC_BOARD))
				if (leaf.view instanceof BoardView) leaf.view.reviewSettingsChanged();
		},
		openBoard,
	};
}
