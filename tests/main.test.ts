/** @jest-environment jsdom */
// The plugin as Obsidian runs it (issue 8, defect 12): how many notes a start, a change and a settings edit read; a
// settings keystroke saves once typing pauses and re-reads notes only when how notes read changed; settings synced
// from another device are taken, and the board's state never overwrites them. The tab is drawn as the app draws it.
import SpecBoardPlugin, { SETTINGS_SAVE_DELAY_MS } from "../src/main";
import { defaultSettings, type SpecBoardSettings } from "../src/core/settings/settings";
import type { SpecIndex } from "../src/obsidian/specIndex";
import {
	allSettings,
	asObsidianApp,
	createFakeApp,
	FAKE_MANIFEST,
	fileAt,
	resetFakeRecords,
	setApiVersion,
	settle,
	type FakePlugin,
} from "./support/fakeApp";
import type { App, TextComponent } from "./support/obsidianFake";

const FILES: Record<string, string> = {
	// A status in the frontmatter (and a place named for specs): a trace, so the text is read on a warm start.
	"Specs/pay.md": "---\nstatus: draft\ntags: [spec]\n---\n# Pay\n",
	// Open questions: their text is read.
	"Specs/refunds.md":
		"---\nstatus: draft\ntags: [spec]\n---\n# Refunds\n\n## Open questions\n\n- [ ] Who approves?\n",
	// An inline Status line only the text can show.
	"Specs/search.md": "# Search\n\nStatus: In review\n\n#spec\n",
	// A spec by its tag alone.
	"Specs/tagged.md": "# Tagged\n\nText. #spec\n",
	// No trace of a spec (no status, tag, heading or place that says spec): never read.
	"Diary/monday.md": "# Monday\n\nNothing to see.\n",
};

interface Started {
	app: App;
	plugin: SpecBoardPlugin;
	fake: FakePlugin;
	index: SpecIndex;
}

/**
 * Loads the plugin as Obsidian does at start. A first start: the layout is ready before the cache has indexed a note
 * (the notes come with `changed`, text included). A warm start: the cache is filled before the layout is ready.
 */
async function start(stored: Partial<SpecBoardSettings> | null = null, warm = false): Promise<Started> {
	resetFakeRecords();
	const app = createFakeApp({ files: FILES, layoutReady: !warm });
	if (warm) await app.metadataCache.settle();
	const plugin = new SpecBoardPlugin(asObsidianApp(app), FAKE_MANIFEST);
	const fake = plugin as unknown as FakePlugin;
	fake.data = stored === null ? null : { ...defaultSettings(), ...stored };
	plugin.load();
	await settle();
	if (warm) app.workspace.setLayoutReady();
	// The index main.ts made and handed to the board, the Bases view, the app's command line and the commands.
	const index = (plugin as unknown as { index: SpecIndex }).index;
	await quiet(app, index);
	return { app, plugin, fake, index };
}

/** Waits until the cache has indexed everything and the index has read what it needed. */
async function quiet(app: App, index: SpecIndex): Promise<void> {
	await app.metadataCache.settle();
	await index.whenSettled();
	await settle();
}

/** Types into a text setting of the tab one keystroke at a time, as a person does. */
async function typeInto(name: string, word: string): Promise<void> {
	const rows = allSettings.filter((s) => s.name === name && !s.isHeading);
	expect(rows).toHaveLength(1);
	const text = rows[0].components[0] as TextComponent;
	for (let n = 1; n <= word.length; n++) await text.simulateChange(word.slice(0, n));
}

/** Opens the settings tab as the app does (from its definitions on 1.13 and later). */
function openTab(fake: FakePlugin): "definitions" | "display" {
	return fake.settingTabs[0].open();
}

afterEach(() => {
	jest.useRealTimers();
	setApiVersion("1.13.1");
});

describe("the plugin's reads", () => {
	it("reads no note on a first start: the cache's change events carry the texts", async () => {
		const { app, index } = await start();
		expect(
			index
				.specs()
				.map((n) => n.path)
				.sort(),
		).toEqual(["Specs/pay.md", "Specs/refunds.md", "Specs/search.md", "Specs/tagged.md"]);
		expect(app.vault.readPaths).toEqual([]);
	});

	it("reads on a warm start only the notes the cache cannot answer, and nothing for a change", async () => {
		const { app, index } = await start(null, true);
		expect(index.specs()).toHaveLength(4);
		// The cache only triages: every note with a trace of a spec is read (the text decides), the diary never.
		expect(app.vault.readPaths.sort()).toEqual([
			"Specs/pay.md",
			"Specs/refunds.md",
			"Specs/search.md",
			"Specs/tagged.md",
		]);
		const before = app.vault.reads;
		await app.vault.modify(fileAt(app, "Specs/pay.md"), "---\nstatus: done\ntags: [spec]\n---\n# Pay\n");
		await quiet(app, index);
		expect(app.vault.reads - before).toBe(0);
		await app.vault.modify(fileAt(app, "Diary/monday.md"), "# Monday\n\nStill nothing.\n");
		await quiet(app, index);
		expect(app.vault.reads - before).toBe(0);
	});
});

