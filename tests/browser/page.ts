// The browser harness page: the real BoardView, index and core over the in-memory Obsidian, with a fixture vault.
// Bundled by tests/browser/buildPage.mjs (esbuild aliases `obsidian` to the fake); driven by run.mjs and the bench.
import type { WorkspaceLeaf } from "obsidian";
import { emptyFilter } from "../../src/core/board/filter";
import { defaultReadOptions } from "../../src/core/reading/readOptions";
import type { BoardState } from "../../src/core/settings/settings";
import { SpecIndex } from "../../src/obsidian/specIndex";
import { BoardView } from "../../src/ui/board/boardView";
import { asObsidianApp, createFakeApp, frameQueue, shownMenus } from "../support/fakeApp";
import { setPlatform, type FakePlatform } from "../support/obsidianFake";
import { dropTouchContextMenus, installTooltips } from "./obsidianTooltip";
import { noBoardActions } from "../support/boardActions";
import { HARNESS_TODAY, dateHarnessFiles } from "./harnessClock";
import { defaultStaleAfterDays } from "../../src/core/board/ageing";

/** What the page gives its driver on `window.specBoard`. */
export interface BoardPage {
	view: BoardView;
	index: SpecIndex;
	/** The in-memory app (links opened are recorded on its workspace). */
	app: ReturnType<typeof createFakeApp>;
	/** Runs pending frames at once (bench mode only); returns how many ran. */
	flushFrames(): number;
	/** Paths of the notes in the vault. */
	paths: string[];
	/** Notes opened in a leaf, leaf by leaf, with the line asked for (0-based) where there is one. */
	opened(): { path: string; line: number | null }[];
	/** The item titles of every menu shown, oldest first. */
	menus(): string[][];
}

declare global {
	interface Window {
		/** The vault: path -> text, set by the page's HTML before this bundle runs. */
		specBoardFixture: Record<string, string>;
		/** "bench" drives frames by hand; anything else uses requestAnimationFrame. */
		specBoardMode: string;
		/** The platform the fake app reports (desktop unless the page says otherwise). */
		specBoardPlatform?: FakePlatform;
		/** Set once the board is open. */
		specBoard: BoardPage;
	}
}

async function main(): Promise<void> {
	const platform = window.specBoardPlatform ?? "desktop";
	setPlatform(platform);
	// The body classes Obsidian sets on phones and tablets.
	if (platform !== "desktop")
		document.body.classList.add("is-mobile", platform === "ipad" ? "is-tablet" : "is-phone");
	installTooltips();
	if (platform === "iphone" || platform === "ipad") dropTouchContextMenus();
	const app = createFakeApp({ files: window.specBoardFixture });
	dateHarnessFiles(app);
	// The vault holds the notes now, as bytes (as a disk does): the page lets go of its own copy of their text, so the
	// page's heap holds what Obsidian's would, not every note's text besides.
	window.specBoardFixture = {};
	const o = asObsidianApp(app);
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		defaultReadOptions(),
	);
	index.start(() => undefined);
	// The double's metadata cache indexes the notes after a timer, as Obsidian's does: wait for it, then for the reads.
	await app.metadataCache.settle();
	await index.whenSettled();
	let state: BoardState = { filter: emptyFilter(), groupBy: "status", collapsedGroups: [], summaryFolded: false };
	const frames = frameQueue();
	const bench = window.specBoardMode === "bench";
	const leaf = app.workspace.getRightLeaf(false);
	const view = new BoardView(leaf as unknown as WorkspaceLeaf, {
		index,
		loadState: () => state,
		saveState: (s) => {
			state = s;
		},
		actions: noBoardActions(),
		specTag: () => "spec",
		review: { author: () => "", staleAfterDays: defaultStaleAfterDays, now: () => new Date(HARNESS_TODAY) },
		scheduleFrame: bench ? frames.schedule : undefined,
	});
	const sidebar = document.querySelector(".spec-board-harness-sidebar .workspace-leaf");
	if (!sidebar) throw new Error("the page has no sidebar");
	await leaf.open(view as never);
	sidebar.appendChild(view.containerEl);
	view.requestRender();
	if (bench) frames.flush();
	window.specBoard = {
		view,
		index,
		app,
		flushFrames: () => frames.flush(),
		paths: app.vault.getMarkdownFiles().map((f) => f.path),
		opened: () =>
			app.workspace.leaves.flatMap((l) =>
				l.openedFiles.map((o) => {
					const line = (o.openState?.eState as { line?: number } | undefined)?.line;
					return { path: o.file.path, line: typeof line === "number" ? line : null };
				}),
			),
		menus: () => shownMenus.map((m) => m.items.flatMap((i) => (i === "separator" ? [] : [i.title]))),
	};
	document.body.dataset.ready = "true";
}

main().catch((error: unknown) => {
	document.body.dataset.error = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
});
