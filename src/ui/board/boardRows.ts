// Drawing one board row: a group header, or a spec with its badges, chips, marks and (expanded) open questions.
// Every piece of note text is set as text, never as HTML. Rows are named by hidden text, not aria-label, which
// Obsidian would show as a tooltip over the whole row; only icon-only controls carry a tooltip.
import { setIcon, setTooltip } from "obsidian";
import type { OpenQuestion, SpecNote } from "../../core/model/specNote";
import type { StatusAge } from "../../core/board/ageing";
import { isNotReady } from "../../core/board/rollup";
import { nameByHiddenText } from "../accessibleName";
import type { BoardItem, GroupItem, SpecItem } from "./boardItems";
import { renderQuestionItem, signOffLabel } from "./rowReview";

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

/** Draws a group header into a fresh element (a header's element is never reused: there are a few, and they change little). */
export function renderGroupRow(item: GroupItem, el: HTMLElement, index: number, handlers: RowHandlers): undefined {
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
	return undefined;
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

/** One piece of a spec row's meta line, as drawn: an element drawn for one kind is patched only for the same kind. */
interface MetaPart {
	kind: "status" | "questions" | "sign-off" | "age" | "not-ready" | "warning" | "domain" | "tag";
	/** The element's whole class list. */
	cls: string;
	/** Its text (the problems' tooltip for a warning, the count for questions). */
	text: string;
	/** Its attributes (the same names for every part of a kind). */
	attrs: Record<string, string>;
}

/** A drawn meta part: its element and what it shows. */
interface DrawnMetaPart {
	el: HTMLElement;
	part: MetaPart;
}

/**
 * What a drawn spec row keeps, so the virtual list can have it draw another note (collapsed rows only): its parts,
 * what each shows now, and the note's path its listeners read.
 */
export interface SpecRowParts {
	path: string;
	name: HTMLElement;
	main: HTMLElement;
	/** The expand button (a note with open questions) or a spacer of its width; null until first drawn. */
	lead: HTMLElement | null;
	leadIsButton: boolean;
	title: HTMLElement;
	priority: HTMLElement | null;
	more: HTMLElement;
	meta: HTMLElement;
	metaParts: DrawnMetaPart[];
	questions: HTMLElement | null;
}

/** The meta line's parts for a note, in the order they are drawn. */
function metaParts(note: SpecNote, notReady: boolean, options: RowOptions): MetaPart[] {
	const parts: MetaPart[] = [];
	const questions = note.openQuestions.length;
	if (options.showStatus)
		parts.push({
			kind: "status",
			cls: `spec-board-status spec-board-status-${slug(note.status)}`,
			text: note.status === "Unrecognized" ? (note.statusRaw ?? note.status) : note.status,
			attrs: {},
		});
	if (questions > 0)
		parts.push({
			kind: "questions",
			cls: "spec-board-question-count",
			text: String(questions),
			attrs: { "aria-label": questionCountLabel(questions) },
		});
	const signOff = signOffLabel(note);
	if (signOff !== null) {
		const problem = note.problems.some((p) => p.code === "missing-sign-off");
		parts.push({
			kind: "sign-off",
			cls: `spec-board-sign-off ${signOff.complete ? "is-complete" : "is-missing"}${problem ? " is-problem" : ""}`,
			text: signOff.text,
			// Obsidian shows the name as a tooltip: the label, then who is missing.
			attrs: { "aria-label": `${signOff.text}. ${signOff.detail}` },
		});
	}
	const age = options.ageOf?.(note) ?? null;
	if (age !== null)
		parts.push({
			kind: "age",
			cls: `spec-board-age ${age.stale ? "is-stale" : "is-fresh"}`,
			text: age.label,
			attrs: {
				"aria-label": `${age.label}${age.stale ? ", stale" : ""}. ${age.explanation}`,
				"data-source": age.source,
			},
		});
	if (notReady) parts.push({ kind: "not-ready", cls: "spec-board-not-ready", text: "Not ready", attrs: {} });
	// An icon: its tooltip (and name) lists the problems, one per line.
	if (note.problems.length > 0)
		parts.push({
			kind: "warning",
			cls: "spec-board-warning",
			text: note.problems.map((p) => p.message).join("\n"),
			attrs: {},
		});
	for (const domain of note.domains)
		parts.push({ kind: "domain", cls: "spec-board-domain", text: domain, attrs: {} });
	for (const tag of note.tags) {
		if (isRedundantTag(tag, options.hiddenTag)) continue;
		parts.push({ kind: "tag", cls: "spec-board-tag", text: `#${tag}`, attrs: { tabindex: "-1", "data-tag": tag } });
	}
	return parts;
}

/** A new element for a meta part, before `before` in `meta` (at the end when null). */
function createMetaPart(meta: HTMLElement, part: MetaPart, before: ChildNode | null): HTMLElement {
	const el = meta.createEl(part.kind === "tag" ? "button" : "span");
	if (before !== null) meta.insertBefore(el, before);
	el.className = part.cls;
	for (const [name, value] of Object.entries(part.attrs)) el.setAttribute(name, value);
	if (part.kind === "questions") {
		setIcon(el.createSpan({ cls: "spec-board-icon" }), "help-circle");
		el.createSpan({ text: part.text });
	} else if (part.kind === "warning") {
		setIcon(el, "alert-triangle");
		setTooltip(el, part.text);
	} else el.setText(part.text);
	return el;
}

/** Brings a meta part's element from showing `was` to showing `part` (the same kind), writing only what differs. */
function patchMetaPart(el: HTMLElement, was: MetaPart, part: MetaPart): void {
	if (was.cls !== part.cls) el.className = part.cls;
	for (const [name, value] of Object.entries(part.attrs)) if (was.attrs[name] !== value) el.setAttribute(name, value);
	if (was.text === part.text) return;
	if (part.kind === "questions") (el.lastElementChild as HTMLElement).setText(part.text);
	else if (part.kind === "warning") setTooltip(el, part.text);
	else el.setText(part.text);
}

/** Draws the meta line's parts, patching the elements drawn before where the kinds line up. */
function drawMetaParts(parts: SpecRowParts, wanted: readonly MetaPart[]): void {
	const drawn = parts.metaParts;
	const next: DrawnMetaPart[] = [];
	let at = 0;
	for (const part of wanted) {
		// Parts of kinds this note lacks are dropped until one of the wanted kind comes.
		while (
			at < drawn.length &&
			drawn[at].part.kind !== part.kind &&
			!wanted.some((w) => w.kind === drawn[at].part.kind)
		)
			drawn[at++].el.remove();
		const old = at < drawn.length && drawn[at].part.kind === part.kind ? drawn[at++] : undefined;
		if (old !== undefined) {
			patchMetaPart(old.el, old.part, part);
			next.push({ el: old.el, part });
		} else next.push({ el: createMetaPart(parts.meta, part, at < drawn.length ? drawn[at].el : null), part });
	}
	while (at < drawn.length) drawn[at++].el.remove();
	parts.metaParts = next;
}

/** The expand button's (or spacer's) element for a note with (or without) open questions. */
function createLead(main: HTMLElement, button: boolean): HTMLElement {
	const lead = button
		? main.createEl("button", { cls: "spec-board-expand clickable-icon", attr: { tabindex: -1 } })
		: main.createSpan({ cls: "spec-board-expand-spacer" });
	if (button) setIcon(lead, "chevron-right");
	main.prepend(lead);
	return lead;
}

/**
 * A spec row's skeleton in a fresh element, with its listeners: one each on the row, which tell a click on the expand
 * button, the more button or a tag chip from a click on the row, and read the note's path from the parts.
 */
function createSpecRow(el: HTMLElement, handlers: RowHandlers): SpecRowParts {
	el.addClass("spec-board-row");
	el.setAttrs({ role: "treeitem", tabindex: -1 });
	const name = nameByHiddenText(el, "");
	const main = el.createDiv({ cls: "spec-board-row-main" });
	const title = main.createSpan({ cls: "spec-board-row-title" });
	// The row menu without a right click (iOS fires no contextmenu on a long press): always shown on mobile.
	const more = main.createEl("button", {
		cls: "spec-board-row-more clickable-icon",
		attr: { "aria-label": "More options", "aria-haspopup": "menu", tabindex: -1 },
	});
	setIcon(more, "more-vertical");
	const meta = el.createDiv({ cls: "spec-board-row-meta" });
	const parts: SpecRowParts = {
		path: "",
		name,
		main,
		lead: null,
		leadIsButton: false,
		title,
		priority: null,
		more,
		meta,
		metaParts: [],
		questions: null,
	};
	el.addEventListener("click", (evt) => {
		// No `instanceof Element`: in a popout window the row's elements come from another window's Element.
		const target = evt.target as Partial<Element> | null;
		const control =
			typeof target?.closest === "function"
				? target.closest(".spec-board-expand, .spec-board-row-more, .spec-board-tag")
				: null;
		if (control && el.contains(control)) {
			evt.stopPropagation();
			if (control.hasClass("spec-board-tag")) {
				handlers.addTag(control.getAttribute("data-tag") ?? "");
				return;
			}
			handlers.focused(rowIndex(el));
			if (control === parts.more) handlers.menu(parts.path, { under: parts.more });
			else handlers.toggleExpanded(parts.path);
			return;
		}
		handlers.focused(rowIndex(el));
		handlers.open(parts.path, evt);
	});
	el.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) handlers.open(parts.path, evt);
	});
	el.addEventListener("contextmenu", (evt) => {
		evt.preventDefault();
		handlers.menu(parts.path, { evt });
	});
	el.addEventListener("mouseover", (evt) => handlers.hover(parts.path, evt, el));
	return parts;
}

