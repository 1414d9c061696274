/** @jest-environment jsdom */
// The board against facts of the real app the double used to hide: Obsidian shows any hovered element's nearest
// aria-label as a tooltip; iOS fires no contextmenu on a long press; input methods send keys while composing;
// link text breaks on names with #, ^ or |; a hidden sidebar tab is shown again without any call to the view.
import { blankSpecNote, type SpecNote } from "../../../src/core/model/specNote";
import type { BoardSource } from "../../../src/ui/board/boardView";
import { fileAt, settle, shownMenus } from "../../support/fakeApp";
import { setPlatform } from "../../support/obsidianFake";
import { click, key, note, openBoard, openedFiles, titles } from "./boardHarness";

/** What Obsidian would show as a tooltip when the pointer rests on `el`: its nearest aria-label, if any. */
function tooltipAt(el: Element): string | null {
	return el.closest("[aria-label]")?.getAttribute("aria-label") ?? null;
}

/** Whether the browser would show a native tooltip (a `title`) over `el`. */
function nativeTitleAt(el: Element): string | null {
	return el.closest("[title]")?.getAttribute("title") ?? null;
}

/** The accessible name an element gets from aria-labelledby. */
function labelledName(el: Element): string {
	const ids = (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter((id) => id !== "");
	return ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? "").join(" ");
}

function row(root: HTMLElement, path: string): HTMLElement {
	const el = Array.from(root.querySelectorAll<HTMLElement>(".spec-board-row")).find((r) => r.dataset.path === path);
	if (!el) throw new Error(`no row for ${path}`);
	return el;
}

function press(el: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
	const event = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
	el.dispatchEvent(event);
	return event;
}

function source(notes: SpecNote[]): BoardSource {
	return { revision: 1, isBuilt: true, specs: () => notes, onChange: () => () => undefined };
}

describe("tooltips (Obsidian shows the nearest aria-label on hover)", () => {
	it("rows, group headers, the list and the summary groups are named without aria-label, and nothing has a title", async () => {
		const { root } = await openBoard();
		const named = Array.from(root.querySelectorAll("[role=treeitem], [role=tree], [role=group]"));
		expect(named.length).toBeGreaterThan(8);
		for (const el of named) {
			expect(el.getAttribute("aria-label")).toBeNull();
			expect(labelledName(el)).not.toBe("");
		}
		const pay = row(root, "Specs/pay.md");
		expect(labelledName(pay)).toBe("Pay by card, Approved, priority High, 2 open questions, not ready");
		expect(labelledName(root.querySelector(".spec-board-list") as Element)).toBe("Specs");
		expect(root.querySelectorAll("[title]")).toHaveLength(0);
	});

	it("hovering a row, its title, a group header or a count shows no tooltip", async () => {
		const { root } = await openBoard();
		const pay = row(root, "Specs/pay.md");
		const title = pay.querySelector(".spec-board-row-title") as Element;
		for (const el of [
			pay,
			title,
			pay.querySelector(".spec-board-row-meta") as Element,
			root.querySelector(".spec-board-group") as Element,
			// The summary's visible labels; its bar segments and icon-only counts carry a name on purpose (no text says it).
			root.querySelector(".spec-board-bar-label") as Element,
		]) {
			expect(tooltipAt(el)).toBeNull();
			expect(nativeTitleAt(el)).toBeNull();
		}
	});

	it("the warning icon's tooltip lists the problems, one per line", async () => {
		const problem = blankSpecNote("Specs/odd.md");
		problem.problems = [
			{ code: "unrecognized-status", message: 'Status "wip" is not a known status.' },
			{ code: "unrecognized-priority", message: 'Priority "asap" is not a known priority.' },
		];
		const { root } = await openBoard({ source: source([problem]) });
		const warning = root.querySelector(".spec-board-warning") as Element;
		expect(tooltipAt(warning)).toBe(
			'Status "wip" is not a known status.\nPriority "asap" is not a known priority.',
		);
		// The icon keeps its tooltip when hovered on its svg too.
		expect(tooltipAt(warning.querySelector("svg") as Element)).toBe(tooltipAt(warning));
	});

	it("icon-only controls keep their tooltip: the expand and more buttons", async () => {
		const { root } = await openBoard();
		const pay = row(root, "Specs/pay.md");
		expect(tooltipAt(pay.querySelector(".spec-board-expand") as Element)).toBe("Show open questions");
		expect(tooltipAt(pay.querySelector(".spec-board-row-more") as Element)).toBe("More options");
	});
});

