import fc from "fast-check";
import {
	compareSpecs,
	groupRanges,
	groupSpecs,
	isNotReady,
	NO_GROUP_KEY,
	sortSpecs,
	summarize,
	withChangedSpecs,
} from "../../../src/core/board/rollup";
import { PRIORITIES, STATUSES, type SpecNote } from "../../../src/core/model/specNote";
import { specNoteWith } from "../../support/specNotes";

const note = specNoteWith;

const question = (text: string, line = 10) => ({ text, line });

describe("summarize", () => {
	it("has every status and priority, at 0 for an empty list", () => {
		const summary = summarize([]);
		expect(summary.notes).toBe(0);
		expect(Object.keys(summary.byStatus)).toEqual([...STATUSES]);
		expect(Object.keys(summary.byPriority)).toEqual([...PRIORITIES]);
		expect(Object.values(summary.byStatus).every((n) => n === 0)).toBe(true);
		expect(Object.values(summary.byPriority).every((n) => n === 0)).toBe(true);
		expect(summary.openQuestions).toBe(0);
	});

	it("counts notes by status and priority, and real open questions only", () => {
		const summary = summarize([
			note({
				path: "a.md",
				status: "Draft",
				priority: "High",
				openQuestions: [question("Who pays?"), question("When?")],
			}),
			note({ path: "b.md", status: "Draft", priority: "Low", placeholderQuestions: [question("Question 1")] }),
			note({
				path: "c.md",
				status: "Done",
				priority: "High",
				openQuestions: [question("Why?")],
				resolvedQuestions: 4,
			}),
			note({ path: "d.md", status: "No status", priority: "Unrecognized" }),
		]);
		expect(summary.notes).toBe(4);
		expect(summary.byStatus).toMatchObject({ Draft: 2, Done: 1, "No status": 1, Approved: 0 });
		expect(summary.byPriority).toMatchObject({ High: 2, Low: 1, Unrecognized: 1, None: 0 });
		expect(summary.openQuestions).toBe(3);
	});
});

describe("isNotReady", () => {
	it.each([
		["Draft", 1, false],
		["In review", 2, false],
		["Approved", 1, true],
		["Approved", 0, false],
		["In progress", 3, true],
		["Done", 1, true],
		["Done", 0, false],
		["Deprecated", 1, false],
		["Unrecognized", 1, false],
		["No status", 1, false],
	] as const)("%s with %i open question(s) -> %s", (status, open, expected) => {
		const openQuestions = Array.from({ length: open }, (_, i) => question(`Q${i}`));
		expect(isNotReady(note({ path: "x.md", status, openQuestions }))).toBe(expected);
	});

	it("does not count template placeholders", () => {
		expect(
			isNotReady(note({ path: "x.md", status: "Approved", placeholderQuestions: [question("Question 1")] })),
		).toBe(false);
	});
});

describe("sortSpecs", () => {
	it("orders by lifecycle status, then priority, then updated newest first, then title", () => {
		const notes = [
			note({ path: "deprecated.md", status: "Deprecated", priority: "Critical" }),
			note({ path: "done.md", status: "Done" }),
			note({ path: "nostatus.md", status: "No status" }),
			note({ path: "draft-low.md", status: "Draft", priority: "Low" }),
			note({ path: "draft-high-old.md", status: "Draft", priority: "High", updated: "2024-01-01" }),
			note({ path: "draft-high-undated.md", status: "Draft", priority: "High" }),
			note({ path: "draft-high-new.md", status: "Draft", priority: "High", updated: "2025-03-01" }),
			note({ path: "draft-none.md", status: "Draft", priority: "None" }),
			note({ path: "draft-unrec.md", status: "Draft", priority: "Unrecognized" }),
			note({ path: "review.md", status: "In review" }),
			note({ path: "unrec.md", status: "Unrecognized" }),
			note({ path: "approved.md", status: "Approved" }),
			note({ path: "progress.md", status: "In progress" }),
		];
		expect(sortSpecs(notes).map((n) => n.path)).toEqual([
			"draft-high-new.md",
			"draft-high-old.md",
			"draft-high-undated.md",
			"draft-low.md",
			"draft-unrec.md",
			"draft-none.md",
			"review.md",
			"approved.md",
			"progress.md",
			"done.md",
			"deprecated.md",
			"unrec.md",
			"nostatus.md",
		]);
	});

	it("breaks ties by title case-insensitively, then by path, and does not change its input", () => {
		const notes = [
			note({ path: "z/b.md", title: "beta" }),
			note({ path: "a.md", title: "Alpha" }),
			note({ path: "y/b.md", title: "beta" }),
			note({ path: "c.md", title: "alpha two" }),
		];
		const before = notes.map((n) => n.path);
		expect(sortSpecs(notes).map((n) => n.path)).toEqual(["a.md", "c.md", "y/b.md", "z/b.md"]);
		expect(notes.map((n) => n.path)).toEqual(before);
	});

	it("gives the same order as sorting with compareSpecs", () => {
		const statuses = ["Draft", "Done", "Approved", "No status"] as const;
		const priorities = ["Low", "High", "None"] as const;
		const notes = Array.from({ length: 60 }, (_, i) =>
			note({
				path: `n${(i * 37) % 60}.md`,
				title: ["beta", "Alpha", "alpha", "Gamma"][i % 4],
				status: statuses[i % statuses.length],
				priority: priorities[(i * 7) % priorities.length],
				updated: i % 5 === 0 ? null : `2025-0${1 + (i % 9)}-1${i % 10}`,
			}),
		);
		expect(sortSpecs(notes)).toEqual([...notes].sort(compareSpecs));
	});

	it("is a consistent comparator (antisymmetric, 0 only for the same note)", () => {
		const a = note({ path: "a.md", status: "Approved" });
		const b = note({ path: "b.md", status: "Approved" });
		expect(Math.sign(compareSpecs(a, b))).toBe(-Math.sign(compareSpecs(b, a)));
		expect(compareSpecs(a, a)).toBe(0);
	});
});

