import { commonEnds } from "../../../src/core/edits/commonEnds";

describe("commonEnds: what two sequences share at their start and then at their end", () => {
	it.each<[string, string, string, { prefix: number; suffix: number }]>([
		["the same text", "abc", "abc", { prefix: 3, suffix: 0 }],
		["a changed middle", "status: draft", "status: done", { prefix: 9, suffix: 0 }],
		["a word inserted", "a c", "a b c", { prefix: 2, suffix: 1 }],
		["the end never overlaps the start", "aa", "aaa", { prefix: 2, suffix: 0 }],
		["nothing in common", "abc", "xyz", { prefix: 0, suffix: 0 }],
		["from empty", "", "abc", { prefix: 0, suffix: 0 }],
	])("%s", (_name, before, after, expected) => {
		expect(commonEnds(before, after)).toEqual(expected);
	});

	it("compares lines as well as characters", () => {
		expect(commonEnds(["---", "a: 1", "b: 2", "---"], ["---", "a: 1", "c: 3", "b: 2", "---"])).toEqual({
			prefix: 2,
			suffix: 2,
		});
	});
});
