// The notes teams actually write (ADRs, spec-kit, LeanSpec, KEPs, RFCs, metadata tables, callouts), read as the
// board reads them, and written back in their own convention. The fixtures are our own words in each format's shape.
import { readFileSync } from "fs";
import { join } from "path";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { planFieldEdit } from "../../../src/core/edits/noteEdits";
import { findNoteLines } from "../../../src/core/reading/noteLines";
import type { SpecNote } from "../../../src/core/model/specNote";
import type { SettablePriority, SettableStatus } from "../../../src/core/model/specNote";
import { readYaml } from "../../support/yamlReader";

const fixture = (name: string): string =>
	readFileSync(join(__dirname, "..", "..", "fixtures", "notes", "specs", "formats", name), "utf8");
const read = (name: string, text = fixture(name)): SpecNote =>
	readSpecNote(`formats/${name}`, text, readYaml, defaultReadOptions());
const OPTIONS = { now: new Date("2026-03-14T09:30:00Z"), dateFormat: "yyyy-MM-dd" };

describe("where the status lives, and which words mean what", () => {
	it.each<[string, Partial<SpecNote>]>([
		[
			"adr-nygard-accepted.md",
			{ status: "Approved", statusRaw: "Accepted", statusSource: "section", statusLine: 7, isSpec: true },
		],
		[
			"adr-superseded.md",
			{
				status: "Deprecated",
				statusRaw: "Superseded by [7. Store sessions in Redis](0007-store-sessions-in-redis.md)",
				statusSource: "section",
			},
		],
		["adr-madr-list.md", { status: "In review", statusRaw: "proposed", statusSource: "inline", statusLine: 3 }],
		["speckit-spec.md", { status: "Draft", statusSource: "inline", statusLine: 5, isSpec: true }],
		[
			"leanspec-planned.md",
			{ status: "Approved", statusRaw: "planned", priority: "High", statusSource: "frontmatter" },
		],
		["kep-deferred.md", { status: "On hold", statusRaw: "deferred", statusSource: "frontmatter", isSpec: true }],
		[
			"rfc-unresolved.md",
			{ status: "On hold", statusRaw: "Waiting on the loader rewrite", statusSource: "inline" },
		],
		[
			"metadata-table.md",
			{
				status: "In progress",
				statusRaw: "In Progress (70%)",
				statusSource: "table",
				statusLine: 5,
				priority: "High",
				priorityRaw: "P1",
				prioritySource: "table",
			},
		],
		[
			"callout-status.md",
			{ status: "In review", statusRaw: "Ready for review", statusSource: "callout", priority: "Medium" },
		],
		["on-hold-tail.md", { status: "On hold", statusSource: "inline" }],
		["status-tail.md", { status: "Draft", statusRaw: "Design Draft — March 3, 2026", priority: "Medium" }],
		["status-phrases.md", { status: "Draft", statusRaw: "Rough draft" }],
		["status-negated.md", { status: "Unrecognized", statusRaw: "no longer active" }],
		[
			"priority-section.md",
			{
				status: "On hold",
				statusSource: "section",
				priority: "Low",
				priorityRaw: "Low",
				prioritySource: "section",
			},
		],
	])("%s", (name, expected) => {
		expect(read(name)).toMatchObject(expected);
	});

	it("keeps a negated status as written, with its problem", () => {
		expect(read("status-negated.md").problems.map((p) => p.code)).toEqual(["unrecognized-status"]);
	});
});

describe("open questions", () => {
	it.each<[string, { line: number; text: string }[], number]>([
		[
			"speckit-spec.md",
			[
				{ line: 25, text: "how many days should a kept draft survive?" },
				{ line: 26, text: "the writer only, or also the editor on duty?" },
			],
			0,
		],
		[
			"rfc-unresolved.md",
			[
				{ line: 15, text: "What happens to a module whose loading has side effects?" },
				{ line: 16, text: "Should a file be able to ask for eager loading?" },
			],
			0,
		],
		[
			"callout-status.md",
			[
				{ line: 13, text: "How many saved searches may one person keep?" },
				{ line: 14, text: "Do saved searches sync between devices?" },
			],
			0,
		],
		["on-hold-tail.md", [{ line: 11, text: "Which printer models do shops own today?" }], 0],
		[
			"task-marks.md",
			[
				{ line: 13, text: "How large may a file be?" },
				{ line: 14, text: "Which date formats do we guess?" },
				{ line: 15, text: "Do formulas come in as values?" },
				{ line: 16, text: "Who owns broken imports?" },
				{ line: 17, text: "Can imports run on a schedule?" },
			],
			4,
		],
	])("%s", (name, questions, resolved) => {
		const note = read(name);
		expect(note.openQuestions).toEqual(questions);
		expect(note.resolvedQuestions).toBe(resolved);
	});

	it("takes the question headings from the options", () => {
		const text = fixture("rfc-unresolved.md");
		const options = { ...defaultReadOptions(), questionHeadings: ["open questions"] };
		expect(readSpecNote("formats/rfc-unresolved.md", text, readYaml, options).openQuestions).toEqual([]);
	});
});

