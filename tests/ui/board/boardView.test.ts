/** @jest-environment jsdom */
// The board view in a DOM: counts, filters, groups, rows, empty states, keyboard, virtualisation, and text kept as text.
import { emptyFilter } from "../../../src/core/board/filter";
import { NoteColumns, NoteForms, OneNoteForms, searchWord } from "../../../src/core/board/noteKeys";
import { sortSpecs } from "../../../src/core/board/rollup";
import { blankSpecNote, type SpecNote } from "../../../src/core/model/specNote";
import { VIEW_TYPE_SPEC_BOARD, type BoardSource } from "../../../src/ui/board/boardView";
import * as boardRows from "../../../src/ui/board/boardRows";
import { SPEC_ROW_HEIGHT } from "../../../src/ui/board/boardRows";
import { fileAt, shownMenus } from "../../support/fakeApp";
import { click, count, groups, key, note, openBoard, openedFiles, titles } from "./boardHarness";

describe("BoardView", () => {
	it("is the spec board view type", async () => {
		const { view } = await openBoard();
		expect(view.getViewType()).toBe(VIEW_TYPE_SPEC_BOARD);
		expect(view.getDisplayText()).toBe("Spec board");
	});

	it("shows status and priority as stacked bars of the non-zero counts, and what needs attention", async () => {
		const { root } = await openBoard();
		const segments = (kind: string) =>
			Array.from(root.querySelectorAll(`.spec-board-${kind}-bar .spec-board-bar-segment`)).map((e) => [
				e.getAttribute("data-value"),
				e.textContent,
			]);
		expect(segments("status")).toEqual([
			["Draft", "2"],
			["Approved", "1"],
			["In progress", "1"],
			["Deprecated", "1"],
		]);
		expect(segments("priority")).toEqual([
			["Critical", "1"],
			["High", "2"],
			["Medium", "1"],
			["Low", "1"],
		]);
		expect(count(root, "Open questions").querySelector(".spec-board-attention-value")?.textContent).toBe("2");
		expect(count(root, "Not ready").querySelector(".spec-board-attention-value")?.textContent).toBe("1");
	});

	it("groups by status in lifecycle order, rows sorted by priority", async () => {
		const { root } = await openBoard();
		expect(groups(root)).toEqual(["Draft", "Approved", "In progress", "Deprecated"]);
		expect(titles(root)).toEqual(["Ideas & <notes>", "Refunds", "Pay by card", "Search", "Legacy export"]);
	});

	it("filters when a count is clicked, and clicking it again shows all", async () => {
		const { root, frames, view } = await openBoard();
		click(count(root, "Draft"));
		expect(frames.flush()).toBe(1);
		expect(titles(root)).toEqual(["Ideas & <notes>", "Refunds"]);
		expect(count(root, "Draft").getAttribute("aria-pressed")).toBe("true");
		click(count(root, "Not ready"));
		frames.flush();
		expect(titles(root)).toEqual([]);
		expect(view.getBoardState().filter.notReady).toBe(true);
		click(count(root, "Draft"));
		frames.flush();
		expect(titles(root)).toEqual(["Pay by card"]);
		expect(root.querySelector(".spec-board-row .spec-board-not-ready")?.textContent).toBe("Not ready");
	});

	it("switches grouping to priority, domain and tag", async () => {
		const { root, frames, view } = await openBoard();
		const select = root.querySelector<HTMLSelectElement>(".spec-board-group-by");
		if (!select) throw new Error("no group select");
		select.value = "priority";
		select.dispatchEvent(new Event("change"));
		frames.flush();
		expect(groups(root)).toEqual(["Critical", "High", "Medium", "Low"]);
		view.setGroupBy("domain");
		frames.flush();
		expect(groups(root)).toEqual(["Payments", "No domain"]);
		view.setGroupBy("tag");
		frames.flush();
		expect(groups(root)).toEqual(["area/payments", "area/search", "areas", "spec"]);
	});

	it("remembers collapsed groups in the saved state", async () => {
		const { root, frames, view } = await openBoard();
		const header = Array.from(root.querySelectorAll(".spec-board-group")).find((g) =>
			g.textContent?.includes("Draft"),
		);
		if (!header) throw new Error("no Draft group");
		click(header);
		frames.flush();
		expect(titles(root)).toEqual(["Pay by card", "Search", "Legacy export"]);
		expect(view.getBoardState().collapsedGroups).toEqual(["status:Draft"]);
		await view.onClose();
		const again = await openBoard({ state: view.getBoardState() });
		expect(titles(again.root)).toEqual(["Pay by card", "Search", "Legacy export"]);
	});

	it("saves the filter and grouping through the callback", async () => {
		const { view, saved } = await openBoard();
		view.addTagFilter("area");
		view.setGroupBy("tag");
		await view.onClose();
		expect(saved[saved.length - 1].filter.tags).toEqual([{ tag: "area", mode: "include" }]);
		expect(saved[saved.length - 1].groupBy).toBe("tag");
	});

	it("adds a row's tag chip to the filter; nested tags match, look-alikes do not; chips cycle include, exclude, remove", async () => {
		const { root, frames } = await openBoard();
		const chip = Array.from(root.querySelectorAll(".spec-board-row .spec-board-tag")).find(
			(c) => c.textContent === "#area/payments",
		);
		if (!chip) throw new Error("no tag chip");
		click(chip);
		frames.flush();
		expect(titles(root)).toEqual(["Refunds", "Pay by card"]);
		const chosen = () => root.querySelector(".spec-board-chips .spec-board-chip");
		click(chosen() as Element);
		frames.flush();
		expect(titles(root)).toEqual(["Ideas & <notes>", "Search", "Legacy export"]);
		expect(chosen()?.classList.contains("is-exclude")).toBe(true);
		click(chosen() as Element);
		frames.flush();
		expect(chosen()).toBeNull();
		expect(titles(root)).toHaveLength(5);

		const input = root.querySelector<HTMLInputElement>(".spec-board-tag-input");
		if (!input) throw new Error("no tag input");
		input.value = "area";
		key(input, "Enter");
		frames.flush();
		expect(titles(root)).toEqual(["Refunds", "Pay by card", "Search"]);
	});

	it("searches titles and questions, and filters to specs with open questions", async () => {
		const { root, frames } = await openBoard();
		const search = root.querySelector<HTMLInputElement>(".spec-board-search");
		if (!search) throw new Error("no search");
		search.value = "3-d secure";
		search.dispatchEvent(new Event("input"));
		frames.flush();
		expect(titles(root)).toEqual(["Pay by card"]);
		search.value = "";
		search.dispatchEvent(new Event("input"));
		click(count(root, "Open questions"));
		frames.flush();
		expect(titles(root)).toEqual(["Pay by card"]);
	});

	it("expands a row to its open questions, which open the note at their line", async () => {
		const { root, frames, app } = await openBoard();
		const row = root.querySelector('.spec-board-row[data-path="Specs/pay.md"]');
		const expand = row?.querySelector(".spec-board-expand");
		if (!expand) throw new Error("no expand button");
		expect(expand.getAttribute("aria-label")).toBe("Show open questions");
		click(expand);
		frames.flush();
		const questions = Array.from(root.querySelectorAll(".spec-board-question"));
		expect(questions.map((q) => q.textContent)).toEqual(["Which cards?", "3-D Secure?"]);
		click(questions[1]);
		const opened = openedFiles(app);
		expect(opened.map((o) => o.path)).toEqual(["Specs/pay.md"]);
		expect(opened[0].openState?.eState).toEqual({ line: 12 });
		expect(app.vault.peek("Specs/pay.md")?.split("\n")[12]).toBe("- [ ] 3-D Secure?");
	});

	it("opens a note on click, in a new tab with Ctrl, and asks for a page preview on hover", async () => {
		const { root, app } = await openBoard();
		const row = root.querySelector('.spec-board-row[data-path="Specs/search.md"]');
		if (!row) throw new Error("no row");
		click(row);
		click(row, { ctrlKey: true });
		// The second in a new tab: another leaf of the main area.
		expect(openedFiles(app).map((o) => o.path)).toEqual(["Specs/search.md", "Specs/search.md"]);
		expect(app.workspace.leaves.filter((l) => l.side === "root")).toHaveLength(2);
		const hovers: unknown[] = [];
		app.workspace.on("hover-link", (info: never) => hovers.push(info));
		row.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
		expect(hovers).toEqual([
			expect.objectContaining({ source: VIEW_TYPE_SPEC_BOARD, linktext: "Specs/search.md", targetEl: row }),
		]);
	});

	it("offers set status, set priority, open in new tab and copy link in the context menu", async () => {
		const { root, statusCalls } = await openBoard();
		const row = root.querySelector('.spec-board-row[data-path="Specs/refunds.md"]');
		if (!row) throw new Error("no row");
		row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		const menu = shownMenus[shownMenus.length - 1];
		expect(menu.items.filter((i) => i !== "separator").map((i) => (i as { title: string }).title)).toEqual([
			"Open in new tab",
			"Set status…",
			"Set priority…",
			"Sign off on this spec",
			"Add open question…",
			"Copy link",
		]);
		// Separators and icons: opening, then the edits, then the link.
		expect(menu.items.map((i) => (i === "separator" ? i : `${i.title} (${i.icon})`))).toEqual([
			"Open in new tab (file-plus)",
			"separator",
			"Set status… (circle-dot)",
			"Set priority… (signal)",
			"Sign off on this spec (check-circle)",
			"Add open question… (help-circle)",
			"separator",
			"Copy link (link)",
		]);
		menu.itemTitled("Set status…")?.click();
		expect(statusCalls).toEqual(["Specs/refunds.md"]);
	});

	it("shows note text full of HTML as those characters", async () => {
		const evil = "<img src=x onerror=alert(1)>";
		const notes = [
			{
				...syntheticSpec(1),
				title: evil,
				tags: [evil],
				domains: [evil],
				openQuestions: [{ text: evil, line: 3 }],
				problems: [{ code: "unreadable" as const, message: evil }],
			},
		];
		const { root, frames, view } = await openBoard({
			source: { revision: 1, isBuilt: true, specs: () => notes, onChange: () => () => undefined },
		});
		view.toggleExpanded(notes[0].path);
		frames.flush();
		expect(root.querySelector("img")).toBeNull();
		expect(titles(root)).toEqual([evil]);
		expect(root.querySelector(".spec-board-question")?.textContent).toBe(evil);
		expect(root.querySelector(".spec-board-domain")?.textContent).toBe(evil);
		expect(root.querySelector(".spec-board-warning")?.getAttribute("aria-label")).toContain(evil);
	});

	it("teaches when there are no specs: a button opens the Create feature spec form", async () => {
		const { root, createCalls } = await openBoard({ files: { "diary.md": "# Just a diary\n" } });
		expect(root.querySelector(".spec-board-empty-title")?.textContent).toBe("No specs found");
		const button = root.querySelector(".spec-board-empty button");
		if (!button) throw new Error("no button");
		click(button);
		expect(createCalls).toHaveLength(1);
	});

	it("teaches when nothing matches: a button clears the filter", async () => {
		const { root, frames, view } = await openBoard();
		view.addTagFilter("nothing-has-this");
		frames.flush();
		expect(root.querySelector(".spec-board-empty-title")?.textContent).toBe("No spec matches the filter");
		click(root.querySelector(".spec-board-empty button") as Element);
		frames.flush();
		expect(titles(root)).toHaveLength(5);
	});

	it("moves between rows with the arrow keys, opens with Enter, expands with the right arrow", async () => {
		const { root, app } = await openBoard();
		const list = root.querySelector(".spec-board-list") as HTMLElement;
		list.dispatchEvent(new FocusEvent("focus"));
		expect(document.activeElement?.textContent).toContain("Draft");
		key(list, "ArrowDown");
		key(list, "ArrowDown");
		key(list, "ArrowDown");
		key(list, "ArrowDown");
		expect((document.activeElement as HTMLElement).dataset.path).toBe("Specs/pay.md");
		key(list, "Enter");
		expect(openedFiles(app).map((o) => o.path)).toEqual(["Specs/pay.md"]);
		key(list, "ArrowRight");
		expect(root.querySelector(".spec-board-row.is-expanded")).toBeNull();
	});

	it("every control has an accessible name: aria-label on icons and fields, hidden text on rows, else its text", async () => {
		const { root } = await openBoard();
		const controls = Array.from(root.querySelectorAll("button, input, select, summary, [role=treeitem]"));
		expect(controls.length).toBeGreaterThan(20);
		const named = (c: Element): boolean =>
			Boolean(c.getAttribute("aria-label")) ||
			Boolean(document.getElementById(c.getAttribute("aria-labelledby") ?? "")?.textContent) ||
			(c.closest("label")?.textContent ?? "").trim() !== "" ||
			(c.textContent ?? "").trim() !== "";
		const unnamed = controls.filter((c) => !named(c));
		expect(unnamed.map((c) => c.outerHTML.slice(0, 80))).toEqual([]);
	});

	it("follows the index: a new spec appears after one frame, and nothing renders while hidden", async () => {
		const { root, frames, app, view } = await openBoard();
		await app.vault.create("Specs/new.md", note("Brand new", "Done", "Low", ["tags: [spec]"]));
		await app.metadataCache.settle();
		expect(frames.pending()).toBe(1);
		await app.vault.create("Specs/new2.md", note("Brand new 2", "Done", "Low", ["tags: [spec]"]));
		await app.metadataCache.settle();
		expect(frames.pending()).toBe(1);
		frames.flush();
		expect(titles(root)).toContain("Brand new");
		view.contentEl.hidden = true;
		await app.vault.modify(fileAt(app, "Specs/new.md"), note("Renamed title", "Done", "Low", ["tags: [spec]"]));
		await app.metadataCache.settle();
		frames.flush();
		expect(titles(root)).toContain("Brand new");
		view.contentEl.hidden = false;
		view.onResize();
		frames.flush();
		expect(titles(root)).toContain("Renamed title");
	});
});

