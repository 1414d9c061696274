// The board's filter bar: search, tag input with suggestions and chips, all/any, status/priority/domain, toggles, grouping.
import type { App } from "obsidian";
import type { SpecFilter } from "../../core/board/filter";
import type { BoardState, GroupBy } from "../../core/settings/settings";
import { PRIORITIES, STATUSES } from "../../core/model/specNote";
import { clearedFilter, cycleTag, isEmptyFilter, withTag } from "./boardFilterState";
import { nameByHiddenText } from "../accessibleName";
import { isComposingKey } from "../keys";
import { TagSuggest } from "../pickers/tagSuggest";

/** What the filter bar reads and changes. */
export interface FilterBarHandlers {
	/** A new filter was chosen. */
	setFilter(filter: SpecFilter): void;
	/** A new grouping was chosen. */
	setGroupBy(groupBy: GroupBy): void;
	/** The tags the specs use (for suggestions). */
	tags(): readonly string[];
}

const GROUPINGS: readonly { value: GroupBy; label: string }[] = [
	{ value: "status", label: "Group by status" },
	{ value: "priority", label: "Group by priority" },
	{ value: "domain", label: "Group by domain" },
	{ value: "tag", label: "Group by tag" },
];

const ANY = "";

function select(parent: HTMLElement, cls: string, ariaLabel: string): HTMLSelectElement {
	return parent.createEl("select", { cls: ["dropdown", cls], attr: { "aria-label": ariaLabel } });
}

/** A text or search box with a placeholder, named for screen readers by `ariaLabel`. */
function input(
	parent: HTMLElement,
	cls: string,
	type: "search" | "text",
	placeholder: string,
	ariaLabel: string,
): HTMLInputElement {
	return parent.createEl("input", { cls, type, placeholder, attr: { "aria-label": ariaLabel } });
}

function option(selectEl: HTMLSelectElement, value: string, label: string): void {
	selectEl.createEl("option", { text: label, attr: { value } });
}

/** The filters that depend on who "me" is or on the clock, offered under "More filters". */
type PersonalFlag = "mine" | "waitingOnMe" | "questionsForMe" | "stale";
const PERSONAL_FILTERS: [PersonalFlag, string][] = [
	["mine", "Mine"],
	["waitingOnMe", "Waiting on me"],
	["questionsForMe", "Questions for me"],
	["stale", "Stale"],
];

/** The filter bar; `update` brings its controls in line with a state without stealing focus. */
export class BoardFilterBar {
	private state: BoardState;
	private readonly searchEl: HTMLInputElement;
	private readonly groupEl: HTMLSelectElement;
	private readonly tagInputEl: HTMLInputElement;
	private readonly tagModeEl: HTMLButtonElement;
	private readonly chipsEl: HTMLElement;
	private readonly statusEl: HTMLSelectElement;
	private readonly priorityEl: HTMLSelectElement;
	private readonly domainEl: HTMLSelectElement;
	private readonly questionsEl: HTMLInputElement;
	private readonly notReadyEl: HTMLInputElement;
	/** The personal filters' checkboxes, by filter flag. */
	private readonly personalEls: [PersonalFlag, HTMLInputElement][] = [];
	private readonly clearEl: HTMLButtonElement;
	private domains: readonly string[] = [];

