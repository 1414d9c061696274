import {
	findOpenQuestions,
	isOnlyALink,
	isOpenQuestionsHeading,
	isPlaceholderQuestion,
	UNREAD_QUESTION_TEXT,
} from "../../../src/core/reading/openQuestions";
import { listItemTextAt, scanBody } from "../../../src/core/markdown/scanBody";
import type { BodyFacts } from "../../../src/core/model/specNote";

const lines = (...text: string[]): string => text.join("\n");
const fromText = (text: string) => findOpenQuestions(scanBody(text), () => null);
/** As readSpecNote reads them: an item's text joined over its continuation lines. */
const withLines = (text: string) => {
	const noteLines = text.split("\n");
	return findOpenQuestions(scanBody(text), (line, endLine) => listItemTextAt(noteLines, line, endLine));
};

describe("isOpenQuestionsHeading", () => {
	it.each([
		["Open Questions", true],
		["11. Open Questions", true],
		["open questions [optional]", true],
		["Open question", true],
		["Unresolved open questions", true],
		["Resolved Open Questions", false],
		["Open questions (answered)", false],
		["Questions", false],
		["Reopen questionnaire", false],
		["OPEN QUESTIONS", true],
		["Overview", false],
	])("%j is %s", (text, expected) => {
		expect(isOpenQuestionsHeading(text)).toBe(expected);
	});
});

describe("isPlaceholderQuestion", () => {
	it.each([
		["Question 1", true],
		["Question 2 that needs stakeholder input", true],
		["question 3 about technical approach", true],
		["[Question]", true],
		["{{question}}", true],
		["Question the premise?", false],
		["Which queue holds retries?", false],
	])("%j is %s", (text, expected) => {
		expect(isPlaceholderQuestion(text)).toBe(expected);
	});
});