/** A spec note made directly, for views fed without the index. */
function syntheticSpec(i: number): SpecNote {
	return {
		...blankSpecNote(`Specs/s${i}.md`),
		title: `Spec ${i}`,
		status: (["Draft", "Approved", "Done"] as const)[i % 3],
		statusSource: "frontmatter",
		priority: (["High", "Medium", "Low"] as const)[i % 3],
		prioritySource: "frontmatter",
		tags: ["spec", `area/a${i % 20}`],
	};
}

describe("BoardView with 10,000 specs", () => {
	// A board source gives its specs in board order, as the index does.
	const notes = sortSpecs(Array.from({ length: 10_000 }, (_, i) => syntheticSpec(i)));
	const source: BoardSource = { revision: 1, isBuilt: true, specs: () => notes, onChange: () => () => undefined };

	it("renders only the rows in view, and other rows after scrolling", async () => {
		const { root, frames } = await openBoard({ source });
		const rendered = root.querySelectorAll(".spec-board-row").length;
		expect(rendered).toBeGreaterThan(5);
		expect(rendered).toBeLessThan(60);
		const list = root.querySelector(".spec-board-list") as HTMLElement;
		list.scrollTop = 200_000;
		list.dispatchEvent(new Event("scroll"));
		frames.flush();
		const after = Array.from(root.querySelectorAll<HTMLElement>(".spec-board-row")).map((r) =>
			Number(r.dataset.index),
		);
		expect(after.length).toBeLessThan(60);
		expect(Math.min(...after)).toBeGreaterThan(3000);
	});

	it("works out every note's filter forms in the background after the specs changed, and stops when closed", async () => {
		// Notes of its own, so boards other tests left open do not count.
		const own = sortSpecs(Array.from({ length: 5_000 }, (_, i) => syntheticSpec(i)));
		const ownSource: BoardSource = {
			revision: 1,
			isBuilt: true,
			specs: () => own,
			onChange: () => () => undefined,
		};
		const mine = new Set<SpecNote>(own);
		// The first pass makes the tag forms, the third everything (prepare), the last the list's triple index.
		const tagged = jest.spyOn(OneNoteForms.prototype, "tagPaths");
		const prepare = jest.spyOn(OneNoteForms.prototype, "prepare");
		const indexed = jest.spyOn(NoteColumns.prototype, "indexGrams");
		const count = (spy: jest.SpyInstance): number =>
			new Set((spy.mock.contexts as OneNoteForms[]).filter((forms) => mine.has(forms.note))).size;
		const turn = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));
		try {
			const { view } = await openBoard({ source: ownSource });
			expect(count(tagged)).toBe(0);
			await turn();
			expect(count(tagged)).toBeGreaterThan(0);
			expect(count(prepare)).toBeLessThan(own.length);
			await view.onClose();
			const before = [count(tagged), count(prepare)];
			for (let i = 0; i < 3; i++) await turn();
			expect([count(tagged), count(prepare)]).toEqual(before);

			tagged.mockClear();
			prepare.mockClear();
			indexed.mockClear();
			const reopened = await openBoard({ source: ownSource });
			for (let i = 0; i < 400 && reopened.view.isPreparing; i++) await turn();
			expect(reopened.view.isPreparing).toBe(false);
			expect(count(tagged)).toBe(own.length);
			expect(count(prepare)).toBe(own.length);
			// Every row of this board's list in its triple index, each once (boards other tests left open index lists of
			// 10,000 rows of their own).
			const rowsOf = new Map<NoteColumns, number[]>();
			indexed.mock.calls.forEach(([i], k) => {
				const columns = indexed.mock.contexts[k] as NoteColumns;
				if (columns.status.length === own.length) rowsOf.set(columns, [...(rowsOf.get(columns) ?? []), i]);
			});
			expect(rowsOf.size).toBe(1);
			const [[columns, rows]] = [...rowsOf];
			expect(rows).toHaveLength(own.length);
			expect(new Set(rows).size).toBe(own.length);
			// A search then looks at only the rows that have the word's letter triples.
			columns.wordRows(searchWord("spec 12"));
			expect(columns.rowsLookedAt).toBeLessThan(own.length / 2);
		} finally {
			tagged.mockRestore();
			prepare.mockRestore();
			indexed.mockRestore();
		}
	});

	it("draws more rows when the list grows taller, as its ResizeObserver reports", async () => {
		const observers: { callback: ResizeObserverCallback; target: Element | null }[] = [];
		class FakeResizeObserver {
			private readonly entry: { callback: ResizeObserverCallback; target: Element | null };
			constructor(callback: ResizeObserverCallback) {
				this.entry = { callback, target: null };
				observers.push(this.entry);
			}
			observe(target: Element): void {
				this.entry.target = target;
			}
			disconnect(): void {
				this.entry.target = null;
			}
		}
		const win = window as unknown as { ResizeObserver?: unknown };
		win.ResizeObserver = FakeResizeObserver;
		try {
			const { root, frames, view } = await openBoard({ source });
			const list = root.querySelector(".spec-board-list") as HTMLElement;
			const observer = observers.find((o) => o.target === list);
			if (!observer) throw new Error("the list is not observed");
			const report = (height: number): void =>
				observer.callback(
					[{ target: list, contentRect: { height } } as unknown as ResizeObserverEntry],
					observer as unknown as ResizeObserver,
				);
			report(300);
			frames.flush();
			const short = root.querySelectorAll(".spec-board-row").length;
			report(3000);
			expect(frames.pending()).toBe(1);
			frames.flush();
			expect(root.querySelectorAll(".spec-board-row").length).toBeGreaterThan(short + 30);
			await view.onClose();
			view.unload();
			expect(observer.target).toBeNull();
		} finally {
			delete win.ResizeObserver;
		}
	});
});

