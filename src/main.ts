// Spec Board: the Plugin class only wires things together (settings, board, Bases view, app command line, commands,
// settings tab).
import { Plugin } from "obsidian";
import { migrateSettings, type BoardState, type SpecBoardSettings } from "./core/settings/settings";
import { registerSpecCommands, specBoardActions, type SpecCommandDeps } from "./commands";
import { registerBoard, type BoardHandle } from "./ui/registerBoard";
import { SpecBoardSettingTab } from "./ui/settingsTab";
import { registerSpecBasesView } from "./ui/registerBasesView";
import { registerSpecBoardCli } from "./obsidian/obsidianCli";

export default class SpecBoardPlugin extends Plugin {
	/** The plugin's settings, migrated from data.json on load. */
	settings!: SpecBoardSettings;
	private board: BoardHandle | null = null;

	async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		const getSettings = (): SpecBoardSettings => this.settings;
		const commandDeps: SpecCommandDeps = { getSettings, specIndex: null };
		const actions = specBoardActions(this.app, commandDeps);
		this.board = registerBoard(this, {
			getSettings,
			saveBoardState: (state) => void this.saveBoardState(state),
			actions,
		});
		commandDeps.specIndex = this.board.index;
		// Newer apps only, each behind its feature check: a Bases view type (1.10) and the app's command line (1.12.2).
		const hasBases = registerSpecBasesView(this, {
			index: this.board.index,
			actions,
			getSettings,
		});
		commandDeps.hasBases = () => hasBases;
		registerSpecBoardCli(this, this.board.index, getSettings);
		registerSpecCommands(this, commandDeps);
		this.addSettingTab(
			new SpecBoardSettingTab(this.app, this, { getSettings, saveSettings: () => this.saveSettings() }),
		);
	}

	/** Saves the settings and lets the board's index re-read notes with the new spec tag, folders and words. */
	private async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.board?.settingsChanged();
	}

	/** Remembers the board's filter, grouping and collapsed groups. */
	private async saveBoardState(state: BoardState): Promise<void> {
		this.settings.board = state;
		await this.saveData(this.settings);
	}
}
