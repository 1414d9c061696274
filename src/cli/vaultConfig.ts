// The same board as the plugin: the vault's Spec Board settings (.obsidian/plugins/spec-board/data.json in DIR or a
// folder above it), a --config file, then the flags, each over the one before; and the check levels from them.
import { prepareVocabulary } from "../core/model/leadingWords";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defaultRuleLevels, type RuleLevel } from "../core/board/checkRules";
import { DEFAULT_STALE_DAYS, applyCheckSection } from "../core/board/checkRun";
import { foldWord } from "../core/board/boardQuery";
import { PRIORITIES, STATUSES, type Priority, type Status } from "../core/model/specNote";
import { isRecord } from "../core/model/records";
import { readOptionsFromSettings, type ReadOptions } from "../core/reading/readOptions";
import { migrateSettings } from "../core/settings/settings";

/** Where Obsidian keeps the plugin's settings, under a vault's configuration folder. */
const PLUGIN_SETTINGS = path.join("plugins", "spec-board", "data.json");

/**
 * The configuration folder every new vault gets. Outside Obsidian there is no Vault#configDir to ask: a vault with
 * another one is found by the dot-folder that holds the plugin's settings (or an app.json).
 */
const DEFAULT_CONFIG_FOLDER = ".obsidian";

export { DEFAULT_STALE_DAYS };

/** What the flags say about reading and checking (each unset field leaves the files' word). */
export interface ConfigFlags {
	/** --spec-folder (repeatable), relative to DIR. */
	specFolders: string[];
	/** --spec-tag. */
	specTag: string | null;
	/** --templates-folder, relative to DIR. */
	templatesFolder: string | null;
	/** --status-word WORD=STATUS (repeatable). */
	statusWords: { word: string; status: Status }[];
	/** --priority-word WORD=PRIORITY (repeatable). */
	priorityWords: { word: string; priority: Priority }[];
	/** --config FILE. */
	configFile: string | null;
	/** --no-config: ignore the vault's settings. */
	noConfig: boolean;
}

/** No flags. */
export function emptyConfigFlags(): ConfigFlags {
	return {
		specFolders: [],
		specTag: null,
		templatesFolder: null,
		statusWords: [],
		priorityWords: [],
		configFile: null,
		noConfig: false,
	};
}

/** The settings a run uses, and what to tell the user about where they came from. */
export interface CliConfig {
	/** How notes are read (folders relative to DIR). */
	readOptions: ReadOptions;
	/** Levels of the check rules, by name. */
	levels: Record<string, RuleLevel>;
	/** The stale rule's number of days. */
	staleDays: number;
	/** One line saying which settings file was used, or null when none. */
	notice: string | null;
}

/** A folder's configuration-folder candidates: `.obsidian` first, then its other dot-folders by name. */
function configFolders(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir, { withFileTypes: true })
			.filter(
				(entry) =>
					entry.isDirectory() && entry.name.startsWith(".") && entry.name !== "." && entry.name !== "..",
			)
			.map((entry) => entry.name)
			.filter((name) => name !== ".git" && name !== ".trash")
			.sort();
	} catch {
		return [];
	}
	return names.includes(DEFAULT_CONFIG_FOLDER)
		? [DEFAULT_CONFIG_FOLDER, ...names.filter((name) => name !== DEFAULT_CONFIG_FOLDER)]
		: names;
}

/**
 * Finds the vault's settings file (CONFIG/plugins/spec-board/data.json) in root or a folder above it; stops at the
 * first vault (a folder with `.obsidian`, or a dot-folder holding an app.json).
 */
export function findVaultSettings(root: string): { vault: string; file: string } | null {
	let dir = path.resolve(root);
	for (;;) {
		const folders = configFolders(dir);
		for (const folder of folders) {
			const file = path.join(dir, folder, PLUGIN_SETTINGS);
			if (existsSync(file)) return { vault: dir, file };
		}
		if (
			folders.some((folder) => folder === DEFAULT_CONFIG_FOLDER || existsSync(path.join(dir, folder, "app.json")))
		)
			return null;
		const parent = path.dirname(dir);
		if (parent === dir) return null;
		dir = parent;
	}
}

