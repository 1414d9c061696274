// The browser page of the Spec board view inside a base: the real view (registered as the plugin registers it), the
// index and the core over the in-memory Obsidian and the Bases double, in a frame drawn like a base's tab (toolbar,
// then the view's container). Bundled and driven by basesShots.mjs, which saves light and dark screenshots.
import { SPEC_BASES_VIEW_TYPE } from "../../src/core/board/specBase";
import { readOptionsFromSettings } from "../../src/core/reading/readOptions";
import { defaultSettings } from "../../src/core/settings/settings";
import { SpecIndex } from "../../src/obsidian/specIndex";
import { registerSpecBasesView } from "../../src/ui/board/registerBasesView";
import { FakeBase, registrationsOf } from "../support/basesFake";
import { asObsidianApp, createFakeApp, createFakePlugin } from "../support/fakeApp";
import { noBoardActions } from "../support/boardActions";
import { HARNESS_TODAY, dateHarnessFiles } from "./harnessClock";

declare global {
	interface Window {
		/** The vault: path -> text, set by the page's HTML before this bundle runs. */
		specBoardFixture: Record<string, string>;
		/** Set once the base is open. */
		specBase: FakeBase;
	}
}

/** A base's toolbar as the app draws it: the view's name, then its menus, "New" last (text only, for the picture). */
function drawToolbar(frame: HTMLElement): void {
	const toolbar = frame.createDiv({ cls: "spec-board-harness-base-toolbar" });
	toolbar.createSpan({ cls: "spec-board-harness-base-view-name", text: "Spec board" });
	toolbar.createSpan({ cls: "spec-board-harness-base-results", text: "Specs folder" });
	for (const label of ["Sort", "Filter", "Properties", "New"])
		toolbar.createSpan({ cls: "spec-board-harness-base-button", text: label });
}

async function main(): Promise<void> {
	const app = createFakeApp({ files: window.specBoardFixture });
	dateHarnessFiles(app);
	const { obsidianPlugin } = createFakePlugin(app);
	const o = asObsidianApp(app);
	const settings = defaultSettings();
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		readOptionsFromSettings(settings),
	);
	index.start((ref) => obsidianPlugin.registerEvent(ref));
	await index.whenSettled();
	registerSpecBasesView(obsidianPlugin, {
		index,
		actions: noBoardActions(),
		getSettings: () => settings,
		now: () => new Date(HARNESS_TODAY),
	});
	const registration = registrationsOf(app).basesViews.get(SPEC_BASES_VIEW_TYPE);
	if (!registration) throw new Error("the Spec board view was not registered");
	const frame = document.querySelector<HTMLElement>(".spec-board-harness-base");
	if (!frame) throw new Error("the page has no base frame");
	drawToolbar(frame);
	// The base of "Create spec base": the specs folder (the example vault's notes elsewhere are left out).
	window.specBase = new FakeBase(app, registration, {
		name: "Spec board",
		filter: (file) => file.extension === "md" && file.path.startsWith("Specs/"),
		stored: { specBoardShowQuestions: false },
		parentEl: frame.createDiv({ cls: "spec-board-harness-base-body" }),
	});
	document.body.dataset.ready = "true";
}

main().catch((error: unknown) => {
	document.body.dataset.error = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
});
