// Spec Board: the Plugin class only wires things together (settings, board, commands, settings tab).
import { Plugin } from "obsidian";
import { migrateSettings, type BoardState, type SpecBoardSettings } from "./core/settings/settings";
import { registerSpecCommands, specBoardActions, type SpecCommandDeps } from "./commands";
import { registerBoard, type BoardHandle } from "./ui/registerBoard";
import { SpecBoardSettingTab } from "./ui/settingsTab";

export default class SpecBoardPlugin extends Plugin {
	/** The plugin's settings, migrated from data.json on load. */
	settings!: SpecBoardSettings;
	private board: BoardHandle | null = null;

	async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		const getSettings = (): SpecBoardSettings => this.settings;
		const commandDeps: SpecCommandDeps = { getSettings, specIndex: null };
		this.board = registerBoard(this, {
			getSettings,
			saveBoardState: (state) => void this.saveBoardState(state),
			actions: specBoardActions(this.app, commandDeps),
		});
		commandDeps.specIndex = this.board.index;
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
