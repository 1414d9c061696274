import { listItemText, listItemTextAt, rootParent, scanBody } from "../../../src/core/markdown/scanBody";

const lines = (...text: string[]): string => text.join("\n");

describe("scanBody headings", () => {
	it.each([
		[
			"ATX levels 1 to 6",
			lines("# One", "###### Six"),
			[
				{ level: 1, text: "One", line: 1 },
				{ level: 6, text: "Six", line: 2 },
			],
		],
		["a closing # sequence is dropped", "## Title ##", [{ level: 2, text: "Title", line: 1 }]],
		["C# keeps its hash", "# Learning C#", [{ level: 1, text: "Learning C#", line: 1 }]],
		["up to three spaces of indentation", "   # Indented", [{ level: 1, text: "Indented", line: 1 }]],
		["a setext heading", lines("Title", "====="), [{ level: 1, text: "Title", line: 1 }]],
		["a setext level 2 heading", lines("Sub", "---"), [{ level: 2, text: "Sub", line: 1 }]],
		[
			"lines counted over the frontmatter",
			lines("---", "a: 1", "---", "# After"),
			[{ level: 1, text: "After", line: 4 }],
		],
		["#tag is not a heading", "#tag", []],
		["seven hashes are not a heading", "####### Seven", []],
		["four spaces make code, not a heading", "    # Code", []],
		["not inside a code fence", lines("```", "# Code", "```"), []],
		["not inside a tilde fence", lines("~~~md", "# Code", "~~~"), []],
		["not inside an HTML comment", lines("<!--", "# Hidden", "-->"), []],
		["not inside an Obsidian comment", lines("%%", "# Hidden", "%%"), []],
		["not inside a block quote", "> # Quoted", []],
		["not inside a list item", lines("- item", "  # In item"), []],
		["a rule after a blank line is not a heading", lines("Text", "", "---"), []],
	])("%s", (_name, text, expected) => {
		expect(scanBody(text).headings).toEqual(expected);
	});
});

