import { parseCursor, withCursor } from "./cursor";

describe("the | cursor helpers", () => {
	it.each([
		["|abc", { line: 0, ch: 0 }],
		["a|bc", { line: 0, ch: 1 }],
		["abc|", { line: 0, ch: 3 }],
		["ab\nc|d\ne", { line: 1, ch: 1 }],
		["ab\r\n|cd", { line: 1, ch: 0 }],
		["\n\n|", { line: 2, ch: 0 }],
	])("%j", (marked, cursor) => {
		const parsed = parseCursor(marked);
		expect(parsed.cursor).toEqual(cursor);
		expect(parsed.text).toBe(marked.replace("|", ""));
		expect(withCursor(parsed.text, parsed.cursor)).toBe(marked);
	});

	it("refuses a text without exactly one cursor, and a cursor outside the text", () => {
		expect(() => parseCursor("no cursor")).toThrow();
		expect(() => parseCursor("a|b|c")).toThrow();
		expect(() => withCursor("ab", { line: 1, ch: 0 })).toThrow();
		expect(() => withCursor("ab", { line: 0, ch: 3 })).toThrow();
		expect(() => withCursor("ab\r\ncd", { line: 0, ch: 3 })).toThrow();
	});
});
