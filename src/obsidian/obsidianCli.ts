// Obsidian's own command line (1.12.2+): `obsidian spec-board` prints the vault's board as the same JSON as the
// standalone `spec-board --json`, with the same filters as flags (`obsidian spec-board status=draft open-questions`).
// `obsidian spec-board:check` prints what the standalone `spec-board check --no-history` prints (the app has no git
// history: the stale rule finds nothing). Registered only where the app has the API; the standalone command line stays
// the way to run in CI without the app (a handler returns text only: it cannot set the exit status).
import {
	parseYaml,
	requireApiVersion,
	type CliData,
	type CliFlags,
	type CliHandler,
	type App,
	type Plugin,
} from "obsidian";
import { renderJson } from "../core/board/boardJson";
import { renderCheck, type CheckFormat } from "../core/board/checkReport";
import { checkSpec, defaultRuleLevels } from "../core/board/checkRules";
import {
	addRuleNames,
	checkLevels,
	DEFAULT_STALE_DAYS,
	isMalformedNoteToCheck,
	NO_NOTE_LINES,
	runCheck,
	type LevelFlags,
	type NoteToCheck,
	applyCheckSection,
} from "../core/board/checkRun";
import {
	applyFilterFlag,
	emptyBoardQuery,
	isValueFilterFlag,
	listSpecs,
	type BoardQuery,
	type FlagWords,
} from "../core/board/boardQuery";
import type { SpecNote } from "../core/model/specNote";
import { findNoteLines, problemsWithLines } from "../core/reading/noteLines";
import { readOptionsFromSettings, type ReadOptions } from "../core/reading/readOptions";
import { readSpecNote } from "../core/reading/readSpecNote";
import { inSpecFolders, inTemplatesFolder } from "../core/reading/specTrace";
import { settingsForDisk, vocabularyFromSettings, type SpecBoardSettings } from "../core/settings/settings";
import { frontmatterIsBroken } from "./specCandidate";

/** The command id: the plugin's id, as Obsidian asks for a plugin's default command. */
export const CLI_COMMAND = "spec-board";

/** The filters as flags, named as the standalone command line's options without their dashes. */
export const CLI_FLAGS: CliFlags = {
	tag: {
		value: "<tag>",
		description: 'Only specs with this tag (nested: "area" matches "area/checkout"); several: a,b',
	},
	"any-tag": { value: "<tag>", description: "Only specs with at least one of these tags (a,b)" },
	"not-tag": { value: "<tag>", description: "Leave out specs with this tag (a,b)" },
	status: {
		value: "<status>",
		description: "Only this status: draft, in-review, approved, in-progress, done…; several: a,b",
	},
	priority: {
		value: "<priority>",
		description: "Only this priority: critical, high, medium, low, none, or p0..p4; several: a,b",
	},
	domain: { value: "<domain>", description: "Only specs linked to this domain (a,b)" },
	"open-questions": { description: "Only specs with open questions" },
	"not-ready": { description: "Only Approved, In progress or Done specs that still have open questions" },
};

/** The check's command id: a sub-command, `<plugin-id>:<action>` as the app's typings ask. */
export const CLI_CHECK_COMMAND = "spec-board:check";

/** The check's flags: the board's filters, the output format and the rule levels, named as the standalone's options. */
export const CLI_CHECK_FLAGS: CliFlags = {
	...CLI_FLAGS,
	format: { value: "<format>", description: "text (the default), json, github or markdown" },
	"fail-on": { value: "<rule>", description: "Make these rules errors (a,b; all: every rule)" },
	"warn-on": { value: "<rule>", description: "Make these rules warnings (a,b; all: every rule)" },
	off: { value: "<rule>", description: "Do not run these rules (a,b; all: every rule)" },
};

const CHECK_FORMATS: readonly CheckFormat[] = ["text", "json", "github", "markdown"];

/** The check's own flags (format and levels), or the first one's error; the filters are read by queryFromCliData. */
export function checkFlagsFromCliData(
	params: CliData,
): { format: CheckFormat; levels: LevelFlags } | { error: string } {
	let format: CheckFormat = "text";
	const levels = { failOn: [] as string[], warnOn: [] as string[], off: [] as string[] };
	const lists: Record<string, string[]> = { "fail-on": levels.failOn, "warn-on": levels.warnOn, off: levels.off };
	for (const [name, value] of Object.entries(params)) {
		if (name !== "format" && !(name in lists)) continue;
		if (value === "true" || value.trim() === "") return { error: `${name} needs a value (${name}=…)` };
		if (name === "format") {
			const asked = value.trim().toLowerCase();
			const known = CHECK_FORMATS.find((f) => f === asked);
			if (known === undefined)
				return { error: `format: unknown format "${value}" (use ${CHECK_FORMATS.join(", ")})` };
			format = known;
			continue;
		}
		const error = addRuleNames(name, value, lists[name]);
		if (error !== null) return { error };
	}
	return { format, levels };
}