describe("scanBody list items", () => {
	const item = (line: number, task: string | undefined, parent: number, text: string, endLine = line) => ({
		line,
		task,
		parent,
		text,
		endLine,
	});

	it.each([
		[
			"a task and a done task",
			lines("- [ ] open", "- [x] done"),
			[item(1, " ", -1, "open"), item(2, "x", -1, "done")],
		],
		[
			"every marker",
			lines("* [ ] star", "", "+ plus", "", "1. [ ] one", "", "2) paren"),
			[
				item(1, " ", -1, "star"),
				item(3, undefined, -2, "plus"),
				item(5, " ", -4, "one"),
				item(7, undefined, -6, "paren"),
			],
		],
		[
			"nesting by indentation",
			lines("- parent", "    - [ ] child", "        - grandchild", "- sibling"),
			[
				item(1, undefined, -1, "parent"),
				item(2, " ", 1, "child"),
				item(3, undefined, 2, "grandchild"),
				item(4, undefined, -1, "sibling"),
			],
		],
		[
			"a tab indents a child",
			lines("- root", "\t- [ ] child"),
			[item(1, undefined, -1, "root"), item(2, " ", 1, "child")],
		],
		[
			"a blank line keeps the list",
			lines("# H", "", "- a", "", "- b"),
			[item(3, undefined, -2, "a"), item(5, undefined, -2, "b")],
		],
		[
			"a paragraph between starts a new list",
			lines("- a", "", "text", "", "- b"),
			[item(1, undefined, -1, "a"), item(5, undefined, -4, "b")],
		],
		[
			"another bullet character starts a new list",
			lines("x", "- a", "* b"),
			[item(2, undefined, -1, "a"), item(3, undefined, -2, "b")],
		],
		[
			"inside a block quote",
			lines("> - [ ] quoted", ">     - [ ] nested"),
			[item(1, " ", -1, "quoted"), item(2, " ", 1, "nested")],
		],
		["inside nested callouts", lines("> [!note]", "> > [!todo]", "> > - [ ] deep"), [item(3, " ", -2, "deep")]],
		[
			"a checkbox character of any kind",
			lines("- [/] half", "- [-] cancelled"),
			[item(1, "/", -1, "half"), item(2, "-", -1, "cancelled")],
		],
		[
			"an ordered item after a checkbox nests on the same line",
			"- [ ] 1. text",
			[item(1, " ", -1, "1. text"), item(1, undefined, 1, "text")],
		],
		["no checkbox without a space after it", "- [x]done", [item(1, undefined, -1, "[x]done")]],
		["a wiki link is not a checkbox", "- [[Link]]", [item(1, undefined, -1, "[[Link]]")]],
		["an empty item", "-", [item(1, undefined, -1, "")]],
		[
			"a continuation line is not an item, it ends the item's text further",
			lines("- a", "  more text", "- b"),
			[item(1, undefined, -1, "a", 2), item(3, undefined, -1, "b")],
		],
		["a lazy continuation line", lines("- a", "more text", "", "next"), [item(1, undefined, -1, "a", 2)]],
		["a lazy continuation line in a quote", lines("> - [ ] a", "> more", "lazy"), [item(1, " ", -1, "a", 3)]],
		[
			"a nested list is not a continuation",
			lines("- a", "  - b", "  more b"),
			[item(1, undefined, -1, "a"), item(2, undefined, 1, "b", 3)],
		],
		["a blank line ends the item's text", lines("- a", "", "  second paragraph"), [item(1, undefined, -1, "a")]],
		["an item with its text on the next line", lines("-", "  text"), [item(1, undefined, -1, "", 2)]],
		["not in a code fence", lines("```", "- [ ] code", "```"), []],
		[
			"not in a fence inside an item",
			lines("- [ ] task", "  ```sh", "  - [ ] code", "  ```"),
			[item(1, " ", -1, "task")],
		],
		["not in an HTML comment", lines("<!--", "- [ ] hidden", "-->"), []],
		["not in a one-line HTML comment block", "<!-- - [ ] hidden -->", []],
		["not in an Obsidian comment", lines("%%", "- [ ] hidden", "%%"), []],
		["not in an indented code block", lines("text", "", "    - [ ] code"), []],
		["not in a math block", lines("$$", "- x", "$$"), []],
		["not in an HTML block", lines("<details>", "- [ ] hidden", "</details>"), []],
		["a thematic break is not an item", lines("- - -", "* * *"), []],
		["a table row is not an item", "| - [ ] cell |", []],
		[
			"an ordered list only interrupts a paragraph from 1",
			lines("text", "2. not an item", "1. an item"),
			[item(3, undefined, -2, "an item")],
		],
		["an empty item does not interrupt a paragraph", lines("text", "-"), []],
	])("%s", (_name, text, expected) => {
		expect(scanBody(text).listItems).toEqual(expected);
	});

	it.each([
		[1, -1],
		[2, -1],
		[3, -2],
		[40, -39],
	])("a root list starting on line %i has Obsidian's parent %i", (line, parent) => {
		expect(rootParent(line)).toBe(parent);
	});
});

