// The keys of a board's list, shared by the sidebar board and the Bases view: ↑/↓, Home/End move the focus; Enter opens
// a spec (a new tab with the modifier) or folds a group; →/Space unfold a group or show a spec's questions; ← folds or
// hides them; the ContextMenu key or Shift+F10 opens the row's menu. Keys an input method is composing are left alone.
import { Keymap, type PaneType } from "obsidian";
import type { BoardItem } from "./boardItems";
import type { MenuPlace } from "./boardRows";
import type { BoardList } from "./boardList";
import { isComposingKey } from "../keys";

/** What a key asks of the list; null: the key is not the list's (left to the app). */
export type BoardKeyAction =
	/** Move the focus to this row. */
	| { kind: "focus"; index: number }
	/** The spec row's menu. */
	| { kind: "menu"; path: string }
	/** Open the spec (in a new tab, split or window when the modifier asks: Keymap.isModEvent). */
	| { kind: "open"; path: string; newLeaf: PaneType | boolean }
	/** Fold or unfold the group. */
	| { kind: "toggleGroup"; groupKey: string }
	/** Show or hide the spec's open questions. */
	| { kind: "toggleExpanded"; path: string }
	/** The list's key, with nothing to do on this row. */
	| { kind: "none" };

/** What a key pressed on the list does, given the focused row (its index and item) and the number of rows. */
export function boardKeyAction(
	evt: KeyboardEvent,
	item: BoardItem | undefined,
	focusIndex: number,
	length: number,
): BoardKeyAction | null {
	if (isComposingKey(evt)) return null;
	if (evt.key === "ContextMenu" || (evt.key === "F10" && evt.shiftKey && !evt.ctrlKey && !evt.metaKey))
		return item?.kind === "spec" ? { kind: "menu", path: item.note.path } : null;
	switch (evt.key) {
		case "ArrowDown":
			return { kind: "focus", index: focusIndex + 1 };
		case "ArrowUp":
			return { kind: "focus", index: Math.max(0, focusIndex - 1) };
		case "Home":
			return { kind: "focus", index: 0 };
		case "End":
			return { kind: "focus", index: length - 1 };
		case "Enter":
			if (!item) return null;
			return item.kind === "group"
				? { kind: "toggleGroup", groupKey: item.groupKey }
				: { kind: "open", path: item.note.path, newLeaf: Keymap.isModEvent(evt) };
		case " ":
		case "ArrowRight":
			if (!item) return null;
			if (item.kind === "group" && item.collapsed) return { kind: "toggleGroup", groupKey: item.groupKey };
			if (item.kind === "spec" && !item.expanded && item.note.openQuestions.length > 0)
				return { kind: "toggleExpanded", path: item.note.path };
			return { kind: "none" };
		case "ArrowLeft":
			if (!item) return null;
			if (item.kind === "group" && !item.collapsed) return { kind: "toggleGroup", groupKey: item.groupKey };
			if (item.kind === "spec" && item.expanded) return { kind: "toggleExpanded", path: item.note.path };
			return { kind: "none" };
		default:
			return null;
	}
}

/** What a board does for the keys' actions. */
export interface BoardKeyHandlers {
	/** Opens a spec. */
	open(path: string, newLeaf: PaneType | boolean): void;
	/** Folds or unfolds a group. */
	toggleGroup(groupKey: string): void;
	/** Shows or hides a spec's open questions. */
	toggleExpanded(path: string): void;
	/** Shows a spec row's menu at a place. */
	menu(path: string, at: MenuPlace): void;
}

/**
 * Moves keyboard focus to the row at `index` (kept within the rows), scrolling it into view; returns the row's index,
 * or `current` when the list is empty.
 */
export function focusBoardRow(list: BoardList, listEl: HTMLElement, index: number, current: number): number {
	if (list.length === 0) return current;
	const i = Math.max(0, Math.min(index, list.length - 1));
	list.scrollIntoView(i);
	list.update();
	listEl.findAll(".spec-board-list-item.is-focused").forEach((el) => el.removeClass("is-focused"));
	const el = list.elementAt(i);
	el?.addClass("is-focused");
	el?.focus();
	return i;
}

/**
 * Does what a key pressed on a board's list asks (boardKeyAction), moving the focus with `focus`; returns whether the
 * list took the key for its rows (the caller then gives the focus back to the row after its next render).
 */
export function handleBoardKey(
	evt: KeyboardEvent,
	list: BoardList,
	focusIndex: number,
	focus: (index: number) => void,
	handlers: BoardKeyHandlers,
): boolean {
	const action = boardKeyAction(evt, list.itemAt(focusIndex), focusIndex, list.length);
	if (action === null) return false;
	if (action.kind === "menu") {
		const el = list.elementAt(focusIndex);
		if (!el) return false;
		evt.preventDefault();
		handlers.menu(action.path, { under: el.find(".spec-board-row-more") ?? el });
		return false;
	}
	if (action.kind === "focus") focus(action.index);
	else if (action.kind === "open") handlers.open(action.path, action.newLeaf);
	else if (action.kind === "toggleGroup") handlers.toggleGroup(action.groupKey);
	else if (action.kind === "toggleExpanded") handlers.toggleExpanded(action.path);
	evt.preventDefault();
	return true;
}
