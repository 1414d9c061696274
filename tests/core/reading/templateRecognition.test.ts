import { hasDetailedHeaderLine, recognizeTemplate } from "../../../src/core/reading/templateRecognition";

describe("hasDetailedHeaderLine", () => {
	it.each([
		["Approved By: Priya", true],
		["# Feature: X\nStatus: Draft\nApproved By: [User confirmation timestamp]", true],
		["**Approved By:** Priya", true],
		["**Approved By**: Priya", true],
		["approved by: priya", true],
		["x\r\nContext7 Consulted: 2024-01-01 - versions", true],
		["x\rContext7 Consulted: 2024-01-01", true],
		["**Context7 Consulted:** yes", true],
		["The plan was approved by: the board", false],
		["Approved By Priya", false],
		["Approved Byline: x", false],
		["| Context7 Validated | x |", false],
		["All versions were validated by Context7 during brainstorming.", false],
		["", false],
	])("%j is %s", (text, expected) => {
		expect(hasDetailedHeaderLine(text)).toBe(expected);
	});
});

describe("recognizeTemplate", () => {
	const clues = (text: string | null, data: Record<string, unknown> = {}) => ({ data, tags: [], headings: [], text });

	it.each([
		["type tech-spec", clues(null, { type: "tech-spec" }), "tech-spec"],
		["lean keys, any spelling", clues(null, { Opportunity: "x", estimate: "2d" }), "lean-feature-spec"],
		["a capitalised Domains key", clues(null, { Domains: [] }), "architecture-feature-design"],
		["the detailed header line", clues("# F\nApproved By: me\n"), "detailed-feature-spec"],
		["general keys", clues(null, { title: "t", author: "a", reviewers: [], version: 1 }), "general-spec"],
		["nothing recognisable", clues("# Note\n"), null],
	])("%s", (_name, input, expected) => {
		expect(recognizeTemplate(input)).toBe(expected);
	});
});