describe("scanBody tags", () => {
	it.each([
		["a tag at the start and after spaces", "#one and #two", ["one", "two"]],
		["nested, dashes, underscores, digits", "#area/sub-part_2", ["area/sub-part_2"]],
		["unicode letters and emoji", "#café #日本語 #🚀launch", ["café", "日本語", "🚀launch"]],
		["punctuation ends a tag", "#end. #comma, #colon: #paren)", ["end", "comma", "colon", "paren"]],
		["a tag after an escaped character", "\\[\\[#Escaped\\]\\]", ["Escaped"]],
		["the same tag twice is reported twice", "#a #a", ["a", "a"]],
		["a tag in a heading's text", "# Title #inheading", ["inheading"]],
		["a tag in a list item and a callout", lines("- [ ] #task do", "> [!note] #callout"), ["task", "callout"]],
		["a tag in a table cell", "| #cell | x |", ["cell"]],
		[
			"tags in an Obsidian %% comment are reported, as Obsidian's cache does",
			lines("%%", "#hidden-but-counted", "%%", "a %% #inline %% b"),
			["hidden-but-counted", "inline"],
		],
		["pure numbers are not tags", "#123 #2024", []],
		["a heading is not a tag", "# Heading", []],
		["not after a letter", "foo#bar", []],
		["an escaped hash is not a tag", "\\#nope", []],
		["not in inline code", "`#code` and ``#double ` code``", []],
		["not in a code fence", lines("```", "#code", "```"), []],
		["not in an indented code block", lines("", "    #code"), []],
		["not in an HTML comment", "text <!-- #hidden --> text", []],
		["not in a multi-line HTML comment", lines("<!--", "#hidden", "-->"), []],
		[
			"not in an inline comment running over lines",
			lines("text <!-- start", "#hidden", "end --> #shown"),
			["shown"],
		],
		["not in a URL or a link destination", "https://x.com/#frag [link](page#heading) <https://x.com/#a>", []],
		["not in a wiki link", "[[Note#Heading]] [[#Heading]] [[Note|#alias]]", []],
		["not in an HTML attribute", '<span style="color: #fff">x</span>', []],
		["not in the frontmatter", lines("---", "tags: [fm]", "note: '#yaml'", "---", "#body"), ["body"]],
	])("%s", (_name, text, expected) => {
		expect(scanBody(text).tags.map((t) => t.tag)).toEqual(expected);
	});

	it("gives each tag its 1-based line over the whole file", () => {
		expect(scanBody(lines("---", "a: 1", "---", "", "#one", "x #two")).tags).toEqual([
			{ tag: "one", line: 5 },
			{ tag: "two", line: 6 },
		]);
	});
});

describe("scanBody inline Status and Priority lines", () => {
	it.each([
		["plain", "Status: Draft", { value: "Draft", line: 1 }],
		["bold key and colon", "**Status:** In review", { value: "In review", line: 1 }],
		["bold key, colon after", "**Status**: Approved", { value: "Approved", line: 1 }],
		["a whole bold line", "**Status: Done**", { value: "Done", line: 1 }],
		["a bold value", "Status: **Done**", { value: "Done", line: 1 }],
		["in a block quote", "> **Status:** Draft  ", { value: "Draft", line: 1 }],
		["in a list item", "- Status: Draft", { value: "Draft", line: 1 }],
		["Dataview's double colon", "Status:: Draft", { value: "Draft", line: 1 }],
		["case-insensitive key", "STATUS: wip", { value: "wip", line: 1 }],
		[
			"one field of a dotted line",
			"> **Status**: ✅ Complete · **Priority**: High",
			{ value: "✅ Complete", line: 1 },
		],
		[
			"after the heading, on line 2",
			lines("# T", "Status: Planning | In Progress"),
			{ value: "Planning | In Progress", line: 2 },
		],
		["the first one wins", lines("Status: one", "Status: two"), { value: "one", line: 1 }],
		["not a row of a table after the first section", lines("## Plan", "| Status | Draft |"), null],
		["not a heading", "## Status: Draft", null],
		["not in a code fence", lines("```yaml", "status: draft", "```"), null],
		["not another word", "Statuses: many", null],
		["not without a colon", "Status report for Q1", null],
		["not with an empty value", "Status:", null],
		["not a setext heading", lines("Status: Draft", "---"), null],
	])("Status: %s", (_name, text, expected) => {
		expect(scanBody(text).inlineStatus).toEqual(expected);
	});

	it.each([
		["plain", "Priority: High", { value: "High", line: 1 }],
		["bold", "**Priority:** P1", { value: "P1", line: 1 }],
		[
			"in a dotted line after Status",
			"**Status**: Done · **Priority**: Critical · **Created**: 2025",
			{ value: "Critical", line: 1 },
		],
		["not a row of a table after the first section", lines("# T", "## Plan", "| Priority | High |"), null],
	])("Priority: %s", (_name, text, expected) => {
		expect(scanBody(text).inlinePriority).toEqual(expected);
	});
});

