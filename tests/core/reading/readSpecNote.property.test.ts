// Property: reading a note never throws and always gives the same answer, whatever the text and the YAML reader do.
import fc from "fast-check";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { scanBody } from "../../../src/core/markdown/scanBody";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import type { YamlReader } from "../../../src/core/model/specNote";
import { readYaml } from "../../support/yamlReader";

const options = defaultReadOptions();

/** A YAML reader that sometimes throws (an Error or not), sometimes returns odd shapes, otherwise parses for real. */
const readers: fc.Arbitrary<YamlReader> = fc.constantFrom<YamlReader>(
	readYaml,
	() => {
		throw new Error("broken reader");
	},
	() => {
		// eslint-disable-next-line @typescript-eslint/only-throw-error -- readers may throw anything
		throw null;
	},
	() => ["not", "a", "mapping"],
	() => "scalar",
	() => ({
		status: { nested: [1, null] },
		tags: [null, 7, "#ok"],
		title: ["x", ["y"]],
		Domains: [[[["deep"]]]],
		created: new Date(Number.NaN),
	}),
);

/** Lines that look like the Markdown specs are made of, including the awkward parts. */
const markdownLine = fc.oneof(
	fc.constantFrom(
		"---",
		"```",
		"~~~",
		"<!--",
		"-->",
		"%%",
		"$$",
		"",
		"   ",
		"## Open Questions",
		"### 11. Open questions",
		"# Feature: {{title}}",
		"Status: Planning | In Progress",
		"**Status:** Draft",
		"> **Priority**: High · **Status**: Done",
		"> [!warning] Unresolved",
		"> - [ ] Question 1",
		">> - [x] done",
		"- [ ] open?",
		"    - [/] nested",
		"\t- child",
		"1. [ ] numbered",
		"2) item",
		"- [ ] 1. nested on the line",
		"* * *",
		"| Status | Draft |",
		"tags:",
		"  - status/draft",
		"status: [draft, done]",
		"title: [Name]",
		"Domains: [[X|Y]]",
		"created: 2024-02-30",
		"<details>",
		"#tag #123 foo#bar `#code` [[#h]] \\#no",
		"\ufeff---",
		"text <!-- open",
	),
	fc.stringMatching(/^[ >\t]{0,4}(?:[-*+]|\d{1,3}[.)])? ?(?:\[[ xX/-]?\] ?)?[#`%<>[\]{}|:*_a-z0-9 -]{0,30}$/),
	fc.string({ maxLength: 40 }),
);

const markdownNote = fc
	.array(markdownLine, { maxLength: 40 })
	.chain((lines) => fc.constantFrom("\n", "\r\n", "\r").map((eol) => lines.join(eol)));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 }), markdownNote);

describe("readSpecNote properties", () => {
	it("never throws, and gives equal notes for equal input", () => {
		fc.assert(
			fc.property(anyText, readers, (text, reader) => {
				const first = readSpecNote("Specs/n.md", text, reader, options);
				const second = readSpecNote("Specs/n.md", text, reader, options);
				expect(second).toEqual(first);
				expect(first.problems.map((p) => p.code)).not.toContain("unreadable");
			}),
			{ numRuns: 400 },
		);
	});

	it("scanBody never hits its safety net, and gives 1-based lines inside the text, in order", () => {
		fc.assert(
			fc.property(fc.oneof(markdownNote, fc.string({ unit: "binary", maxLength: 200 })), (text) => {
				const facts = scanBody(text, (error) => {
					throw error;
				});
				const lineCount = text.split(/\r\n|\r|\n/).length;
				const lines = [...facts.headings, ...facts.listItems, ...facts.tags].map((f) => f.line);
				for (const line of lines) expect(line >= 1 && line <= lineCount).toBe(true);
				const itemLines = facts.listItems.map((i) => i.line);
				expect(itemLines).toEqual([...itemLines].sort((a, b) => a - b));
				for (const item of facts.listItems) expect(item.parent < 0 || item.parent <= item.line).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});
});
