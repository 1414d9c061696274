// The browser harness page for the commands: the real "Create feature spec" form, the pickers and the settings tab,
// over the in-memory Obsidian with a fixture vault. Bundled by tests/browser/buildPage.mjs; driven by run.mjs.
import { registerSpecCommands } from "../../src/commands";
import { defaultSettings, type SpecBoardSettings } from "../../src/core/settings/settings";
import { SpecBoardSettingTab } from "../../src/ui/settings/settingsTab";
import { asObsidianApp, createFakeApp, createFakePlugin, listenForKeys, openModals } from "../support/fakeApp";
import { MarkdownView } from "../support/obsidianFake";
import { noBoardControls } from "../support/boardActions";

/** The fixed "now" of the page, so dates in created notes and screenshots do not change. */
const NOW = new Date("2026-03-14T10:30:00Z");

/** What the page gives its driver on `window.specForm`. */
export interface FormPage {
	/** The in-memory app (files created are in its vault; opened files on its leaves). */
	app: ReturnType<typeof createFakeApp>;
	/** The plugin's live settings. */
	settings: SpecBoardSettings;
	/** Runs `spec-board:<id>` as the command palette would; false when the command is unavailable. */
	run(id: string): boolean;
	/** Class names of the open modals, oldest first. */
	openModalNames(): string[];
	/** Opens a note in the main area, with the cursor at a 0-based position; for the editor commands. */
	openNote(path: string, cursor: { line: number; ch: number }): Promise<void>;
	/** The open note's editor text and cursor, or null when no note is open. */
	editorState(): { text: string; cursor: { line: number; ch: number }; undoSteps: number; path: string } | null;
	/** Shows the settings tab in the page's settings pane. */
	showSettings(): void;
}

declare global {
	interface Window {
		/** The vault: path -> text, set by the page's HTML before this bundle runs. */
		specBoardFixture: Record<string, string>;
		/** Set once the page is ready. */
		specForm: FormPage;
	}
}

function main(): void {
	document.querySelector(".spec-board-harness-sidebar")?.remove();
	const app = createFakeApp({ files: window.specBoardFixture });
	listenForKeys(app);
	const { plugin, obsidianPlugin } = createFakePlugin(app);
	const settings: SpecBoardSettings = { ...defaultSettings(), author: "Ada Lovelace" };
	registerSpecCommands(
		{ app: asObsidianApp(app), addCommand: (c) => plugin.addCommand(c) },
		{ getSettings: () => settings, now: () => NOW, board: noBoardControls() },
	);
	const settingsPane = document.body.createDiv({ cls: "spec-board-harness-settings vertical-tab-content-container" });
	settingsPane.hide();
	const activeView = (): MarkdownView | null => app.workspace.getActiveViewOfType(MarkdownView);
	window.specForm = {
		app,
		settings,
		run: (id) => app.commands.executeCommandById(`spec-board:${id}`),
		openModalNames: () => openModals.map((m) => m.constructor.name),
		openNote: async (path, cursor) => {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`no note at ${path}`);
			await app.workspace.getLeaf(false).openFile(file, { active: true });
			activeView()?.editor.setCursor(cursor);
		},
		editorState: () => {
			const view = activeView();
			if (!view?.file) return null;
			return {
				text: view.editor.getValue(),
				cursor: view.editor.getCursor(),
				undoSteps: view.editor.undoSteps,
				path: view.file.path,
			};
		},
		showSettings: () => {
			const tab = new SpecBoardSettingTab(asObsidianApp(app), obsidianPlugin, {
				getSettings: () => settings,
				saveSettings: async () => undefined,
				now: () => NOW,
			});
			// Built with display(), as Obsidian before 1.13 (the minimum app version) does.
			const renderer: { display(): void } = tab;
			renderer.display();
			settingsPane.empty();
			settingsPane.appendChild(tab.containerEl);
			settingsPane.show();
		},
	};
	document.body.dataset.ready = "true";
}

try {
	main();
} catch (error: unknown) {
	document.body.dataset.error = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
}
