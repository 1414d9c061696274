// The Spec board inside a base: the base's entries (filtered and sorted by Bases) read as specs through the plugin's
// live index, drawn with the sidebar board's rows, summary and virtual list. It depends on no Bases API: the view
// (registerBasesView.ts) hands it the entries' paths and the view's options, read afresh at every render, so no
// entry or query result outlives the update that brought it.
import { Component, type App, type HoverParent } from "obsidian";
import { emptyFilter, type SpecFilter } from "../../core/board/filter";
import { filterSpecs } from "../../core/board/filterMatch";
import { NoteForms } from "../../core/board/noteKeys";
import { groupRanges, isNotReady, summarize } from "../../core/board/rollup";
import { countAttention } from "../../core/board/attention";
import { SPEC_BASES_OPTION_KEYS } from "../../core/board/specBase";
import type { SpecNote } from "../../core/model/specNote";
import type { GroupBy } from "../../core/settings/settings";
import type { BoardActions } from "./boardActions";
import { collapseKey, withTag } from "./boardFilterState";
import { boardItems, type BoardItem } from "./boardItems";
import { renderBoardRow, type RowHandlers, type RowOptions, type SpecRowParts } from "./boardRows";
import { SummaryBar, type SummaryBarHandlers } from "./boardSummaryBar";
import { NoteAges, attentionContext, type BoardReviewDeps } from "./boardReview";
import { VIEW_TYPE_SPEC_BOARD } from "./boardView";
import { openSpecNote } from "./specRowMenu";
import {
	FrameRequest,
	listUpdateRequest,
	noMatchMessage,
	noteRowHandlers,
	renderEmptyMessage,
	summaryFilterHandlers,
} from "./boardWiring";
import { createBoardList, prepareBoardRoot, type BoardList } from "./boardList";
import { focusBoardRow, handleBoardKey, type BoardKeyHandlers } from "./boardKeys";

/** The view's options as the `.base` file stores them, with their defaults filled in. */
export interface BasesBoardOptions {
	/** Group rows by status, priority, domain or tag. */
	groupBy: GroupBy;
	/** Show every spec's open questions under it (each row can still be folded). */
	showQuestions: boolean;
	/** Show the counts per status and priority above the rows. */
	showCounts: boolean;
}

const GROUP_BY_VALUES: readonly GroupBy[] = ["status", "priority", "domain", "tag"];

/** The options from a view's stored values (`config.get`), which may be missing or anything a person typed. */
export function basesBoardOptions(get: (key: string) => unknown): BasesBoardOptions {
	const groupBy = get(SPEC_BASES_OPTION_KEYS.groupBy);
	const showQuestions = get(SPEC_BASES_OPTION_KEYS.showQuestions);
	const showCounts = get(SPEC_BASES_OPTION_KEYS.showCounts);
	return {
		groupBy: GROUP_BY_VALUES.find((g) => g === groupBy) ?? "status",
		showQuestions: showQuestions === true,
		showCounts: showCounts !== false,
	};
}

/** What the board reads: the plugin's live index (src/obsidian/specIndex.ts satisfies it). */
export interface SpecLookup {
	/** Grows with every change of the specs. */
	readonly revision: number;
	/** Whether the first build has started. */
	readonly isBuilt: boolean;
	/** Whether the vault is still being read (the board says so rather than "no specs"). */
	readonly isReadingVault?: boolean;
	/** The spec note at a path, when the note is a spec. */
	get(path: string): SpecNote | undefined;
	/** Tells `listener` of every change; returns the function that stops it. */
	onChange(listener: (revision: number) => void): () => void;
}

/** Everything the board needs, passed in by the view. */
export interface BasesBoardDeps {
	app: App;
	/** The live index. */
	index: SpecLookup;
	/** Set status / set priority (the commands' implementations). */
	actions: BoardActions;
	/** The spec tag, left off the rows' tag chips (none when absent). */
	specTag(): string;
	/** The paths of the base's entries, in the base's order, as of now. */
	entryPaths(): readonly string[];
	/** The view's options, as of now. */
	options(): BasesBoardOptions;
	/** The base's "New": a spec that matches the base's filters. */
	newSpec(): void;
	/** The view, for page previews. */
	hoverParent: HoverParent;
	/** Runs a callback at the next animation frame (tests pass a manual queue). */
	scheduleFrame?(callback: () => void): void;
	/** Who "me" is and when a spec is stale, for the attention counts, age labels and personal filters. */
	review?: BoardReviewDeps;
}

