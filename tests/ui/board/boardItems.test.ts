// The board's rows, made when asked for: the same rows, in the same order, as flattening the groups at once.
import fc from "fast-check";
import type { GroupedNotes, SpecGroup } from "../../../src/core/board/rollup";
import { BoardItems, type BoardItem } from "../../../src/ui/board/boardItems";
import { collapseKey } from "../../../src/ui/board/boardFilterState";
import { specNoteWith } from "../../support/specNotes";

/** The rows as first written: every header and spec row made at once. */
function flattened(groups: SpecGroup[], collapsed: ReadonlySet<string>, expanded: ReadonlySet<string>): BoardItem[] {
	const items: BoardItem[] = [];
	for (const group of groups) {
		const isCollapsed = collapsed.has(collapseKey("status", group.key));
		items.push({
			kind: "group",
			key: `g\u0000${group.key}`,
			groupKey: group.key,
			label: group.label,
			count: group.notes.length,
			collapsed: isCollapsed,
		});
		if (!isCollapsed)
			for (const note of group.notes)
				items.push({ kind: "spec", groupKey: group.key, note, expanded: expanded.has(note.path) });
	}
	return items;
}

/** The groups as ranges of one list, group after group. */
function ranges(groups: SpecGroup[]): GroupedNotes {
	let start = 0;
	return {
		notes: groups.flatMap((g) => g.notes),
		groups: groups.map((g) => ({ key: g.key, label: g.label, start, end: (start += g.notes.length) })),
	};
}

describe("BoardItems", () => {
	it("gives the rows of flattening the groups at once, by index (property)", () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ size: fc.nat(6), collapsed: fc.boolean() }), { maxLength: 6 }),
				fc.array(fc.nat(40), { maxLength: 5 }),
				(shape, expandedAt) => {
					let n = 0;
					const groups: SpecGroup[] = shape.map((g, i) => ({
						key: `G${i}`,
						label: `Group ${i}`,
						notes: Array.from({ length: g.size }, () => specNoteWith({ path: `n${n++}.md` })),
					}));
					const collapsed = new Set(
						shape.flatMap((g, i) => (g.collapsed ? [collapseKey("status", `G${i}`)] : [])),
					);
					const expanded = new Set(expandedAt.map((i) => `n${i}.md`));
					const items = new BoardItems(ranges(groups), "status", collapsed, expanded);
					const wanted = flattened(groups, collapsed, expanded);
					expect(items.length).toBe(wanted.length);
					for (let i = 0; i < wanted.length; i++) {
						const want = wanted[i];
						expect(items.at(i)).toEqual(want);
						expect(items.noteAt(i)).toBe(want.kind === "spec" ? want.note : null);
						expect(items.expandedAt(i)).toBe(want.kind === "spec" && want.expanded);
					}
					expect(items.at(-1)).toBeUndefined();
					expect(items.at(wanted.length)).toBeUndefined();
				},
			),
			{ numRuns: 200 },
		);
	});

	it("keeps one header object per group, and makes a spec row only when asked for", () => {
		const notes = Array.from({ length: 10_000 }, (_, i) => specNoteWith({ path: `n${i}.md` }));
		const items = new BoardItems(ranges([{ key: "Draft", label: "Draft", notes }]), "status", new Set(), new Set());
		expect(items.length).toBe(10_001);
		expect(items.at(0)).toBe(items.at(0));
		expect(items.at(5_000)).toEqual(items.at(5_000));
		expect(items.at(5_000)).not.toBe(items.at(5_000));
	});
});
