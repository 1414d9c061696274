// The part both boards (the sidebar and the Bases view) build alike: the board's root classes and row heights, and
// its virtualised list of group and spec rows.
import { Platform, type Component } from "obsidian";
import { nameByHiddenText } from "../accessibleName";
import { itemKey, sameItem, type BoardItem, type BoardItems } from "./boardItems";
import {
	GROUP_ROW_HEIGHT,
	QUESTION_ROW_HEIGHT,
	SPEC_ROW_HEIGHT,
	SPEC_ROW_HEIGHT_MOBILE,
	moveRow,
	type SpecRowParts,
} from "./boardRows";
import { VirtualList } from "./virtualList";

/** Pixels of rows rendered above and below the visible part of the list. */
const LIST_MARGIN = 400;

/** The board's virtual list: group and spec rows, spec rows' elements reused with their parts. */
export type BoardList = VirtualList<BoardItem, SpecRowParts | undefined, BoardItems>;

/** Marks `root` as a board (touch or not) and sets its row heights; returns a spec row's height. */
export function prepareBoardRoot(root: HTMLElement): number {
	root.addClass("spec-board");
	// On touch the rows' more buttons are always shown (no hover there, and iOS has no long-press menu).
	root.toggleClass("is-touch", Platform.isMobile);
	const rowHeight = Platform.isMobile ? SPEC_ROW_HEIGHT_MOBILE : SPEC_ROW_HEIGHT;
	root.setCssProps({
		"--spec-board-row-height": `${rowHeight}px`,
		"--spec-board-group-height": `${GROUP_ROW_HEIGHT}px`,
	});
	return rowHeight;
}

/** What the list asks of the board that holds it. */
export interface BoardListHost {
	/** Draws one row into its element: a fresh one, or a spec row's element with its parts (`reused`) to patch. */
	renderItem(
		item: BoardItem,
		el: HTMLElement,
		index: number,
		reused: SpecRowParts | undefined,
	): SpecRowParts | undefined;
	/** The row that has the keyboard focus (-1: none). */
	focusIndex(): number;
	/** The list's size or scroll position changed: the board updates what it draws at the next frame. */
	resized(): void;
	/** A key pressed in the list. */
	onKeyDown(evt: KeyboardEvent): void;
	/** Moves the keyboard focus to the row at `index`. */
	focusItem(index: number): void;
}

/**
 * The board's list element (a tree named "Specs") under `parent`, and the virtual list drawing into it; its scroll,
 * keys and focus are registered on `component` (the view), and the list is destroyed with it.
 */
export function createBoardList(
	component: Component,
	parent: HTMLElement,
	rowHeight: number,
	host: BoardListHost,
): { listEl: HTMLElement; list: BoardList } {
	const listEl = parent.createDiv({ cls: "spec-board-list", attr: { role: "tree", tabindex: 0 } });
	nameByHiddenText(listEl, "Specs");
	const list: BoardList = new VirtualList(listEl, {
		keyOf: itemKey,
		heightAt: (items, index) => {
			const note = items.noteAt(index);
			if (note === null) return GROUP_ROW_HEIGHT;
			return items.expandedAt(index)
				? rowHeight + 8 + QUESTION_ROW_HEIGHT * note.openQuestions.length
				: rowHeight;
		},
		measuredAt: (items, index) => items.expandedAt(index),
		render: (item, el, index, reused) => host.renderItem(item, el, index, reused),
		// A collapsed spec row's element draws another collapsed spec row (expanded rows and group headers are drawn anew).
		recycleKind: (item) => (item.kind === "spec" && !item.expanded ? "spec" : null),
		unchanged: sameItem,
		kept: (_item, el, index) => {
			moveRow(el, index);
			el.toggleClass("is-focused", index === host.focusIndex());
		},
		margin: LIST_MARGIN,
		resized: () => host.resized(),
	});
	component.register(() => list.destroy());
	component.registerDomEvent(listEl, "scroll", () => {
		list.scrolled();
		host.resized();
	});
	component.registerDomEvent(listEl, "keydown", (evt) => host.onKeyDown(evt));
	component.registerDomEvent(listEl, "focus", () => {
		if (host.focusIndex() < 0 && list.length > 0) host.focusItem(0);
	});
	return { listEl, list };
}