/** What the command reads: the plugin's live index (src/obsidian/specIndex.ts satisfies it). */
export interface CliSpecSource {
	/** Whether the first build has started. */
	readonly isBuilt: boolean;
	/** Whether the vault is still being read (the cache indexing, notes being read); absent: when not built. */
	readonly isReadingVault?: boolean;
	/** Every spec note. */
	specs(): readonly SpecNote[];
	/** The spec note at a path, when it is one. */
	get(path: string): SpecNote | undefined;
	/** Tells `listener` of every change; returns the function that stops it. */
	onChange(listener: (revision: number) => void): () => void;
	/** Resolves when the background reads started so far have finished. */
	whenSettled(): Promise<void>;
}

/** The query the flags ask for, or the first flag's error. Flags the command does not know are ignored. */
export function queryFromCliData(params: CliData, words?: FlagWords): { query: BoardQuery } | { error: string } {
	const query = emptyBoardQuery();
	for (const [name, value] of Object.entries(params)) {
		if (name === "open-questions" || name === "not-ready") {
			if (value !== "true") return { error: `${name} takes no value` };
			if (name === "open-questions") query.filter.hasOpenQuestions = true;
			else query.filter.notReady = true;
			continue;
		}
		if (!isValueFilterFlag(name)) continue;
		if (value === "true" || value.trim() === "") return { error: `${name} needs a value (${name}=…)` };
		// A flag can be given once: several values are comma-separated, each applied as a repeated option would be.
		for (const part of value.split(",").filter((p) => p.trim() !== "")) {
			const error = applyFilterFlag(name, part, query, words);
			if (error !== null) return { error };
		}
	}
	return { query };
}

/** Whether the index is still reading the vault (before it is built, while the cache indexes, while notes are read). */
function stillReading(index: CliSpecSource): boolean {
	return !index.isBuilt || index.isReadingVault === true;
}

/**
 * Waits until the index has read the vault (the cache indexed every note, every text read), so every spec is read as
 * the standalone reads it; a command run right as the app starts waits rather than print part of the vault.
 */
async function settledIndex(index: CliSpecSource): Promise<void> {
	if (stillReading(index))
		await new Promise<void>((resolve) => {
			const stop = index.onChange(() => {
				if (stillReading(index)) return;
				stop();
				resolve();
			});
		});
	await index.whenSettled();
}

/** What the command reads besides the index: the notes' text (for the lines problems point at) and the vocabularies. */
export interface CliNoteSource {
	/** A note's text, or null when it cannot be read. */
	readText(path: string): Promise<string | null>;
	/** The words statuses and priorities are written with in this vault. */
	words(): FlagWords;
	/** How notes are read (spec folders, templates folder, vocabularies): the plugin's settings. */
	readOptions(): ReadOptions;
	/**
	 * Notes the index does not list whose cache shows a frontmatter it could not parse, in the spec folders and outside
	 * the templates folder: they may have lost the status that made them specs (the check's malformed-frontmatter pass).
	 */
	brokenFrontmatterNotes(): string[];
	/** The settings as data.json holds them, for their `check` section (rule levels), which the command line reads too. */
	storedSettings(): Record<string, unknown>;
}

/** The listed notes with each problem's line, as the standalone finds them in the text (read only for notes with problems). */
async function withProblemLines(notes: readonly SpecNote[], source: CliNoteSource): Promise<SpecNote[]> {
	const lined: SpecNote[] = [];
	for (const note of notes) {
		if (note.problems.length === 0 || note.problems.every((p) => p.line !== undefined)) {
			lined.push(note);
			continue;
		}
		const text = await source.readText(note.path);
		lined.push(
			text === null ? note : { ...note, problems: problemsWithLines(note.problems, findNoteLines(text, note)) },
		);
	}
	return lined;
}

/** The command's output for these flags: the board's JSON, or `spec-board: ERROR` and a newline. */
export async function specBoardJson(index: CliSpecSource, source: CliNoteSource, params: CliData): Promise<string> {
	const parsed = queryFromCliData(params, source.words());
	if ("error" in parsed) return `spec-board: ${parsed.error}\n`;
	await settledIndex(index);
	const { listed, summary } = listSpecs(index.specs(), parsed.query);
	return renderJson(await withProblemLines(listed, source), summary);
}