describe.each(["1.12.0", "1.13.1"])("settings edits on Obsidian %s", (version) => {
	it("draw the tab as the app does", async () => {
		setApiVersion(version);
		const { fake } = await start();
		expect(openTab(fake)).toBe(version === "1.12.0" ? "display" : "definitions");
		expect(allSettings.filter((s) => s.isHeading).map((s) => s.name)).toEqual([
			"New specs",
			"Which notes are specs",
			"Extra status words",
			"Extra priority words",
			"Stale specs",
			"Open questions",
		]);
	});

	it("save once typing pauses, and read no note for the author or the date format", async () => {
		setApiVersion(version);
		const { app, fake, index } = await start();
		openTab(fake);
		jest.useFakeTimers();
		const reads = app.vault.reads;
		const saves = fake.saveCount;
		await typeInto("Author", "Ana Lima");
		await typeInto("Date format", "dd.MM.yyyy");
		expect(fake.saveCount).toBe(saves);
		jest.advanceTimersByTime(SETTINGS_SAVE_DELAY_MS);
		await quiet(app, index);
		expect(fake.saveCount).toBe(saves + 1);
		expect(fake.data).toMatchObject({ author: "Ana Lima", dateFormat: "dd.MM.yyyy" });
		expect(app.vault.reads).toBe(reads);
	});

	it("re-read notes once when the spec tag changes, after typing pauses", async () => {
		setApiVersion(version);
		const { app, fake, index } = await start();
		openTab(fake);
		jest.useFakeTimers();
		const reads = app.vault.reads;
		await typeInto("Spec tag", "feature");
		await settle();
		expect(app.vault.reads).toBe(reads);
		jest.advanceTimersByTime(SETTINGS_SAVE_DELAY_MS);
		await quiet(app, index);
		expect(fake.saveCount).toBe(1);
		expect(index.specs().map((n) => n.path)).not.toContain("Specs/tagged.md");
		// One rebuild: the notes with a trace (here: their place) are read once more (never once per keystroke).
		expect(app.vault.readPaths.slice(reads).sort()).toEqual([
			"Specs/pay.md",
			"Specs/refunds.md",
			"Specs/search.md",
			"Specs/tagged.md",
		]);
	});
});

describe("settings from another device (Sync)", () => {
	it("are taken when Obsidian tells the plugin, and the notes read with them", async () => {
		const { fake, index, app } = await start();
		expect(index.specs()).toHaveLength(4);
		await fake.simulateExternalSettingsChange({ ...defaultSettings(), specFolders: ["Elsewhere"] });
		await quiet(app, index);
		expect(index.specs()).toEqual([]);
	});

	it("are drawn again in the settings tab when it is open, and not drawn when it is closed", async () => {
		const { fake, app, index } = await start();
		openTab(fake);
		const author = (): string => {
			const rows = allSettings.filter((s) => s.name === "Author" && !s.isHeading);
			return (rows[rows.length - 1].components[0] as TextComponent).getValue();
		};
		expect(author()).toBe("");
		await fake.simulateExternalSettingsChange({ ...defaultSettings(), author: "Written on the phone" });
		await quiet(app, index);
		expect(author()).toBe("Written on the phone");
		fake.settingTabs[0].close();
		const drawn = allSettings.length;
		await fake.simulateExternalSettingsChange({ ...defaultSettings(), author: "Again" });
		await quiet(app, index);
		expect(allSettings.length).toBe(drawn);
	});

	it("keep the keys this version does not read (a newer version's, the command line's check section)", async () => {
		const check = { rules: { placeholder: "error" }, staleDays: 14 };
		const { plugin, fake, app, index } = await start();
		jest.useFakeTimers();
		await fake.simulateExternalSettingsChange({ ...defaultSettings(), check, fromANewerVersion: [1, 2] });
		plugin.settings.author = "Ana";
		await (plugin as unknown as { saveSettings(): Promise<void> }).saveSettings();
		jest.advanceTimersByTime(SETTINGS_SAVE_DELAY_MS);
		await quiet(app, index);
		expect(fake.data).toMatchObject({ author: "Ana", check, fromANewerVersion: [1, 2] });
		expect(fake.data).not.toHaveProperty("otherKeys");
	});

	it("are never overwritten by the board's state", async () => {
		const { plugin, fake, app, index } = await start();
		jest.useFakeTimers();
		// Sync writes data.json; Obsidian has not told the plugin yet when the board saves its filter.
		fake.data = { ...defaultSettings(), author: "Written on the phone" };
		const saveBoardState = (plugin as unknown as { saveBoardState(s: unknown): Promise<void> }).saveBoardState.bind(
			plugin,
		);
		await saveBoardState({ ...defaultSettings().board, groupBy: "priority" });
		jest.advanceTimersByTime(SETTINGS_SAVE_DELAY_MS);
		await quiet(app, index);
		expect(fake.data).toMatchObject({ author: "Written on the phone", board: { groupBy: "priority" } });
		expect(plugin.settings.author).toBe("Written on the phone");
	});
});