describe("scanBody: the status in a `## Status` section, a metadata table or a callout title", () => {
	const fact = (value: string, line: number, place: string) => ({ value, line, place });
	it.each([
		[
			"an ADR's section",
			lines("# 3. Use queues", "", "## Status", "", "Accepted", "", "## Context"),
			fact("Accepted", 5, "section"),
		],
		[
			"a superseded ADR",
			lines("## Status", "Superseded by [7. Use PostgreSQL](0007-use-postgresql.md)"),
			fact("Superseded by [7. Use PostgreSQL](0007-use-postgresql.md)", 2, "section"),
		],
		["a list item under the heading", lines("## Status", "- **Proposed**"), fact("Proposed", 2, "section")],
		[
			"a comment before the value",
			lines("## Status", "<!-- one of: proposed, accepted -->", "Proposed"),
			fact("Proposed", 3, "section"),
		],
		["a heading with a colon, any case", lines("### STATUS:", "draft"), fact("draft", 2, "section")],
		["an empty section", lines("## Status", "", "## Context", "Text"), null],
		["a task is no value", lines("## Status", "- [ ] ship it"), null],
		["a fence is no value", lines("## Status", "```", "draft", "```"), null],
		["a heading named otherwise", lines("## Status of the rollout", "Done"), null],
		[
			"the metadata table",
			lines("# Feature 5", "", "| Field | Value |", "|---|---|", "| Status | Implemented |"),
			fact("Implemented", 5, "table"),
		],
		["a bold key in the table", lines("| **Status** | `In progress` |"), fact("In progress", 1, "table")],
		["only the first table counts", lines("| Owner | Ana |", "", "| Status | Done |"), null],
		["a callout title", lines("> [!info] Status: Approved", "> Owner: Ana"), fact("Approved", 1, "callout")],
		["a folded callout's title", lines("> [!note]- **Status:** Draft"), fact("Draft", 1, "callout")],
		[
			"the first one in the text wins",
			lines("Status: Draft", "", "## Status", "Done"),
			{ value: "Draft", line: 1 },
		],
		[
			"an inline line under the heading stays inline",
			lines("## Status", "Status: Done"),
			{ value: "Done", line: 2 },
		],
	])("%s", (_name, text, expected) => {
		expect(scanBody(text).inlineStatus).toEqual(expected);
	});

	it.each([
		["a priority row", lines("| Status | Draft |", "| Priority | P1 |"), fact("P1", 2, "table")],
		["a priority section", lines("## Priority", "", "High"), fact("High", 3, "section")],
		["a priority callout", lines("> [!tip] Priority: Low"), fact("Low", 1, "callout")],
	])("Priority: %s", (_name, text, expected) => {
		expect(scanBody(text).inlinePriority).toEqual(expected);
	});
});

describe("scanBody: spec-kit's [NEEDS CLARIFICATION: …] markers", () => {
	it.each([
		[
			"in a paragraph",
			"Users log in with [NEEDS CLARIFICATION: which identity provider?]",
			[{ text: "which identity provider?", line: 1 }],
		],
		[
			"two on a list item",
			"- **FR-2**: keep data [NEEDS CLARIFICATION: how long?] in [NEEDS CLARIFICATION: which region?]",
			[
				{ text: "how long?", line: 1 },
				{ text: "which region?", line: 1 },
			],
		],
		[
			"in a table row",
			lines("## Reqs", "| FR-1 | [NEEDS CLARIFICATION: rate limit?] |"),
			[{ text: "rate limit?", line: 2 }],
		],
		["not the checklist's mention of the marker", "- [ ] No [NEEDS CLARIFICATION] markers remain", undefined],
		["not an empty one", "See [NEEDS CLARIFICATION: ]", undefined],
		["not in a code span", "Write `[NEEDS CLARIFICATION: x]` to ask", undefined],
		["not in a fence", lines("```", "[NEEDS CLARIFICATION: x]", "```"), undefined],
		["not in a comment", lines("<!--", "[NEEDS CLARIFICATION: x]", "-->"), undefined],
	])("%s", (_name, text, expected) => {
		expect(scanBody(text).clarifications).toEqual(expected);
	});
});

