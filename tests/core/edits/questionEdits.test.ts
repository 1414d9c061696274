import { planAddQuestion, planQuestionCheck } from "../../../src/core/edits/questionEdits";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { readYaml } from "../../support/yamlReader";

const read = (text: string) => readSpecNote("n.md", text, readYaml, defaultReadOptions());

/** The new text of a plan that must succeed. */
function applied(plan: ReturnType<typeof planQuestionCheck>): string {
	if (!plan.ok) throw new Error(plan.reason);
	return plan.text;
}

const PLAIN = "---\nstatus: draft\n---\n# A\n\n## Open questions\n\n- [ ] Which queue?\n- [ ] How many retries?\n";
const CALLOUT =
	"# A\n\n## Open questions\n> [!question] Still open\n> - [ ] Which queue?\n> - [ ]  How many retries?\n";
const NESTED =
	"# A\n\n## Open questions\n\n- Storage\n  - [ ] Which queue?\n    - [ ] How many retries?\n- [ ] Who pays?\n";
const CRLF =
	"---\r\nstatus: draft\r\n---\r\n# A\r\n\r\n## Open questions\r\n\r\n* [ ] Which queue?\r\n* [ ] How many retries?";
const PLAIN_BULLETS = "# A\n\n## Open questions\n\n1. Which queue?\n2. How many retries?\n";
const MIXED_EOL = "# A\r\n\n## Open questions\n- [ ] Which queue?\r\n- [ ] How many retries?\n";

describe("ticking an open question writes [x] on its own line, every other byte kept", () => {
	it.each<[string, string, string]>([
		["plain list", PLAIN, PLAIN.replace("- [ ] How many", "- [x] How many")],
		["callout", CALLOUT, CALLOUT.replace("> - [ ]  How many", "> - [x]  How many")],
		["nested list", NESTED, NESTED.replace("    - [ ] How many", "    - [x] How many")],
		["CRLF, no final newline", CRLF, CRLF.replace("* [ ] How many", "* [x] How many")],
		["a numbered plain item gets a checkbox", PLAIN_BULLETS, PLAIN_BULLETS.replace("2. How", "2. [x] How")],
		["mixed line endings", MIXED_EOL, MIXED_EOL.replace("- [ ] How", "- [x] How")],
	])("%s", (_name, before, after) => {
		const question = read(before).openQuestions.find((q) => q.text.startsWith("How many"));
		expect(question).toBeDefined();
		const text = applied(planQuestionCheck(before, question!.line, question!.text));
		expect(text).toBe(after);
		// The board follows: the question is no longer open, and counts as resolved.
		expect(read(text).openQuestions.map((q) => q.text)).not.toContain(question!.text);
	});

	it("finds the question on its nearest line when the note moved it", () => {
		const moved = PLAIN.replace("## Open questions\n", "## Open questions\n\nSome context.\n");
		expect(applied(planQuestionCheck(moved, 9, "How many retries?"))).toBe(
			moved.replace("- [ ] How many", "- [x] How many"),
		);
	});

	it("unticks with checked false, and leaves a ticked one as it is", () => {
		const ticked = PLAIN.replace("- [ ] Which", "- [x] Which");
		expect(applied(planQuestionCheck(ticked, 8, "Which queue?", false))).toBe(PLAIN);
		expect(applied(planQuestionCheck(ticked, 8, "Which queue?"))).toBe(ticked);
	});

	it("fails, naming the question, when it is no longer in the note", () => {
		expect(planQuestionCheck(PLAIN, 8, "Is it gone?")).toEqual({
			ok: false,
			reason: 'the question "Is it gone?" is no longer in the note.',
		});
	});
});

describe("adding an open question", () => {
	it.each<[string, string, string]>([
		["a task list", PLAIN, `${PLAIN}- [ ] Who pays?\n`],
		["a callout", CALLOUT, `${CALLOUT}> - [ ] Who pays?\n`],
		["a nested list: after its last item, at the first level", NESTED, `${NESTED}- [ ] Who pays?\n`],
		["CRLF without a final newline", CRLF, `${CRLF}\r\n* [ ] Who pays?`],
		["a numbered list counts on", PLAIN_BULLETS, `${PLAIN_BULLETS}3. [ ] Who pays?\n`],
		[
			"a section followed by another",
			"# A\n## Open questions\n- [ ] Which queue?\n\n## Risks\n",
			"# A\n## Open questions\n- [ ] Which queue?\n- [ ] Who pays?\n\n## Risks\n",
		],
		[
			"a section without a list",
			"# A\n## Open questions\nNone yet.\n## Risks\n",
			"# A\n## Open questions\nNone yet.\n\n- [ ] Who pays?\n\n## Risks\n",
		],
		[
			"an empty section",
			"# A\n\n## Open Questions\n\n## Risks\n",
			"# A\n\n## Open Questions\n\n- [ ] Who pays?\n\n## Risks\n",
		],
		[
			"no section: one is added at the end",
			"# A\n\nBody.\n",
			"# A\n\nBody.\n\n## Open questions\n\n- [ ] Who pays?\n",
		],
		[
			"no section, no final newline",
			"# A\r\n\r\nBody.",
			"# A\r\n\r\nBody.\r\n\r\n## Open questions\r\n\r\n- [ ] Who pays?",
		],
		["an empty note", "", "## Open questions\n\n- [ ] Who pays?\n"],
		[
			"a heading that only looks like one in code is not used",
			"# A\n\n```\n## Open questions\n```\n",
			"# A\n\n```\n## Open questions\n```\n\n## Open questions\n\n- [ ] Who pays?\n",
		],
	])("under %s", (_name, before, after) => {
		expect(applied(planAddQuestion(before, "  Who   pays? "))).toBe(after);
		expect(read(after).openQuestions.map((q) => q.text)).toContain("Who pays?");
	});

	it("refuses an empty question", () => {
		expect(planAddQuestion(PLAIN, "   ")).toEqual({ ok: false, reason: "the question is empty." });
	});
});