/** The board drawn in a base's view container. */
export class BasesBoard extends Component {
	private readonly rootEl: HTMLElement;
	private readonly summaryEl: HTMLElement;
	/** The counts, drawn again only when their shape changes (see SummaryBar). */
	private readonly summaryBar: SummaryBar;
	/** The rows' handlers (see rowHandlers). */
	private handlers: RowHandlers | null = null;
	private readonly noteEl: HTMLElement;
	private readonly emptyEl: HTMLElement;
	private readonly listEl: HTMLElement;
	private readonly list: BoardList;
	/** A filter set from the counts and tag chips, for this view only while it is open (the base's filters are the lasting ones). */
	private filter: SpecFilter = emptyFilter();
	/** Whether the summary is folded to its first line, for this view while it is open. */
	private summaryFolded = false;
	/** Makes the summary's label ids unique to this board. */
	private readonly idPrefix = `spec-board-bases-${Math.random().toString(36).slice(2, 10)}`;
	/** The notes' filter forms (lower-cased tags, domains, search text), kept while the view is open. */
	private readonly noteForms = new NoteForms();
	/** The notes' ages, each worked out once a day. */
	private readonly ages: NoteAges;
	/** Groups folded while the view is open, by collapseKey. */
	private readonly collapsed = new Set<string>();
	/** Notes whose questions are shown (or, with "show open questions" on, hidden) against the option. */
	private readonly toggled = new Set<string>();
	/** The row the keyboard is on (-1: none yet), and whether the next render gives it the focus back. */
	private focusIndex = -1;
	private restoreFocus = false;
	/** One render per frame, however often one is asked for. */
	private readonly renderRequest = new FrameRequest(
		(callback) => this.schedule(callback),
		() => {
			if (!this.closed) this.render();
		},
	);
	private readonly scrollRequest = listUpdateRequest(
		(callback) => this.schedule(callback),
		() => this.list,
	);
	/** How the drawn rows were drawn (grouping and hidden tag): when it changes, every row is drawn again. */
	private drawnWith = "";
	/** Whether the board was unloaded (it draws no more). It draws before it is loaded too: it then just does not follow the index. */
	private closed = false;
	/** How spec rows are drawn, as of the last render. */
	private rowOptions: RowOptions = { showStatus: false, hiddenTag: "" };
	/** Test helper: how many times the board was drawn. */
	renders = 0;

	/** A board inside `containerEl`, reading from `deps`; it follows the index once loaded. */
	constructor(
		containerEl: HTMLElement,
		private readonly deps: BasesBoardDeps,
	) {
		super();
		this.ages = new NoteAges(deps.app, deps.review);
		this.rootEl = containerEl.createDiv({ cls: "spec-board-bases" });
		const rowHeight = prepareBoardRoot(this.rootEl);
		this.summaryEl = this.rootEl.createDiv({ cls: "spec-board-summary" });
		this.summaryBar = new SummaryBar(this.summaryEl, this.summaryHandlers(), this.idPrefix);
		this.noteEl = this.rootEl.createDiv({ cls: "spec-board-bases-note spec-board-hidden" });
		this.emptyEl = this.rootEl.createDiv({ cls: "spec-board-empty spec-board-hidden" });
		({ listEl: this.listEl, list: this.list } = createBoardList(this, this.rootEl, rowHeight, {
			renderItem: (item, el, index, reused) => this.renderItem(item, el, index, reused),
			focusIndex: () => this.focusIndex,
			resized: () => this.scrollRequest.request(),
			onKeyDown: (evt) => this.onKeyDown(evt),
			focusItem: (index) => this.focusItem(index),
		}));
	}

	/** Follows the index and the list's scrolling. */
	onload(): void {
		this.register(this.deps.index.onChange(() => this.requestRender()));
		this.requestRender();
	}

	/** Removes the board from the base's container. */
	onunload(): void {
		this.closed = true;
		this.rootEl.remove();
	}

	/** Asks for a render at the next frame (several asks in one frame make one render). */
	requestRender(): void {
		this.renderRequest.request();
	}

	private schedule(callback: () => void): void {
		if (this.deps.scheduleFrame) this.deps.scheduleFrame(callback);
		else this.rootEl.win.requestAnimationFrame(() => callback());
	}

	/** The base's entries as spec notes (each once), and how many entries are not specs. */
	private specsOfEntries(): { specs: SpecNote[]; others: number } {
		const { index } = this.deps;
		const specs: SpecNote[] = [];
		const seen = new Set<string>();
		let others = 0;
		for (const path of this.deps.entryPaths()) {
			if (seen.has(path)) continue;
			seen.add(path);
			const note = index.get(path);
			if (note) specs.push(note);
			else others++;
		}
		return { specs, others };
	}