describe("the row menu without a right click (iOS fires no contextmenu on a long press)", () => {
	const MENU = [
		"Open in new tab",
		"Set status…",
		"Set priority…",
		"Sign off on this spec",
		"Add open question…",
		"Copy link",
	];
	const titlesOf = (menu: (typeof shownMenus)[number]) =>
		menu.items.filter((i) => i !== "separator").map((i) => (i as { title: string }).title);

	it("every spec row has a more button that opens the row menu, and does not open the note", async () => {
		const { root, app, statusCalls } = await openBoard();
		const more = row(root, "Specs/refunds.md").querySelector<HTMLButtonElement>("button.spec-board-row-more");
		expect(more).not.toBeNull();
		expect(root.querySelectorAll(".spec-board-row-more")).toHaveLength(
			root.querySelectorAll(".spec-board-row").length,
		);
		click(more as HTMLButtonElement);
		expect(shownMenus).toHaveLength(1);
		expect(titlesOf(shownMenus[0])).toEqual(MENU);
		expect(openedFiles(app)).toEqual([]);
		shownMenus[0].itemTitled("Set status…")?.click();
		expect(statusCalls).toEqual(["Specs/refunds.md"]);
	});

	it.each([
		["the ContextMenu key", "ContextMenu", {}],
		["Shift+F10", "F10", { shiftKey: true }],
	])("%s opens the focused row's menu", async (_name, k, init) => {
		const { root, frames, statusCalls } = await openBoard();
		const list = root.querySelector(".spec-board-list") as HTMLElement;
		list.focus();
		key(list, "ArrowDown");
		frames.flush();
		const event = press(list, k, init);
		expect(event.defaultPrevented).toBe(true);
		expect(shownMenus).toHaveLength(1);
		shownMenus[0].itemTitled("Set status…")?.click();
		expect(statusCalls).toHaveLength(1);
	});

	it("F10 alone and a key on a group header open no menu", async () => {
		const { root } = await openBoard();
		const list = root.querySelector(".spec-board-list") as HTMLElement;
		list.focus();
		press(list, "F10");
		press(list, "ContextMenu");
		expect(shownMenus).toHaveLength(0);
	});

	it("on a phone the more button is always shown (the board says it runs on touch)", async () => {
		setPlatform("iphone");
		try {
			const { root } = await openBoard();
			expect(root.classList.contains("is-touch")).toBe(true);
		} finally {
			setPlatform("desktop");
		}
		const { root } = await openBoard();
		expect(root.classList.contains("is-touch")).toBe(false);
	});
});

describe("keys while an input method is composing", () => {
	it.each([
		["isComposing", { isComposing: true }],
		["keyCode 229 (Safari's Enter that ends a composition)", { keyCode: 229 }],
	])("the board's tag box takes no Enter while composing (%s)", async (_name, init) => {
		const { root, frames, view } = await openBoard();
		const input = root.querySelector<HTMLInputElement>(".spec-board-tag-input") as HTMLInputElement;
		input.value = "area";
		const event = press(input, "Enter", init);
		frames.flush();
		expect(view.getBoardState().filter.tags).toEqual([]);
		expect(event.defaultPrevented).toBe(false);
		expect(input.value).toBe("area");
		press(input, "Enter");
		expect(view.getBoardState().filter.tags).toEqual([{ tag: "area", mode: "include" }]);
	});

	it("the list ignores arrow keys and Enter while composing", async () => {
		const { root, app, frames } = await openBoard();
		const list = root.querySelector(".spec-board-list") as HTMLElement;
		list.focus();
		key(list, "ArrowDown");
		frames.flush();
		const focused = root.querySelector(".is-focused")?.getAttribute("data-index");
		press(list, "ArrowDown", { isComposing: true });
		press(list, "Enter", { isComposing: true });
		frames.flush();
		expect(root.querySelector(".is-focused")?.getAttribute("data-index")).toBe(focused);
		expect(openedFiles(app)).toEqual([]);
	});
});