	/** Builds the bar into `el`. */
	constructor(
		app: App,
		el: HTMLElement,
		state: BoardState,
		private readonly handlers: FilterBarHandlers,
	) {
		this.state = state;
		el.addClass("spec-board-filter-bar");
		const top = el.createDiv({ cls: "spec-board-filter-row" });
		this.searchEl = input(top, "spec-board-search", "search", "Search titles and questions", "Search specs");
		this.searchEl.addEventListener("input", () => this.change({ text: this.searchEl.value }));
		this.groupEl = select(top, "spec-board-group-by", "Group by");
		for (const g of GROUPINGS) option(this.groupEl, g.value, g.label);
		this.groupEl.addEventListener("change", () => handlers.setGroupBy(this.groupEl.value as GroupBy));

		const tagRow = el.createDiv({ cls: "spec-board-filter-row" });
		this.tagInputEl = input(tagRow, "spec-board-tag-input", "text", "Filter by tag…", "Add a tag to the filter");
		new TagSuggest(
			app,
			this.tagInputEl,
			() => handlers.tags(),
			(tag) => this.addTag(tag),
		);
		this.tagInputEl.addEventListener("keydown", (evt) => {
			// Enter that an input method or the suggestions took is theirs; an empty box adds nothing.
			if (evt.key !== "Enter" || isComposingKey(evt) || evt.defaultPrevented) return;
			if (this.tagInputEl.value.trim() === "") return;
			evt.preventDefault();
			this.addTag(this.tagInputEl.value);
			this.tagInputEl.value = "";
		});
		this.tagModeEl = tagRow.createEl("button", { cls: "spec-board-tag-mode" });
		this.tagModeEl.addEventListener("click", () =>
			this.change({ tagMode: this.state.filter.tagMode === "all" ? "any" : "all" }),
		);
		const chipsGroup = el.createDiv({ cls: "spec-board-chips-group", attr: { role: "group" } });
		nameByHiddenText(chipsGroup, "Chosen tags");
		this.chipsEl = chipsGroup.createDiv({ cls: "spec-board-chips" });

		// In the tag row: closed, "More filters" sits beside the tag box; open, its filters take the rows below.
		const more = tagRow.createEl("details", { cls: "spec-board-more-filters" });
		more.createEl("summary", { text: "More filters" });
		const moreRow = more.createDiv({ cls: "spec-board-filter-row spec-board-filter-selects" });
		this.statusEl = select(moreRow, "spec-board-status-select", "Filter by status");
		option(this.statusEl, ANY, "Any status");
		for (const s of STATUSES) option(this.statusEl, s, s);
		this.statusEl.addEventListener("change", () =>
			this.change({
				statuses: this.statusEl.value === ANY ? [] : [this.statusEl.value as SpecFilter["statuses"][number]],
			}),
		);
		this.priorityEl = select(moreRow, "spec-board-priority-select", "Filter by priority");
		option(this.priorityEl, ANY, "Any priority");
		for (const p of PRIORITIES) option(this.priorityEl, p, p === "None" ? "No priority" : p);
		this.priorityEl.addEventListener("change", () =>
			this.change({
				priorities:
					this.priorityEl.value === ANY ? [] : [this.priorityEl.value as SpecFilter["priorities"][number]],
			}),
		);
		this.domainEl = select(moreRow, "spec-board-domain-select", "Filter by domain");
		this.domainEl.addEventListener("change", () =>
			this.change({ domains: this.domainEl.value === ANY ? [] : [this.domainEl.value] }),
		);
		const toggles = more.createDiv({ cls: "spec-board-filter-row spec-board-filter-toggles" });
		this.questionsEl = this.checkbox(toggles, "Has open questions", () =>
			this.change({ hasOpenQuestions: this.questionsEl.checked }),
		);
		this.notReadyEl = this.checkbox(toggles, "Not ready", () => this.change({ notReady: this.notReadyEl.checked }));
		for (const [flag, label] of PERSONAL_FILTERS) {
			const box: HTMLInputElement = this.checkbox(toggles, label, () => this.change({ [flag]: box.checked }));
			this.personalEls.push([flag, box]);
		}

		this.clearEl = el.createEl("button", { cls: "spec-board-clear-filter", text: "Clear filter" });
		this.clearEl.addEventListener("click", () => this.change(clearedFilter(this.state.filter)));
		this.update(state, []);
	}

	private checkbox(parent: HTMLElement, label: string, onChange: () => void): HTMLInputElement {
		const wrap = parent.createEl("label", { cls: "spec-board-toggle" });
		// Named by its label: an aria-label would repeat the label as a tooltip.
		const input = wrap.createEl("input", { type: "checkbox" });
		wrap.createSpan({ text: label });
		input.addEventListener("change", onChange);
		return input;
	}

	private change(part: Partial<SpecFilter>): void {
		this.handlers.setFilter({ ...this.state.filter, ...part });
	}

	private addTag(tag: string): void {
		this.handlers.setFilter(withTag(this.state.filter, tag));
	}

	/** Shows `state` in the controls; `domains` are the domain choices. The focused search text is left alone. */
	update(state: BoardState, domains: readonly string[]): void {
		this.state = state;
		const f = state.filter;
		if (this.searchEl.value !== f.text && this.searchEl.ownerDocument.activeElement !== this.searchEl)
			this.searchEl.value = f.text;
		this.groupEl.value = state.groupBy;
		const all = f.tagMode === "all";
		this.tagModeEl.setText(all ? "All tags" : "Any tag");
		this.tagModeEl.setAttr(
			"aria-label",
			all
				? "Specs must have every included tag. Switch to any tag"
				: "Specs need one included tag. Switch to every tag",
		);
		this.tagModeEl.setAttr("aria-pressed", String(!all));
		this.renderChips(f);
		this.statusEl.value = f.statuses.length === 1 ? f.statuses[0] : ANY;
		this.priorityEl.value = f.priorities.length === 1 ? f.priorities[0] : ANY;
		if (domains.join("\n") !== this.domains.join("\n")) {
			this.domains = [...domains];
			this.domainEl.empty();
			option(this.domainEl, ANY, "Any domain");
			for (const d of domains) option(this.domainEl, d, d);
		}
		this.domainEl.value = f.domains.length === 1 && this.domains.includes(f.domains[0]) ? f.domains[0] : ANY;
		this.questionsEl.checked = f.hasOpenQuestions;
		this.notReadyEl.checked = f.notReady;
		for (const [flag, box] of this.personalEls) box.checked = f[flag];
		this.clearEl.toggleClass("spec-board-hidden", isEmptyFilter(f));
	}

	private renderChips(filter: SpecFilter): void {
		this.chipsEl.empty();
		// The group is hidden with its chips, so an empty one takes no room (nor a gap) in the filter bar.
		this.chipsEl.parentElement?.toggleClass("spec-board-hidden", filter.tags.length === 0);
		for (const choice of filter.tags) {
			const include = choice.mode === "include";
			const chip = this.chipsEl.createEl("button", {
				cls: ["spec-board-chip", include ? "is-include" : "is-exclude"],
				text: `${include ? "" : "−"}#${choice.tag}`,
				attr: {
					"aria-label": include
						? `Tag ${choice.tag} included. Click to exclude it`
						: `Tag ${choice.tag} excluded. Click to remove it`,
					"data-tag": choice.tag,
				},
			});
			chip.addEventListener("click", () => this.handlers.setFilter(cycleTag(this.state.filter, choice.tag)));
		}
	}
}
