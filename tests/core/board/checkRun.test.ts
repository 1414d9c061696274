// The check both command lines run: levels from the flags, rule names from a flag's value, which non-spec notes the
// malformed-frontmatter pass sees, and the findings in path order.
import { defaultRuleLevels } from "../../../src/core/board/checkRules";
import {
	addRuleNames,
	checkLevels,
	isMalformedNoteToCheck,
	NO_NOTE_LINES,
	runCheck,
} from "../../../src/core/board/checkRun";
import type { NoteProblem } from "../../../src/core/model/specNote";
import { specNoteWith } from "../../support/specNotes";

const MALFORMED: NoteProblem = { code: "malformed-frontmatter", message: "The frontmatter does not parse: x." };

describe("checkLevels", () => {
	it("applies fail-on, then warn-on, then off over the base levels", () => {
		const levels = checkLevels(defaultRuleLevels(), {
			failOn: ["placeholder", "stale"],
			warnOn: ["not-ready", "stale"],
			off: ["no-status"],
		});
		expect(levels).toMatchObject({
			placeholder: "error",
			stale: "warning",
			"not-ready": "warning",
			"no-status": "off",
		});
	});
});

describe("addRuleNames", () => {
	it.each<[string, string[] | string]>([
		["placeholder,stale", ["placeholder", "stale"]],
		[" stale , ,stale", ["stale"]],
		["all", defaultRuleNames()],
		["nope", 'fail-on: unknown rule "nope"'],
	])("reads %j", (value, expected) => {
		const into: string[] = [];
		const error = addRuleNames("fail-on", value, into);
		if (typeof expected === "string") expect(error?.startsWith(expected)).toBe(true);
		else expect([error, into]).toEqual([null, expected]);
	});
});

function defaultRuleNames(): string[] {
	return Object.keys(defaultRuleLevels());
}

describe("isMalformedNoteToCheck", () => {
	it.each<[string, boolean, NoteProblem[], boolean]>([
		["Specs/a.md", false, [MALFORMED], true],
		["Specs/a.md", true, [MALFORMED], false],
		["Specs/a.md", false, [], false],
		["Notes/a.md", false, [MALFORMED], false],
		["Specs/Templates/a.md", false, [MALFORMED], false],
	])("%s (spec: %s, problems: %j): %s", (path, isSpec, problems, expected) => {
		expect(isMalformedNoteToCheck(specNoteWith({ path, isSpec, problems }), ["Specs"], "Specs/Templates")).toBe(
			expected,
		);
	});
});

describe("runCheck", () => {
	it("runs only the malformed-frontmatter rule over the malformed notes, and lists findings in path order", () => {
		const spec = specNoteWith({ path: "b.md", status: "No status" });
		const broken = specNoteWith({ path: "a.md", isSpec: false, status: "No status", problems: [MALFORMED] });
		const findings = runCheck(
			[{ note: spec, lines: NO_NOTE_LINES }],
			[{ note: broken, lines: NO_NOTE_LINES }],
			defaultRuleLevels(),
			30,
		);
		expect(findings.map((f) => [f.path, f.rule])).toEqual([
			["a.md", "malformed-frontmatter"],
			["b.md", "no-status"],
		]);
	});
});
