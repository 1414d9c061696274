// The spec status board: a sidebar view of every spec's status, priority and open questions, with a tag filter.
// It re-renders at most once per animation frame, only when the index or the board's state changed, and only when visible;
// shown again (another sidebar tab, the mobile drawer), it draws the index as it is then.
import { ItemView, debounce, type HoverParent, type HoverPopover, type PaneType, type WorkspaceLeaf } from "obsidian";
import type { SpecFilter } from "../../core/board/filter";
import { filterSpecs } from "../../core/board/filterMatch";
import { NoteForms, type NoteColumns } from "../../core/board/noteKeys";
import { groupRanges, isNotReady, summarize, type Summary } from "../../core/board/rollup";
import { countAttention, type AttentionContext, type AttentionCounts } from "../../core/board/attention";
import { NoteAges, attentionContext, type BoardReviewDeps } from "./boardReview";
import type { BoardState, GroupBy } from "../../core/settings/settings";
import type { SpecNote } from "../../core/model/specNote";
import type { BoardActions } from "./boardActions";
import { BoardFilterBar } from "./boardFilterBar";
import { copyBoardState, domainsInUse, tagsInUse, toggleCollapsed, withTag } from "./boardFilterState";
import { boardItems, type BoardItem } from "./boardItems";
import { renderBoardRow, type MenuPlace, type RowHandlers, type SpecRowParts } from "./boardRows";
import { SummaryBar, type SummaryBarHandlers } from "./boardSummaryBar";
import { focusBoardRow, handleBoardKey, type BoardKeyHandlers } from "./boardKeys";
import { openSpecNote, showSpecRowMenu } from "./specRowMenu";
import {
	FrameRequest,
	listUpdateRequest,
	noMatchMessage,
	noteRowHandlers,
	renderEmptyMessage,
	summaryFilterHandlers,
} from "./boardWiring";
import { createBoardList, prepareBoardRoot, type BoardList } from "./boardList";

/** The board's view type. */
export const VIEW_TYPE_SPEC_BOARD = "spec-board";

/**
 * Runs `callback` soon in a task of its own, so what waits (input, frames) runs first: after a message where the
 * window has MessageChannel (no timer's minimum delay between steps), else after a timer. Returns its cancel.
 */
function soon(win: Window, callback: () => void): () => void {
	const Channel = (win as Window & { MessageChannel?: typeof MessageChannel }).MessageChannel;
	if (Channel === undefined) {
		const timer = win.setTimeout(callback, 0);
		return () => win.clearTimeout(timer);
	}
	const channel = new Channel();
	let cancelled = false;
	channel.port1.onmessage = () => {
		channel.port1.close();
		if (!cancelled) callback();
	};
	channel.port2.postMessage(null);
	return () => {
		cancelled = true;
		channel.port1.close();
	};
}

/** Notes whose filter forms are worked out per step at most in the background after the specs changed... */
const WARM_UP_STEP = 2500;
/** ...and the time a step may take at most, in ms (half a frame). */
const WARM_UP_BUDGET_MS = 8;
/** The background passes over the notes' filter columns, in order: what a filter change needs most comes first. */
const WARM_UP_PASSES: readonly ((columns: NoteColumns, i: number) => void)[] = [
	(columns, i) => columns.fill(i),
	(columns, i) => columns.prepareSearchText(i),
	(columns, i) => columns.prepare(i),
	(columns, i) => columns.indexGrams(i),
];

/** What the board reads: the live index (src/obsidian/specIndex.ts satisfies it). */
export interface BoardSource {
	/** Grows with every change of the specs. */
	readonly revision: number;
	/** Whether the first build has run. */
	readonly isBuilt: boolean;
	/** Whether the vault is still being read (the metadata cache not resolved yet, or notes being read); absent: no. */
	readonly isReadingVault?: boolean;
	/** Every spec note, in board order (rollup's compareSpecs), as the index keeps them. */
	specs(): readonly SpecNote[];
	/** Tells `listener` of every change; returns the function that stops it. */
	onChange(listener: (revision: number) => void): () => void;
}

