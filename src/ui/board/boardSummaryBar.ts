// The board's compact summary: one line of what needs attention (always shown, also when folded), then status as one
// labelled stacked bar in lifecycle order and priority as another, each segment a button showing its count.
// A SummaryBar draws it again only when its counts changed: a filter change costs nothing here (a tag, the search
// text), or presses and releases buttons in place (a status, a flag).
import type { AttentionCounts } from "../../core/board/attention";
import type { SpecFilter } from "../../core/board/filter";
import type { Summary } from "../../core/board/rollup";
import { PRIORITIES, STATUSES, type Priority, type Status } from "../../core/model/specNote";
import { setIcon } from "obsidian";
import { nameByHiddenText } from "../accessibleName";

/** What the summary's controls do. */
export interface SummaryBarHandlers {
	/** Show only this status (again: every status). */
	toggleStatus(status: Status): void;
	/** Show only this priority (again: every priority). */
	togglePriority(priority: Priority): void;
	/** Turn one of the attention filters on or off. */
	toggleFlag(flag: AttentionFlag): void;
	/** Fold the summary to its first line, or unfold it. */
	toggleFolded(): void;
}

/** The filter flags the summary's attention line turns on and off. */
export type AttentionFlag =
	"stale" | "missingSignOff" | "waitingOnMe" | "questionsForMe" | "hasOpenQuestions" | "notReady";

/** What the summary shows. */
export interface SummaryBarData {
	/** Counts per status and priority, and open questions. */
	summary: Summary;
	/** Stale specs, missing sign-offs and what waits on me. */
	attention: AttentionCounts;
	/** Specs settled with open questions left. */
	notReady: number;
}

/** How a priority is named on the board. */
export function priorityName(priority: Priority): string {
	return priority === "None" ? "No priority" : priority;
}

/** "3 specs", "1 spec". */
function specs(n: number): string {
	return `${n} ${n === 1 ? "spec" : "specs"}`;
}