/**
 * The check's output for these flags: what `spec-board check --no-history` prints for the vault (the findings'
 * paths are vault paths), or `spec-board: ERROR` and a newline. A spec's text is read only when a rule finds
 * something in it (for the line to point at), and a non-spec note only when its cache shows a broken frontmatter.
 */
export async function specBoardCheck(index: CliSpecSource, source: CliNoteSource, params: CliData): Promise<string> {
	const parsed = queryFromCliData(params, source.words());
	if ("error" in parsed) return `spec-board: ${parsed.error}\n`;
	const flags = checkFlagsFromCliData(params);
	if ("error" in flags) return `spec-board: ${flags.error}\n`;
	await settledIndex(index);
	// The rule levels of the settings' `check` section, as the standalone reads them from data.json, then the flags.
	const base = defaultRuleLevels();
	try {
		applyCheckSection(source.storedSettings(), "the plugin's settings (data.json)", base, {
			days: DEFAULT_STALE_DAYS,
		});
	} catch (error) {
		return `spec-board: ${error instanceof Error ? error.message : String(error)}\n`;
	}
	const levels = checkLevels(base, flags.levels);
	const { listed } = listSpecs(index.specs(), parsed.query);
	const specs: NoteToCheck[] = [];
	for (const note of listed) {
		// The rules' lines only say where a finding points: a spec nothing is found in is not read.
		const found = checkSpec(note, { lines: NO_NOTE_LINES, staleDays: DEFAULT_STALE_DAYS }, levels).length > 0;
		const text = found ? await source.readText(note.path) : null;
		specs.push({ note, lines: text === null ? NO_NOTE_LINES : findNoteLines(text, note) });
	}
	const options = source.readOptions();
	const malformed: NoteToCheck[] = [];
	if (levels["malformed-frontmatter"] !== "off")
		for (const path of source.brokenFrontmatterNotes()) {
			const text = await source.readText(path);
			if (text === null) continue;
			const note = readSpecNote(path, text, parseYaml, options);
			if (isMalformedNoteToCheck(note, options.specFolders, options.templatesFolder))
				malformed.push({ note, lines: findNoteLines(text, note) });
		}
	const findings = runCheck(specs, malformed, levels, DEFAULT_STALE_DAYS);
	return renderCheck({ dir: ".", specs: specs.length, findings, filePath: (path) => path }, flags.format);
}

/** Registers `obsidian spec-board` and `obsidian spec-board:check` where the app has its command line (1.12.2); returns whether the first was registered. */
export function registerSpecBoardCli(
	plugin: Pick<Plugin, "registerCliHandler">,
	services: Pick<App, "vault" | "metadataCache">,
	index: CliSpecSource,
	getSettings: () => SpecBoardSettings,
): boolean {
	const { vault, metadataCache } = services;
	const source: CliNoteSource = {
		readText: async (path) => {
			const file = vault.getFileByPath(path);
			if (file === null) return null;
			try {
				return await vault.cachedRead(file);
			} catch {
				return null;
			}
		},
		storedSettings: () => settingsForDisk(getSettings()),
		words: () => vocabularyFromSettings(getSettings()),
		readOptions: () => readOptionsFromSettings(getSettings()),
		brokenFrontmatterNotes: () => {
			const { specFolders, templatesFolder } = readOptionsFromSettings(getSettings());
			const paths: string[] = [];
			for (const file of vault.getMarkdownFiles()) {
				if (index.get(file.path) !== undefined || !inSpecFolders(file.path, specFolders)) continue;
				if (inTemplatesFolder(file.path, templatesFolder)) continue;
				const cache = metadataCache.getFileCache(file);
				if (cache !== null && frontmatterIsBroken(cache)) paths.push(file.path);
			}
			return paths;
		},
	};
	if (requireApiVersion("1.12.2") && typeof plugin.registerCliHandler === "function") {
		const commands: [string, string, CliFlags, CliHandler][] = [
			[
				CLI_COMMAND,
				"Print the spec board of this vault as JSON (the same as spec-board --json)",
				CLI_FLAGS,
				(params) => specBoardJson(index, source, params),
			],
			[
				CLI_CHECK_COMMAND,
				"Check the vault's specs as spec-board check --no-history does (text, json, github or markdown): the app has no git history, so the stale rule finds nothing; a handler cannot set the exit status, so read the errors count",
				CLI_CHECK_FLAGS,
				(params) => specBoardCheck(index, source, params),
			],
		];
		const registered = commands.map(([command, description, flags, handler]) => {
			try {
				plugin.registerCliHandler(command, description, flags, handler);
				return true;
			} catch {
				// The id is taken (command ids are global): the plugin works on without that command there.
				return false;
			}
		});
		return registered[0];
	}
	return false;
}