describe("BoardView keeps drawn rows that stay", () => {
	function rowsByPath(root: HTMLElement): Map<string, HTMLElement> {
		return new Map(
			Array.from(root.querySelectorAll<HTMLElement>(".spec-board-row")).map((r) => [r.dataset.path ?? "", r]),
		);
	}

	it("keeps the elements of rows a filter change leaves, with their new index, in list order in the DOM", async () => {
		const { root, frames, view, app } = await openBoard();
		const before = rowsByPath(root);
		view.addTagFilter("area");
		frames.flush();
		const after = rowsByPath(root);
		expect([...after.keys()]).toEqual(["Specs/refunds.md", "Specs/pay.md", "Specs/search.md"]);
		for (const [path, el] of after) expect(el).toBe(before.get(path));
		const items = Array.from(root.querySelectorAll<HTMLElement>(".spec-board-list-item"));
		expect(items.map((el) => Number(el.dataset.index))).toEqual(items.map((_, i) => i));
		// A kept row knows its new place: clicked, then Enter and the arrow keys go from there.
		click(after.get("Specs/pay.md") as HTMLElement);
		const list = root.querySelector(".spec-board-list") as HTMLElement;
		key(list, "ArrowDown");
		key(list, "ArrowDown");
		key(list, "Enter");
		expect(openedFiles(app).map((o) => o.path)).toEqual(["Specs/pay.md", "Specs/search.md"]);
	});

	it("has a row that left draw a row that came, in its element, but never the row holding the keyboard focus", async () => {
		const { root, frames, view } = await openBoard();
		const drafts = { ...emptyFilter(), statuses: ["Draft" as const] };
		const others = { ...emptyFilter(), statuses: ["Approved" as const, "In progress" as const] };
		view.setFilter(drafts);
		frames.flush();
		const draftRows = [...rowsByPath(root).values()];
		expect(draftRows.length).toBe(2);
		view.setFilter(others);
		frames.flush();
		const otherRows = rowsByPath(root);
		expect(otherRows.size).toBe(2);
		// The two rows that came are drawn in the elements of the two that left, each showing its own note.
		expect(new Set(otherRows.values())).toEqual(new Set(draftRows));
		for (const [path, el] of otherRows) expect(el.dataset.path).toBe(path);
		// Focused, a row's element leaves with its row: the focus never moves to another note unseen.
		view.setFilter(drafts);
		frames.flush();
		const focused = [...rowsByPath(root).values()][0];
		focused.focus();
		expect(document.activeElement).toBe(focused);
		view.setFilter(others);
		frames.flush();
		expect([...rowsByPath(root).values()]).not.toContain(focused);
	});

	it("draws every row again when the grouping changes, and a changed note's row (patched in its element)", async () => {
		const { root, frames, view, app } = await openBoard();
		const before = rowsByPath(root);
		view.setGroupBy("priority");
		frames.flush();
		view.setGroupBy("status");
		frames.flush();
		const regrouped = rowsByPath(root);
		for (const [path, el] of regrouped) expect(el).not.toBe(before.get(path));
		await app.vault.modify(
			fileAt(app, "Specs/refunds.md"),
			note("Refunds v2", "Draft", "Medium", ["tags: [spec, area/payments]"]),
		);
		await app.metadataCache.settle();
		frames.flush();
		const changed = rowsByPath(root);
		expect(changed.get("Specs/refunds.md")?.querySelector(".spec-board-row-title")?.textContent).toBe("Refunds v2");
		expect(changed.get("Specs/search.md")).toBe(regrouped.get("Specs/search.md"));
	});
});

