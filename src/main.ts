// Spec Board: the Plugin class only wires things together. It makes the live index of spec notes and hands it to the
// board, the Bases view, the app's command line and the command table (src/commands.ts, every command), then the
// settings tab; the index starts building once the layout is ready.
import { debounce, Plugin } from "obsidian";
import {
	migrateSettings,
	readingSettingsDiffer,
	settingsForDisk,
	type BoardState,
	type SpecBoardSettings,
} from "./core/settings/settings";
import { registerSpecCommands, specBoardActions, type SpecCommandTableDeps } from "./commands";
import { pluginReadOptions } from "./obsidian/linkNames";
import { SpecIndex } from "./obsidian/specIndex";
import { registerBoard, type BoardHandle } from "./ui/board/registerBoard";
import { SpecBoardSettingTab } from "./ui/settings/settingsTab";
import { registerSpecBasesView } from "./ui/board/registerBasesView";
import { registerSpecBoardCli } from "./obsidian/obsidianCli";

/** A deep copy of the settings (plain JSON data). */
function copyOf(settings: SpecBoardSettings): SpecBoardSettings {
	return JSON.parse(JSON.stringify(settings)) as SpecBoardSettings;
}

/** How long settings keystrokes wait before they are written (and, when they change how notes read, applied). */
export const SETTINGS_SAVE_DELAY_MS = 500;

export default class SpecBoardPlugin extends Plugin {
	/** The plugin's settings, migrated from data.json on load. */
	settings!: SpecBoardSettings;
	/** The live index of spec notes, made here and handed to every feature. */
	private index: SpecIndex | null = null;
	private board: BoardHandle | null = null;
	/** The settings tab (the plugin's own object, not a view): drawn again when Sync brings newer settings. */
	private settingTab: SpecBoardSettingTab | null = null;
	/** The settings the board's index reads notes with (a copy of what was applied last). */
	private applied: SpecBoardSettings | null = null;
	/** data.json as this device last read or wrote it: anything else there is newer (Sync). */
	private onDisk = "null";
	/** Writes the settings once typing pauses; `run()` writes at once, `cancel()` drops a pending write. */
	private readonly saveSoon = debounce(() => void this.writeSettings(), SETTINGS_SAVE_DELAY_MS, true);

	async onload(): Promise<void> {
		this.settings = await this.readSettings();
		this.applied = copyOf(this.settings);
		const getSettings = (): SpecBoardSettings => this.settings;
		const { vault, metadataCache, workspace } = this.app;
		const index = new SpecIndex(
			{ vault, metadataCache, workspace },
			pluginReadOptions(metadataCache, this.settings),
		);
		this.index = index;
		const actions = specBoardActions(this.app, { getSettings, specIndex: index });
		const board = registerBoard(this, {
			index,
			getSettings,
			saveBoardState: (state) => void this.saveBoardState(state),
			actions,
		});
		this.board = board;
		// Newer apps only, each behind its feature check: a Bases view type (1.10.2) and the app's command line (1.12.2).
		const hasBases = registerSpecBasesView(this, { index, actions, getSettings });
		registerSpecBoardCli(this, { vault, metadataCache }, index, getSettings);
		const commandDeps: SpecCommandTableDeps = { getSettings, specIndex: index, board, hasBases: () => hasBases };
		registerSpecCommands(this, commandDeps);
		this.settingTab = new SpecBoardSettingTab(this.app, this, {
			getSettings,
			saveSettings: () => this.saveSettings(),
		});
		this.addSettingTab(this.settingTab);
		index.start((ref) => this.registerEvent(ref));
		this.register(() => this.saveSoon.run());
	}

	/** Obsidian: data.json changed on disk (Sync from another device). The newer settings replace ours. */
	async onExternalSettingsChange(): Promise<void> {
		this.saveSoon.cancel();
		this.settings = await this.readSettings();
		this.applySettings();
		this.settingTab?.redrawIfShown();
	}

	/** Reads data.json (remembering it as this device's view of the disk) into valid settings. */
	private async readSettings(): Promise<SpecBoardSettings> {
		const stored: unknown = await this.loadData();
		this.onDisk = JSON.stringify(stored ?? null);
		return migrateSettings(stored);
	}

	/** A settings edit: written once typing pauses; notes are re-read only when how they read changed. */
	private saveSettings(): Promise<void> {
		this.saveSoon();
		return Promise.resolve();
	}

	private async writeSettings(): Promise<void> {
		const written = settingsForDisk(this.settings);
		await this.saveData(written);
		this.onDisk = JSON.stringify(written);
		this.applySettings();
	}

	/**
	 * Lets the board's index re-read notes, only when a setting that decides which notes are specs or how they read
	 * changed; when only the author or "stale after" changed, the board draws again without reading.
	 */
	private applySettings(): void {
		const before = this.applied;
		this.applied = copyOf(this.settings);
		if (before === null || readingSettingsDiffer(before, this.settings))
			this.index?.setOptions(pluginReadOptions(this.app.metadataCache, this.settings));
		else if (before.author !== this.settings.author || !sameStaleDays(before, this.settings))
			this.board?.reviewSettingsChanged();
	}

	/**
	 * Remembers the board's filter, grouping and collapsed groups. When data.json holds newer settings than this
	 * device wrote (Sync, before Obsidian told us), they are taken first: the board's state never overwrites them.
	 */
	private async saveBoardState(state: BoardState): Promise<void> {
		const stored: unknown = await this.loadData();
		if (JSON.stringify(stored ?? null) !== this.onDisk) {
			this.saveSoon.cancel();
			this.settings = migrateSettings(stored);
			this.onDisk = JSON.stringify(stored ?? null);
			this.applySettings();
		}
		this.settings.board = state;
		this.saveSoon();
	}
}

/** Whether two settings give every status the same "stale after" days. */
function sameStaleDays(a: SpecBoardSettings, b: SpecBoardSettings): boolean {
	return JSON.stringify(a.staleAfterDays) === JSON.stringify(b.staleAfterDays);
}