/** A CSS-safe slug of a canonical name ("In progress" -> "in-progress"). */
function slug(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

/** The attention line's buttons, in order: label, flag, count, icon. */
function attentionButtons(data: SummaryBarData): [string, AttentionFlag, number, string][] {
	const { attention, summary, notReady } = data;
	return [
		["Stale", "stale", attention.stale, "clock"],
		["Sign-off missing", "missingSignOff", attention.missingSignOff, "user-x"],
		["Waiting on me", "waitingOnMe", attention.waitingOnMe, "user-check"],
		["Questions for me", "questionsForMe", attention.questionsForMe, "at-sign"],
		["Open questions", "hasOpenQuestions", summary.openQuestions, "help-circle"],
		["Not ready", "notReady", notReady, "alert-circle"],
	];
}

/**
 * Draws one stacked bar: a visible label naming the group, then one button per non-zero value in order, its width
 * following its count, showing the count; its name (a tooltip in Obsidian) says what it counts. Pressed while it
 * filters.
 */
function stackedBar<T extends string>(
	parent: HTMLElement,
	id: string,
	label: string,
	kind: "status" | "priority",
	values: readonly T[],
	counts: Readonly<Record<T, number>>,
	nameOf: (value: T) => string,
	isPressed: (value: T) => boolean,
	onClick: (value: T) => void,
): void {
	const row = parent.createDiv({ cls: ["spec-board-bar-row", `spec-board-${kind}-bar-row`] });
	row.createSpan({ cls: "spec-board-bar-label", text: label, attr: { id } });
	const bar = row.createDiv({
		cls: ["spec-board-bar", `spec-board-${kind}-bar`],
		attr: { role: "group", "aria-labelledby": id },
	});
	for (const value of values) {
		const count = counts[value];
		const pressed = isPressed(value);
		if (count === 0 && !pressed) continue;
		const segment = bar.createEl("button", {
			cls: ["spec-board-bar-segment", `spec-board-${kind}-${slug(value)}`],
			text: String(count),
			attr: {
				"aria-label": `${nameOf(value)}: ${specs(count)}`,
				"aria-pressed": String(pressed),
				"data-value": value,
			},
		});
		segment.toggleClass("is-active", pressed);
		segment.toggleClass("is-unrecognized", value === "Unrecognized");
		// Grows with its count; never narrower than its number (styles.css).
		segment.setCssProps({ "--spec-board-share": String(Math.max(count, 1)) });
		segment.addEventListener("click", () => onClick(value));
	}
}

/**
 * Redraws the summary into `el` (emptied first). The first line folds and unfolds the rest and lists what needs
 * attention (only non-zero counts, and those that filter now). Unfolded, status and priority follow as stacked bars.
 * `idPrefix` makes the labels' ids unique to this board.
 */
export function renderSummaryBar(
	el: HTMLElement,
	data: SummaryBarData,
	filter: SpecFilter,
	folded: boolean,
	handlers: SummaryBarHandlers,
	idPrefix: string,
): void {
	el.empty();
	el.toggleClass("is-folded", folded);
	const head = el.createDiv({ cls: "spec-board-summary-head" });
	// In a narrow sidebar only the chevron shows (styles.css): the button is named by aria-label, a tooltip in Obsidian.
	const fold = head.createEl("button", {
		cls: "spec-board-summary-fold clickable-icon",
		attr: {
			"aria-expanded": String(!folded),
			"aria-controls": `${idPrefix}-summary-body`,
			"aria-label": folded ? "Show the counts by status and priority" : "Fold the counts to one line",
		},
	});
	setIcon(fold.createSpan({ cls: "spec-board-summary-fold-icon" }), "chevron-down");
	fold.createSpan({ cls: "spec-board-summary-total", text: specs(data.summary.notes) });
	fold.addEventListener("click", () => handlers.toggleFolded());
	const attention = head.createDiv({ cls: "spec-board-attention", attr: { role: "group" } });
	// Named by hidden text: Obsidian would show an aria-label as a tooltip over the whole line.
	nameByHiddenText(attention, "Needs attention");
	for (const [label, flag, count, icon] of attentionButtons(data)) {
		const pressed = filter[flag];
		if (count === 0 && !pressed) continue;
		// In a narrow sidebar the label is hidden and the icon stands for it (styles.css): named by aria-label.
		const button = attention.createEl("button", {
			cls: ["spec-board-attention-count", `spec-board-attention-${slug(flag)}`],
			attr: { "aria-pressed": String(pressed), "data-flag": flag, "aria-label": `${label}: ${count}` },
		});
		button.toggleClass("is-active", pressed);
		setIcon(button.createSpan({ cls: "spec-board-attention-icon" }), icon);
		button.createSpan({ cls: "spec-board-attention-label", text: label });
		button.createSpan({ cls: "spec-board-attention-value", text: String(count) });
		button.addEventListener("click", () => handlers.toggleFlag(flag));
	}
	if (folded) return;
	const body = el.createDiv({ cls: "spec-board-summary-body", attr: { id: `${idPrefix}-summary-body` } });
	stackedBar(
		body,
		`${idPrefix}-status-label`,
		"Status",
		"status",
		STATUSES,
		data.summary.byStatus,
		(status) => status,
		(status) => isOnly(filter.statuses, status),
		(status) => handlers.toggleStatus(status),
	);
	stackedBar(
		body,
		`${idPrefix}-priority-label`,
		"Priority",
		"priority",
		PRIORITIES,
		data.summary.byPriority,
		priorityName,
		(priority) => isOnly(filter.priorities, priority),
		(priority) => handlers.togglePriority(priority),
	);
}

/** Whether the filter shows only this status or only this priority (that segment is pressed). */
function isOnly<T extends string>(chosen: readonly T[], value: T): boolean {
	return chosen.length === 1 && chosen[0] === value;
}

/**
 * The summary's shape for `data`, `filter` and `folded`, as one string: which buttons it has and the count each
 * shows. Two equal shapes are the same elements, told apart at most by which buttons are pressed.
 */
function summaryShape(data: SummaryBarData, filter: SpecFilter, folded: boolean): string {
	const parts: (string | number | boolean)[] = [folded, data.summary.notes];
	// A button with nothing to count is there only while it filters.
	const shown = (count: number, pressed: boolean): string => (count > 0 || pressed ? String(count) : "-");
	for (const [, flag, count] of attentionButtons(data)) parts.push(shown(count, filter[flag]));
	for (const status of STATUSES) parts.push(shown(data.summary.byStatus[status], isOnly(filter.statuses, status)));
	for (const priority of PRIORITIES)
		parts.push(shown(data.summary.byPriority[priority], isOnly(filter.priorities, priority)));
	return parts.join("|");
}

/** Which of the summary's buttons `filter` presses, as one string. */
function pressedKey(data: SummaryBarData, filter: SpecFilter): string {
	const flags = attentionButtons(data).map(([, flag]) => (filter[flag] ? "1" : "0"));
	return `${flags.join("")}|${filter.statuses.join(",")}|${filter.priorities.join(",")}`;
}

/** Presses and releases the drawn buttons in `el` as `filter` says (the same elements renderSummaryBar draws). */
function pressButtons(el: HTMLElement, filter: SpecFilter): void {
	const press = (button: HTMLElement, pressed: boolean): void => {
		button.setAttr("aria-pressed", String(pressed));
		button.toggleClass("is-active", pressed);
	};
	for (const button of el.findAll(".spec-board-attention-count"))
		press(button, filter[button.getAttr("data-flag") as AttentionFlag]);
	for (const button of el.findAll(".spec-board-status-bar .spec-board-bar-segment"))
		press(button, isOnly<string>(filter.statuses, button.getAttr("data-value") ?? ""));
	for (const button of el.findAll(".spec-board-priority-bar .spec-board-bar-segment"))
		press(button, isOnly<string>(filter.priorities, button.getAttr("data-value") ?? ""));
}

/**
 * One board's summary in its element. It is drawn again only when its shape changed (see summaryShape): a filter
 * change that leaves the counts as they were costs nothing here, or presses and releases buttons in place.
 */
export class SummaryBar {
	/** The shape drawn now, and which buttons are pressed ("": nothing drawn yet). */
	private shape = "";
	private pressed = "";
	/** How many times the summary was drawn from scratch (tests count it). */
	draws = 0;

	/** A summary drawn into `el`; `idPrefix` makes its ids unique to the board. */
	constructor(
		private readonly el: HTMLElement,
		private readonly handlers: SummaryBarHandlers,
		private readonly idPrefix: string,
	) {}

	/** Shows `data` under `filter`, folded or not. */
	show(data: SummaryBarData, filter: SpecFilter, folded: boolean): void {
		const shape = summaryShape(data, filter, folded);
		const pressed = pressedKey(data, filter);
		if (shape === this.shape) {
			if (pressed !== this.pressed) pressButtons(this.el, filter);
		} else {
			renderSummaryBar(this.el, data, filter, folded, this.handlers, this.idPrefix);
			this.draws++;
		}
		this.shape = shape;
		this.pressed = pressed;
	}

	/** Empties the summary (drawn again by the next `show`). */
	clear(): void {
		this.shape = "";
		this.pressed = "";
		this.el.empty();
	}
}
