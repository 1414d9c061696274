// The command line's arguments: a small hand-written parser into options, help, version or an error.
import { emptyFilter, type SpecFilter } from "../core/board/filter";
import { PRIORITIES, STATUSES, type Priority, type Status } from "../core/model/specNote";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_STATUS_WORDS } from "../core/model/vocabulary";
import { wordMeaning } from "../core/model/leadingWords";
import { cleanTag } from "../core/model/tags";
import { applyFilterFlag, foldWord, listValues, pushUnique, type ValueFilterFlag } from "../core/board/boardQuery";
import { CHECK_RULES } from "../core/board/checkRules";
import { addRuleNames } from "../core/board/checkRun";
import type { CheckFormat } from "../core/board/checkReport";
import { emptyConfigFlags, parseWordFlag, type ConfigFlags } from "./vaultConfig";

/** The command: the board (default), `check` (a gate for CI) or `changes` (status changes from git). */
export type Command = "board" | "check" | "changes";

/** Output formats of `check` (text, json, github, markdown) and `changes` (text, json, markdown). */
export type OutputFormat = CheckFormat;

/** What a run should do. */
export interface BoardOptions {
	/** The command. */
	command: Command;
	/** The folder to read, as given (default "."). */
	dir: string;
	/** The filter: --tag (all of), --not-tag, --status, --priority, --domain, --open-questions, --not-ready. */
	filter: SpecFilter;
	/** Tags from --any-tag: a note must have at least one of them (on top of the filter). */
	anyTags: string[];
	/** --all: every note counts as a spec. */
	everyNoteIsSpec: boolean;
	/** --json: print JSON instead of the text board (for check and changes: --format json). */
	json: boolean;
	/** --no-color: never print ANSI colours. */
	noColor: boolean;
	/** --summary: the counts only. */
	summary: boolean;
	/** --no-history: do not read git history. */
	noHistory: boolean;
	/** --stale DAYS: only specs whose status has not changed for DAYS days or more (git history). */
	staleDays: number | null;
	/** --format, for check and changes (null: text, or json with --json). */
	format: OutputFormat | null;
	/** --fail-on RULE (check): these rules are errors. */
	failOn: string[];
	/** --warn-on RULE (check): these rules are warnings. */
	warnOn: string[];
	/** --off RULE (check): these rules are not run. */
	off: string[];
	/** --changed-only REF (check): only the specs changed since this git ref. */
	changedOnly: string | null;
	/** --since 7d|DATE|REF (changes; default 7d). */
	since: string | null;
	/** --status words the built-in vocabulary does not know (resolved against the vault's words, else an error). */
	unresolvedStatuses: string[];
	/** --priority words the built-in vocabulary does not know. */
	unresolvedPriorities: string[];
	/** Settings flags: --spec-folder, --spec-tag, --templates-folder, --status-word, --priority-word, --config, --no-config. */
	config: ConfigFlags;
}

/** The outcome of parsing: run, print help or the version, or stop with an error. */
export type ParsedArgs =
	| { kind: "run"; options: BoardOptions }
	| { kind: "help" }
	| { kind: "version" }
	| { kind: "error"; message: string };

/** The one line printed after an argument error (the whole help is --help). */
export const USAGE_LINE = "Usage: spec-board [check|changes] [DIR] [options]   (spec-board --help lists the options)";

/** The usage text printed by --help. */
export const USAGE = `Usage: spec-board [DIR] [options]           the status board of the Markdown specs under DIR
       spec-board check [DIR] [options]     a gate for pull requests: exit 1 when an error-level rule fires
       spec-board changes [DIR] [options]   status changes from git history: the weekly digest

DIR defaults to the current folder. When DIR (or a folder above it) is an Obsidian vault with Spec Board's
settings (.obsidian/plugins/spec-board/data.json), its spec folders, spec tag, templates folder and extra
status and priority words are used; the flags below override them.

Filters (repeatable; combined with AND):
  --tag TAG           only specs with this tag (nested: "area" matches "area/checkout")
  --any-tag TAG       only specs with at least one of the --any-tag tags
  --not-tag TAG       leave out specs with this tag
  --status STATUS     only this status: draft, in-review, approved, in-progress, on-hold,
                      done, deprecated, unrecognized, no-status, or a word like "wip" or "shipped"
  --priority PRIO     only this priority: critical, high, medium, low, unrecognized, none, or p0..p4
  --domain DOMAIN     only specs linked to this domain (e.g. Payments)
  --open-questions    only specs with open questions
  --not-ready         only Approved, In progress or Done specs that still have open questions
  --stale DAYS        only specs whose status has not changed for DAYS days or more (git history;
                      Done and Deprecated left out)

Settings:
  --spec-folder DIR         only notes under this folder (relative to DIR) are specs (repeatable)
  --spec-tag TAG            a note with this tag is a spec (default: spec)
  --templates-folder DIR    notes in this folder (relative to DIR) are templates, never specs
  --status-word WORD=STATUS  one more word for a status (repeatable), e.g. --status-word parked=draft
  --priority-word WORD=PRIO  one more word for a priority (repeatable), e.g. --priority-word urgent=critical
  --config FILE             a JSON file of settings (data.json's keys; folders relative to DIR) and check rules
  --no-config               ignore the vault's Spec Board settings

Output:
  --all               count every note as a spec, not only notes that look like specs
  --json              print JSON instead of the board
  --summary           print the counts only
  --no-history        do not read git history (no statusSince, daysInStatus or stale rule)
  --no-color          no colours (also when NO_COLOR is set or the output is not a terminal)
  -h, --help          show this help
  --version           show the version

check:
  --format FORMAT     text (default), json, github (workflow annotations) or markdown (a summary table)
  --fail-on RULE      make these rules errors (comma-separated or repeated; "all" for every rule)
  --warn-on RULE      make these rules warnings
  --off RULE          do not run these rules
  --changed-only REF  check only the specs changed since this git ref (e.g. origin/main)
  Rules (default level): ${CHECK_RULES.map((rule) => `${rule.name} (${rule.defaultLevel})`).join(", ")}

changes:
  --since WHEN        7d (default), 2w, a date (2026-01-31) or a git ref
  --format FORMAT     text (default), json or markdown

Exit status: 0 on success; 1 when check finds an error-level rule (or the reader failed on a note);
2 for bad arguments or a folder that cannot be read.`;

