// The board's rows for the virtual list: group headers, then each group's specs unless collapsed, each row made only
// when the list asks for it.
import type { GroupedNotes } from "../../core/board/rollup";
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

/**
 * The board's rows over its groups (group headers, then each group's specs unless collapsed), made when asked for
 * (`at`): a filter change over 10,000 specs makes the headers and the rows drawn, not 10,000 objects to throw away.
 */
export class BoardItems {
	/** How many rows. */
	readonly length: number;
	/** Each group's header row, and its index in the rows. */
	private readonly headers: GroupItem[] = [];
	private readonly starts: number[] = [];

	/** The rows of `grouped`'s groups, honouring collapsed groups and expanded notes. */
	constructor(
		private readonly grouped: GroupedNotes,
		groupBy: GroupBy,
		collapsed: ReadonlySet<string>,
		private readonly expanded: ReadonlySet<string>,
	) {
		let at = 0;
		for (const group of grouped.groups) {
			const isCollapsed = collapsed.has(collapseKey(groupBy, group.key));
			const count = group.end - group.start;
			this.starts.push(at);
			this.headers.push({
				kind: "group",
				key: `g\u0000${group.key}`,
				groupKey: group.key,
				label: group.label,
				count,
				collapsed: isCollapsed,
			});
			at += isCollapsed ? 1 : 1 + count;
		}
		this.length = at;
	}

	/** The group a row sits in (its header, or one of its specs). */
	private groupOf(index: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= index) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** The spec of a row, or null for a group header (or outside the rows). */
	noteAt(index: number): SpecNote | null {
		if (index < 0 || index >= this.length) return null;
		const group = this.groupOf(index);
		const within = index - this.starts[group];
		return within === 0 ? null : this.grouped.notes[this.grouped.groups[group].start + within - 1];
	}

	/** Whether a row is a spec whose open questions are shown. */
	expandedAt(index: number): boolean {
		if (this.expanded.size === 0) return false;
		const note = this.noteAt(index);
		return note !== null && this.expanded.has(note.path);
	}

	/** The row at an index, made now (undefined outside the rows). */
	at(index: number): BoardItem | undefined {
		if (index < 0 || index >= this.length) return undefined;
		const group = this.groupOf(index);
		const within = index - this.starts[group];
		if (within === 0) return this.headers[group];
		const range = this.grouped.groups[group];
		const note = this.grouped.notes[range.start + within - 1];
		return {
			kind: "spec",
			groupKey: range.key,
			note,
			expanded: this.expanded.size > 0 && this.expanded.has(note.path),
		};
	}
}

/** Flattens groups into rows, honouring collapsed groups and expanded notes (see BoardItems). */
export function boardItems(
	grouped: GroupedNotes,
	groupBy: GroupBy,
	collapsed: ReadonlySet<string>,
	expanded: ReadonlySet<string>,
): BoardItems {
	return new BoardItems(grouped, groupBy, collapsed, expanded);
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
