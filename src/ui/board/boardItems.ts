// The board's rows as a flat list for the virtual list: group headers, then each group's specs unless collapsed.
import type { SpecGroup } from "../../core/board/rollup";
import type { GroupBy } from "../../core/settings/settings";
import type { SpecNote } from "../../core/model/specNote";
import { collapseKey } from "./boardFilterState";

/** A group header row. */
export interface GroupItem {
	/** Discriminant. */
	kind: "group";
	/** Unique key in the list. */
	key: string;
	/** The group's key in the rollup (for collapse state). */
	groupKey: string;
	/** What the header says. */
	label: string;
	/** How many specs the group holds. */
	count: number;
	/** Whether the group's rows are hidden. */
	collapsed: boolean;
}

/** A spec row. */
export interface SpecItem {
	/** Discriminant. */
	kind: "spec";
	/** The key of the group the row sits in (a note may sit in several tag or domain groups). */
	groupKey: string;
	/** The note shown. */
	note: SpecNote;
	/** Whether its open questions are shown (whether it is "not ready" follows from the note: see isNotReady). */
	expanded: boolean;
}

/** One row of the board. */
export type BoardItem = GroupItem | SpecItem;

/** A row's unique key in the list, made only for the rows drawn. */
export function itemKey(item: BoardItem): string {
	return item.kind === "group" ? item.key : `s\u0000${item.groupKey}\u0000${item.note.path}`;
}

/** Flattens groups into rows, honouring collapsed groups and expanded notes. */
export function boardItems(
	groups: readonly SpecGroup[],
	groupBy: GroupBy,
	collapsed: ReadonlySet<string>,
	expanded: ReadonlySet<string>,
): BoardItem[] {
	const items: BoardItem[] = [];
	for (const group of groups) {
		const isCollapsed = collapsed.has(collapseKey(groupBy, group.key));
		items.push({
			kind: "group",
			key: `g\u0000${group.key}`,
			groupKey: group.key,
			label: group.label,
			count: group.notes.length,
			collapsed: isCollapsed,
		});
		if (isCollapsed) continue;
		for (const note of group.notes) {
			items.push({
				kind: "spec",
				groupKey: group.key,
				note,
				expanded: expanded.size > 0 && expanded.has(note.path),
			});
		}
	}
	return items;
}

/** Whether a row drawn for `drawn` still shows `item` as is (the same group state, or the same note object, expansion and readiness). */
export function sameItem(drawn: BoardItem, item: BoardItem): boolean {
	if (drawn.kind === "group")
		return (
			item.kind === "group" &&
			drawn.key === item.key &&
			drawn.label === item.label &&
			drawn.count === item.count &&
			drawn.collapsed === item.collapsed
		);
	return (
		item.kind === "spec" &&
		drawn.note === item.note &&
		drawn.groupKey === item.groupKey &&
		drawn.expanded === item.expanded
	);
}
