// The plugin's settings and saved board state: their shape, their defaults, and the pure migration from any stored data.
import { PRIORITIES, SETTABLE_STATUSES, STATUSES, type Priority, type Status } from "../model/specNote";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_QUESTION_HEADINGS, DEFAULT_STATUS_WORDS } from "../model/vocabulary";
import { emptyFilter, type SpecFilter } from "../board/filter";
import { formatDateSafely } from "../templates/dateFormat";
import { isRecord } from "../model/records";
import { AGEING_STATUSES, defaultStaleAfterDays, type StaleAfterDays } from "../board/ageing";
import { cleanTag } from "../model/tags";

/** The settings version this code writes. */
export const SETTINGS_VERSION = 3;

/** How the board groups its rows. */
export type GroupBy = "status" | "priority" | "domain" | "tag";

/** What the board remembers between sessions. */
export interface BoardState {
	/** The active filter. */
	filter: SpecFilter;
	/** How rows are grouped. */
	groupBy: GroupBy;
	/** Keys of collapsed groups, as `${groupBy}:${group}`. */
	collapsedGroups: string[];
	/** Whether the summary (counts by status and priority) is folded to one line. */
	summaryFolded: boolean;
}

/** Everything the plugin stores in data.json. */
export interface SpecBoardSettings {
	/** Version of this shape, for migration. */
	version: number;
	/** Vault folder where "Create feature spec" puts new notes. */
	specsFolder: string;
	/** Vault folder whose notes are offered as custom templates ("" for none). */
	templatesFolder: string;
	/** date-fns format for filled dates. */
	dateFormat: string;
	/** Name filled in as owner or author. */
	author: string;
	/** Status chosen first in the create form. */
	defaultStatus: Status;
	/** Priority chosen first in the create form. */
	defaultPriority: Priority;
	/** A note with this tag (or a nested one) counts as a spec. */
	specTag: string;
	/** Only notes under these folders count as specs (empty: everywhere). */
	specFolders: string[];
	/** With no spec folders set, a note under a folder of one of these names (any case) is looked at as a possible spec. */
	specFolderNames: string[];
	/** Extra words per canonical status, on top of the built-in ones. */
	statusWords: Record<Status, string[]>;
	/** Extra words per canonical priority, on top of the built-in ones. */
	priorityWords: Record<Priority, string[]>;
	/** Days after which a spec in each status is stale (null: never). */
	staleAfterDays: StaleAfterDays;
	/** Heading words that open a section of questions ("Open questions", "Unresolved questions"…). */
	questionHeadings: string[];
	/** The board's saved filter, grouping and collapsed groups. */
	board: BoardState;
	/**
	 * Keys of data.json this version does not read (a newer version's, synced from another device, or the `check`
	 * section the command line reads): kept as they are and written back unchanged (see settingsForDisk).
	 */
	otherKeys: Readonly<Record<string, unknown>>;
}

/** Folder names that say they hold specs, the default of the "spec folder names" setting (matched in any case). */
export const DEFAULT_SPEC_FOLDER_NAMES: readonly string[] = [
	"specs",
	"spec",
	"specifications",
	"rfcs",
	"rfc",
	"adr",
	"adrs",
	"decisions",
	"proposals",
	"design",
	"designs",
	"design-docs",
	"keps",
];

function emptyWords<K extends string>(keys: readonly K[]): Record<K, string[]> {
	const words = {} as Record<K, string[]>;
	for (const key of keys) words[key] = [];
	return words;
}

/** Fresh defaults; a new object every call, so nothing can mutate a shared default. */
export function defaultSettings(): SpecBoardSettings {
	return {
		version: SETTINGS_VERSION,
		specsFolder: "Specs",
		templatesFolder: "",
		dateFormat: "yyyy-MM-dd",
		author: "",
		defaultStatus: "Draft",
		defaultPriority: "Medium",
		specTag: "spec",
		specFolders: [],
		specFolderNames: [...DEFAULT_SPEC_FOLDER_NAMES],
		statusWords: emptyWords(STATUSES),
		priorityWords: emptyWords(PRIORITIES),
		questionHeadings: [...DEFAULT_QUESTION_HEADINGS],

		staleAfterDays: defaultStaleAfterDays(),
		board: { filter: emptyFilter(), groupBy: "status", collapsedGroups: [], summaryFolded: false },
		otherKeys: {},
	};
}

