// Test-only helpers around the obsidian fake: build an app with files, a plugin, and cast to Obsidian's typings.
import type { App as ObsidianApp, Plugin as ObsidianPlugin, PluginManifest, TFile as ObsidianFile } from "obsidian";
import { allSettings, App, fakeErrors, notices, openModals, Plugin, shownMenus, TFile } from "./obsidianFake";

export { computeCachedMetadata } from "./fakeCache";
export { setApiVersion, setPlatform } from "./obsidian/platform";

/** What a fake app starts with. */
export interface FakeAppOptions {
	/** Notes and other files: path -> text. */
	files?: Record<string, string>;
	/** Whether the workspace layout is ready from the start (default true); else call `app.workspace.setLayoutReady()`. */
	layoutReady?: boolean;
}

/**
 * A fresh in-memory app holding the given files. As on a first start, the layout is ready (unless told otherwise)
 * before the metadata cache has indexed a single note: `await app.metadataCache.settle()` (or use createIndexedApp).
 */
export function createFakeApp(options: FakeAppOptions = {}): App {
	const app = new App({ layoutReady: options.layoutReady ?? true });
	// The vault keeps bytes and decodes them with TextDecoder, which drops a leading byte-order mark, as Obsidian does.
	for (const [path, text] of Object.entries(options.files ?? {})) app.vault.createSync(path, text);
	return app;
}

/** A fresh app whose metadata cache has indexed every file (`changed` and `resolved` already fired). */
export async function createIndexedApp(options: FakeAppOptions = {}): Promise<App> {
	const app = createFakeApp(options);
	await app.metadataCache.settle();
	return app;
}

/** The fake app typed as Obsidian's App, for code under test. */
export function asObsidianApp(app: App): ObsidianApp {
	return app as unknown as ObsidianApp;
}

/** A concrete fake plugin (Obsidian's Plugin is abstract). */
export class FakePlugin extends Plugin {}

/** The manifest fake plugins get unless one is given. */
export const FAKE_MANIFEST: PluginManifest = {
	id: "spec-board",
	name: "Spec Board",
	version: "0.0.0",
	minAppVersion: "1.5.0",
	description: "Fake manifest for tests.",
	author: "Tests",
};

/** A loaded fake plugin on the app, and the same object typed as Obsidian's Plugin. */
export function createFakePlugin(
	app: App,
	manifest: PluginManifest = FAKE_MANIFEST,
): { plugin: FakePlugin; obsidianPlugin: ObsidianPlugin } {
	const plugin = new FakePlugin(app, manifest);
	plugin.load();
	return { plugin, obsidianPlugin: plugin as unknown as ObsidianPlugin };
}

/** A file of the fake vault by path; throws when absent (tests want a clear failure). */
export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file at ${path}`);
	return file;
}

/** A file of the fake vault by path, typed as Obsidian's TFile for code under test; throws when absent. */
export function obsidianFileAt(app: App, path: string): ObsidianFile {
	return fileAt(app, path) as unknown as ObsidianFile;
}

/** Empties the fake's global records (notices, menus, open modals, settings, handler errors). */
export function resetFakeRecords(): void {
	notices.length = 0;
	shownMenus.length = 0;
	openModals.length = 0;
	allSettings.length = 0;
	fakeErrors.length = 0;
}

/** A manual animation-frame queue: pass `schedule` to code under test, call `flush()` to run the pending frames. */
export function frameQueue(): { schedule: (cb: () => void) => void; flush: () => number; pending: () => number } {
	let queue: (() => void)[] = [];
	return {
		schedule: (cb) => {
			queue.push(cb);
		},
		flush: () => {
			const run = queue;
			queue = [];
			for (const cb of run) cb();
			return run.length;
		},
		pending: () => queue.length,
	};
}

/**
 * Routes the page's key presses through the fake keymap first, as Obsidian does: the newest open modal or suggest
 * popover sees Escape, Enter and the arrow keys before the focused element. For the browser harness.
 */
export function listenForKeys(app: App, doc: Document = document): void {
	doc.addEventListener("keydown", (evt) => void app.keymap.handleKey(evt), { capture: true });
}

/** Lets pending promise callbacks run (several microtask turns). */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await Promise.resolve();
}

export { notices, shownMenus, openModals, allSettings, fakeErrors };