/** Everything the board needs, passed in by registerBoard. */
export interface BoardViewDeps {
	/** The live index. */
	index: BoardSource;
	/** The saved filter, grouping and collapsed groups. */
	loadState(): BoardState;
	/** Stores the board's state in plugin data. */
	saveState(state: BoardState): void;
	/** Note edits offered in a row's context menu. */
	actions: BoardActions;
	/** The spec tag, left off the rows' tag chips since every spec has it (none when absent). */
	specTag?(): string;
	/** Runs a callback at the next animation frame (tests pass a manual queue). */
	scheduleFrame?(callback: () => void): void;
	/** Who "me" is and when a spec is stale (none: nobody, and the default days). */
	review?: BoardReviewDeps;
}

/** The spec status board view. */
export class BoardView extends ItemView implements HoverParent {
	/** The page preview shown from a row (Obsidian sets it through the hover-link event). */
	hoverPopover: HoverPopover | null = null;
	private state: BoardState;
	private stateVersion = 0;
	private readonly expanded = new Set<string>();
	/** One render per frame, however often one is asked for. */
	private readonly renderRequest = new FrameRequest(
		(callback) => this.schedule(callback),
		() => this.render(),
	);
	private renderedRevision = -1;
	private renderedStateVersion = -1;
	/** The list's update at the next frame (scrolled, resized, the margin), left to a render on its way if any. */
	private readonly scrollRequest = listUpdateRequest(
		(callback) => this.schedule(callback),
		() => this.list,
		() => this.renderRequest.isPending,
	);
	private focusIndex = -1;
	private restoreFocus = false;
	private unsubscribe: (() => void) | null = null;
	private sortedAll: readonly SpecNote[] = [];
	/** The notes' filter forms (lower-cased tags, domains, search text), kept while the board is open. */
	private readonly noteForms = new NoteForms();
	private summary: Summary | null = null;
	private notReadyCount = 0;
	private attention: AttentionCounts | null = null;
	/** The notes' ages, each worked out once a day (they make the stale count, the "Stale" filter and the age labels). */
	private readonly ages: NoteAges;
	/** Who "me" is and which specs are stale, as of the last render. */
	private context: AttentionContext = { me: "", isStale: () => false };
	/** Makes the summary's ids unique to this board. */
	private readonly idPrefix = `spec-board-${Math.random().toString(36).slice(2, 10)}`;
	private filterEl!: HTMLElement;
	/** The author or the stale settings changed since the attention counts were made. */
	private reviewChanged = false;
	private tags: string[] = [];
	private domains: string[] = [];
	private summaryEl!: HTMLElement;
	private summaryBar!: SummaryBar;
	private handlers: RowHandlers | null = null;
	private filterBar!: BoardFilterBar;
	private listEl!: HTMLElement;
	private emptyEl!: HTMLElement;
	private list!: BoardList;
	/** How the drawn rows were drawn (grouping and hidden tag): when it changes, every row is drawn again. */
	private drawnWith = "";
	/** The pending background step that works out the notes' filter forms, if any. */
	private warmUpStop: (() => void) | null = null;
	private readonly saveSoon = debounce((state: BoardState) => this.deps.saveState(state), 400, true);