	/** Draws the board from the base's entries as they are now. */
	private render(): void {
		this.renders++;
		const options = this.deps.options();
		const { specs, others } = this.specsOfEntries();
		const summary = summarize(specs);
		const notReady = specs.reduce((n, note) => n + (isNotReady(note) ? 1 : 0), 0);
		this.ages.refresh();
		const context = attentionContext(this.deps.review, this.ages);
		this.summaryEl.toggleClass("spec-board-hidden", !options.showCounts);
		if (options.showCounts)
			this.summaryBar.show(
				{ summary, attention: countAttention(specs, context), notReady },
				this.filter,
				this.summaryFolded,
			);
		else this.summaryBar.clear();
		this.renderNote(others);

		const shown = filterSpecs(specs, this.filter, this.noteForms, context);
		const groups = groupRanges(shown, options.groupBy, true);
		const items = boardItems(groups, options.groupBy, this.collapsed, this.expandedPaths(shown, options));
		this.renderEmptyState(specs.length, shown.length, others);
		this.rowOptions = {
			showStatus: options.groupBy !== "status",
			hiddenTag: this.deps.specTag(),
			ageOf: (note) => this.ages.ageOf(note),
		};
		const drawWith = `${options.groupBy}\u0000${this.rowOptions.hiddenTag}`;
		this.list.setItems(items, drawWith !== this.drawnWith);
		this.drawnWith = drawWith;
		if (this.list.update()) this.scrollRequest.request();
		if (this.focusIndex >= items.length) this.focusIndex = items.length - 1;
		if (this.restoreFocus && this.focusIndex >= 0) this.focusItem(this.focusIndex);
		this.restoreFocus = false;
	}

	/** The notes whose questions are shown: the toggled ones, or (with the option on) every other one. */
	private expandedPaths(shown: readonly SpecNote[], options: BasesBoardOptions): ReadonlySet<string> {
		if (!options.showQuestions) return this.toggled;
		const expanded = new Set<string>();
		for (const note of shown)
			if (note.openQuestions.length > 0 && !this.toggled.has(note.path)) expanded.add(note.path);
		return expanded;
	}

	/** Says how many of the base's notes Spec Board does not read as specs (they are left off the board). */
	private renderNote(others: number): void {
		const show = others > 0 && this.deps.index.isBuilt && this.deps.index.isReadingVault !== true;
		this.noteEl.toggleClass("spec-board-hidden", !show);
		this.noteEl.setText(
			show
				? `${others} ${others === 1 ? "note" : "notes"} of this base ${others === 1 ? "is" : "are"} not a spec and left off the board.`
				: "",
		);
	}

	private renderEmptyState(specs: number, shown: number, others: number): void {
		const el = this.emptyEl;
		el.empty();
		const built = this.deps.index.isBuilt && this.deps.index.isReadingVault !== true;
		const empty = !built || specs === 0 || shown === 0;
		el.toggleClass("spec-board-hidden", !empty);
		this.listEl.toggleClass("spec-board-hidden", empty);
		if (!empty) return;
		if (!built) renderEmptyMessage(el, { title: "Reading specs…" });
		else if (specs === 0)
			renderEmptyMessage(el, {
				title: "No specs in this base",
				text:
					others > 0
						? "The base's filters let notes through, but none of them is a spec: a spec has a status, the spec tag or an open questions section."
						: "Nothing matches the base's filters. Create a spec from a template to start.",
				button: { text: "New spec", cta: true, onClick: () => this.deps.newSpec() },
			});
		else
			renderEmptyMessage(
				el,
				noMatchMessage(
					() => this.filter,
					(filter) => this.setFilter(filter),
				),
			);
	}

	private setFilter(filter: SpecFilter): void {
		this.filter = filter;
		this.requestRender();
	}

	private summaryHandlers(): SummaryBarHandlers {
		return summaryFilterHandlers(
			() => this.filter,
			(filter) => this.setFilter(filter),
			() => {
				this.summaryFolded = !this.summaryFolded;
				this.requestRender();
			},
		);
	}

	/** What rows ask of the board: made once (each handler reads the board's state when it is used). */
	private rowHandlers(): RowHandlers {
		const { app } = this.deps;
		this.handlers ??= {
			toggleGroup: (groupKey) => {
				const key = collapseKey(this.deps.options().groupBy, groupKey);
				if (!this.collapsed.delete(key)) this.collapsed.add(key);
				this.requestRender();
			},
			toggleExpanded: (path) => {
				if (!this.toggled.delete(path)) this.toggled.add(path);
				this.requestRender();
			},
			...noteRowHandlers(app, this.deps.actions, VIEW_TYPE_SPEC_BOARD, this.deps.hoverParent),
			addTag: (tag) => this.setFilter(withTag(this.filter, tag)),
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
		return renderBoardRow(item, el, index, this.rowHandlers(), this.rowOptions, index === this.focusIndex, reused);
	}

	/** Moves keyboard focus to the row at `index`, scrolling it into view. */
	private focusItem(index: number): void {
		this.focusIndex = focusBoardRow(this.list, this.listEl, index, this.focusIndex);
	}

	/** The board's keys (boardKeys.ts). */
	private onKeyDown(evt: KeyboardEvent): void {
		const handlers: BoardKeyHandlers = {
			...this.rowHandlers(),
			open: (path, newLeaf) => void openSpecNote(this.deps.app, path, newLeaf),
		};
		if (handleBoardKey(evt, this.list, this.focusIndex, (index) => this.focusItem(index), handlers))
			this.restoreFocus = true;
	}

	/** Test helper: how many row elements are in the DOM (the list is virtualised). */
	get renderedRows(): number {
		return this.list.renderedCount;
	}
}