describe("scanBody on odd input", () => {
	it.each([
		["an empty text", ""],
		["only a BOM", "\ufeff"],
		["CR line ends", "# A\r- [ ] b\r#c"],
		["an unclosed fence", "```\n- [ ] x"],
		["an unclosed comment", "<!--\n#x"],
		["deep quotes", ">".repeat(500) + " - [ ] x"],
	])("never throws on %s", (_name, text) => {
		expect(() => scanBody(text)).not.toThrow();
	});

	it("reads CRLF text with the same lines as LF text", () => {
		const lf = lines("---", "a: 1", "---", "# T", "- [ ] q #tag", "Status: Draft");
		expect(scanBody(lf.replace(/\n/g, "\r\n"))).toEqual(scanBody(lf));
	});

	it("reads lone-CR text with the same lines as LF text", () => {
		const lf = lines("---", "a: 1", "---", "# T", "- [ ] q", "  more", "Text", "===");
		expect(scanBody(lf.replace(/\n/g, "\r"))).toEqual(scanBody(lf));
	});

	it("reads a setext heading over several lines, trimmed and joined", () => {
		expect(scanBody(lines("Para", "  two  ", "---")).headings).toEqual([{ level: 2, text: "Para two", line: 1 }]);
	});
});

describe("listItemText", () => {
	it.each([
		["- [ ] question", "question"],
		["> > * [x]  done thing ", "done thing"],
		["12. numbered", "numbered"],
		["plain text", null],
	])("%j gives %j", (line, expected) => {
		expect(listItemText(line)).toBe(expected);
	});
});

describe("listItemTextAt", () => {
	const note = lines(
		"- Should a Result have several summaries? e.g. what if I have a", // 1
		"  Result with multiple TaskRuns?", // 2
		"", // 3
		"  - How should a UI handle this?", // 4
		"- C# has no ownership tracking", // 5
		"for heap-allocated objects.", // 6
		"> - [ ] In a quote", // 7
		"> that goes on", // 8
		"lazily", // 9
		"- [ ] Task", // 10
		"  ```sh", // 11
		"  ls", // 12
		"  ```", // 13
		"-", // 14
		"  text on the next line", // 15
		"- item", // 16
		"> a quote is not a continuation", // 17
		"- item", // 18
		"  # a heading is not one either", // 19
	).split("\n");

	it.each<[string, number, number, string | null]>([
		[
			"an item wrapped over an indented line, up to the blank line (Obsidian's end runs further)",
			1,
			3,
			"Should a Result have several summaries? e.g. what if I have a Result with multiple TaskRuns?",
		],
		[
			"an end line on the first line gives the first line",
			1,
			1,
			"Should a Result have several summaries? e.g. what if I have a",
		],
		["a lazy continuation line", 5, 6, "C# has no ownership tracking for heap-allocated objects."],
		["quote markers removed, lazy lines too", 7, 9, "In a quote that goes on lazily"],
		["a code block in the item is not its text", 10, 13, "Task"],
		["an item with its text on the next line", 14, 15, "text on the next line"],
		["a deeper quote ends the text", 16, 17, "item"],
		["a heading ends the text", 18, 19, "item"],
		["an end past the last line", 5, 99, "C# has no ownership tracking for heap-allocated objects."],
		["a line that is not an item", 2, 2, null],
		["a line past the end", 40, 40, null],
	])("%s", (_name, line, endLine, expected) => {
		expect(listItemTextAt(note, line, endLine)).toBe(expected);
	});

	it("gives, with the scan's end lines, the text the scan's paragraphs hold", () => {
		const items = scanBody(note.join("\n")).listItems;
		expect(items.map((i) => [i.line, listItemTextAt(note, i.line, i.endLine ?? i.line)])).toEqual([
			[1, "Should a Result have several summaries? e.g. what if I have a Result with multiple TaskRuns?"],
			[4, "How should a UI handle this?"],
			[5, "C# has no ownership tracking for heap-allocated objects."],
			[7, "In a quote that goes on lazily"],
			[10, "Task"],
			[14, "text on the next line"],
			[16, "item"],
			[18, "item"],
		]);
	});
});