describe("titles, domains and tags", () => {
	it.each<[string, Partial<SpecNote>, string[]]>([
		["level-two-title.md", { title: "Rate limits for the public API" }, []],
		["domain-spellings.md", { domains: ["Payments", "Risk"] }, []],
		["tags-as-text.md", { tags: [] }, ["tags-not-a-list"]],
		["kep-deferred.md", { title: "Graceful drain for batch nodes" }, []],
	])("%s", (name, expected, problems) => {
		const note = read(name);
		expect(note).toMatchObject(expected);
		expect(note.problems.map((p) => p.code)).toEqual(problems);
	});

	it("says how to write the tags as a list", () => {
		expect(read("tags-as-text.md").problems[0].message).toContain("tags: [spec, billing]");
	});
});

/** The lines that differ between two texts, as [line number, before, after]. */
function changedLines(before: string, after: string): [number, string, string][] {
	const a = before.split("\n");
	const b = after.split("\n");
	expect(b).toHaveLength(a.length);
	return a.flatMap((line, i): [number, string, string][] => (line === b[i] ? [] : [[i + 1, line, b[i]]]));
}

describe("writing back in the note's own convention, every other byte kept", () => {
	it.each<[string, "status" | "priority", SettableStatus | SettablePriority, [number, string, string][]]>([
		["adr-nygard-accepted.md", "status", "Deprecated", [[7, "Accepted", "Deprecated"]]],
		[
			"adr-superseded.md",
			"status",
			"Approved",
			[[5, "Superseded by [7. Store sessions in Redis](0007-store-sessions-in-redis.md)", "Approved"]],
		],
		["adr-madr-list.md", "status", "Approved", [[3, "* Status: proposed", "* Status: approved"]]],
		["metadata-table.md", "status", "Done", [[5, "| Status | In Progress (70%) |", "| Status | Done |"]]],
		["metadata-table.md", "priority", "Critical", [[6, "| Priority | P1 |", "| Priority | Critical |"]]],
		[
			"callout-status.md",
			"status",
			"On hold",
			[[3, "> [!info] Status: Ready for review", "> [!info] Status: On hold"]],
		],
		["priority-section.md", "status", "In progress", [[5, "Paused", "In progress"]]],
		["priority-section.md", "priority", "High", [[9, "Low", "High"]]],
		["status-tail.md", "priority", "Low", [[4, "> **Priority:** P2", "> **Priority:** Low"]]],
	])("%s: %s %s", (name, kind, value, expected) => {
		const text = fixture(name);
		const edit = planFieldEdit(kind, read(name, text), text, value as never, OPTIONS);
		expect(edit.kind).toBe("text");
		expect(changedLines(text, edit.text)).toEqual(expected);
		const after = read(name, edit.text);
		expect(kind === "status" ? after.status : after.priority).toBe(value);
		expect(kind === "status" ? after.statusSource : after.prioritySource).toBe(
			kind === "status" ? read(name).statusSource : read(name).prioritySource,
		);
	});

	it("tells the picker the word it writes", () => {
		const text = fixture("callout-status.md");
		expect(planFieldEdit("status", read("callout-status.md", text), text, "Done", OPTIONS).written).toBe("Done");
	});
});

describe("the lines check rules point at", () => {
	it.each([
		["adr-nygard-accepted.md", 7],
		["metadata-table.md", 5],
		["callout-status.md", 3],
	])("%s: the status is on line %i", (name, line) => {
		const text = fixture(name);
		expect(findNoteLines(text, read(name, text)).status).toBe(line);
	});
});