	/** A board in `leaf`, reading from `deps`. */
	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: BoardViewDeps,
	) {
		super(leaf);
		this.state = copyBoardState(deps.loadState());
		this.icon = "layout-list";
		this.ages = new NoteAges(this.app, deps.review);
	}

	/** The board's view type. */
	getViewType(): string {
		return VIEW_TYPE_SPEC_BOARD;
	}

	/** The tab title. */
	getDisplayText(): string {
		return "Spec board";
	}

	/** Builds the board and starts following the index. */
	async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		const rowHeight = prepareBoardRoot(root);
		this.summaryEl = root.createDiv({ cls: "spec-board-summary" });
		this.summaryBar = new SummaryBar(this.summaryEl, this.summaryHandlers(), this.idPrefix);
		this.filterEl = root.createDiv();
		this.filterBar = new BoardFilterBar(this.app, this.filterEl, this.state, {
			setFilter: (filter) => this.setFilter(filter),
			setGroupBy: (groupBy) => this.setGroupBy(groupBy),
			tags: () => this.tags,
		});
		this.emptyEl = root.createDiv({ cls: "spec-board-empty spec-board-hidden" });
		({ listEl: this.listEl, list: this.list } = createBoardList(this, root, rowHeight, {
			renderItem: (item, el, index, reused) => this.renderItem(item, el, index, reused),
			focusIndex: () => this.focusIndex,
			resized: () => this.scrollRequest.request(),
			onKeyDown: (evt) => this.onKeyDown(evt),
			focusItem: (index) => this.focusItem(index),
		}));
		this.watchShown(root);
		this.unsubscribe = this.deps.index.onChange(() => this.requestRender());
		this.registerEvent(this.app.workspace.on("layout-change", () => this.requestRender()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.requestRender()));
		this.requestRender();
		await Promise.resolve();
	}

	/** Stops following the index and saves the state at once. */
	async onClose(): Promise<void> {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.stopWarmUp();
		this.saveSoon.run();
		await Promise.resolve();
	}

	/** Obsidian calls this when the view is shown or resized. */
	onResize(): void {
		this.requestRender();
	}

	/** The board's current state (a copy). */
	getBoardState(): BoardState {
		return copyBoardState(this.state);
	}

	/** Adds a tag to the filter as included. */
	addTagFilter(tag: string): void {
		this.setFilter(withTag(this.state.filter, tag));
	}

	/** Replaces the filter. */
	setFilter(filter: SpecFilter): void {
		this.commit({ ...this.state, filter });
	}

	/** Switches the grouping. */
	setGroupBy(groupBy: GroupBy): void {
		this.commit({ ...this.state, groupBy });
	}

	private commit(state: BoardState): void {
		this.state = copyBoardState(state);
		this.stateVersion++;
		this.focusIndex = Math.min(this.focusIndex, 0);
		this.saveSoon(copyBoardState(this.state));
		this.requestRender();
	}

	private schedule(callback: () => void): void {
		if (this.deps.scheduleFrame) this.deps.scheduleFrame(callback);
		else this.contentEl.win.requestAnimationFrame(() => callback());
	}

	/** Asks for a render at the next frame (several asks in one frame make one render). */
	requestRender(): void {
		this.renderRequest.request();
	}

	/**
	 * Renders when the board is shown again: a hidden sidebar tab or a closed drawer has no size, and the browser
	 * reports the size it gets back, whether or not Obsidian tells the view. Rendering skips hidden boards, so this is
	 * what brings a board that missed changes up to date.
	 */
	private watchShown(root: HTMLElement): void {
		const Observer = (root.win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
		if (Observer === undefined) return;
		let shown = true;
		const observer = new Observer((entries) => {
			const box = entries[entries.length - 1]?.contentRect;
			const nowShown = box !== undefined && (box.width > 0 || box.height > 0);
			if (nowShown && !shown) this.requestRender();
			shown = nowShown;
		});
		observer.observe(root);
		this.register(() => observer.disconnect());
	}

	private isVisible(): boolean {
		return this.contentEl.isConnected && this.contentEl.isShown();
	}

	/** Renders if the index or the state changed since the last render and the view can be seen. */
	private render(): void {
		const index = this.deps.index;
		if (!this.isVisible()) return;
		const dataChanged = index.revision !== this.renderedRevision;
		if (!dataChanged && this.stateVersion === this.renderedStateVersion) {
			// Nothing new to show: the list only catches up with its scrolling (a skipped scroll update, the margin).
			if (this.list.update()) this.scrollRequest.request();
			return;
		}
		if (dataChanged) {
			const all = index.specs();
			this.sortedAll = all;
			this.summary = summarize(all);
			this.notReadyCount = all.reduce((n, note) => n + (isNotReady(note) ? 1 : 0), 0);
			this.tags = tagsInUse(all);
			this.domains = domainsInUse(all);
			this.warmUp(all);
		}
		// Another day (or other stale settings): the ages, the stale count and the labels are worked out again.
		const agesRestarted = this.ages.refresh();
		if (dataChanged || this.reviewChanged || agesRestarted) {
			this.context = attentionContext(this.deps.review, this.ages);
			this.attention = countAttention(this.sortedAll, this.context);
			this.reviewChanged = false;
		}
		this.renderedRevision = index.revision;
		this.renderedStateVersion = this.stateVersion;
		if (this.summary && this.attention)
			this.summaryBar.show(
				{ summary: this.summary, attention: this.attention, notReady: this.notReadyCount },
				this.state.filter,
				this.state.summaryFolded,
			);
		this.filterBar.update(this.state, this.domains);
		const shown = filterSpecs(this.sortedAll, this.state.filter, this.noteForms, this.context);
		const groups = groupRanges(shown, this.state.groupBy, true);
		const items = boardItems(groups, this.state.groupBy, new Set(this.state.collapsedGroups), this.expanded);
		this.renderEmptyState(!index.isBuilt || index.isReadingVault === true, shown.length);
		const drawWith = `${this.state.groupBy}\u0000${this.hiddenTag()}`;
		this.list.setItems(items, drawWith !== this.drawnWith);
		this.drawnWith = drawWith;
		// The rows in view now, the margin (rows scrolled to next) at the next frame unless another render comes first.
		if (this.list.update(false) || this.list.pending) this.scrollRequest.request();
		if (this.focusIndex >= items.length) this.focusIndex = items.length - 1;
		if (this.restoreFocus && this.focusIndex >= 0) this.focusItem(this.focusIndex);
		this.restoreFocus = false;
	}

	/**
	 * Works out the notes' filter forms in steps between frames, so the first filter change after the specs changed
	 * costs no more than the next: first each note's row of the filter columns (status, priority, flags, tag and domain
	 * sets), then its search text, then the search's letter triples, then the list's index of them (WARM_UP_PASSES):
	 * what a filter change needs first is ready first. A step stops after WARM_UP_STEP notes or WARM_UP_BUDGET_MS,
	 * whichever comes first, and the next follows as soon as the window is free. A newer change starts it over.
	 */
	private warmUp(notes: readonly SpecNote[], pass = 0, from = 0): void {
		this.stopWarmUp();
		if (pass >= WARM_UP_PASSES.length) return;
		const win = this.contentEl.win;
		this.warmUpStop = soon(win, () => {
			this.warmUpStop = null;
			const started = win.performance.now();
			const columns = this.noteForms.columns(notes);
			const work = WARM_UP_PASSES[pass];
			const last = Math.min(from + WARM_UP_STEP, notes.length);
			let i = from;
			while (i < last) {
				work(columns, i++);
				if ((i & 63) === 0 && win.performance.now() - started > WARM_UP_BUDGET_MS) break;
			}
			if (i < notes.length) this.warmUp(notes, pass, i);
			else this.warmUp(notes, pass + 1, 0);
		});
	}

	/** Whether the notes' filter forms are still being worked out in the background (see warmUp). */
	get isPreparing(): boolean {
		return this.warmUpStop !== null;
	}

	private stopWarmUp(): void {
		this.warmUpStop?.();
		this.warmUpStop = null;
	}

	private summaryHandlers(): SummaryBarHandlers {
		return summaryFilterHandlers(
			() => this.state.filter,
			(filter) => this.setFilter(filter),
			() => this.commit({ ...this.state, summaryFolded: !this.state.summaryFolded }),
		);
	}

	/** The message when no row is shown: still reading the vault, no specs at all, or all hidden by the filter. */
	private renderEmptyState(reading: boolean, shown: number): void {
		const el = this.emptyEl;
		el.empty();
		const total = this.sortedAll.length;
		const empty = total === 0 || shown === 0;
		// An empty vault shows the message and the create button only: no zero counts, no filter bar.
		this.summaryEl.toggleClass("spec-board-hidden", total === 0);
		this.filterEl.toggleClass("spec-board-hidden", total === 0);
		el.toggleClass("spec-board-hidden", !empty);
		this.listEl.toggleClass("spec-board-hidden", empty);
		if (!empty) return;
		// Obsidian may still be indexing (first start, a rebuilt cache, a large sync): specs appear as it goes.
		if (reading && total === 0) renderEmptyMessage(el, { title: "Reading the vault…" });
		else if (total === 0)
			renderEmptyMessage(el, {
				title: "No specs found",
				text: "A note is a spec when it has the spec tag or sits in a spec folder (see the settings). Create one from a template to start.",
				button: { text: "Create feature spec", cta: true, onClick: () => this.deps.actions.createSpec() },
			});
		else
			renderEmptyMessage(
				el,
				noMatchMessage(
					() => this.state.filter,
					(filter) => this.setFilter(filter),
					`${total} ${total === 1 ? "spec is" : "specs are"} hidden by the filter.`,
				),
			);
	}

	/** What rows ask of the board: made once (each handler reads the board's state when it is used). */
	private rowHandlers(): RowHandlers {
		this.handlers ??= {
			toggleGroup: (groupKey) => this.commit(toggleCollapsed(this.state, groupKey)),
			toggleExpanded: (path) => this.toggleExpanded(path),
			...noteRowHandlers(this.app, this.deps.actions, VIEW_TYPE_SPEC_BOARD, this),
			addTag: (tag) => this.addTagFilter(tag),
			focused: (index) => {
				this.focusIndex = index;
			},
		};
		return this.handlers;
	}

	private renderItem(
		item: BoardItem,
		el: HTMLElement,
		index: number,
		reused: SpecRowParts | undefined,
	): SpecRowParts | undefined {
		const options = {
			showStatus: this.state.groupBy !== "status",
			hiddenTag: this.hiddenTag(),
			ageOf: (note: SpecNote) => this.ages.ageOf(note),
		};
		return renderBoardRow(item, el, index, this.rowHandlers(), options, index === this.focusIndex, reused);
	}

	private hiddenTag(): string {
		return this.deps.specTag?.() ?? "";
	}

	/**
	 * Draws again after a setting the board shows changed but the notes' reading did not (the author, "stale after"):
	 * who "me" is and which specs are stale are worked out afresh.
	 */
	reviewSettingsChanged(): void {
		this.stateVersion++;
		this.reviewChanged = true;
		this.requestRender();
	}

	/** Shows or hides a note's open questions. */
	toggleExpanded(path: string): void {
		if (this.expanded.has(path)) this.expanded.delete(path);
		else this.expanded.add(path);
		this.stateVersion++;
		this.requestRender();
	}

	/** Opens a note in the leaf `newLeaf` asks for, at a 1-based line when given (the file, never link text). */
	async openNote(path: string, newLeaf: PaneType | boolean, line?: number): Promise<void> {
		await openSpecNote(this.app, path, newLeaf, line);
	}

	private showMenu(path: string, at: MenuPlace): void {
		showSpecRowMenu(this.app, path, at, this.deps.actions);
	}

	/** Moves keyboard focus to the row at `index`, scrolling it into view. */
	focusItem(index: number): void {
		this.focusIndex = focusBoardRow(this.list, this.listEl, index, this.focusIndex);
	}

	/** The board's keys (boardKeys.ts). */
	private onKeyDown(evt: KeyboardEvent): void {
		const handlers: BoardKeyHandlers = {
			open: (path, newLeaf) => void this.openNote(path, newLeaf),
			toggleGroup: (groupKey) => this.commit(toggleCollapsed(this.state, groupKey)),
			toggleExpanded: (path) => this.toggleExpanded(path),
			menu: (path, at) => this.showMenu(path, at),
		};
		if (handleBoardKey(evt, this.list, this.focusIndex, (index) => this.focusItem(index), handlers))
			this.restoreFocus = true;
	}
}
