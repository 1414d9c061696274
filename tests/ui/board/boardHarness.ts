// The board view over a fake app, for the board's DOM tests: open it, read its rows and counts, click and press keys.
import type { OpenViewState, WorkspaceLeaf } from "obsidian";
import { emptyFilter } from "../../../src/core/board/filter";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import type { BoardState } from "../../../src/core/settings/settings";
import { SpecIndex } from "../../../src/obsidian/specIndex";
import { BoardView, type BoardSource } from "../../../src/ui/board/boardView";
import type { App, TFile } from "../../support/obsidianFake";
import { asObsidianApp, createIndexedApp, frameQueue, resetFakeRecords } from "../../support/fakeApp";
import { noBoardActions } from "../../support/boardActions";

/** A spec note's text with a title, status, priority, more frontmatter lines and body lines. */
export function note(
	title: string,
	status: string,
	priority: string,
	extra: string[] = [],
	body: string[] = [],
): string {
	return [
		"---",
		`title: "${title}"`,
		`status: ${status}`,
		`priority: ${priority}`,
		...extra,
		"---",
		`# ${title}`,
		"",
		...body,
		"",
	].join("\n");
}

/** Five specs: payments, search, legacy, and one full of HTML characters. */
export const FILES: Record<string, string> = {
	"Specs/pay.md": note(
		"Pay by card",
		"Approved",
		"High",
		["tags: [spec, area/payments]", 'domain: "[[Payments]]"'],
		["## Open questions", "", "- [ ] Which cards?", "- [ ] 3-D Secure?"],
	),
	"Specs/refunds.md": note("Refunds", "Draft", "Medium", ["tags: [spec, area/payments]"]),
	"Specs/search.md": note("Search", "In progress", "Critical", ["tags: [spec, area/search]"]),
	"Specs/legacy.md": note("Legacy export", "Deprecated", "Low", ["tags: [spec, areas]"]),
	"Specs/ideas.md": note("Ideas & <notes>", "Draft", "High", ["tags: [spec]"]),
};

/** An open board over a fake app, with its manual frames and the calls it made. */
export interface Harness {
	app: App;
	view: BoardView;
	root: HTMLElement;
	frames: ReturnType<typeof frameQueue>;
	saved: BoardState[];
	statusCalls: string[];
	createCalls: number[];
}

/** The board state a fresh board starts with. */
export function initialState(): BoardState {
	return { filter: emptyFilter(), groupBy: "status", collapsedGroups: [], summaryFolded: false };
}

/** Opens a board in a right-sidebar leaf over `files` (default FILES) and draws its first frame. */
export async function openBoard(
	options: { files?: Record<string, string>; state?: BoardState; source?: BoardSource } = {},
): Promise<Harness> {
	resetFakeRecords();
	const app = await createIndexedApp({ files: options.files ?? FILES });
	const o = asObsidianApp(app);
	let source = options.source;
	if (!source) {
		const index = new SpecIndex(
			{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
			defaultReadOptions(),
		);
		index.start(() => undefined);
		await index.whenSettled();
		source = index;
	}
	const frames = frameQueue();
	const saved: BoardState[] = [];
	const statusCalls: string[] = [];
	const createCalls: number[] = [];
	const state = options.state ?? initialState();
	const leaf = app.workspace.getRightLeaf(false);
	const view = new BoardView(leaf as unknown as WorkspaceLeaf, {
		index: source,
		loadState: () => state,
		saveState: (s) => saved.push(s),
		actions: noBoardActions({
			setStatus: (file) => void statusCalls.push(file.path),
			createSpec: () => void createCalls.push(1),
		}),
		scheduleFrame: frames.schedule,
	});
	await leaf.open(view as never);
	frames.flush();
	return { app, view, root: view.contentEl, frames, saved, statusCalls, createCalls };
}

/** The row titles shown, in order. */
export function titles(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll(".spec-board-row-title")).map((el) => el.textContent ?? "");
}

/** The group labels shown, in order. */
export function groups(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll(".spec-board-group-label")).map((el) => el.textContent ?? "");
}

/** The summary count button with this label. */
export function count(root: HTMLElement, label: string): HTMLButtonElement {
	// A bar segment by its value ("Draft"), an attention count by its label ("Not ready").
	const button =
		root.querySelector<HTMLButtonElement>(`.spec-board-bar-segment[data-value="${label}"]`) ??
		Array.from(root.querySelectorAll<HTMLButtonElement>(".spec-board-attention-count")).find(
			(b) => b.querySelector(".spec-board-attention-label")?.textContent === label,
		);
	if (!button) throw new Error(`no count ${label}`);
	return button;
}

/** Clicks an element (bubbling, cancelable). */
export function click(el: Element, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

/** Presses a key on an element (keydown, bubbling, cancelable). */
export function key(el: Element, k: string): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
}

/** Every note opened in a leaf (leaf by leaf, each oldest first), with its view state: the board opens files, not link text. */
export function openedFiles(app: App): { path: string; openState?: OpenViewState }[] {
	return app.workspace.leaves.flatMap((leaf) =>
		leaf.openedFiles.map((o: { file: TFile; openState?: OpenViewState }) => ({
			path: o.file.path,
			openState: o.openState,
		})),
	);
}
