// What both boards (the sidebar view and the Bases view) wire alike: the row handlers about a row's note, the summary
// bar's filter toggles, and the empty-state messages. Each board keeps what differs: its state, its texts, collapsing,
// folding and focus.
import { Keymap, TFile, type App, type HoverParent } from "obsidian";
import type { SpecFilter } from "../../core/board/filter";
import type { OpenQuestion } from "../../core/model/specNote";
import type { BoardActions } from "./boardActions";
import { clearedFilter, isEmptyFilter, toggleOnly } from "./boardFilterState";
import type { RowHandlers } from "./boardRows";
import type { AttentionFlag, SummaryBarHandlers } from "./boardSummaryBar";
import { openSpecNote, showSpecRowMenu } from "./specRowMenu";

/** The row handlers about a row's note. */
export type NoteRowHandlers = Pick<RowHandlers, "open" | "openAt" | "hover" | "menu" | "checkQuestion">;

/** Ticks an open question in the note at `path`; the board follows when the note changes. False when it is gone. */
export function checkQuestionAt(
	app: App,
	actions: BoardActions,
	path: string,
	question: OpenQuestion,
): Promise<boolean> {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) return Promise.resolve(false);
	return actions.checkQuestion(file, question, true);
}

/**
 * A row's note, alike on both boards: opened as the file itself (a new tab with Ctrl/Cmd; at a 1-based line), a page
 * preview on hover (`hoverSource` is the board's view type, as registered with registerHoverLinkSource), the row menu,
 * and ticking a question.
 */
export function noteRowHandlers(
	app: App,
	actions: BoardActions,
	hoverSource: string,
	hoverParent: HoverParent,
): NoteRowHandlers {
	return {
		open: (path, evt) => void openSpecNote(app, path, Keymap.isModEvent(evt)),
		openAt: (path, line, evt) => void openSpecNote(app, path, Keymap.isModEvent(evt), line),
		hover: (path, evt, targetEl) =>
			app.workspace.trigger("hover-link", {
				event: evt,
				source: hoverSource,
				hoverParent,
				targetEl,
				linktext: path,
				sourcePath: "",
			}),
		menu: (path, at) => showSpecRowMenu(app, path, at, actions),
		checkQuestion: (path, question) => checkQuestionAt(app, actions, path, question),
	};
}

/** The summary bar's handlers: its segments and attention line toggle the board's filter; folding is the board's own. */
export function summaryFilterHandlers(
	filter: () => SpecFilter,
	setFilter: (filter: SpecFilter) => void,
	toggleFolded: () => void,
): SummaryBarHandlers {
	return {
		toggleStatus: (status) => setFilter({ ...filter(), statuses: toggleOnly(filter().statuses, status) }),
		togglePriority: (priority) => setFilter({ ...filter(), priorities: toggleOnly(filter().priorities, priority) }),
		toggleFlag: (flag: AttentionFlag) => setFilter({ ...filter(), [flag]: !filter()[flag] }),
		toggleFolded,
	};
}

/** What an empty board says: a title, maybe a line of text, maybe a button. */
export interface EmptyMessage {
	/** The message's title ("No specs found"). */
	title: string;
	/** A line under it. */
	text?: string;
	/** A button under it. */
	button?: {
		/** Its text. */
		text: string;
		/** Whether it is the call to action (`mod-cta`). */
		cta?: boolean;
		/** Whether it is there but hidden. */
		hidden?: boolean;
		/** What a click does. */
		onClick: () => void;
	};
}

/** Draws an empty board's message into `el` (emptied by the caller). */
export function renderEmptyMessage(el: HTMLElement, message: EmptyMessage): void {
	el.createDiv({ cls: "spec-board-empty-title", text: message.title });
	if (message.text !== undefined) el.createDiv({ cls: "spec-board-empty-text", text: message.text });
	const { button } = message;
	if (button === undefined) return;
	const buttonEl = el.createEl(
		"button",
		button.cta === true ? { cls: "mod-cta", text: button.text } : { text: button.text },
	);
	buttonEl.addEventListener("click", () => button.onClick());
	if (button.hidden === true) buttonEl.addClass("spec-board-hidden");
}

/** The message when the filter hides every spec: "Clear filter" clears it (the button is hidden when it is empty). */
export function noMatchMessage(
	filter: () => SpecFilter,
	setFilter: (filter: SpecFilter) => void,
	text?: string,
): EmptyMessage {
	return {
		title: "No spec matches the filter",
		text,
		button: {
			text: "Clear filter",
			hidden: isEmptyFilter(filter()),
			onClick: () => setFilter(clearedFilter(filter())),
		},
	};
}

/** Work asked for at the next frame, run once however often it is asked for before then (a render, a scroll update). */
export class FrameRequest {
	private pending = false;

	constructor(
		private readonly schedule: (callback: () => void) => void,
		private readonly run: () => void,
	) {}

	/** Whether the work is asked for and not done yet. */
	get isPending(): boolean {
		return this.pending;
	}

	/** Asks for the work at the next frame (nothing more when it is asked for already). */
	request(): void {
		if (this.pending) return;
		this.pending = true;
		this.schedule(() => {
			this.pending = false;
			this.run();
		});
	}
}

/**
 * One update of a board's list per frame while it is scrolled or resized, asked for again while rows are left to
 * measure. With `renderPending`, the update is left out when a render is on its way (it brings the list up to date).
 */
export function listUpdateRequest(
	schedule: (callback: () => void) => void,
	list: () => { update(): boolean },
	renderPending: () => boolean = () => false,
): FrameRequest {
	const request: FrameRequest = new FrameRequest(schedule, () => {
		if (renderPending()) return;
		if (list().update()) request.request();
	});
	return request;
}
