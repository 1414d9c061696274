import fc from "fast-check";
import {
	settingsForDisk,
	defaultSettings,
	migrateSettings,
	SETTINGS_VERSION,
	vocabularyFromSettings,
	type SpecBoardSettings,
} from "../../../src/core/settings/settings";
import { PRIORITIES, STATUSES } from "../../../src/core/model/specNote";

/** Deep-freezes a value, so any mutation by the code under test throws. */
function deepFreeze<T>(value: T): T {
	if (typeof value === "object" && value !== null) {
		for (const child of Object.values(value)) deepFreeze(child);
		Object.freeze(value);
	}
	return value;
}

function expectValidShape(settings: SpecBoardSettings): void {
	expect(settings.version).toBe(SETTINGS_VERSION);
	expect(Object.keys(settings).sort()).toEqual(Object.keys(defaultSettings()).sort());
	expect(typeof settings.specsFolder).toBe("string");
	expect(typeof settings.templatesFolder).toBe("string");
	expect(settings.dateFormat.trim()).not.toBe("");
	expect(STATUSES).toContain(settings.defaultStatus);
	expect(PRIORITIES).toContain(settings.defaultPriority);
	expect(settings.specTag).not.toMatch(/^#/);
	for (const s of STATUSES) expect(settings.statusWords[s].every((w) => typeof w === "string")).toBe(true);
	for (const p of PRIORITIES) expect(settings.priorityWords[p].every((w) => typeof w === "string")).toBe(true);
	expect(["status", "priority", "domain", "tag"]).toContain(settings.board.groupBy);
}

describe("migrateSettings", () => {
	it.each([
		["undefined", undefined],
		["null", null],
		["a garbage string", "}{ not json"],
		["a number", 42],
		["an array", [1, 2, 3]],
		["an empty object", {}],
	])("%s gives the defaults", (_name, stored) => {
		expect(migrateSettings(stored)).toEqual(defaultSettings());
	});

	it("keeps the keys it does not read, and settingsForDisk writes them back as they were", () => {
		const { otherKeys: _none, ...read } = defaultSettings();
		const stored = { ...read, check: { rules: { stale: "off" } }, later: { a: 1 } };
		const migrated = migrateSettings(stored);
		expect(migrated.otherKeys).toEqual({ check: { rules: { stale: "off" } }, later: { a: 1 } });
		const disk = settingsForDisk(migrated);
		expect(disk).toMatchObject({ check: { rules: { stale: "off" } }, later: { a: 1 }, author: "" });
		expect(disk).not.toHaveProperty("otherKeys");
		expect(migrateSettings(disk)).toEqual(migrated);
		// Version 1's keys are read (moved to their new names), not kept.
		expect(migrateSettings({ folder: "Old" }).otherKeys).toEqual({});
	});

	it("moves version 1's old keys to their new names", () => {
		const migrated = migrateSettings({
			folder: "Product/Specs",
			templateFolder: "Templates",
			author: "Ada",
			dateFormat: "dd.MM.yyyy",
		});
		expect(migrated).toEqual({
			...defaultSettings(),
			specsFolder: "Product/Specs",
			templatesFolder: "Templates",
			author: "Ada",
			dateFormat: "dd.MM.yyyy",
		});
	});

	it("prefers new keys over old ones in version 1 data, and ignores old keys in version 2 data", () => {
		expect(migrateSettings({ version: 1, folder: "Old", specsFolder: "New" }).specsFolder).toBe("New");
		expect(migrateSettings({ version: 2, folder: "Old" }).specsFolder).toBe("Specs");
	});

	it("keeps the good keys of partially corrupt data and resets the bad ones", () => {
		const migrated = migrateSettings({
			version: 2,
			specsFolder: "Specs/Team",
			templatesFolder: 7,
			dateFormat: "   ",
			author: ["not", "a", "string"],
			defaultStatus: "Approved",
			defaultPriority: "Urgent!!",
			specTag: "#feature-spec",
			specFolders: ["A", 3],
			statusWords: { Draft: ["idea", "sketch"], Done: "shipped", Nonsense: ["x"] },
			priorityWords: null,
			board: {
				filter: {
					tags: [
						{ tag: "area/x", mode: "include" },
						{ tag: 5, mode: "include" },
						{ tag: "y", mode: "maybe" },
					],
					tagMode: "any",
					statuses: ["Done", "Bogus"],
					priorities: "High",
					domains: ["Payments"],
					text: 12,
					hasOpenQuestions: "yes",
					notReady: true,
				},
				groupBy: "colour",
				collapsedGroups: ["status:Done"],
			},
		});
		const defaults = defaultSettings();
		expect(migrated).toEqual({
			...defaults,
			specsFolder: "Specs/Team",
			defaultStatus: "Approved",
			specTag: "feature-spec",
			statusWords: { ...defaults.statusWords, Draft: ["idea", "sketch"] },
			board: {
				filter: {
					...defaults.board.filter,
					tags: [{ tag: "area/x", mode: "include" }],
					tagMode: "any",
					statuses: ["Done"],
					domains: ["Payments"],
					notReady: true,
				},
				groupBy: "status",
				collapsedGroups: ["status:Done"],
				summaryFolded: false,
			},
		});
	});

	it("resets a date format that cannot format a date", () => {
		expect(migrateSettings({ dateFormat: "YYYY-MM-DD" }).dateFormat).toBe("yyyy-MM-dd");
		expect(migrateSettings({ dateFormat: "not a format" }).dateFormat).toBe("yyyy-MM-dd");
		expect(migrateSettings({ dateFormat: "d MMMM yyyy" }).dateFormat).toBe("d MMMM yyyy");
	});

	it.each([
		["spec", "spec"],
		["#spec", "spec"],
		["  spec  ", "spec"],
		[" #feature-spec ", "feature-spec"],
		["   ", "spec"],
	])("keeps a hand-edited spec tag %p as %p", (stored, expected) => {
		expect(migrateSettings({ specTag: stored }).specTag).toBe(expected);
	});

	it("does not keep a default status or priority the form cannot offer", () => {
		expect(migrateSettings({ defaultStatus: "Unrecognized", defaultPriority: "Unrecognized" })).toMatchObject({
			defaultStatus: "Draft",
			defaultPriority: "Medium",
		});
		expect(migrateSettings({ defaultStatus: "No status" }).defaultStatus).toBe("Draft");
		expect(migrateSettings({ defaultPriority: "None" }).defaultPriority).toBe("None");
	});

	it("never changes its input, and never shares arrays with it", () => {
		const stored = deepFreeze({
			version: 2,
			specFolders: ["A"],
			statusWords: { Draft: ["idea"] },
			board: { filter: { domains: ["P"] }, collapsedGroups: ["x"] },
		});
		const migrated = migrateSettings(stored);
		migrated.specFolders.push("B");
		migrated.statusWords.Draft.push("new");
		migrated.board.filter.domains.push("Q");
		migrated.board.collapsedGroups.push("y");
		expect(stored).toEqual({
			version: 2,
			specFolders: ["A"],
			statusWords: { Draft: ["idea"] },
			board: { filter: { domains: ["P"] }, collapsedGroups: ["x"] },
		});
	});

	it("never mutates the defaults: each call gets fresh objects", () => {
		const first = migrateSettings(undefined);
		first.specFolders.push("Mutated");
		first.statusWords.Draft.push("mutated");
		first.board.filter.tags.push({ tag: "mutated", mode: "include" });
		first.specsFolder = "Mutated";
		expect(defaultSettings()).toEqual(migrateSettings(undefined));
		expect(migrateSettings(null).specFolders).toEqual([]);
		expect(defaultSettings().statusWords.Draft).toEqual([]);
	});

	it("round-trips: saved settings load back equal", () => {
		const settings = migrateSettings({
			specsFolder: "S",
			author: "Ada",
			statusWords: { Done: ["shipped"] },
			board: { groupBy: "domain", collapsedGroups: ["domain:Payments"] },
		});
		expect(migrateSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
		expect(migrateSettings(migrateSettings(settings))).toEqual(settings);
	});

	it("turns any JSON into valid settings without throwing", () => {
		fc.assert(
			fc.property(fc.jsonValue(), (stored) => {
				expectValidShape(migrateSettings(stored));
			}),
		);
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom(
						"version",
						"specsFolder",
						"dateFormat",
						"defaultStatus",
						"statusWords",
						"board",
						"folder",
						"specTag",
					),
					fc.jsonValue(),
				),
				(stored) => {
					expectValidShape(migrateSettings(stored));
				},
			),
		);
	});
});

describe("vocabularyFromSettings", () => {
	it("adds the user's words after the built-in ones", () => {
		const settings = migrateSettings({
			statusWords: { Done: ["shipped-it"] },
			priorityWords: { High: ["p-high"] },
		});
		const vocabulary = vocabularyFromSettings(settings);
		expect(vocabulary.statusWords.Done.slice(-1)).toEqual(["shipped-it"]);
		expect(vocabulary.statusWords.Done).toContain("done");
		expect(vocabulary.priorityWords.High).toEqual(["high", "p1", "p-high"]);
	});
});
