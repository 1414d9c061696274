import { defaultSettings, migrateSettings, SETTINGS_VERSION } from "../../../src/core/settings/settings";
import { emptyFilter } from "../../../src/core/board/filter";

describe("settings version 3: stale after N days, the folded summary, the personal filters", () => {
	it("is version 3, and version 2 data gets the defaults", () => {
		expect(SETTINGS_VERSION).toBe(3);
		const migrated = migrateSettings({ version: 2, author: "Dana", board: { groupBy: "priority" } });
		expect(migrated.version).toBe(3);
		expect(migrated.staleAfterDays).toEqual(defaultSettings().staleAfterDays);
		expect(migrated.board.summaryFolded).toBe(false);
		expect(migrated.board.filter).toEqual(emptyFilter());
		expect(migrated.author).toBe("Dana");
	});

	it.each<[string, unknown, number | null]>([
		["a whole number", 7, 7],
		["a fraction, rounded down", 7.9, 7],
		["never", null, null],
		["zero: the default", 0, 14],
		["negative: the default", -3, 14],
		["text: the default", "7", 14],
		["huge: capped", 1e9, 9999],
		["missing: the default", undefined, 14],
	])("In review stale after %s", (_name, stored, expected) => {
		expect(
			migrateSettings({ version: 3, staleAfterDays: { "In review": stored } }).staleAfterDays["In review"],
		).toBe(expected);
	});

	it("keeps the statuses without an age at never, whatever was stored", () => {
		const days = migrateSettings({
			version: 3,
			staleAfterDays: { "No status": 3, Unrecognized: 3 },
		}).staleAfterDays;
		expect([days["No status"], days.Unrecognized]).toEqual([null, null]);
	});

	it("keeps the personal filters and the folded summary", () => {
		const migrated = migrateSettings({
			version: 3,
			board: {
				summaryFolded: true,
				filter: { waitingOnMe: true, mine: "yes", stale: true, questionsForMe: true, missingSignOff: true },
			},
		});
		expect(migrated.board.summaryFolded).toBe(true);
		expect(migrated.board.filter).toMatchObject({
			waitingOnMe: true,
			mine: false,
			stale: true,
			questionsForMe: true,
		});
	});
});