/** Options that take a value. */
const VALUE_OPTIONS = new Set([
	"--tag",
	"--any-tag",
	"--not-tag",
	"--status",
	"--priority",
	"--domain",
	"--stale",
	"--format",
	"--fail-on",
	"--warn-on",
	"--off",
	"--changed-only",
	"--since",
	"--spec-folder",
	"--spec-tag",
	"--templates-folder",
	"--status-word",
	"--priority-word",
	"--config",
]);

/** Options that are on when present. */
const FLAG_OPTIONS = new Set([
	"--open-questions",
	"--not-ready",
	"--all",
	"--json",
	"--summary",
	"--no-history",
	"--no-color",
	"--no-config",
	"--help",
	"-h",
	"--version",
]);

/** Options that belong to one command only. */
const COMMAND_OF_OPTION: Readonly<Record<string, Command>> = {
	"--fail-on": "check",
	"--warn-on": "check",
	"--off": "check",
	"--changed-only": "check",
	"--since": "changes",
};

/** Formats each command accepts. */
const FORMATS: Readonly<Record<Command, readonly OutputFormat[]>> = {
	board: ["text", "json"],
	check: ["text", "json", "github", "markdown"],
	changes: ["text", "json", "markdown"],
};

/**
 * Adds what each word listed in a flag's value means in the built-in vocabulary to `known`; a word it does not know
 * may be one of the vault's, so it waits in `unresolved` until the settings are read (see resolveFilterWords).
 */
function addListedWords<K extends string>(
	value: string,
	words: Readonly<Record<K, readonly string[]>>,
	order: readonly K[],
	known: K[],
	unresolved: string[],
): void {
	for (const part of listValues(value)) {
		const meaning = wordMeaning<K>(part, words, order);
		if (meaning === null) pushUnique(unresolved, part);
		else pushUnique(known, meaning);
	}
}

/** Parses the arguments after the program name; never throws. A first word `check` or `changes` is the command. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	const options: BoardOptions = {
		command: "board",
		dir: ".",
		filter: emptyFilter(),
		anyTags: [],
		everyNoteIsSpec: false,
		json: false,
		noColor: false,
		summary: false,
		noHistory: false,
		staleDays: null,
		format: null,
		failOn: [],
		warnOn: [],
		off: [],
		changedOnly: null,
		since: null,
		unresolvedStatuses: [],
		unresolvedPriorities: [],
		config: emptyConfigFlags(),
	};
	const dirs: string[] = [];
	let help = false;
	let version = false;
	let onlyPositionals = false;
	let first = 0;
	if (argv[0] === "check" || argv[0] === "changes") {
		options.command = argv[0];
		first = 1;
	}

	for (let i = first; i < argv.length; i++) {
		const arg = argv[i];
		if (onlyPositionals || arg === "-" || !arg.startsWith("-")) {
			dirs.push(arg);
			continue;
		}
		if (arg === "--") {
			onlyPositionals = true;
			continue;
		}
		const eq = arg.indexOf("=");
		const name = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
		if (FLAG_OPTIONS.has(name)) {
			if (name !== arg) return { kind: "error", message: `${name} takes no value` };
			if (name === "--help" || name === "-h") help = true;
			else if (name === "--version") version = true;
			else if (name === "--open-questions") options.filter.hasOpenQuestions = true;
			else if (name === "--not-ready") options.filter.notReady = true;
			else if (name === "--all") options.everyNoteIsSpec = true;
			else if (name === "--json") options.json = true;
			else if (name === "--summary") options.summary = true;
			else if (name === "--no-history") options.noHistory = true;
			else if (name === "--no-config") options.config.noConfig = true;
			else options.noColor = true;
			continue;
		}
		if (!VALUE_OPTIONS.has(name)) return { kind: "error", message: `unknown option ${name}` };
		let value: string;
		if (name !== arg) {
			value = arg.slice(eq + 1);
		} else {
			// "--tag --json" is a forgotten value, not a tag called "--json" (write --tag=--json for that).
			if (i + 1 >= argv.length || argv[i + 1].startsWith("--"))
				return { kind: "error", message: `${name} needs a value` };
			value = argv[++i];
		}
		if (value.trim() === "") return { kind: "error", message: `${name} needs a value` };
		const only = COMMAND_OF_OPTION[name];
		if (only !== undefined && only !== options.command)
			return { kind: "error", message: `${name} is an option of spec-board ${only}` };
		const error = applyValue(name, value, options);
		if (error !== null) return { kind: "error", message: error };
	}

	if (help) return { kind: "help" };
	if (version) return { kind: "version" };
	if (dirs.length > 1)
		return { kind: "error", message: `one folder at a time (got ${dirs.length}: ${dirs.join(", ")})` };
	if (options.format !== null && !FORMATS[options.command].includes(options.format))
		return {
			kind: "error",
			message: `--format ${options.format} is not a format of ${options.command === "board" ? "the board" : `spec-board ${options.command}`} (use one of: ${FORMATS[options.command].join(", ")})`,
		};
	options.dir = dirs[0] ?? ".";
	return { kind: "run", options };
}

/**
 * Puts the --status/--priority words the built-in vocabulary did not know into the filter, read with the run's own
 * vocabulary (the vault's and the flags' words); returns the error sentence for the first word still unknown.
 */
