import { findOpenQuestions, isOpenQuestionsHeading, isPlaceholderQuestion, UNREAD_QUESTION_TEXT } from "../../src/core/openQuestions";
import { scanBody } from "../../src/core/scanBody";
import type { BodyFacts } from "../../src/core/specNote";

const lines = (...text: string[]): string => text.join("\n");
const fromText = (text: string) => findOpenQuestions(scanBody(text), () => null);

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
		["any level, numbered headings", lines("# T", "### 4. Open questions", "* [ ] Deep?"), { open: [{ text: "Deep?", line: 3 }], resolved: 0 }],
		["the section ends at a heading of the same level", lines("## Open Questions", "- [ ] In?", "## Next", "- [ ] Out?"), { open: [{ text: "In?", line: 2 }], resolved: 0 }],
		["a deeper heading stays inside", lines("## Open Questions", "### Tech", "- [ ] In?", "# Top", "- [ ] Out?"), { open: [{ text: "In?", line: 3 }], resolved: 0 }],
		["plain top-level bullets and numbered items are questions", lines("## Open questions", "- Plain?", "  - detail, not a question", "1. Numbered?"), { open: [{ text: "Plain?", line: 2 }, { text: "Numbered?", line: 4 }], resolved: 0 }],
		["nested unchecked tasks count", lines("## Open questions", "- Topic", "  - [ ] Nested task?"), { open: [{ text: "Topic", line: 2 }, { text: "Nested task?", line: 3 }], resolved: 0 }],
		["tasks inside nested callouts", lines("## Open questions", "> [!warning] Unresolved", "> ", "> - [ ] Outer?", "> > - [ ] Inner?", "> > - [x] Done"), { open: [{ text: "Outer?", line: 4 }, { text: "Inner?", line: 5 }], resolved: 1 }],
		["nothing in code fences or comments", lines("## Open questions", "```", "- [ ] code", "```", "<!-- - [ ] comment -->", "<!--", "- [ ] comment", "-->"), { open: [], resolved: 0 }],
		["several sections add up", lines("## Open questions", "- [ ] A?", "## Other", "- [ ] no", "## More open questions", "- [ ] B?"), { open: [{ text: "A?", line: 2 }, { text: "B?", line: 6 }], resolved: 0 }],
		["empty items skipped", lines("## Open questions", "- [ ]", "-"), { open: [], resolved: 0 }],
		["no section", lines("# T", "- [ ] Task"), { open: [], resolved: 0 }],
	])("%s", (_name, text, expected) => {
		const found = fromText(text);
		expect({ open: found.open, resolved: found.resolved }).toEqual(expected);
	});

	it("puts template placeholders apart", () => {
		const found = fromText(lines("## Open Questions", "- [ ] Question 1", "- [ ] Real one?", "- [ ] Question 2 that needs stakeholder input"));
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
		["the text of the line when the note was read", (line: number) => (line === 2 ? "From the line?" : "Plain?"), ["From the line?", "Plain?"]],
		["a stand-in when the text was not read", () => null, [UNREAD_QUESTION_TEXT, UNREAD_QUESTION_TEXT]],
	])("item text null: %s", (_name, lineText, expected) => {
		expect(findOpenQuestions(cacheFacts, lineText).open.map((q) => q.text)).toEqual(expected);
	});
});