describe("groupSpecs", () => {
	const notes = [
		note({
			path: "pay.md",
			status: "Done",
			priority: "High",
			domains: ["Payments", "checkout"],
			tags: ["area/payments", "spec"],
		}),
		note({
			path: "chk.md",
			status: "Draft",
			priority: "Low",
			domains: ["Checkout"],
			tags: ["area/checkout", "Spec"],
		}),
		note({ path: "bare.md", status: "Draft", priority: "Critical" }),
		note({
			path: "acc.md",
			status: "Unrecognized",
			priority: "Medium",
			domains: ["accounts", "Accounts"],
			tags: ["#Zeta"],
		}),
	];
	const shape = (by: Parameters<typeof groupSpecs>[1]) =>
		groupSpecs(notes, by).map((g) => [g.key, g.label, g.notes.map((n) => n.path)]);

	it("by status: lifecycle order, empty groups left out, notes sorted", () => {
		expect(shape("status")).toEqual([
			["Draft", "Draft", ["bare.md", "chk.md"]],
			["Done", "Done", ["pay.md"]],
			["Unrecognized", "Unrecognized", ["acc.md"]],
		]);
	});

	it("by priority: most urgent first, empty groups left out", () => {
		expect(shape("priority")).toEqual([
			["Critical", "Critical", ["bare.md"]],
			["High", "High", ["pay.md"]],
			["Medium", "Medium", ["acc.md"]],
			["Low", "Low", ["chk.md"]],
		]);
	});

	it("by domain: alphabetical and case-insensitive, a note in each of its domains once, no domain last", () => {
		expect(shape("domain")).toEqual([
			["accounts", "accounts", ["acc.md"]],
			["checkout", "Checkout", ["chk.md", "pay.md"]],
			["payments", "Payments", ["pay.md"]],
			[NO_GROUP_KEY, "No domain", ["bare.md"]],
		]);
	});

	it("by tag: alphabetical and case-insensitive (a stray '#' ignored), no tags last", () => {
		expect(shape("tag")).toEqual([
			["area/checkout", "area/checkout", ["chk.md"]],
			["area/payments", "area/payments", ["pay.md"]],
			["spec", "Spec", ["chk.md", "pay.md"]],
			["zeta", "Zeta", ["acc.md"]],
			[NO_GROUP_KEY, "No tags", ["bare.md"]],
		]);
	});

	it("gives no groups for no notes", () => {
		expect(groupSpecs([], "domain")).toEqual([]);
		expect(groupSpecs([], "status")).toEqual([]);
	});

	it.each(["status", "priority", "domain", "tag"] as const)(
		"by %s: presorted notes give the same groups without sorting again",
		(by) => {
			const reversed = [...sortSpecs(notes)].reverse();
			expect(groupSpecs(sortSpecs(notes), by, true)).toEqual(groupSpecs(reversed, by));
			// Presorted means trusted: unsorted input keeps its order.
			expect(groupSpecs(reversed, "status", true)[0].notes.map((n) => n.path)).toEqual(["chk.md", "bare.md"]);
		},
	);

	it.each(["status", "priority", "domain", "tag"] as const)(
		"by %s: groupRanges gives the same groups as ranges of one list, presorted or not",
		(by) => {
			for (const [list, presorted] of [
				[notes, false],
				[sortSpecs(notes), true],
				[[...sortSpecs(notes)].reverse(), true],
			] as const) {
				const grouped = groupRanges(list, by, presorted);
				const asGroups = grouped.groups.map((g) => ({
					key: g.key,
					label: g.label,
					notes: grouped.notes.slice(g.start, g.end),
				}));
				expect(asGroups).toEqual(groupSpecs(list, by, presorted));
			}
		},
	);

	it("by status over notes in board order: the ranges are of the list itself, not a copy", () => {
		const sorted = sortSpecs(notes);
		expect(groupRanges(sorted, "status", true).notes).toBe(sorted);
		expect(groupRanges(sorted, "priority", true).notes).not.toBe(sorted);
	});
});