describe("opening notes whose names break link text (#, ^, |)", () => {
	const NAMES = ["Specs/C# tips.md", "Specs/Block ^ref.md", "Specs/Pipe | name.md"];
	const files = Object.fromEntries(
		NAMES.map((path, i) => [
			path,
			note(`Odd ${i}`, "Draft", "High", ["tags: [spec]"], ["## Open questions", "", "- [ ] Why?"]),
		]),
	);

	it.each(NAMES)("a click on %s opens that very file, never by link text", async (path) => {
		const { root, app } = await openBoard({ files });
		click(row(root, path).querySelector(".spec-board-row-title") as Element);
		expect(app.workspace.openedLinks).toEqual([]);
		expect(openedFiles(app).map((o) => o.path)).toEqual([path]);
		click(row(root, path), { ctrlKey: true });
		expect(openedFiles(app).map((o) => o.path)).toEqual([path, path]);
		expect(app.workspace.leaves.filter((l) => l.side === "root")).toHaveLength(2);
	});

	it.each(NAMES)("a question of %s opens the file at the question's line", async (path) => {
		const { root, app, frames, view } = await openBoard({ files });
		view.toggleExpanded(path);
		frames.flush();
		click(row(root, path).querySelector(".spec-board-question") as Element);
		expect(app.workspace.openedLinks).toEqual([]);
		const opened = openedFiles(app);
		expect(opened.map((o) => o.path)).toEqual([path]);
		const line = (opened[0].openState?.eState as { line: number }).line;
		expect(app.vault.peek(path)?.split("\n")[line]).toBe("- [ ] Why?");
	});

	it("Enter on a focused row and the menu's Open in new tab open the file itself", async () => {
		const { root, app, frames } = await openBoard({ files });
		const list = root.querySelector(".spec-board-list") as HTMLElement;
		list.focus();
		key(list, "ArrowDown");
		frames.flush();
		const path = root.querySelector(".spec-board-row.is-focused")?.getAttribute("data-path") ?? "";
		key(list, "Enter");
		click(row(root, path).querySelector(".spec-board-row-more") as Element);
		shownMenus[0].itemTitled("Open in new tab")?.click();
		expect(app.workspace.openedLinks).toEqual([]);
		expect(openedFiles(app).map((o) => o.path)).toEqual([path, path]);
	});
});

describe("a hidden board shown again", () => {
	/** A ResizeObserver the test drives, as the browser reports sizes (jsdom has none). */
	function installResizeObservers(): {
		report(target: Element, width: number, height: number): void;
		restore(): void;
	} {
		const observers: { callback: ResizeObserverCallback; targets: Set<Element> }[] = [];
		class FakeResizeObserver {
			private readonly entry: { callback: ResizeObserverCallback; targets: Set<Element> };
			constructor(callback: ResizeObserverCallback) {
				this.entry = { callback, targets: new Set() };
				observers.push(this.entry);
			}
			observe(target: Element): void {
				this.entry.targets.add(target);
			}
			unobserve(target: Element): void {
				this.entry.targets.delete(target);
			}
			disconnect(): void {
				this.entry.targets.clear();
			}
		}
		const win = window as unknown as { ResizeObserver?: unknown };
		win.ResizeObserver = FakeResizeObserver;
		return {
			report: (target, width, height) => {
				for (const o of observers)
					if (o.targets.has(target))
						o.callback(
							[{ target, contentRect: { width, height } } as unknown as ResizeObserverEntry],
							o as unknown as ResizeObserver,
						);
			},
			restore: () => delete win.ResizeObserver,
		};
	}

	it("draws the index as it is now when its sidebar tab is shown again, with no call to the view", async () => {
		const observers = installResizeObservers();
		try {
			const { root, app, frames, view } = await openBoard();
			const resizeCalls = jest.spyOn(view, "onResize");
			const leafEl = view.containerEl;
			const list = root.querySelector(".spec-board-list") as Element;
			observers.report(root, 300, 800);
			observers.report(list, 300, 600);
			frames.flush();
			// Another tab of the sidebar is chosen: Obsidian hides the leaf; the browser reports a size of zero.
			leafEl.hide();
			observers.report(root, 0, 0);
			observers.report(list, 0, 0);
			frames.flush();
			await app.vault.modify(
				fileAt(app, "Specs/search.md"),
				note("Search v2", "In progress", "Critical", ["tags: [spec]"]),
			);
			await app.vault.create("Specs/new.md", note("Brand new", "Draft", "Low", ["tags: [spec]"]));
			await app.metadataCache.settle();
			await settle();
			frames.flush();
			expect(titles(root)).not.toContain("Brand new");
			// The tab is chosen again: shown, and the browser reports the sizes again.
			leafEl.show();
			observers.report(root, 300, 800);
			observers.report(list, 300, 600);
			frames.flush();
			frames.flush();
			expect(resizeCalls).not.toHaveBeenCalled();
			expect(titles(root)).toEqual(expect.arrayContaining(["Search v2", "Brand new"]));
			expect(titles(root)).not.toContain("Search");
		} finally {
			observers.restore();
		}
	});

	it("renders nothing while an ancestor is hidden", async () => {
		const { root, app, frames, view } = await openBoard();
		view.containerEl.hide();
		await app.vault.create("Specs/new.md", note("Brand new", "Draft", "Low", ["tags: [spec]"]));
		await app.metadataCache.settle();
		await settle();
		expect(frames.pending()).toBe(1);
		frames.flush();
		expect(titles(root)).not.toContain("Brand new");
	});
});
