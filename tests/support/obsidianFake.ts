// An in-memory stand-in for the `obsidian` module: jest maps `obsidian` here, and the browser harness aliases it.
// As strict as the app where the plugin depends on it (see README.md); one file per area under ./obsidian/.
// Test-only helpers (an app with files, a loaded plugin, resetting the records) live in fakeApp.ts.
export { App, Commands, Plugin } from "./obsidian/app";
export { setIcon, setTooltip } from "./obsidian/dom";
export { Editor } from "./obsidian/editor";
export { Component, Events, fakeErrors, type EventRef } from "./obsidian/events";
export { FileManager } from "./obsidian/fileManager";
export { Keymap, Scope } from "./obsidian/keymap";
export { Menu, MenuItem, Notice, notices, shownMenus } from "./obsidian/menus";
export { getAllTags, MetadataCache, parseFrontMatterTags, parseYaml } from "./obsidian/metadataCache";
export {
	AbstractInputSuggest,
	FuzzySuggestModal,
	Modal,
	openModals,
	PopoverSuggest,
	prepareFuzzySearch,
	SuggestModal,
	type FuzzyMatch,
} from "./obsidian/modals";
export {
	apiVersion,
	debounce,
	Platform,
	requireApiVersion,
	setApiVersion,
	setPlatform,
	type FakePlatform,
} from "./obsidian/platform";
export {
	AbstractTextComponent,
	allSettings,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	PluginSettingTab,
	Setting,
	SettingGroup,
	SettingTab,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from "./obsidian/settings";
export { normalizePath, TAbstractFile, TFile, TFolder, Vault, type FileStats } from "./obsidian/vault";
export { FileView, ItemView, MarkdownView, View, Workspace, WorkspaceLeaf } from "./obsidian/workspace";
