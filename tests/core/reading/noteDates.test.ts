import { createdDate, isoDate, updatedDate } from "../../../src/core/reading/noteDates";

describe("isoDate", () => {
	it.each([
		["a YAML Date (UTC midnight)", new Date(Date.UTC(2024, 0, 5)), "2024-01-05"],
		["a Date late in the UTC day keeps its UTC date", new Date(Date.UTC(2024, 0, 5, 23, 30)), "2024-01-05"],
		["a Date before the year 1000 has four year digits", new Date(Date.UTC(999, 11, 31)), "0999-12-31"],
		["a Date past 9999 as toISOString writes it", new Date(Date.UTC(10000, 0, 1)), "+010000-01"],
		["an ISO string", "2024-01-05", "2024-01-05"],
		["a date-time string", "2024-07-21T12:37:00", "2024-07-21"],
		["slashes and short parts", "2024/1/5", "2024-01-05"],
		["a one-item list (YAML's [2024-01-05])", ["2024-01-05"], "2024-01-05"],
		["the YYYY-MM-DD placeholder", "YYYY-MM-DD", null],
		["the [DATE] placeholder", "[DATE]", null],
		["YAML's reading of [YYYY-MM-DD]", ["YYYY-MM-DD"], null],
		["the {{date}} placeholder", "{{date}}", null],
		["YAML's reading of {{date}}", { "[object Object]": null }, null],
		["an impossible date", "2024-02-30", null],
		["month 13", "2024-13-01", null],
		["an invalid Date", new Date(Number.NaN), null],
		["a number", 20240105, null],
		["null", null, null],
		["free text", "last week", null],
	])("%s", (_name, value, expected) => {
		expect(isoDate(value)).toBe(expected);
	});
});

describe("createdDate and updatedDate", () => {
	it.each([
		[{ created: "2024-01-05" }, "2024-01-05", null],
		[{ Created: "2024-01-05", Updated: "2024-02-01" }, "2024-01-05", "2024-02-01"],
		[{ date: "2023-12-31", last_updated: "2024-01-02" }, "2023-12-31", "2024-01-02"],
		[{ "creation date": new Date(Date.UTC(2022, 5, 1)), lastUpdated: "2022-06-02" }, "2022-06-01", "2022-06-02"],
		[{ created: null, updated: "" }, null, null],
		[{}, null, null],
	])("%j gives created %j and updated %j", (data, created, updated) => {
		expect(createdDate(data)).toBe(created);
		expect(updatedDate(data)).toBe(updated);
	});
});
