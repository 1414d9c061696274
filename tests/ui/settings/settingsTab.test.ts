/** @jest-environment jsdom */
// The settings tab builds with the Setting API, saves valid edits at once, and shows invalid ones without saving them.
import { defaultSettings, type SpecBoardSettings } from "../../../src/core/settings/settings";
import { SpecBoardSettingTab } from "../../../src/ui/settings/settingsTab";
import {
	allSettings,
	asObsidianApp,
	createFakeApp,
	createFakePlugin,
	resetFakeRecords,
	setApiVersion,
} from "../../support/fakeApp";
import type { Setting, TextComponent, DropdownComponent } from "../../support/obsidianFake";

const NOW = new Date("2026-03-14T10:30:00Z");

function build(files: Record<string, string> = {}): {
	tab: SpecBoardSettingTab;
	settings: SpecBoardSettings;
	saves: () => number;
} {
	resetFakeRecords();
	const app = createFakeApp({ files });
	const { obsidianPlugin } = createFakePlugin(app);
	const settings = defaultSettings();
	let saves = 0;
	const tab = new SpecBoardSettingTab(asObsidianApp(app), obsidianPlugin, {
		getSettings: () => settings,
		saveSettings: () => {
			saves++;
			return Promise.resolve();
		},
		now: () => NOW,
	});
	// The tab is drawn as the app draws it: with display() before 1.13 (the minimum app version is 1.7.2), from
	// getSettingDefinitions() through SettingGroup from 1.13 on. Each test below runs on both.
	setApiVersion(appVersion);
	const drawnBy = (tab as unknown as { open(): string }).open();
	expect(drawnBy).toBe(appVersion === "1.12.0" ? "display" : "definitions");
	return { tab, settings, saves: () => saves };
}

function row(name: string): Setting {
	const found = allSettings.filter((s) => s.name === name && !s.isHeading);
	if (found.length !== 1) throw new Error(`expected one setting named ${name}, found ${found.length}`);
	return found[0];
}

function text(name: string): TextComponent {
	return row(name).components[0] as TextComponent;
}

let appVersion = "1.12.0";

