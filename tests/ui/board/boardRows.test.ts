/** @jest-environment jsdom */
// A spec row's element drawn for one note and reused for another (the virtual list recycles collapsed rows) must be
// the row a fresh element would show, byte for byte, and its listeners must act on the note it shows now.
import type { StatusAge } from "../../../src/core/board/ageing";
import type { SpecNote } from "../../../src/core/model/specNote";
import type { SpecItem } from "../../../src/ui/board/boardItems";
import { renderSpecRow, type RowHandlers, type RowOptions } from "../../../src/ui/board/boardRows";
import "../../support/obsidianFake";
import { specNoteWith } from "../../support/specNotes";

const question = (text: string, line: number) => ({ text, line });

/** Notes of every shape a row has: with and without questions, priority, sign-off, age, problems, domains and tags. */
const NOTES: SpecNote[] = [
	specNoteWith({ path: "Specs/plain.md" }),
	specNoteWith({
		path: "Specs/full.md",
		title: "Full <b>row</b>",
		status: "In review",
		priority: "Critical",
		openQuestions: [question("Which queue? @dana", 12), question("How long?", 13)],
		reviewers: ["Alice", "Dana"],
		signOffs: ["Alice"],
		updated: "2026-03-01",
		domains: ["Payments", "Search"],
		tags: ["spec", "area/payments", "team/web", "status/review"],
	}),
	specNoteWith({
		path: "Specs/odd.md",
		status: "Unrecognized",
		statusRaw: "pondering",
		priority: "Unrecognized",
		priorityRaw: "urgent-ish",
		problems: [
			{ code: "unrecognized-status", message: "Status “pondering” is not one the board knows." },
			{ code: "unrecognized-priority", message: "Priority “urgent-ish” is not one the board knows." },
		],
		tags: ["area/platform/webhooks"],
	}),
	specNoteWith({
		path: "Specs/approved.md",
		status: "Approved",
		priority: "Low",
		reviewers: ["Bob"],
		signOffs: [],
		problems: [{ code: "missing-sign-off", message: "Approved without Bob's sign-off." }],
		openQuestions: [question("Who owns it?", 4)],
		domains: ["Checkout"],
	}),
	specNoteWith({ path: "Specs/done.md", status: "Done", priority: "High", reviewers: ["Eve"], signOffs: ["eve"] }),
	specNoteWith({ path: "Specs/tags only.md", tags: ["a", "b", "c", "d"] }),
	specNoteWith({ path: "Specs/domains only.md", domains: ["One", "Two", "Three"] }),
];

const AGE: StatusAge = {
	days: 23,
	source: "updated",
	since: "2026-03-01",
	label: "In review for 23 days",
	explanation: "Counted from the note's updated date, 2026-03-01.",
	stale: true,
};

/** Every call a row made, as text. */
function recordingHandlers(calls: string[]): RowHandlers {
	return {
		toggleGroup: (key) => calls.push(`toggleGroup ${key}`),
		toggleExpanded: (path) => calls.push(`toggleExpanded ${path}`),
		open: (path) => calls.push(`open ${path}`),
		openAt: (path, line) => calls.push(`openAt ${path}:${line}`),
		hover: (path) => calls.push(`hover ${path}`),
		menu: (path, at) => calls.push(`menu ${path} ${"evt" in at ? "at pointer" : "under button"}`),
		addTag: (tag) => calls.push(`addTag ${tag}`),
		focused: (index) => calls.push(`focused ${index}`),
		checkQuestion: (path) => {
			calls.push(`checkQuestion ${path}`);
			return Promise.resolve(true);
		},
	};
}

const OPTIONS: RowOptions[] = [
	{ showStatus: true, hiddenTag: "spec", ageOf: (note) => (note.updated !== null ? AGE : null) },
	{ showStatus: false, hiddenTag: "" },
];

const item = (note: SpecNote): SpecItem => ({ kind: "spec", groupKey: note.status, note, expanded: false });

/** The row's HTML with its hidden name's generated id left out. */
function html(el: HTMLElement): string {
	return el.outerHTML.replace(/spec-board-name-[a-z0-9]+/g, "spec-board-name-ID");
}

function freshRow(note: SpecNote, options: RowOptions, calls: string[] = []): HTMLElement {
	const el = document.body.createDiv({ cls: "spec-board-list-item" });
	renderSpecRow(item(note), el, 3, recordingHandlers(calls), options);
	return el;
}

const pairs = OPTIONS.flatMap((options, o) =>
	NOTES.flatMap((from) => NOTES.map((to) => [o, from.path, to.path, options, from, to] as const)),
);

describe("a reused spec row", () => {
	afterEach(() => document.body.empty());

	it.each(pairs)("options %i: drawn for %s, then %s, is the fresh row", (_o, _from, _to, options, from, to) => {
		const el = document.body.createDiv({ cls: "spec-board-list-item" });
		const parts = renderSpecRow(item(from), el, 7, recordingHandlers([]), options);
		renderSpecRow(item(to), el, 3, recordingHandlers([]), options, parts);
		expect(html(el)).toBe(html(freshRow(to, options)));
	});

	it("acts on the note it shows now: the row, its expand and more buttons, and its tag chips", () => {
		const calls: string[] = [];
		const el = document.body.createDiv({ cls: "spec-board-list-item" });
		const handlers = recordingHandlers(calls);
		const parts = renderSpecRow(item(NOTES[0]), el, 0, handlers, OPTIONS[0]);
		renderSpecRow(item(NOTES[1]), el, 5, handlers, OPTIONS[0], parts);
		el.querySelector<HTMLElement>(".spec-board-row-title")?.click();
		el.querySelector<HTMLElement>(".spec-board-expand")?.click();
		el.querySelector<HTMLElement>(".spec-board-row-more")?.click();
		el.querySelector<HTMLElement>('.spec-board-tag[data-tag="team/web"]')?.click();
		el.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(calls).toEqual([
			"focused 5",
			"open Specs/full.md",
			"focused 5",
			"toggleExpanded Specs/full.md",
			"focused 5",
			"menu Specs/full.md under button",
			"addTag team/web",
			"menu Specs/full.md at pointer",
			"hover Specs/full.md",
		]);
	});

	it("keeps the elements it can: the row, its buttons and the meta parts of the same kinds", () => {
		const el = document.body.createDiv({ cls: "spec-board-list-item" });
		const parts = renderSpecRow(item(NOTES[1]), el, 0, recordingHandlers([]), OPTIONS[0]);
		const more = el.querySelector(".spec-board-row-more");
		const firstTag = el.querySelector(".spec-board-tag");
		const other = specNoteWith({ ...NOTES[1], path: "Specs/other.md", title: "Other", tags: ["area/x", "team/y"] });
		renderSpecRow(item(other), el, 1, recordingHandlers([]), OPTIONS[0], parts);
		expect(el.querySelector(".spec-board-row-more")).toBe(more);
		expect(el.querySelector(".spec-board-tag")).toBe(firstTag);
		expect(firstTag?.textContent).toBe("#area/x");
	});
});
