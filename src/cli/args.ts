// The command line's arguments: a small hand-written parser into options, help, version or an error.
import { emptyFilter, type SpecFilter } from "../core/board/filter";
import { PRIORITIES, STATUSES, type Priority, type Status } from "../core/model/specNote";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_STATUS_WORDS } from "../core/model/vocabulary";
import { cleanTag } from "../core/model/tags";

/** What a run of the board should do. */
export interface BoardOptions {
	/** The folder to read, as given (default "."). */
	dir: string;
	/** The filter: --tag (all of), --not-tag, --status, --priority, --domain, --open-questions, --not-ready. */
	filter: SpecFilter;
	/** Tags from --any-tag: a note must have at least one of them (on top of the filter). */
	anyTags: string[];
	/** --all: every note counts as a spec. */
	everyNoteIsSpec: boolean;
	/** --json: print JSON instead of the text board. */
	json: boolean;
	/** --no-color: never print ANSI colours. */
	noColor: boolean;
}

/** The outcome of parsing: run the board, print help or the version, or stop with an error. */
export type ParsedArgs =
	| { kind: "run"; options: BoardOptions }
	| { kind: "help" }
	| { kind: "version" }
	| { kind: "error"; message: string };

/** The usage text printed by --help and after an argument error. */
export const USAGE = `Usage: spec-board [DIR] [options]

Prints the status board of the Markdown specs under DIR (default: the current folder).

Filters (repeatable; combined with AND):
  --tag TAG           only specs with this tag (nested: "area" matches "area/checkout")
  --any-tag TAG       only specs with at least one of the --any-tag tags
  --not-tag TAG       leave out specs with this tag
  --status STATUS     only this status: draft, in-review, approved, in-progress, done,
                      deprecated, unrecognized, no-status, or a word like "wip" or "shipped"
  --priority PRIO     only this priority: critical, high, medium, low, unrecognized, none, or p0..p4
  --domain DOMAIN     only specs linked to this domain (e.g. Payments)
  --open-questions    only specs with open questions
  --not-ready         only Approved, In progress or Done specs that still have open questions

Output:
  --all               count every note as a spec, not only notes that look like specs
  --json              print JSON instead of the board
  --no-color          no colours (also when NO_COLOR is set or the output is not a terminal)
  -h, --help          show this help
  --version           show the version

Exit status: 0 on success, 2 for bad arguments or a folder that cannot be read.`;

/** Options that take a value. */
const VALUE_OPTIONS = new Set(["--tag", "--any-tag", "--not-tag", "--status", "--priority", "--domain"]);

/** Options that are on when present. */
const FLAG_OPTIONS = new Set([
	"--open-questions",
	"--not-ready",
	"--all",
	"--json",
	"--no-color",
	"--help",
	"-h",
	"--version",
]);

/** Lower-cases and folds separators, so "In-Progress", "in_progress" and "in progress" are one word. */
function foldWord(word: string): string {
	return word
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, " ");
}

/** Maps a user's word to a canonical name: the canonical names themselves or any word of their vocabulary. */
function canonicalFromWord<K extends string>(
	value: string,
	names: readonly K[],
	words: Readonly<Record<K, readonly string[]>>,
): K | null {
	const folded = foldWord(value);
	for (const name of names) {
		if (foldWord(name) === folded) return name;
	}
	for (const name of names) {
		if (words[name].some((w) => foldWord(w) === folded)) return name;
	}
	return null;
}

/** Splits "a,b" into its non-empty parts, so --status draft,review works like two options. */
function listValues(value: string): string[] {
	return value
		.split(",")
		.map((v) => v.trim())
		.filter((v) => v !== "");
}

function pushUnique<T>(list: T[], value: T): void {
	if (!list.includes(value)) list.push(value);
}

/** Parses the arguments after the program name; never throws. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	const filter = emptyFilter();
	const anyTags: string[] = [];
	const dirs: string[] = [];
	let everyNoteIsSpec = false;
	let json = false;
	let noColor = false;
	let help = false;
	let version = false;
	let onlyPositionals = false;

	for (let i = 0; i < argv.length; i++) {
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
			else if (name === "--open-questions") filter.hasOpenQuestions = true;
			else if (name === "--not-ready") filter.notReady = true;
			else if (name === "--all") everyNoteIsSpec = true;
			else if (name === "--json") json = true;
			else noColor = true;
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
		const error = applyValue(name, value, filter, anyTags);
		if (error !== null) return { kind: "error", message: error };
	}

	if (help) return { kind: "help" };
	if (version) return { kind: "version" };
	if (dirs.length > 1)
		return { kind: "error", message: `one folder at a time (got ${dirs.length}: ${dirs.join(", ")})` };
	return { kind: "run", options: { dir: dirs[0] ?? ".", filter, anyTags, everyNoteIsSpec, json, noColor } };
}

/** Applies one valued option to the filter; returns an error message or null. */
function applyValue(name: string, value: string, filter: SpecFilter, anyTags: string[]): string | null {
	switch (name) {
		case "--tag":
			filter.tags.push({ tag: cleanTag(value), mode: "include" });
			return null;
		case "--not-tag":
			filter.tags.push({ tag: cleanTag(value), mode: "exclude" });
			return null;
		case "--any-tag":
			pushUnique(anyTags, cleanTag(value));
			return null;
		case "--domain":
			pushUnique(filter.domains, value.trim());
			return null;
		case "--status":
			for (const part of listValues(value)) {
				const status = canonicalFromWord<Status>(part, STATUSES, DEFAULT_STATUS_WORDS);
				if (status === null)
					return `unknown status "${part}" (use one of: ${STATUSES.map((s) => foldWord(s).replace(/ /g, "-")).join(", ")})`;
				pushUnique(filter.statuses, status);
			}
			return null;
		case "--priority":
			for (const part of listValues(value)) {
				const priority = canonicalFromWord<Priority>(part, PRIORITIES, DEFAULT_PRIORITY_WORDS);
				if (priority === null)
					return `unknown priority "${part}" (use one of: ${PRIORITIES.map((p) => foldWord(p)).join(", ")})`;
				pushUnique(filter.priorities, priority);
			}
			return null;
		default:
			return `unknown option ${name}`;
	}
}
