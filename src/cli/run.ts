// The command line as a function: arguments and injected output in, exit code out (main.ts binds it to the process).
import path from "node:path";
import { specMatcher } from "../core/board/filterMatch";
import { emptyFilter } from "../core/board/filter";
import { defaultReadOptions } from "../core/reading/readOptions";
import { sortSpecs, summarize } from "../core/board/rollup";
import type { SpecNote } from "../core/model/specNote";
import { version } from "../../package.json";
import { parseArgs, USAGE, type BoardOptions } from "./args";
import { indexVault } from "./indexVault";
import { renderJson } from "./renderJson";
import { renderText } from "./renderText";
import { checkRoot } from "./walkVault";

/** Where a run writes, and what it knows of its environment; tests pass their own. */
export interface CliIo {
	/** Writes to standard output. */
	stdout: (text: string) => void;
	/** Writes to standard error. */
	stderr: (text: string) => void;
	/** Environment variables (NO_COLOR is read). */
	env: Readonly<Record<string, string | undefined>>;
	/** Whether standard output is a terminal (colours only then). */
	isTTY: boolean;
	/** The folder relative paths are read from. */
	cwd: string;
}

/** Exit status: the board was printed. */
export const EXIT_OK = 0;
/** Exit status: a note made the reader fail (a bug); the board was printed without it. */
export const EXIT_READER_FAILED = 1;
/** Exit status: bad arguments, or a folder that cannot be read. */
export const EXIT_USAGE = 2;

/** Whether to print ANSI colours: only to a terminal, and neither --no-color nor a non-empty NO_COLOR. */
export function useColor(options: Pick<BoardOptions, "noColor">, io: Pick<CliIo, "env" | "isTTY">): boolean {
	const noColorEnv = io.env.NO_COLOR;
	return io.isTTY && !options.noColor && (noColorEnv === undefined || noColorEnv === "");
}

/** Runs `spec-board` with the arguments after the program name; returns the exit status. Never throws. */
export function run(argv: readonly string[], io: CliIo): number {
	const parsed = parseArgs(argv);
	switch (parsed.kind) {
		case "help":
			io.stdout(`${USAGE}\n`);
			return EXIT_OK;
		case "version":
			io.stdout(`${version}\n`);
			return EXIT_OK;
		case "error":
			io.stderr(`spec-board: ${parsed.message}\n\n${USAGE}\n`);
			return EXIT_USAGE;
		case "run":
			return runBoard(parsed.options, io);
	}
}

function runBoard(options: BoardOptions, io: CliIo): number {
	const root = path.resolve(io.cwd, options.dir);
	const rootProblem = checkRoot(root);
	if (rootProblem !== null) {
		io.stderr(`spec-board: ${rootProblem.replace(root, options.dir)}\n`);
		return EXIT_USAGE;
	}

	const index = indexVault(
		root,
		{ ...defaultReadOptions(), everyNoteIsSpec: options.everyNoteIsSpec },
		{ threads: threadsFromEnv(io.env.SPEC_BOARD_THREADS) },
	);
	for (const skip of index.skipped) io.stderr(`spec-board: skipped ${skip.path}: ${skip.reason}\n`);
	for (const failure of index.failed)
		io.stderr(
			`spec-board: could not read ${failure.path} (a bug in spec-board, please report it): ${failure.reason}\n`,
		);

	if (!options.everyNoteIsSpec) reportHiddenMalformedNotes(index.notes, io);

	const specs = index.notes.filter((note) => note.isSpec);
	const matches = specMatcher(options.filter);
	const matchesAnyTag =
		options.anyTags.length > 0
			? specMatcher({
					...emptyFilter(),
					tagMode: "any",
					tags: options.anyTags.map((tag) => ({ tag, mode: "include" as const })),
				})
			: null;
	const listed = sortSpecs(specs.filter((note) => matches(note) && (matchesAnyTag === null || matchesAnyTag(note))));
	const summary = summarize(listed);

	if (options.json) {
		io.stdout(renderJson(listed, summary));
	} else {
		const filtered = listed.length !== specs.length || isFiltering(options);
		io.stdout(
			renderText(
				{
					dir: options.dir,
					notes: listed,
					summary,
					totalSpecs: specs.length,
					otherNotes: index.notes.length - specs.length,
					filtered,
				},
				useColor(options, io),
			),
		);
	}
	return index.failed.length > 0 ? EXIT_READER_FAILED : EXIT_OK;
}

/** SPEC_BOARD_THREADS: how many threads may index a large folder (1: only the main one); unset or not a number: the cores. */
export function threadsFromEnv(value: string | undefined): number | undefined {
	if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
	const threads = Number(value);
	return threads >= 1 ? threads : undefined;
}

/** A note whose frontmatter does not parse may have lost the status that made it a spec: say so rather than hide it silently. */
function reportHiddenMalformedNotes(notes: readonly SpecNote[], io: CliIo): void {
	for (const note of notes) {
		if (note.isSpec) continue;
		const problem = note.problems.find((p) => p.code === "malformed-frontmatter");
		if (problem)
			io.stderr(
				`spec-board: ${note.path}: ${problem.message.replace(/\.$/, "")}; it is left off the board (--all lists it)\n`,
			);
	}
}

function isFiltering(options: BoardOptions): boolean {
	const f = options.filter;
	return (
		options.anyTags.length > 0 ||
		f.tags.length > 0 ||
		f.statuses.length > 0 ||
		f.priorities.length > 0 ||
		f.domains.length > 0 ||
		f.text !== "" ||
		f.hasOpenQuestions ||
		f.notReady
	);
}
