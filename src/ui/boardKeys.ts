// The keys of a board's list, shared by the sidebar board and the Bases view: ↑/↓, Home/End move the focus; Enter opens
// a spec (a new tab with the modifier) or folds a group; →/Space unfold a group or show a spec's questions; ← folds or
// hides them; the ContextMenu key or Shift+F10 opens the row's menu. Keys an input method is composing are left alone.
import { Keymap, type PaneType } from "obsidian";
import type { BoardItem } from "./boardItems";
import { isComposingKey } from "./keys";

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