describe("withChangedSpecs", () => {
	const statuses = ["Draft", "Done", "Approved", "No status"] as const;
	const priorities = ["Low", "High", "None"] as const;
	const made = (i: number, version: number): SpecNote =>
		note({
			path: `n${i}.md`,
			title: ["beta", "Alpha", "alpha", "Gamma"][(i + version) % 4],
			status: statuses[(i * 3 + version) % statuses.length],
			priority: priorities[(i + version * 2) % priorities.length],
			updated: (i + version) % 5 === 0 ? null : `2025-0${1 + ((i + version) % 9)}-1${i % 10}`,
		});

	/** Replaces, removes and adds notes by the given steps and checks the patched order against a full sort. */
	function check(count: number, steps: { kind: "replace" | "remove" | "add"; at: number }[]): void {
		const current = new Map<string, SpecNote>();
		for (let i = 0; i < count; i++) current.set(`n${i}.md`, made(i, 0));
		const sorted = sortSpecs([...current.values()]);
		const removed: SpecNote[] = [];
		const added: SpecNote[] = [];
		let next = count;
		steps.forEach((step, k) => {
			const paths = [...current.keys()];
			if (step.kind === "add" || paths.length === 0) {
				const fresh = made(next++, k);
				current.set(fresh.path, fresh);
				added.push(fresh);
				return;
			}
			const path = paths[step.at % paths.length];
			const old = current.get(path) as SpecNote;
			// A note added since the sort and changed again was never in `sorted`: it is only dropped from `added`.
			const addedAt = added.indexOf(old);
			if (addedAt >= 0) added.splice(addedAt, 1);
			else removed.push(old);
			current.delete(path);
			if (step.kind === "replace") {
				const fresh = made(Number(path.slice(1, -3)), k + 1);
				current.set(path, fresh);
				added.push(fresh);
			}
		});
		expect(withChangedSpecs(sorted, removed, added)).toEqual(sortSpecs([...current.values()]));
	}

	it("puts one changed note in its new place", () => {
		check(50, [{ kind: "replace", at: 7 }]);
	});

	it.each([
		["stays in its place", (n: SpecNote) => ({ ...n })],
		["moves to the top", (n: SpecNote) => ({ ...n, status: "Draft" as const, priority: "Critical" as const })],
		["moves to the end", (n: SpecNote) => ({ ...n, status: "Deprecated" as const, priority: "None" as const })],
	])("puts one replaced note in its place when it %s, moving only the notes in between", (_, change) => {
		const sorted = sortSpecs(Array.from({ length: 40 }, (_, i) => made(i, 0)));
		for (const at of [0, 17, 39]) {
			const fresh = change(sorted[at]);
			const patched = withChangedSpecs(sorted, [sorted[at]], [fresh]);
			expect(patched).toEqual(sortSpecs([...sorted.filter((_, i) => i !== at), fresh]));
			expect(patched).toContain(fresh);
			expect(patched).not.toContain(sorted[at]);
		}
	});

	it("ignores a removed note that is not in the order", () => {
		const sorted = sortSpecs(Array.from({ length: 10 }, (_, i) => made(i, 0)));
		const fresh = made(11, 0);
		expect(withChangedSpecs(sorted, [made(12, 0)], [fresh])).toEqual(sortSpecs([...sorted, fresh]));
	});

	it("handles many changes at once (merged in one pass)", () => {
		check(
			200,
			Array.from({ length: 80 }, (_, i) => ({
				kind: (["replace", "remove", "add"] as const)[i % 3],
				at: i * 13,
			})),
		);
	});

	it("gives the same order as sorting everything again (property)", () => {
		const step = fc.record({
			kind: fc.constantFrom("replace" as const, "remove" as const, "add" as const),
			at: fc.nat(1000),
		});
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 60 }), fc.array(step, { maxLength: 40 }), (count, steps) => {
				check(count, steps);
			}),
			{ numRuns: 200 },
		);
	});

	it("does not change its inputs", () => {
		const sorted = sortSpecs(Array.from({ length: 10 }, (_, i) => made(i, 0)));
		const before = [...sorted];
		withChangedSpecs(sorted, [sorted[3]], [made(3, 1)]);
		expect(sorted).toEqual(before);
	});
});
