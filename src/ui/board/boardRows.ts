// Drawing one board row: a group header, or a spec with its badges, chips, marks and (expanded) open questions.
// Every piece of note text is set as text, never as HTML. Rows are named by hidden text, not aria-label, which
// Obsidian would show as a tooltip over the whole row; only icon-only controls carry a tooltip.
import { setIcon, setTooltip } from "obsidian";
import type { OpenQuestion, SpecNote } from "../../core/model/specNote";
import type { StatusAge } from "../../core/board/ageing";
import { isNotReady } from "../../core/board/rollup";
import { nameByHiddenText } from "../accessibleName";
import type { GroupItem, SpecItem } from "./boardItems";
import { renderQuestionItem, renderReviewMarks } from "./rowReview";

/** Height of a group header row, in pixels (styles.css reads it from --spec-board-group-height). */
export const GROUP_ROW_HEIGHT = 30;
/** Height of a collapsed spec row, in pixels (styles.css reads it from --spec-board-row-height). */
export const SPEC_ROW_HEIGHT = 56;
/** Height of a collapsed spec row on phones and tablets, with room for touch. */
export const SPEC_ROW_HEIGHT_MOBILE = 64;
/** Height estimated per open question before an expanded row is measured. */
export const QUESTION_ROW_HEIGHT = 26;

/** What rows ask of the view when people use them. */
export interface RowHandlers {
	/** Collapse or open a group. */
	toggleGroup(groupKey: string): void;
	/** Show or hide a note's open questions. */
	toggleExpanded(path: string): void;
	/** Open the note (a new tab with Ctrl/Cmd). */
	open(path: string, evt: MouseEvent): void;
	/** Open the note at a 1-based line. */
	openAt(path: string, line: number, evt: MouseEvent): void;
	/** The pointer is over a row (page preview). */
	hover(path: string, evt: MouseEvent, targetEl: HTMLElement): void;
	/** The row's menu, at the pointer (a right click) or under an element (the more button). */
	menu(path: string, at: MenuPlace): void;
	/** Add a tag to the filter. */
	addTag(tag: string): void;
	/** The row at this index got focus by pointer. */
	focused(index: number): void;
	/** Tick an open question in the note; resolves true when written. */
	checkQuestion(path: string, question: OpenQuestion): Promise<boolean>;
}

/** Where a row menu opens: at a mouse event, or under an element. */
export type MenuPlace = { evt: MouseEvent } | { under: HTMLElement };