/** A folder as the reader compares it: forward slashes, no leading `./` or slashes, no trailing slash. */
function cleanFolder(folder: string): string {
	return folder
		.trim()
		.replace(/\\/g, "/")
		.replace(/^\.\//, "")
		.replace(/^\/+|\/+$/g, "");
}

/**
 * A vault-relative folder as seen from DIR, `below` being DIR's path inside the vault: "" when DIR is inside it,
 * its rest when it is inside DIR, null when they do not meet.
 */
export function folderFromDir(folder: string, below: string): string | null {
	const f = cleanFolder(folder);
	if (below === "") return f;
	const lf = f.toLowerCase();
	const lb = below.toLowerCase();
	if (lf === "" || lb === lf || lb.startsWith(`${lf}/`)) return "";
	if (lf.startsWith(`${lb}/`)) return f.slice(below.length + 1);
	return null;
}

/** A settings object (data.json's shape, any subset) read from a JSON file; throws with a sentence. */
function readJsonFile(file: string): Record<string, unknown> {
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch (error) {
		throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (!isRecord(data)) throw new Error(`${file} is not a JSON object`);
	return data;
}

function describeFolders(folders: readonly string[]): string {
	return folders.length === 0 ? "everywhere" : folders.join(", ");
}

/**
 * The settings for a run over root: the vault's data.json (unless --no-config), a --config file (folders relative to
 * DIR), then the flags. Throws with a one-line sentence when a file given cannot be used.
 */
export function loadCliConfig(root: string, cwd: string, flags: ConfigFlags, everyNoteIsSpec: boolean): CliConfig {
	const levels = defaultRuleLevels();
	const stale = { days: DEFAULT_STALE_DAYS };
	let settings = migrateSettings({});
	let notice: string | null = null;
	let specFolders: string[] = [];
	let templatesFolder = "";

	const found = flags.noConfig ? null : findVaultSettings(root);
	if (found !== null) {
		let data: Record<string, unknown> | null = null;
		try {
			data = readJsonFile(found.file);
		} catch (error) {
			notice = `ignored the vault's settings: ${error instanceof Error ? error.message : String(error)}`;
		}
		if (data !== null) {
			settings = migrateSettings(data);
			applyCheckSection(data, found.file, levels, stale);
			const below = path.relative(found.vault, path.resolve(root)).split(path.sep).join("/");
			const seen = settings.specFolders.map((folder) => folderFromDir(folder, below));
			specFolders = seen.filter((folder): folder is string => folder !== null);
			// Spec folders that all lie outside DIR: nothing under DIR is a spec (a folder no path can be in).
			if (settings.specFolders.length > 0 && specFolders.length === 0) specFolders = ["\u0000"];
			templatesFolder = folderFromDir(settings.templatesFolder, below) ?? "";
			const extraWords = STATUSES.reduce((n, s) => n + settings.statusWords[s].length, 0);
			notice =
				`using the vault settings in ${path.relative(cwd, found.file) || found.file} ` +
				`(spec folders: ${describeFolders(settings.specFolders)}; spec tag: #${settings.specTag}; ` +
				`templates folder: ${settings.templatesFolder === "" ? "none" : settings.templatesFolder}` +
				`${extraWords > 0 ? `; ${extraWords} extra status word${extraWords === 1 ? "" : "s"}` : ""})`;
		}
	}

	if (flags.configFile !== null) {
		const file = path.resolve(cwd, flags.configFile);
		const data = readJsonFile(file);
		const merged = migrateSettings({ ...settings, ...data, version: settings.version });
		settings = merged;
		if (Array.isArray(data.specFolders)) specFolders = merged.specFolders.map(cleanFolder);
		if (typeof data.templatesFolder === "string") templatesFolder = cleanFolder(merged.templatesFolder);
		applyCheckSection(data, flags.configFile, levels, stale);
	}

	if (flags.specFolders.length > 0) specFolders = flags.specFolders.map(cleanFolder);
	if (flags.templatesFolder !== null) templatesFolder = cleanFolder(flags.templatesFolder);
	if (flags.specTag !== null) settings = { ...settings, specTag: flags.specTag.trim().replace(/^#/, "") };
	const vocabulary = readOptionsFromSettings(settings);
	const readOptions: ReadOptions = {
		...vocabulary,
		statusVocabulary: prepareVocabulary(
			withWords(
				vocabulary.statusVocabulary.words,
				STATUSES,
				flags.statusWords.map((w) => [w.word, w.status]),
			),
			STATUSES,
		),
		priorityVocabulary: prepareVocabulary(
			withWords(
				vocabulary.priorityVocabulary.words,
				PRIORITIES,
				flags.priorityWords.map((w) => [w.word, w.priority]),
			),
			PRIORITIES,
		),
		specFolders,
		templatesFolder,
		everyNoteIsSpec,
	};
	return { readOptions, levels, staleDays: stale.days, notice };
}

/** The vocabulary with each flag's word moved to its name (taken from any other name first, so the flag wins). */
function withWords<K extends string>(
	words: Readonly<Record<K, readonly string[]>>,
	names: readonly K[],
	moves: readonly (readonly [string, K])[],
): Record<K, string[]> {
	const out = {} as Record<K, string[]>;
	for (const name of names) out[name] = words[name].slice();
	for (const [word, target] of moves) {
		const lower = word.toLowerCase();
		for (const name of names) out[name] = out[name].filter((w) => w.toLowerCase() !== lower);
		out[target].push(word);
	}
	return out;
}

/** Parses `WORD=NAME` for --status-word / --priority-word against the canonical names; an error sentence or the pair. */
export function parseWordFlag<K extends string>(
	flag: string,
	value: string,
	names: readonly K[],
): { word: string; name: K } | string {
	const eq = value.lastIndexOf("=");
	const word = eq > 0 ? value.slice(0, eq).trim() : "";
	const target = eq > 0 ? value.slice(eq + 1).trim() : "";
	if (word === "" || target === "") return `${flag} takes WORD=${flag === "--status-word" ? "STATUS" : "PRIORITY"}`;
	const name = names.find((n) => foldWord(n) === foldWord(target));
	if (name === undefined || name === "Unrecognized" || name === "No status" || name === "None")
		return `${flag}: unknown ${flag === "--status-word" ? "status" : "priority"} "${target}"`;
	return { word, name };
}
