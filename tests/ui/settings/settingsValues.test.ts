// What a person types in the settings tab, turned into setting values.
import {
	formatWordList,
	parseSpecTag,
	parseWordList,
	previewDateFormat,
} from "../../../src/ui/settings/settingsValues";
import { rankSuggestions } from "../../../src/ui/pickers/suggestText";

const NOW = new Date("2026-03-14T10:30:00Z");

describe("settings values", () => {
	it.each([
		["", []],
		["wip, doing,, Doing , blocked", ["wip", "doing", "blocked"]],
		["one\ntwo", ["one", "two"]],
	])("reads the word list %j", (text, words) => {
		expect(parseWordList(text)).toEqual(words);
		expect(parseWordList(formatWordList(words))).toEqual(words);
	});

	it.each([
		["yyyy-MM-dd", { ok: true, value: "2026-03-14" }],
		["dd.MM.yyyy", { ok: true, value: "14.03.2026" }],
		["YYYY-MM-DD", { ok: false }],
		["", { ok: false }],
		["yyyy-MM-dd j", { ok: false }],
	])("previews the date format %j", (format, expected) => {
		expect(previewDateFormat(format, NOW)).toMatchObject(expected);
	});

	it.each([
		["#spec", { ok: true, value: "spec" }],
		["team/spec", { ok: true, value: "team/spec" }],
		["", { ok: false, message: "The spec tag cannot be empty." }],
		["two words", { ok: false, message: "A tag cannot contain spaces." }],
	])("reads the spec tag %j", (text, expected) => {
		expect(parseSpecTag(text)).toEqual(expected);
	});

	it("ranks suggestions: prefix matches first, then matches inside, ignoring case and a leading #", () => {
		expect(rankSuggestions(["area/pay", "pay", "Payments", "ops"], "#pay")).toEqual([
			"pay",
			"Payments",
			"area/pay",
		]);
		expect(rankSuggestions(["a", "b"], "")).toEqual(["a", "b"]);
	});
});