describe("findOpenQuestions", () => {
	it.each([
		[
			"unchecked tasks are open, checked ones resolved",
			lines("## Open Questions", "- [ ] One?", "- [x] Two?", "- [X] Three?", "- [-] Dropped?"),
			{ open: [{ text: "One?", line: 2 }], resolved: 3 },
		],
		[
			"any level, numbered headings",
			lines("# T", "### 4. Open questions", "* [ ] Deep?"),
			{ open: [{ text: "Deep?", line: 3 }], resolved: 0 },
		],
		[
			"the section ends at a heading of the same level",
			lines("## Open Questions", "- [ ] In?", "## Next", "- [ ] Out?"),
			{ open: [{ text: "In?", line: 2 }], resolved: 0 },
		],
		[
			"a deeper heading stays inside",
			lines("## Open Questions", "### Tech", "- [ ] In?", "# Top", "- [ ] Out?"),
			{ open: [{ text: "In?", line: 3 }], resolved: 0 },
		],
		[
			"plain top-level bullets and numbered items are questions",
			lines("## Open questions", "- Plain?", "  - detail, not a question", "1. Numbered?"),
			{
				open: [
					{ text: "Plain?", line: 2 },
					{ text: "Numbered?", line: 4 },
				],
				resolved: 0,
			},
		],
		[
			"nested unchecked tasks count",
			lines("## Open questions", "- Topic", "  - [ ] Nested task?"),
			{
				open: [
					{ text: "Topic", line: 2 },
					{ text: "Nested task?", line: 3 },
				],
				resolved: 0,
			},
		],
		[
			"tasks inside nested callouts",
			lines(
				"## Open questions",
				"> [!warning] Unresolved",
				"> ",
				"> - [ ] Outer?",
				"> > - [ ] Inner?",
				"> > - [x] Done",
			),
			{
				open: [
					{ text: "Outer?", line: 4 },
					{ text: "Inner?", line: 5 },
				],
				resolved: 1,
			},
		],
		[
			"nothing in code fences or comments",
			lines(
				"## Open questions",
				"```",
				"- [ ] code",
				"```",
				"<!-- - [ ] comment -->",
				"<!--",
				"- [ ] comment",
				"-->",
			),
			{ open: [], resolved: 0 },
		],
		[
			"several sections add up",
			lines("## Open questions", "- [ ] A?", "## Other", "- [ ] no", "## More open questions", "- [ ] B?"),
			{
				open: [
					{ text: "A?", line: 2 },
					{ text: "B?", line: 6 },
				],
				resolved: 0,
			},
		],
		["empty items skipped", lines("## Open questions", "- [ ]", "-"), { open: [], resolved: 0 }],
		["no section", lines("# T", "- [ ] Task"), { open: [], resolved: 0 }],
	])("%s", (_name, text, expected) => {
		const found = fromText(text);
		expect({ open: found.open, resolved: found.resolved }).toEqual(expected);
	});

	it.each([
		[
			"a wrapped item gives its whole text, at its first line",
			lines(
				"## Open Questions",
				"- Should a Result have several summaries? e.g. what if I have a",
				"  Result with multiple TaskRuns?",
				"",
				"  - How should a UI handle this?",
				"- Next?",
			),
			[
				{
					text: "Should a Result have several summaries? e.g. what if I have a Result with multiple TaskRuns?",
					line: 2,
				},
				{ text: "Next?", line: 6 },
			],
		],
		[
			"a lazy continuation line",
			lines("## Open questions", "- C# has no tracking of", "ownership and lifetime?"),
			[{ text: "C# has no tracking of ownership and lifetime?", line: 2 }],
		],
		[
			"a wrapped task",
			lines("## Open questions", "> - [ ] Which queue holds", ">   the retries?"),
			[{ text: "Which queue holds the retries?", line: 2 }],
		],
		[
			"an unfinished question completed by the items under it",
			lines(
				"## Open Questions",
				"- Are the benefits worth the effort of maintaining code for both ",
				"  - parsing the AST and",
				"  - generating documentation?",
				"- Other?",
			),
			[
				{
					text: "Are the benefits worth the effort of maintaining code for both parsing the AST and generating documentation?",
					line: 2,
				},
				{ text: "Other?", line: 5 },
			],
		],
		[
			"a bold label completed by the questions under it",
			lines("## Open Questions", "1. **Caching Strategy**", "   - What TTL?", "   - Per system?"),
			[{ text: "**Caching Strategy**: What TTL? Per system?", line: 2 }],
		],
		[
			"a finished question keeps its own text (the items under it are details)",
			lines("## Open Questions", "- Store it?", "  - Maybe not."),
			[{ text: "Store it?", line: 2 }],
		],
		[
			"items under it that do not end with a question are details",
			lines("## Open Questions", "- Performance", "  - option A", "  - option B"),
			[{ text: "Performance", line: 2 }],
		],
		[
			"nested tasks are their own questions, not a completion",
			lines("## Open Questions", "- Topic", "  - [ ] Nested?"),
			[
				{ text: "Topic", line: 2 },
				{ text: "Nested?", line: 3 },
			],
		],
		[
			"a bullet that is only a link is a reference, not a question",
			lines(
				"## Open Questions",
				"* https://github.com/k/e/pull/3767#discussion_r1",
				"- <https://example.com/x>",
				"- [Discussion](https://example.com/d)",
				"- [[Some note]]",
				"- See https://example.com: why?",
				"- [ ] https://example.com/task",
			),
			[
				{ text: "See https://example.com: why?", line: 6 },
				{ text: "https://example.com/task", line: 7 },
			],
		],
		[
			"plain items under a sub-heading that is itself a question are its details",
			lines(
				"## Open Questions",
				"### Do we need verbs?",
				"1. References to any group",
				"- [ ] Decide by Friday",
				"### Well-known values",
				"* Should the spec recommend a prefix?",
				"#### Sub",
				"- Also this?",
			),
			[
				{ text: "Decide by Friday", line: 4 },
				{ text: "Should the spec recommend a prefix?", line: 6 },
				{ text: "Also this?", line: 8 },
			],
		],
	])("%s", (_name, text, expected) => {
		expect(withLines(text).open).toEqual(expected);
	});

	it("without the lines, a wrapped item gives its first line (the cache path before the text is read)", () => {
		expect(fromText(lines("## Open questions", "- First line", "  second line?")).open).toEqual([
			{ text: "First line", line: 2 },
		]);
	});

	it("puts template placeholders apart", () => {
		const found = fromText(
			lines(
				"## Open Questions",
				"- [ ] Question 1",
				"- [ ] Real one?",
				"- [ ] Question 2 that needs stakeholder input",
			),
		);
		expect(found.open).toEqual([{ text: "Real one?", line: 3 }]);
		expect(found.placeholders).toEqual([
			{ text: "Question 1", line: 2 },
			{ text: "Question 2 that needs stakeholder input", line: 4 },
		]);
	});

	it.each([
		["a section with no questions still counts as a section", lines("## Open Questions", "None."), true],
		["no section", "# T", false],
	])("hasSection: %s", (_name, text, expected) => {
		expect(fromText(text).hasSection).toBe(expected);
	});

	// The cache path: Obsidian's cache has no item text; the line text is used when read, else a stand-in.
	const cacheFacts: Pick<BodyFacts, "headings" | "listItems"> = {
		headings: [{ level: 2, text: "Open Questions", line: 1 }],
		listItems: [
			{ line: 2, task: " ", parent: -1, text: null },
			{ line: 3, task: undefined, parent: -1, text: null },
		],
	};
	it.each([
		[
			"the text of the line when the note was read",
			(line: number) => (line === 2 ? "From the line?" : "Plain?"),
			["From the line?", "Plain?"],
		],
		["a stand-in when the text was not read", () => null, [UNREAD_QUESTION_TEXT, UNREAD_QUESTION_TEXT]],
	])("item text null: %s", (_name, lineText, expected) => {
		expect(findOpenQuestions(cacheFacts, lineText).open.map((q) => q.text)).toEqual(expected);
	});
});

describe("isOnlyALink", () => {
	it.each([
		["https://github.com/kubernetes/enhancements/pull/3767#discussion_r1086020464", true],
		["<https://example.com>", true],
		["[Discussion](https://example.com/d)", true],
		['[Spec](spec.md "title")', true],
		["[[Payments]]", true],
		["https://example.com.", true],
		["See https://example.com", false],
		["[Discussion](https://example.com/d): is it needed?", false],
		["Should we link [[Payments]]?", false],
		["Plain words", false],
	])("%j is %s", (text, expected) => {
		expect(isOnlyALink(text)).toBe(expected);
	});
});
