import { displayWidth, makePalette, padEnd, padStart, truncate } from "../../src/cli/terminalText";

describe("displayWidth", () => {
	it.each([
		["", 0],
		["Guest checkout", 14],
		["Café", 4],
		["Cafe\u0301", 4],
		["契约", 4],
		["contributor grammar 的 exact noun", 33],
		["⚠", 1],
		["🎉 Live", 7],
		["a\u200bb", 2],
	])("%j takes %i columns", (text, width) => {
		expect(displayWidth(text)).toBe(width);
	});
});

describe("truncate, padEnd, padStart", () => {
	it.each([
		["short", 10, "short"],
		["exactly ten", 11, "exactly ten"],
		["a longer title here", 10, "a longer …"],
		["的的的的的的", 5, "的的…"],
	])("truncate(%j, %i) -> %j", (text, max, expected) => {
		expect(truncate(text, max)).toBe(expected);
		expect(displayWidth(truncate(text, max))).toBeLessThanOrEqual(max);
	});

	it("pads by columns, not by code units", () => {
		expect(padEnd("的", 4)).toBe("的  ");
		expect(padStart("7", 3)).toBe("  7");
		expect(padEnd("too long", 3)).toBe("too long");
	});
});

describe("makePalette", () => {
	it("is plain text without colours and ANSI with them", () => {
		expect(makePalette(false).red("x")).toBe("x");
		expect(makePalette(true).red("x")).toBe("\u001b[31mx\u001b[39m");
		expect(makePalette(true).bold("")).toBe("");
	});
});
