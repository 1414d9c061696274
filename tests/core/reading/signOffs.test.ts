import { readFileSync } from "fs";
import { join } from "path";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import {
	isSignOffHeading,
	missingSignOffProblem,
	missingSignOffs,
	readSignOffs,
	reviewersSignedOff,
} from "../../../src/core/reading/signOffs";
import { scanBody } from "../../../src/core/markdown/scanBody";
import { nameKey, sameName } from "../../../src/core/model/people";
import type { Status } from "../../../src/core/model/specNote";
import { readYaml } from "../../support/yamlReader";

const fixture = (name: string): string => readFileSync(join(__dirname, "..", "..", "fixtures", "notes", name), "utf8");
const read = (name: string, text = fixture(name)) => readSpecNote(name, text, readYaml, defaultReadOptions());

describe("names match case-insensitively, with or without @ or a wiki-link", () => {
	it.each([
		["Alice", "alice", true],
		["@alice", "Alice", true],
		["[[Alice]]", "ALICE", true],
		["[[People/Bob Stone|Bob]]", "bob stone", true],
		["Frank (2026-01-10)", "frank", true],
		["Grace — not a reviewer", "Grace", true],
		["Bob  Stone", "bob stone", true],
		["Alice", "Alicia", false],
		["", "", false],
	])("%s ~ %s: %s", (a, b, same) => {
		expect(sameName(a, b)).toBe(same);
	});

	it("a name's key drops @, the link's folders and alias, and a trailing note", () => {
		expect(nameKey("@Dev")).toBe("dev");
		expect(nameKey("[[People/Bob Stone|Bob]]")).toBe("bob stone");
		expect(nameKey("Ivan: agreed")).toBe("ivan");
	});
});

describe("isSignOffHeading", () => {
	it.each([
		["Sign-off", true],
		["Sign off", true],
		["Signoffs", true],
		["5. Approvals", true],
		["Approval", true],
		["Design sign-off (legal)", true],
		["Open questions", false],
		["Signing keys", false],
		["Approved designs", false],
	])("%s: %s", (heading, expected) => {
		expect(isSignOffHeading(heading)).toBe(expected);
	});
});

describe("reading sign-offs on each convention", () => {
	it.each<[string, string[], string[], string[]]>([
		// file, reviewers, sign-offs, problems
		[
			"sign-off-frontmatter.md",
			["Alice", "Bob Stone", "@carol"],
			["alice", "[[People/Bob Stone|Bob]]"],
			["missing-sign-off"],
		],
		[
			"sign-off-section.md",
			["Dev", "@Erin", "Frank"],
			["@dev", "[[Frank]] (2026-01-10)", "Grace — not a reviewer"],
			["missing-sign-off"],
		],
		["sign-off-callout.md", [], ["Hana"], []],
	])("%s", (name, reviewers, signOffs, problems) => {
		const note = read(name);
		expect(note.reviewers).toEqual(reviewers);
		expect(note.signOffs).toEqual(signOffs);
		expect(note.problems.map((p) => p.code)).toEqual(problems);
	});

	it("names who is missing, in the problem's sentence", () => {
		expect(read("sign-off-frontmatter.md").problems[0].message).toBe("Approved without sign-off from @carol.");
		expect(read("sign-off-section.md").problems[0].message).toBe("In progress without sign-off from @Erin.");
	});

	it("reads approved-by, then signed-off-by (a comma-separated value), and YAML's reading of an unquoted [[link]]", () => {
		const data = readYaml("signed-off-by: Alice, bob\napproved_by:\n  - [[Carol]]\n") as Record<string, unknown>;
		expect(readSignOffs(data, { headings: [], listItems: [] }, () => null).signOffs).toEqual([
			"Carol",
			"Alice",
			"bob",
		]);
	});

	it("leaves placeholders out and counts a person once", () => {
		const data = { "approved-by": ["[Name]", "Alice", "@alice", ""] };
		expect(readSignOffs(data, { headings: [], listItems: [] }, () => null).signOffs).toEqual(["Alice"]);
	});

	it("takes an item's text from the line when the facts lack it (the cache path)", () => {
		const text = "# T\n\n## Sign-off\n- [x] Alice\n- [ ] Bob\n";
		const facts = scanBody(text);
		const noText = { ...facts, listItems: facts.listItems.map((item) => ({ ...item, text: null })) };
		const lines = text.split("\n");
		expect(readSignOffs({}, noText, (line) => lines[line - 1].replace(/^- \[.\] /, "")).signOffs).toEqual([
			"Alice",
		]);
		expect(readSignOffs({}, noText, () => null)).toEqual({ signOffs: [], hasSection: true });
	});
});

describe("missing sign-off: only for Approved, In progress and Done, only with reviewers", () => {
	it.each<[Status, string[], string[], string | null]>([
		["Approved", ["Alice", "Bob"], ["alice"], "Approved without sign-off from Bob."],
		["In progress", ["Alice", "Bob", "Cy"], [], "In progress without sign-off from Alice, Bob and Cy."],
		["Done", ["Alice"], ["[[Alice]]"], null],
		["In review", ["Alice"], [], null],
		["Draft", ["Alice"], [], null],
		["Approved", [], [], null],
	])("%s, reviewers %j, signed %j", (status, reviewers, signOffs, message) => {
		expect(missingSignOffProblem(status, reviewers, signOffs)?.message ?? null).toBe(message);
	});

	it("tells who signed and who did not, in the reviewers' order", () => {
		expect(missingSignOffs(["A", "B", "C"], ["c", "@a"])).toEqual(["B"]);
		expect(reviewersSignedOff(["A", "B", "C"], ["c", "@a"])).toEqual(["A", "C"]);
	});
});
