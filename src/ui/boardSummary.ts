// The board's summary: counts per status and priority and the open-question total, each a button that filters to it.
import type { SpecFilter } from "../core/board/filter";
import type { Summary } from "../core/board/rollup";
import { PRIORITIES, STATUSES, type Priority, type Status } from "../core/model/specNote";
import { nameByHiddenText } from "./accessibleName";
import { slug } from "./boardRows";

/** What the counts do when clicked. */
export interface SummaryHandlers {
	/** Show only this status (again: every status). */
	toggleStatus(status: Status): void;
	/** Show only this priority (again: every priority). */
	togglePriority(priority: Priority): void;
	/** Show only specs with open questions (again: all). */
	toggleHasQuestions(): void;
	/** Show only specs that are not ready (again: all). */
	toggleNotReady(): void;
}

function countButton(
	parent: HTMLElement,
	cls: string[],
	label: string,
	count: number,
	pressed: boolean,
	onClick: () => void,
): void {
	// Named by its text ("Draft 2"), pressed while it filters: no aria-label, which Obsidian would show as a tooltip.
	const button = parent.createEl("button", {
		cls: ["spec-board-count", ...cls],
		attr: { "aria-pressed": String(pressed) },
	});
	button.toggleClass("is-active", pressed);
	button.toggleClass("is-zero", count === 0);
	button.createSpan({ cls: "spec-board-count-label", text: label });
	button.appendText(" "); // read as "Draft 2", not "Draft2" (a flex container does not draw it)
	button.createSpan({ cls: "spec-board-count-value", text: String(count) });
	button.addEventListener("click", onClick);
}

/** Redraws the summary into `el` (emptied first). */
export function renderSummary(
	el: HTMLElement,
	summary: Summary,
	notReady: number,
	filter: SpecFilter,
	handlers: SummaryHandlers,
): void {
	el.empty();
	const statuses = el.createDiv({ cls: "spec-board-counts spec-board-status-counts", attr: { role: "group" } });
	nameByHiddenText(statuses, "Specs per status");
	for (const status of STATUSES) {
		const n = summary.byStatus[status];
		const pressed = filter.statuses.length === 1 && filter.statuses[0] === status;
		countButton(statuses, [`spec-board-status-${slug(status)}`], status, n, pressed, () =>
			handlers.toggleStatus(status),
		);
	}
	const priorities = el.createDiv({ cls: "spec-board-counts spec-board-priority-counts", attr: { role: "group" } });
	nameByHiddenText(priorities, "Specs per priority");
	for (const priority of PRIORITIES) {
		const n = summary.byPriority[priority];
		const pressed = filter.priorities.length === 1 && filter.priorities[0] === priority;
		const label = priority === "None" ? "No priority" : priority;
		countButton(priorities, [`spec-board-priority-${slug(priority)}`], label, n, pressed, () =>
			handlers.togglePriority(priority),
		);
	}
	const attention = el.createDiv({ cls: "spec-board-counts spec-board-attention-counts", attr: { role: "group" } });
	nameByHiddenText(attention, "Needs attention");
	countButton(
		attention,
		["spec-board-count-questions"],
		"Open questions",
		summary.openQuestions,
		filter.hasOpenQuestions,
		() => handlers.toggleHasQuestions(),
	);
	countButton(attention, ["spec-board-count-not-ready"], "Not ready", notReady, filter.notReady, () =>
		handlers.toggleNotReady(),
	);
}