/** A CSS-safe slug of a canonical name ("In progress" -> "in-progress"). */
export function slug(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

/** A row's current index in the list (a drawn row is kept when the list around it changes, so it is read when used). */
export function rowIndex(el: HTMLElement): number {
	return Number(el.getAttribute("data-index") ?? -1);
}

/** Brings a kept row up to date with its new index in the list. */
export function moveRow(el: HTMLElement, index: number): void {
	el.setAttr("data-index", index);
}

/** Draws a group header. */
export function renderGroupRow(item: GroupItem, el: HTMLElement, index: number, handlers: RowHandlers): void {
	el.addClass("spec-board-group");
	el.toggleClass("is-collapsed", item.collapsed);
	el.setAttrs({
		role: "treeitem",
		tabindex: -1,
		"aria-expanded": String(!item.collapsed),
		"data-index": index,
	});
	nameByHiddenText(el, `${item.label}, ${item.count} ${item.count === 1 ? "spec" : "specs"}`);
	const chevron = el.createSpan({ cls: "spec-board-group-chevron" });
	setIcon(chevron, "chevron-down");
	el.createSpan({ cls: "spec-board-group-label", text: item.label });
	el.createSpan({ cls: "spec-board-group-count", text: String(item.count) });
	el.addEventListener("click", () => {
		handlers.focused(rowIndex(el));
		handlers.toggleGroup(item.groupKey);
	});
}

function questionCountLabel(n: number): string {
	return n === 1 ? "1 open question" : `${n} open questions`;
}

/** How a spec row is drawn besides its note. */
export interface RowOptions {
	/** Show the status badge (not needed when grouped by status). */
	showStatus: boolean;
	/** A tag left off the chips (the spec tag, which every spec has); "" for none. */
	hiddenTag: string;
	/** How long the note has stood in its status, for the age label (null: no label). */
	ageOf?(note: SpecNote): StatusAge | null;
}

/** Whether a tag chip would only repeat what the row shows: the spec tag, or a status/priority tag. */
function isRedundantTag(tag: string, hiddenTag: string): boolean {
	const lower = tag.toLowerCase();
	return (
		(hiddenTag !== "" && lower === hiddenTag.toLowerCase()) ||
		lower.startsWith("status/") ||
		lower.startsWith("priority/")
	);
}

/** Draws a spec row (and its open questions when expanded). */
export function renderSpecRow(
	item: SpecItem,
	el: HTMLElement,
	index: number,
	handlers: RowHandlers,
	options: RowOptions,
): void {
	const { note } = item;
	const questions = note.openQuestions.length;
	const notReady = isNotReady(note);
	el.addClass("spec-board-row");
	el.toggleClass("is-expanded", item.expanded);
	el.toggleClass("is-not-ready", notReady);
	el.setAttrs({
		role: "treeitem",
		tabindex: -1,
		"data-index": index,
		"data-path": note.path,
	});
	nameByHiddenText(el, rowLabel(note, notReady));
	if (questions > 0) el.setAttr("aria-expanded", String(item.expanded));

	const main = el.createDiv({ cls: "spec-board-row-main" });
	if (questions > 0) {
		const expand = main.createEl("button", {
			cls: "spec-board-expand clickable-icon",
			attr: {
				"aria-label": item.expanded ? "Hide open questions" : "Show open questions",
				"aria-expanded": String(item.expanded),
				tabindex: -1,
			},
		});
		setIcon(expand, "chevron-right");
		expand.addEventListener("click", (evt) => {
			evt.stopPropagation();
			handlers.focused(rowIndex(el));
			handlers.toggleExpanded(note.path);
		});
	} else {
		main.createSpan({ cls: "spec-board-expand-spacer" });
	}
	main.createSpan({ cls: "spec-board-row-title", text: note.title });
	if (note.priority !== "None") {
		main.createSpan({
			cls: ["spec-board-priority", `spec-board-priority-${slug(note.priority)}`],
			text: note.priority === "Unrecognized" ? (note.priorityRaw ?? "?") : note.priority,
		});
	}
	// The row menu without a right click (iOS fires no contextmenu on a long press): always shown on mobile.
	const more = main.createEl("button", {
		cls: "spec-board-row-more clickable-icon",
		attr: { "aria-label": "More options", "aria-haspopup": "menu", tabindex: -1 },
	});
	setIcon(more, "more-vertical");
	more.addEventListener("click", (evt) => {
		evt.stopPropagation();
		handlers.focused(rowIndex(el));
		handlers.menu(note.path, { under: more });
	});

	const meta = el.createDiv({ cls: "spec-board-row-meta" });
	if (options.showStatus)
		meta.createSpan({
			cls: ["spec-board-status", `spec-board-status-${slug(note.status)}`],
			text: note.status === "Unrecognized" ? (note.statusRaw ?? note.status) : note.status,
		});
	if (questions > 0) {
		const count = meta.createSpan({
			cls: "spec-board-question-count",
			attr: { "aria-label": questionCountLabel(questions) },
		});
		setIcon(count.createSpan({ cls: "spec-board-icon" }), "help-circle");
		count.createSpan({ text: String(questions) });
	}
	renderReviewMarks(meta, note, options.ageOf?.(note) ?? null);
	if (notReady) meta.createSpan({ cls: "spec-board-not-ready", text: "Not ready" });
	if (note.problems.length > 0) {
		// An icon: its tooltip (and name) lists the problems, one per line.
		const warning = meta.createSpan({ cls: "spec-board-warning" });
		setIcon(warning, "alert-triangle");
		setTooltip(warning, note.problems.map((p) => p.message).join("\n"));
	}
	for (const domain of note.domains) meta.createSpan({ cls: "spec-board-domain", text: domain });
	for (const tag of note.tags) {
		if (isRedundantTag(tag, options.hiddenTag)) continue;
		const chip = meta.createEl("button", {
			cls: "spec-board-tag",
			text: `#${tag}`,
			attr: { tabindex: -1, "data-tag": tag },
		});
		chip.addEventListener("click", (evt) => {
			evt.stopPropagation();
			handlers.addTag(tag);
		});
	}

	if (item.expanded && questions > 0) {
		const list = el.createEl("ul", { cls: "spec-board-questions" });
		nameByHiddenText(list, `Open questions of ${note.title}`);
		for (const q of note.openQuestions) {
			renderQuestionItem(list.createEl("li"), q, {
				check: (question) => handlers.checkQuestion(note.path, question),
				open: (question, evt) => handlers.openAt(note.path, question.line, evt),
			});
		}
	}

	el.addEventListener("click", (evt) => {
		handlers.focused(rowIndex(el));
		handlers.open(note.path, evt);
	});
	el.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) handlers.open(note.path, evt);
	});
	el.addEventListener("contextmenu", (evt) => {
		evt.preventDefault();
		handlers.menu(note.path, { evt });
	});
	el.addEventListener("mouseover", (evt) => handlers.hover(note.path, evt, el));
}

/** The row's accessible name: title, status, priority and what needs attention. */
function rowLabel(note: SpecNote, notReady: boolean): string {
	const parts = [note.title, note.status, `priority ${note.priority}`];
	if (note.openQuestions.length > 0) parts.push(questionCountLabel(note.openQuestions.length));
	if (notReady) parts.push("not ready");
	if (note.problems.length > 0)
		parts.push(`${note.problems.length} ${note.problems.length === 1 ? "problem" : "problems"}`);
	return parts.join(", ");
}
