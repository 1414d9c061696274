/** @jest-environment jsdom */
// What both boards wire alike: one frame request however often asked, the list updated again while it has rows to
// measure, the summary's filter toggles, and the empty-state messages (the "Clear filter" button reads the filter when
// clicked).
import { emptyFilter, type SpecFilter } from "../../../src/core/board/filter";
import {
	FrameRequest,
	listUpdateRequest,
	noMatchMessage,
	renderEmptyMessage,
	summaryFilterHandlers,
} from "../../../src/ui/board/boardWiring";

/** A frame queue run by hand. */
function frames() {
	const queue: (() => void)[] = [];
	return {
		schedule: (callback: () => void) => void queue.push(callback),
		pending: () => queue.length,
		run: () => {
			for (const callback of queue.splice(0)) callback();
		},
	};
}

describe("FrameRequest", () => {
	it("runs once at the next frame however often it is asked for, and again when asked after", () => {
		const frame = frames();
		let runs = 0;
		const request = new FrameRequest(frame.schedule, () => runs++);
		request.request();
		request.request();
		expect(frame.pending()).toBe(1);
		frame.run();
		expect(runs).toBe(1);
		request.request();
		frame.run();
		expect(runs).toBe(2);
	});

	it("listUpdateRequest asks for another frame while the list says rows are left to measure", () => {
		const frame = frames();
		const answers = [true, true, false];
		let updates = 0;
		const request = listUpdateRequest(frame.schedule, () => ({ update: () => answers[updates++] }));
		request.request();
		for (let i = 0; i < 5; i++) frame.run();
		expect(updates).toBe(3);
		expect(frame.pending()).toBe(0);
	});
});

describe("summaryFilterHandlers", () => {
	it.each<[string, (h: ReturnType<typeof summaryFilterHandlers>) => void, Partial<SpecFilter>]>([
		["a status segment shows only that status", (h) => h.toggleStatus("Draft"), { statuses: ["Draft"] }],
		["a priority segment shows only that priority", (h) => h.togglePriority("High"), { priorities: ["High"] }],
		["an attention count turns its flag on", (h) => h.toggleFlag("stale"), { stale: true }],
	])("%s", (_name, act, expected) => {
		let filter = emptyFilter();
		let folded = 0;
		const handlers = summaryFilterHandlers(
			() => filter,
			(next) => (filter = next),
			() => folded++,
		);
		act(handlers);
		expect(filter).toEqual({ ...emptyFilter(), ...expected });
		handlers.toggleFolded();
		expect(folded).toBe(1);
	});
});

describe("empty-state messages", () => {
	it("draw a title, a line and a call-to-action button", () => {
		const el = createDiv();
		let clicks = 0;
		renderEmptyMessage(el, {
			title: "No specs found",
			text: "Create one.",
			button: { text: "Create", cta: true, onClick: () => clicks++ },
		});
		expect(el.querySelector(".spec-board-empty-title")?.textContent).toBe("No specs found");
		expect(el.querySelector(".spec-board-empty-text")?.textContent).toBe("Create one.");
		const button = el.querySelector("button");
		expect(button?.classList.contains("mod-cta")).toBe(true);
		button?.click();
		expect(clicks).toBe(1);
	});

	it("no match: Clear filter clears the filter as it is when clicked, and is hidden when there is nothing to clear", () => {
		let filter: SpecFilter = { ...emptyFilter(), statuses: ["Draft"] };
		const el = createDiv();
		renderEmptyMessage(
			el,
			noMatchMessage(
				() => filter,
				(next) => (filter = next),
				"2 specs are hidden by the filter.",
			),
		);
		expect(el.querySelector("button")?.classList.contains("spec-board-hidden")).toBe(false);
		filter = { ...filter, text: "retry" };
		el.querySelector("button")?.click();
		expect(filter.statuses).toEqual([]);
		expect(filter.text).toBe("");
		const empty = createDiv();
		renderEmptyMessage(
			empty,
			noMatchMessage(
				() => emptyFilter(),
				() => undefined,
			),
		);
		expect(empty.querySelector("button")?.classList.contains("spec-board-hidden")).toBe(true);
		expect(empty.querySelector(".spec-board-empty-text")).toBeNull();
	});
});
