import { ageLabel, defaultStaleAfterDays, isStale, statusAge } from "../../../src/core/board/ageing";
import type { Status } from "../../../src/core/model/specNote";

const NOW = new Date("2026-03-24T10:00:00Z");
const DEFAULTS = defaultStaleAfterDays();
const ms = (iso: string): number => new Date(iso).getTime();

describe("statusAge with a fixed clock", () => {
	it.each<[Status, string | null, number | null, string, "updated" | "modified", boolean]>([
		// status, updated, mtime, label, source, stale
		["In review", "2026-03-01", null, "In review for 23 days", "updated", true],
		["In review", "2026-03-10", null, "In review for 14 days", "updated", false],
		["In review", "2026-03-09", ms("2026-03-23T08:00:00Z"), "In review for 15 days", "updated", true],
		["Draft", null, ms("2026-03-23T23:59:00Z"), "Draft for 1 day", "modified", false],
		["Draft", null, ms("2026-03-24T00:01:00Z"), "Draft since today", "modified", false],
		["Draft", null, ms("2026-02-21T12:00:00Z"), "Draft for 31 days", "modified", true],
		["Approved", "2026-02-22", null, "Approved for 30 days", "updated", false],
		["In progress", "2026-02-21", null, "In progress for 31 days", "updated", true],
		["Done", "2020-01-01", null, "Done for 2274 days", "updated", false],
		["Deprecated", "2020-01-01", null, "Deprecated for 2274 days", "updated", false],
		["Draft", "2026-04-01", null, "Draft since today", "updated", false],
	])("%s, updated %s, mtime %s: %s", (status, updated, mtime, label, source, stale) => {
		const age = statusAge({ status, updated }, mtime, NOW, DEFAULTS);
		expect(age).toMatchObject({ label, source, stale });
		expect(isStale({ status, updated }, mtime, NOW, DEFAULTS)).toBe(stale);
	});

	it("says where the age comes from", () => {
		expect(statusAge({ status: "Draft", updated: "2026-03-01" }, null, NOW, DEFAULTS)?.explanation).toBe(
			"Counted from the note's updated date, 2026-03-01.",
		);
		expect(
			statusAge({ status: "Draft", updated: null }, ms("2026-03-02T05:00:00Z"), NOW, DEFAULTS)?.explanation,
		).toBe("Counted from the file's last change, 2026-03-02: the note has no updated date.");
	});

	it("has no age without a status word, or without any date", () => {
		expect(statusAge({ status: "No status", updated: "2026-01-01" }, null, NOW, DEFAULTS)).toBeNull();
		expect(statusAge({ status: "Unrecognized", updated: "2026-01-01" }, null, NOW, DEFAULTS)).toBeNull();
		expect(statusAge({ status: "Draft", updated: null }, null, NOW, DEFAULTS)).toBeNull();
		expect(statusAge({ status: "Draft", updated: null }, Number.NaN, NOW, DEFAULTS)).toBeNull();
	});

	it("follows the settings: a status set to never is never stale, a shorter limit makes it so", () => {
		const settings = { ...DEFAULTS, "In review": null, Done: 7 };
		expect(isStale({ status: "In review", updated: "2020-01-01" }, null, NOW, settings)).toBe(false);
		expect(isStale({ status: "Done", updated: "2026-03-16" }, null, NOW, settings)).toBe(true);
	});

	it("defaults: Draft 30, In review 14, Approved 30, In progress 30, never for Done and Deprecated", () => {
		expect(DEFAULTS).toMatchObject({
			Draft: 30,
			"In review": 14,
			Approved: 30,
			"In progress": 30,
			Done: null,
			Deprecated: null,
		});
	});

	it.each([
		[0, "In review since today"],
		[1, "In review for 1 day"],
		[2, "In review for 2 days"],
	])("ageLabel(%i) is %s", (days, label) => {
		expect(ageLabel("In review", days)).toBe(label);
	});
});