/** The keys data.json may hold that a version of Spec Board reads or once read (version 1's `folder`, `templateFolder`). */
function isSettingsKey(key: string): boolean {
	return key in defaultSettings() || key === "folder" || key === "templateFolder";
}

/** The keys of stored settings this version does not read, as they are. */
function otherKeysOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
	const other: Record<string, unknown> = {};
	for (const key of Object.keys(data)) if (!isSettingsKey(key)) other[key] = data[key];
	return other;
}

/** What data.json holds for these settings: every key read, and the keys this version does not read, unchanged. */
export function settingsForDisk(settings: SpecBoardSettings): Record<string, unknown> {
	const { otherKeys, ...read } = settings;
	return JSON.parse(JSON.stringify({ ...otherKeys, ...read })) as Record<string, unknown>;
}

function stringOr(value: unknown, fallback: string): string {
	return typeof value === "string" ? value : fallback;
}

function stringList(value: unknown, fallback: string[]): string[] {
	return Array.isArray(value) && value.every((v) => typeof v === "string") ? [...value] : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
	return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function wordsRecord<K extends string>(value: unknown, keys: readonly K[]): Record<K, string[]> {
	const words = emptyWords(keys);
	if (!isRecord(value)) return words;
	for (const key of keys) words[key] = stringList(value[key], []);
	return words;
}

function migrateFilter(value: unknown, fallback: SpecFilter): SpecFilter {
	if (!isRecord(value)) return fallback;
	const tags = Array.isArray(value.tags)
		? value.tags
				.filter(
					(t): t is SpecFilter["tags"][number] =>
						isRecord(t) && typeof t.tag === "string" && (t.mode === "include" || t.mode === "exclude"),
				)
				.map((t) => ({ tag: t.tag, mode: t.mode }))
		: fallback.tags;
	return {
		tags,
		tagMode: value.tagMode === "any" ? "any" : "all",
		statuses: stringList(value.statuses, fallback.statuses).filter((s): s is Status =>
			(STATUSES as readonly string[]).includes(s),
		),
		priorities: stringList(value.priorities, fallback.priorities).filter((p): p is Priority =>
			(PRIORITIES as readonly string[]).includes(p),
		),
		domains: stringList(value.domains, fallback.domains),
		text: stringOr(value.text, fallback.text),
		hasOpenQuestions: value.hasOpenQuestions === true,
		notReady: value.notReady === true,
		waitingOnMe: value.waitingOnMe === true,
		mine: value.mine === true,
		stale: value.stale === true,
		questionsForMe: value.questionsForMe === true,
		missingSignOff: value.missingSignOff === true,
	};
}

/** The largest "stale after" a setting keeps (about 27 years); larger numbers are taken as this. */
export const MAX_STALE_AFTER_DAYS = 9999;

/**
 * "Stale after N days" per status from stored data: a whole number of days from 1 (0 and negatives fall back to the
 * default, larger than MAX_STALE_AFTER_DAYS are capped), null for never; statuses without an age keep null.
 * Versions before 3 had no such setting: they get the defaults.
 */
function migrateStaleAfterDays(value: unknown): StaleAfterDays {
	const days = defaultStaleAfterDays();
	if (!isRecord(value)) return days;
	for (const status of AGEING_STATUSES) {
		const stored = value[status];
		if (stored === null) days[status] = null;
		else if (typeof stored === "number" && Number.isFinite(stored) && stored >= 1)
			days[status] = Math.min(Math.floor(stored), MAX_STALE_AFTER_DAYS);
	}
	return days;
}

/**
 * Turns whatever data.json held (nothing, an old version, or something corrupt) into valid current settings.
 * Keys that are valid are kept; bad keys fall back to their defaults. Pure: the input is never changed.
 */
export function migrateSettings(stored: unknown): SpecBoardSettings {
	const defaults = defaultSettings();
	if (!isRecord(stored)) return defaults;
	const data: Record<string, unknown> = { ...stored };
	const version = typeof data.version === "number" ? data.version : 1;
	if (version < 2) {
		// Version 1 called the specs folder "folder" and the templates folder "templateFolder".
		if (data.specsFolder === undefined && typeof data.folder === "string") data.specsFolder = data.folder;
		if (data.templatesFolder === undefined && typeof data.templateFolder === "string")
			data.templatesFolder = data.templateFolder;
	}
	const board = isRecord(data.board) ? data.board : {};
	return {
		version: SETTINGS_VERSION,
		specsFolder: stringOr(data.specsFolder, defaults.specsFolder),
		templatesFolder: stringOr(data.templatesFolder, defaults.templatesFolder),
		dateFormat:
			typeof data.dateFormat === "string" && formatDateSafely(new Date(0), data.dateFormat) !== null
				? data.dateFormat
				: defaults.dateFormat,
		author: stringOr(data.author, defaults.author),
		// The form offers real choices only: no "Unrecognized" / "No status" as a default.
		defaultStatus: oneOf(data.defaultStatus, SETTABLE_STATUSES, defaults.defaultStatus),
		defaultPriority: oneOf(
			data.defaultPriority,
			PRIORITIES.filter((p) => p !== "Unrecognized"),
			defaults.defaultPriority,
		),
		specTag:
			typeof data.specTag === "string" && data.specTag.trim() !== "" ? cleanTag(data.specTag) : defaults.specTag,
		specFolders: stringList(data.specFolders, defaults.specFolders),
		specFolderNames: stringList(data.specFolderNames, defaults.specFolderNames),
		statusWords: wordsRecord(data.statusWords, STATUSES),
		priorityWords: wordsRecord(data.priorityWords, PRIORITIES),
		staleAfterDays: migrateStaleAfterDays(data.staleAfterDays),
		questionHeadings: stringList(data.questionHeadings, defaults.questionHeadings),
		board: {
			filter: migrateFilter(board.filter, defaults.board.filter),
			groupBy: oneOf(board.groupBy, ["status", "priority", "domain", "tag"] as const, defaults.board.groupBy),
			collapsedGroups: stringList(board.collapsedGroups, defaults.board.collapsedGroups),
			summaryFolded: board.summaryFolded === true,
		},
		otherKeys: isRecord(data.otherKeys) ? { ...data.otherKeys, ...otherKeysOf(data) } : otherKeysOf(data),
	};
}

/** The status and priority vocabularies: built-in words plus the user's extra words from settings. */
export function vocabularyFromSettings(settings: Pick<SpecBoardSettings, "statusWords" | "priorityWords">): {
	statusWords: Record<Status, string[]>;
	priorityWords: Record<Priority, string[]>;
} {
	const statusWords = emptyWords(STATUSES);
	for (const s of STATUSES) statusWords[s] = [...DEFAULT_STATUS_WORDS[s], ...settings.statusWords[s]];
	const priorityWords = emptyWords(PRIORITIES);
	for (const p of PRIORITIES) priorityWords[p] = [...DEFAULT_PRIORITY_WORDS[p], ...settings.priorityWords[p]];
	return { statusWords, priorityWords };
}

/**
 * The settings that decide which notes are specs or how a note reads (the spec tag and folders, the templates folder,
 * the extra words); a change to any other (author, date format, defaults, the board's state) re-reads no note.
 */
export const READING_SETTINGS = ["specTag", "specFolders", "templatesFolder", "statusWords", "priorityWords"] as const;

/** Whether two settings differ in a setting that decides which notes are specs or how they read. */
export function readingSettingsDiffer(before: SpecBoardSettings, after: SpecBoardSettings): boolean {
	return READING_SETTINGS.some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
