// Shared set-up for the command-level tests: a fake app with notes, the plugin's command table registered (the board's
// commands with a board over an index that is not started: no note is read), a fixed clock.
import { defaultSettings, type SpecBoardSettings } from "../../src/core/settings/settings";
import { defaultReadOptions } from "../../src/core/reading/readOptions";
import { registerSpecCommands, specBoardActions, type SpecCommandDeps } from "../../src/commands";
import { SpecIndex } from "../../src/obsidian/specIndex";
import { registerBoard } from "../../src/ui/board/registerBoard";
import { asObsidianApp, createFakeApp, createFakePlugin, resetFakeRecords } from "../support/fakeApp";
import type { App } from "../support/obsidianFake";

/** The fixed "now" of every command test. */
export const NOW = new Date("2026-03-14T10:30:00Z");

/** A fake app with the commands registered, its settings and the deps the commands got. */
export interface CommandKit {
	app: App;
	settings: SpecBoardSettings;
	deps: SpecCommandDeps;
	/** Every file's path and text, sorted: compared before and after a failing command. */
	snapshot: () => [string, string | undefined][];
	/** Runs `spec-board:<id>`; false when the command is unavailable. */
	run: (id: string) => boolean;
}

/** Builds the kit; `settings` overrides the defaults. */
export function commandKit(files: Record<string, string> = {}, settings: Partial<SpecBoardSettings> = {}): CommandKit {
	resetFakeRecords();
	const app = createFakeApp({ files });
	const { plugin, obsidianPlugin } = createFakePlugin(app);
	const current: SpecBoardSettings = { ...defaultSettings(), ...settings };
	const deps: SpecCommandDeps = { getSettings: () => current, now: () => NOW };
	const o = asObsidianApp(app);
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		defaultReadOptions(),
	);
	const board = registerBoard(obsidianPlugin, {
		index,
		getSettings: () => current,
		saveBoardState: (state) => {
			current.board = state;
		},
		actions: specBoardActions(o, deps),
	});
	// The same deps object, so a test that changes kit.deps (hasBases) changes what the commands see.
	registerSpecCommands({ app: o, addCommand: (c) => plugin.addCommand(c) }, Object.assign(deps, { board }));
	return {
		app,
		settings: current,
		deps,
		snapshot: () =>
			app.vault
				.getAllLoadedFiles()
				.map((f): [string, string | undefined] => [f.path, app.vault.peek(f.path)])
				.sort((a, b) => a[0].localeCompare(b[0])),
		run: (id) => app.commands.executeCommandById(`spec-board:${id}`),
	};
}
