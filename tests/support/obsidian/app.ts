// The app (vault, metadata cache, file manager, workspace, commands) and Plugin (commands, views, setting tabs, data).
import type { Command, PluginManifest } from "obsidian";
import { newEl } from "./dom";
import { Component } from "./events";
import { FileManager } from "./fileManager";
import { Keymap, Scope } from "./keymap";
import { MetadataCache } from "./metadataCache";
import type { PluginSettingTab } from "./settings";
import { Vault } from "./vault";
import { Workspace, type View, type WorkspaceLeaf } from "./workspace";

type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** The app's command registry (`app.commands`, not in the public typings but used by plugins). */
export class Commands {
	commands: Record<string, Command> = {};
	/** Test helper: every command id executed, newest last. */
	executed: string[] = [];

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	executeCommandById(id: string): boolean {
		this.executed.push(id);
		const command = this.commands[id];
		if (!command) return false;
		if (command.callback) void command.callback();
		else if (command.checkCallback) command.checkCallback(false);
		else if (command.editorCallback || command.editorCheckCallback) {
			const editor = this.app.workspace.activeEditor;
			if (!editor) return false;
			const view = this.app.workspace.activeLeaf?.view as never;
			if (command.editorCallback) void command.editorCallback(editor.editor as never, view);
			else command.editorCheckCallback?.(false, editor.editor as never, view);
		}
		return true;
	}

	constructor(private readonly app: App) {}
}

/** The app: vault, metadata cache, file manager, workspace, commands. */
export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	keymap = new Keymap();
	scope = new Scope();
	commands: Commands;
	/** View creators registered by plugins. */
	viewRegistry = new Map<string, ViewCreator>();

	constructor(options: { layoutReady?: boolean } = {}) {
		this.vault = new Vault();
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this);
		this.workspace = new Workspace(this, options.layoutReady ?? true);
		this.commands = new Commands(this);
	}
}

/** A plugin: commands, ribbon icons, views, setting tabs and data, all in memory. */
export class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Test helper: the commands added, with their short ids. */
	commands: Command[] = [];
	/** Test helper: ribbon icons added. */
	ribbonIcons: { icon: string; title: string; callback: (evt: MouseEvent) => unknown; el: HTMLElement }[] = [];
	/** Test helper: setting tabs added. */
	settingTabs: PluginSettingTab[] = [];
	/** Test helper: registered view types. */
	viewTypes: string[] = [];
	/** Test helper: what saveData last stored (JSON-cloned, as a file would). */
	data: unknown = null;
	/** Test helper: how many times saveData was called. */
	saveCount = 0;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.commands.push(command);
		this.app.commands.addCommand(full);
		this.register(() => this.app.commands.removeCommand(full.id));
		return full;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = newEl("div", "side-dock-ribbon-action clickable-icon");
		if (typeof document !== "undefined") {
			el.setAttribute("aria-label", title);
			el.addEventListener("click", (evt) => void callback(evt));
		}
		this.ribbonIcons.push({ icon, title, callback, el });
		return el;
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}

	registerView(type: string, creator: ViewCreator): void {
		if (this.app.viewRegistry.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.app.viewRegistry.set(type, creator);
		this.viewTypes.push(type);
		this.register(() => this.app.viewRegistry.delete(type));
	}

	/** Obsidian calls this when data.json changed on disk (Sync from another device); plugins override it. */
	onExternalSettingsChange?(): unknown;

	/** Test helper: another device's Sync writes data.json, and Obsidian tells the plugin. */
	async simulateExternalSettingsChange(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data ?? null));
		await this.onExternalSettingsChange?.();
	}

	registerHoverLinkSource(id: string, info: unknown): void {
		void id;
		void info;
	}

	loadData(): Promise<unknown> {
		return Promise.resolve(this.data === null ? null : JSON.parse(JSON.stringify(this.data)));
	}

	saveData(data: unknown): Promise<void> {
		this.saveCount++;
		this.data = JSON.parse(JSON.stringify(data ?? null));
		return Promise.resolve();
	}
}
