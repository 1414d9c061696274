// The command line's arguments: a small hand-written parser into options, help, version or an error.
import { applyFilterFlag, isValueFilterFlag } from "../core/board/boardQuery";
import { emptyFilter, type SpecFilter } from "../core/board/filter";

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
		// Options that take a value: the filter flags (core/board/boardQuery.ts), written with two dashes.
		const flag = name.startsWith("--") ? name.slice(2) : "";
		if (!isValueFilterFlag(flag)) return { kind: "error", message: `unknown option ${name}` };
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
		const error = applyFilterFlag(flag, value, { filter, anyTags });
		if (error !== null) return { kind: "error", message: error };
	}

	if (help) return { kind: "help" };
	if (version) return { kind: "version" };
	if (dirs.length > 1)
		return { kind: "error", message: `one folder at a time (got ${dirs.length}: ${dirs.join(", ")})` };
	return { kind: "run", options: { dir: dirs[0] ?? ".", filter, anyTags, everyNoteIsSpec, json, noColor } };
}