/**
 * Draws a spec row (and its open questions when expanded) into `el`: a fresh element, or one drawn for another note
 * with the parts it kept (`reused`), which is patched: only what differs is written. Returns the row's parts.
 */
export function renderSpecRow(
	item: SpecItem,
	el: HTMLElement,
	index: number,
	handlers: RowHandlers,
	options: RowOptions,
	reused?: SpecRowParts,
): SpecRowParts {
	const { note } = item;
	const questions = note.openQuestions.length;
	const notReady = isNotReady(note);
	const parts = reused ?? createSpecRow(el, handlers);
	parts.path = note.path;
	el.toggleClass("is-expanded", item.expanded);
	el.toggleClass("is-not-ready", notReady);
	el.setAttrs({ "data-index": index, "data-path": note.path });
	const label = rowLabel(note, notReady);
	if (parts.name.textContent !== label) parts.name.setText(label);
	if (questions > 0) el.setAttr("aria-expanded", String(item.expanded));
	else el.removeAttribute("aria-expanded");

	if (parts.lead === null || parts.leadIsButton !== questions > 0) {
		parts.lead?.remove();
		parts.lead = createLead(parts.main, questions > 0);
		parts.leadIsButton = questions > 0;
	}
	if (parts.leadIsButton)
		parts.lead.setAttrs({
			"aria-label": item.expanded ? "Hide open questions" : "Show open questions",
			"aria-expanded": String(item.expanded),
		});
	if (parts.title.textContent !== note.title) parts.title.setText(note.title);
	if (note.priority === "None") {
		parts.priority?.remove();
		parts.priority = null;
	} else {
		parts.priority ??= parts.main.insertBefore(parts.main.createSpan(), parts.more);
		const cls = `spec-board-priority spec-board-priority-${slug(note.priority)}`;
		if (parts.priority.className !== cls) parts.priority.className = cls;
		const text = note.priority === "Unrecognized" ? (note.priorityRaw ?? "?") : note.priority;
		if (parts.priority.textContent !== text) parts.priority.setText(text);
	}
	drawMetaParts(parts, metaParts(note, notReady, options));

	parts.questions?.remove();
	parts.questions = null;
	if (item.expanded && questions > 0) {
		const list = el.createEl("ul", { cls: "spec-board-questions" });
		nameByHiddenText(list, `Open questions of ${note.title}`);
		for (const q of note.openQuestions) {
			renderQuestionItem(list.createEl("li"), q, {
				check: (question) => handlers.checkQuestion(note.path, question),
				open: (question, evt) => handlers.openAt(note.path, question.line, evt),
			});
		}
		parts.questions = list;
	}
	return parts;
}

/**
 * Draws any board row, a group header or a spec row (patched when `reused`, see renderSpecRow), and marks whether it
 * has the keyboard focus. Returns the spec row's parts (none for a header).
 */
export function renderBoardRow(
	item: BoardItem,
	el: HTMLElement,
	index: number,
	handlers: RowHandlers,
	options: RowOptions,
	focused: boolean,
	reused?: SpecRowParts,
): SpecRowParts | undefined {
	const parts =
		item.kind === "group"
			? renderGroupRow(item, el, index, handlers)
			: renderSpecRow(item, el, index, handlers, options, reused);
	el.toggleClass("is-focused", focused);
	return parts;
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
