import { findNoteLines } from "../../../src/core/reading/noteLines";

/** A note's lines, the status found in the frontmatter, in a tag, or nowhere (the body line case is the reader's). */
type Source = "frontmatter" | "tag" | "none";

describe("findNoteLines: only the frontmatter is split, the body searched in place, the same lines as a split", () => {
	it.each<[string, string, Source, { status: number | null; title: number | null; tags: number | null }]>([
		[
			"frontmatter status and title",
			"---\nstatus: draft\ntitle: A\n---\n# B\n",
			"frontmatter",
			{ status: 2, title: 3, tags: null },
		],
		[
			"title from the first level-1 heading after the frontmatter",
			"---\nstatus: x\n---\n\n## Sub\n# Title\n",
			"frontmatter",
			{ status: 2, title: 6, tags: null },
		],
		[
			"a lone # is no title; # with a space is",
			"#\n#Title\n# Title\n",
			"none",
			{ status: null, title: 3, tags: null },
		],
		[
			"a BOM before the opening fence",
			"\ufeff---\ntags: [a]\n---\n# T\n",
			"none",
			{ status: null, title: 4, tags: 2 },
		],
		["an unclosed block is body text", "---\ntitle: x\n# T\n", "none", { status: null, title: 3, tags: null }],
		[
			"a BOM without frontmatter hides the first heading",
			"\ufeff# T\n# U\n",
			"none",
			{ status: null, title: 2, tags: null },
		],
		[
			"the status tag in the frontmatter's tags",
			"---\ntags:\n  - a\n  - status/done\n---\n#status/x\n",
			"tag",
			{ status: 4, title: null, tags: 2 },
		],
		[
			"the status tag in the body, as written first",
			"---\na: b\n---\n#Status/x\ntext #status/y\n",
			"tag",
			{ status: 5, title: null, tags: null },
		],
		[
			"the status tag in the body, any case",
			"text\n\nmore #STATUS/x\n",
			"tag",
			{ status: 3, title: null, tags: null },
		],
		["the closing fence as the last line", "---\ntitle: t\n---", "none", { status: null, title: 2, tags: null }],
		[
			"CRLF line ends: the frontmatter's keys are found as with LF",
			"---\r\ntitle: A\r\ntags: [x]\r\nstatus: draft\r\n---\r\n# A\r\n",
			"frontmatter",
			{ status: 4, title: 2, tags: 3 },
		],
		[
			"CRLF line ends: a status tag in the frontmatter's tags",
			"---\r\ntags:\r\n  - status/done\r\n---\r\n# A\r\n",
			"tag",
			{ status: 3, title: 5, tags: 2 },
		],
	])("%s", (_name, text, statusSource, expected) => {
		expect(findNoteLines(text, { statusSource, statusLine: null })).toEqual(expected);
	});

	it("keeps the line the reader found a body status on", () => {
		expect(findNoteLines("# T\n\nStatus: draft\n", { statusSource: "inline", statusLine: 3 }).status).toBe(3);
	});
});