export function resolveFilterWords(
	options: BoardOptions,
	statusWords: Readonly<Record<Status, readonly string[]>>,
	priorityWords: Readonly<Record<Priority, readonly string[]>>,
): string | null {
	for (const word of options.unresolvedStatuses) {
		const status = wordMeaning<Status>(word, statusWords, STATUSES);
		if (status === null)
			return `unknown status "${word}" (use one of: ${STATUSES.map((s) => foldWord(s).replace(/ /g, "-")).join(", ")}, or a word of your vocabulary)`;
		pushUnique(options.filter.statuses, status);
	}
	for (const word of options.unresolvedPriorities) {
		const priority = wordMeaning<Priority>(word, priorityWords, PRIORITIES);
		if (priority === null)
			return `unknown priority "${word}" (use one of: ${PRIORITIES.map((p) => foldWord(p)).join(", ")}, or p0..p4)`;
		pushUnique(options.filter.priorities, priority);
	}
	return null;
}

/** The output format a run uses: --format, else json with --json, else text. */
export function outputFormat(options: Pick<BoardOptions, "format" | "json">): OutputFormat {
	return options.format ?? (options.json ? "json" : "text");
}

/** Applies one valued option; returns an error message or null. */
function applyValue(name: string, value: string, options: BoardOptions): string | null {
	const { filter, config } = options;
	switch (name) {
		case "--tag":
		case "--not-tag":
		case "--any-tag":
		case "--domain":
			// The same reading of these flags as `obsidian spec-board`'s.
			return applyFilterFlag(name.slice(2) as ValueFilterFlag, value, options);
		case "--status":
			addListedWords(value, DEFAULT_STATUS_WORDS, STATUSES, filter.statuses, options.unresolvedStatuses);
			return null;
		case "--priority":
			addListedWords(value, DEFAULT_PRIORITY_WORDS, PRIORITIES, filter.priorities, options.unresolvedPriorities);
			return null;
		case "--stale": {
			if (!/^\s*\d+\s*$/.test(value)) return `--stale takes a whole number of days (got "${value}")`;
			options.staleDays = Number(value);
			return null;
		}
		case "--format": {
			const format = value.trim().toLowerCase();
			if (!["text", "json", "github", "markdown"].includes(format))
				return `unknown format "${value}" (use one of: text, json, github, markdown)`;
			options.format = format as OutputFormat;
			return null;
		}
		case "--fail-on":
			return addRuleNames(name, value, options.failOn);
		case "--warn-on":
			return addRuleNames(name, value, options.warnOn);
		case "--off":
			return addRuleNames(name, value, options.off);
		case "--changed-only":
			options.changedOnly = value.trim();
			return null;
		case "--since":
			options.since = value.trim();
			return null;
		case "--spec-folder":
			for (const part of listValues(value)) pushUnique(config.specFolders, part);
			return null;
		case "--spec-tag":
			config.specTag = cleanTag(value);
			return config.specTag === "" ? "--spec-tag needs a value" : null;
		case "--templates-folder":
			config.templatesFolder = value.trim();
			return null;
		case "--status-word": {
			const parsed = parseWordFlag(name, value, STATUSES);
			if (typeof parsed === "string") return parsed;
			config.statusWords.push({ word: parsed.word, status: parsed.name });
			return null;
		}
		case "--priority-word": {
			const parsed = parseWordFlag(name, value, PRIORITIES);
			if (typeof parsed === "string") return parsed;
			config.priorityWords.push({ word: parsed.word, priority: parsed.name });
			return null;
		}
		case "--config":
			config.configFile = value;
			return null;
		default:
			return `unknown option ${name}`;
	}
}
