import { countAttention, hasQuestionsFor, isMine, isWaitingOn } from "../../../src/core/board/attention";
import { emptyFilter, type SpecFilter } from "../../../src/core/board/filter";
import { filterSpecs } from "../../../src/core/board/filterMatch";
import { blankSpecNote, type SpecNote } from "../../../src/core/model/specNote";

function spec(path: string, fields: Partial<SpecNote>): SpecNote {
	return { ...blankSpecNote(path), ...fields };
}

const NOTES = [
	spec("a.md", { status: "In review", reviewers: ["Dana", "Eli"], signOffs: ["eli"], owner: "Eli" }),
	spec("b.md", { status: "Approved", reviewers: ["[[Dana]]"], signOffs: ["@dana"], owner: "Dana, Fay" }),
	spec("c.md", {
		status: "Draft",
		owner: "[[Fay]]",
		openQuestions: [
			{ text: "Which queue? @dana", line: 9 },
			{ text: "Who pays? (owner: Eli)", line: 10 },
		],
	}),
	spec("d.md", {
		status: "Done",
		reviewers: ["Gus"],
		problems: [{ code: "missing-sign-off", message: "Done without sign-off from Gus." }],
	}),
];
const STALE = new Set(["c.md", "d.md"]);
const context = (me: string) => ({ me, isStale: (note: SpecNote) => STALE.has(note.path) });
const paths = (filter: Partial<SpecFilter>, me = "Dana") =>
	filterSpecs(NOTES, { ...emptyFilter(), ...filter }, undefined, context(me)).map((n) => n.path);

describe("the personal filters", () => {
	it.each<[string, Partial<SpecFilter>, string, string[]]>([
		["Waiting on me: a reviewer who has not signed off", { waitingOnMe: true }, "Dana", ["a.md"]],
		["Waiting on me, as @dana", { waitingOnMe: true }, "@dana", ["a.md"]],
		["Mine: owner or author, one of several", { mine: true }, "Dana", ["b.md"]],
		["Mine, through a link", { mine: true }, "fay", ["b.md", "c.md"]],
		["Questions for me: @me", { questionsForMe: true }, "Dana", ["c.md"]],
		["Questions for me: (owner: me)", { questionsForMe: true }, "eli", ["c.md"]],
		["Stale", { stale: true }, "Dana", ["c.md", "d.md"]],
		["Missing sign-off", { missingSignOff: true }, "", ["d.md"]],
		["Stale and mine", { stale: true, mine: true }, "Fay", ["c.md"]],
		["Waiting on me with no name set matches nothing", { waitingOnMe: true }, "", []],
		["Mine with no name set matches nothing", { mine: true }, " ", []],
	])("%s", (_name, filter, me, expected) => {
		expect(paths(filter, me)).toEqual(expected);
	});

	it("the predicates agree with the filter", () => {
		expect(isWaitingOn(NOTES[0], "dana")).toBe(true);
		expect(isWaitingOn(NOTES[0], "eli")).toBe(false);
		expect(isMine(NOTES[2], "Fay")).toBe(true);
		expect(hasQuestionsFor(NOTES[2], "Gus")).toBe(false);
	});
});

describe("countAttention", () => {
	it("counts missing sign-offs, stale specs and what is mine", () => {
		expect(countAttention(NOTES, context("Dana"))).toEqual({
			missingSignOff: 1,
			stale: 2,
			waitingOnMe: 1,
			mine: 1,
			questionsForMe: 1,
		});
	});

	it("counts nothing personal without a name", () => {
		expect(countAttention(NOTES, context(""))).toEqual({
			missingSignOff: 1,
			stale: 2,
			waitingOnMe: 0,
			mine: 0,
			questionsForMe: 0,
		});
	});
});