describe("BoardView renders only what a change asks for", () => {
	const notes = sortSpecs(Array.from({ length: 10_000 }, (_, i) => syntheticSpec(i)));
	/** A board source whose specs can be swapped, as the index swaps a changed note for a new object. */
	function liveSource(initial: readonly SpecNote[]): BoardSource & { replace(path: string, next: SpecNote): void } {
		let specs = initial;
		let revision = 1;
		const listeners = new Set<(revision: number) => void>();
		return {
			get revision() {
				return revision;
			},
			isBuilt: true,
			specs: () => specs,
			onChange: (listener) => {
				listeners.add(listener);
				return () => listeners.delete(listener);
			},
			replace(path, next) {
				specs = sortSpecs([...specs.filter((n) => n.path !== path), next]);
				revision++;
				for (const listener of listeners) listener(revision);
			},
		};
	}
	const turn = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));
	const withoutFilter = { ...emptyFilter() };

	it("draws the rows in view at once, the margin's at the next frame, and nothing at a frame with nothing new", async () => {
		const { view, frames } = await openBoard({ source: liveSource(notes) });
		frames.flush();
		const drawn = jest.spyOn(boardRows, "renderBoardRow");
		const specsDrawn = () => drawn.mock.calls.flatMap(([item]) => (item.kind === "spec" ? [item] : []));
		try {
			view.setFilter({ ...withoutFilter, tags: [{ tag: "area/a3", mode: "include" }] });
			frames.flush();
			// The test DOM has no layout: the list's viewport is 800 px (virtualList.ts), a row 56 px.
			const inView = specsDrawn().length;
			expect(inView).toBeGreaterThan(5);
			expect(inView).toBeLessThanOrEqual(Math.ceil(800 / SPEC_ROW_HEIGHT) + 1);
			frames.flush();
			const margin = specsDrawn().length - inView;
			expect(margin).toBeGreaterThan(0);
			expect(margin).toBeLessThanOrEqual(Math.ceil(400 / SPEC_ROW_HEIGHT) + 1);
			frames.flush();
			view.onResize();
			frames.flush();
			expect(specsDrawn().length).toBe(inView + margin);
			// Rows already drawn in the margin are kept by the next change that still shows them.
			const notes3 = specsDrawn().map((item) => item.note);
			drawn.mockClear();
			view.setFilter({ ...withoutFilter, tags: [{ tag: "area/a3", mode: "include" }], text: "spec" });
			frames.flush();
			expect(specsDrawn().filter((item) => notes3.includes(item.note))).toEqual([]);
		} finally {
			drawn.mockRestore();
		}
	});

	it("filters over the notes' forms made once: a filter change looks none up and makes none", async () => {
		const source = liveSource(notes);
		const { view, frames } = await openBoard({ source });
		// The background steps (at most 2,500 notes or 8 ms each) make every note's forms.
		for (let i = 0; i < 60; i++) await turn();
		const lookedUp = jest.spyOn(NoteForms.prototype, "of");
		const searched = jest.spyOn(OneNoteForms.prototype, "searchText");
		try {
			for (const filter of [
				{ ...withoutFilter, text: "1234" },
				{ ...withoutFilter, tags: [{ tag: "area/a3", mode: "include" as const }] },
				{ ...withoutFilter, text: "area/a3 777" },
			]) {
				view.setFilter(filter);
				frames.flush();
			}
			expect(lookedUp).not.toHaveBeenCalled();
			// Only notes whose letter triples hold a word have their text read (500 of 10,000 have area/a3).
			expect(searched.mock.calls.length).toBeLessThan(1_000);
			searched.mockRestore();
			// A changed note is a new object: its forms are made anew, and it is found by what it says now.
			const changed = { ...notes[0], path: "Specs/changed.md", title: "Quince", tags: ["spec", "fresh/tag"] };
			source.replace(notes[0].path, changed);
			view.setFilter({ ...withoutFilter, tags: [{ tag: "fresh", mode: "include" }] });
			frames.flush();
			expect(titles(view.contentEl)).toEqual(["Quince"]);
			view.setFilter({ ...withoutFilter, text: "quince" });
			frames.flush();
			expect(titles(view.contentEl)).toEqual(["Quince"]);
		} finally {
			lookedUp.mockRestore();
			searched.mockRestore();
		}
	});

	it("draws the summary again only when its counts change; a filter's choice presses its button in place", async () => {
		const source = liveSource(notes);
		const { view, frames, root } = await openBoard({ source });
		const head = root.querySelector(".spec-board-summary-head");
		const draft = count(root, "Draft");
		view.setFilter({ ...withoutFilter, tags: [{ tag: "area/a3", mode: "include" }] });
		frames.flush();
		view.setFilter({ ...withoutFilter, text: "spec 9" });
		frames.flush();
		expect(root.querySelector(".spec-board-summary-head")).toBe(head);
		click(draft);
		frames.flush();
		expect(count(root, "Draft")).toBe(draft);
		expect(draft.getAttribute("aria-pressed")).toBe("true");
		expect(draft.classList.contains("is-active")).toBe(true);
		expect(count(root, "Done").getAttribute("aria-pressed")).toBe("false");
		click(draft);
		frames.flush();
		expect(draft.getAttribute("aria-pressed")).toBe("false");
		expect(root.querySelector(".spec-board-summary-head")).toBe(head);
		// A count changes: drawn again, with the new figure.
		const before = Number(count(root, "Done").textContent);
		source.replace(notes[0].path, { ...notes[0], status: notes[0].status === "Done" ? "Draft" : "Done" });
		frames.flush();
		expect(root.querySelector(".spec-board-summary-head")).not.toBe(head);
		expect(Number(count(root, "Done").textContent)).not.toBe(before);
	});
});