describe.each(["1.12.0", "1.13.1"])("settings tab on Obsidian %s", (version) => {
	beforeEach(() => {
		appVersion = version;
	});
	afterAll(() => setApiVersion("1.13.1"));

	it("sets stale after N days per status: a number, or empty for never; anything else is refused", async () => {
		const { settings } = build();
		const settle = () => Promise.resolve();
		const draft = text("Stale after (Draft)");
		expect(draft.getValue()).toBe("30");
		expect(text("Stale after (Done)").getValue()).toBe("");
		draft.setValue("7");
		draft.onChanged();
		await settle();
		expect(settings.staleAfterDays.Draft).toBe(7);
		draft.setValue("");
		draft.onChanged();
		await settle();
		expect(settings.staleAfterDays.Draft).toBeNull();
		draft.setValue("two weeks");
		draft.onChanged();
		await settle();
		expect(settings.staleAfterDays.Draft).toBeNull();
		expect(row("Stale after (Draft)").settingEl.hasClass("spec-board-setting-invalid")).toBe(true);
	});

	it("builds every row under sentence-case headings", () => {
		build();
		expect(allSettings.filter((s) => s.isHeading).map((s) => s.name)).toEqual([
			"New specs",
			"Which notes are specs",
			"Extra status words",
			"Extra priority words",
			"Stale specs",
			"Open questions",
		]);
		expect(allSettings.filter((s) => !s.isHeading).map((s) => s.name)).toEqual([
			"Specs folder",
			"Templates folder",
			"Date format",
			"Author",
			"Default status",
			"Default priority",
			"Spec tag",
			"Spec folders",
			"Spec folder names",
			"Draft",
			"In review",
			"Approved",
			"In progress",
			"On hold",
			"Done",
			"Deprecated",
			"Critical",
			"High",
			"Medium",
			"Low",
			"Stale after (Draft)",
			"Stale after (In review)",
			"Stale after (Approved)",
			"Stale after (In progress)",
			"Stale after (On hold)",
			"Stale after (Done)",
			"Stale after (Deprecated)",
			"Question headings",
		]);
		for (const setting of allSettings.filter((s) => !s.isHeading)) expect(setting.desc).not.toBe("");
	});

	it("saves each valid edit at once", async () => {
		const { settings, saves } = build();
		await text("Specs folder").simulateChange("Team//Specs/");
		await text("Author").simulateChange("  Ana  ");
		await (row("Default status").components[0] as DropdownComponent).simulateChange("In review");
		await (row("Default priority").components[0] as DropdownComponent).simulateChange("High");
		await text("Spec tag").simulateChange("#rfc");
		await text("Spec folders").simulateChange("Specs, Archive/Old");
		await text("Spec folder names").simulateChange("specs, RFCs");
		await text("In progress").simulateChange("doing, wip, Doing");
		await text("Critical").simulateChange("sev1");
		await text("Date format").simulateChange("dd.MM.yyyy");
		await text("On hold").simulateChange("on ice");
		await text("Question headings").simulateChange("Open questions, To decide");
		expect(settings).toMatchObject({
			specsFolder: "Team/Specs",
			author: "Ana",
			defaultStatus: "In review",
			defaultPriority: "High",
			specTag: "rfc",
			specFolders: ["Specs", "Archive/Old"],
			specFolderNames: ["specs", "RFCs"],
			dateFormat: "dd.MM.yyyy",
		});
		expect(settings.statusWords["In progress"]).toEqual(["doing", "wip"]);
		expect(settings.priorityWords.Critical).toEqual(["sev1"]);
		expect(settings.statusWords["On hold"]).toEqual(["on ice"]);
		expect(settings.questionHeadings).toEqual(["Open questions", "To decide"]);
		expect(saves()).toBe(12);
	});

	it("previews the date format live and refuses an invalid one without saving it", async () => {
		const { settings, saves } = build();
		const dateRow = row("Date format");
		expect(dateRow.descEl.textContent).toContain("Today: 2026-03-14");
		await text("Date format").simulateChange("YYYY-MM-DD");
		expect(settings.dateFormat).toBe("yyyy-MM-dd");
		expect(saves()).toBe(0);
		expect(dateRow.descEl.querySelector(".spec-board-setting-problem")?.textContent).toContain(
			"not a valid date-fns format",
		);
		expect(dateRow.settingEl.classList.contains("spec-board-setting-invalid")).toBe(true);
		await text("Date format").simulateChange("d MMM yyyy");
		expect(dateRow.descEl.textContent).toContain("Today: 14 Mar 2026");
		expect(dateRow.descEl.querySelector(".spec-board-setting-problem")).toBeNull();
		expect(settings.dateFormat).toBe("d MMM yyyy");
	});

	it.each([
		["Specs folder", "../outside", "specsFolder", "Specs"],
		["Templates folder", "a/../../b", "templatesFolder", ""],
		["Spec tag", "", "specTag", "spec"],
		["Spec folders", "Specs, ../x", "specFolders", []],
	])("refuses %s = %j with a message and keeps the saved value", async (name, typed, key, kept) => {
		const { settings, saves } = build();
		await text(name).simulateChange(typed);
		expect(settings[key as keyof SpecBoardSettings]).toEqual(kept);
		expect(saves()).toBe(0);
		expect(row(name).descEl.querySelector(".spec-board-setting-problem")?.textContent).not.toBe("");
	});

	it("suggests vault folders for the templates folder, and saves the one picked", async () => {
		const { settings, saves } = build({ "Team/Templates/a.md": "", "Notes/b.md": "" });
		const input = text("Templates folder").inputEl;
		input.value = "temp";
		input.dispatchEvent(new Event("input"));
		await new Promise((resolve) => window.setTimeout(resolve, 0));
		const shown = [...document.querySelectorAll<HTMLElement>(".suggestion-container .suggestion-item")];
		expect(shown.map((el) => el.textContent)).toEqual(["Team/Templates"]);
		shown[0].dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
		await new Promise((resolve) => window.setTimeout(resolve, 0));
		expect(input.value).toBe("Team/Templates");
		expect(settings.templatesFolder).toBe("Team/Templates");
		expect(saves()).toBe(2);
	});

	it("declares the same rows for Obsidian's settings search", () => {
		const { tab } = build();
		const groups = tab.getSettingDefinitions() as { heading?: string; items?: { name: string }[] }[];
		expect(groups.map((g) => g.heading)).toEqual([
			"New specs",
			"Which notes are specs",
			"Extra status words",
			"Extra priority words",
			"Stale specs",
			"Open questions",
		]);
		expect(groups.flatMap((g) => (g.items ?? []).map((i) => i.name))).toHaveLength(28);
	});
});
