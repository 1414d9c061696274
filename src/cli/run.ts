// The command line as a function: arguments and injected output in, exit code out (main.ts binds it to the process).
import path from "node:path";
import { queryMatcher } from "../core/board/boardQuery";
import { sortSpecs, summarize } from "../core/board/rollup";
import { checkLevels, isMalformedNoteToCheck, NO_NOTE_LINES, runCheck, type NoteToCheck } from "../core/board/checkRun";
import type { SpecNote } from "../core/model/specNote";
import { version } from "../../package.json";
import { outputFormat, parseArgs, resolveFilterWords, USAGE, USAGE_LINE, type BoardOptions } from "./args";
import { hasGitHistory, pathsChangedSince, readGitHistory, type GitOptions, type StatusChange } from "./gitHistory";
import { inWindow, notesHistory, parseSince, type NoteHistory, type SinceWindow } from "./history";
import { indexVault } from "./indexVault";
import { countFindings, renderCheck } from "./renderCheck";
import { renderChanges } from "./renderChanges";
import { renderJson } from "./renderJson";
import { renderText } from "./renderText";
import { loadCliConfig, type CliConfig } from "./vaultConfig";
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
	/** The clock, in milliseconds since 1970 (default Date.now): how old a status is. */
	now?: () => number;
}

/** Exit status: the board was printed. */
export const EXIT_OK = 0;
/** Exit status: a note made the reader fail (a bug); the board was printed without it. */
export const EXIT_READER_FAILED = 1;
/** Exit status: `check` found an error-level rule. */
export const EXIT_CHECK_FAILED = 1;
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
			io.stderr(`spec-board: ${parsed.message}\n${USAGE_LINE}\n`);
			return EXIT_USAGE;
		case "run":
			return runCommand(parsed.options, io);
	}
}

/** How git is run: SPEC_BOARD_GIT names the program; "none" (or --no-history) turns history off. */
function gitOptions(io: CliIo): GitOptions | null {
	const program = io.env.SPEC_BOARD_GIT;
	if (program === "none") return null;
	return { git: program === undefined || program === "" ? "git" : program };
}

function runCommand(options: BoardOptions, io: CliIo): number {
	const root = path.resolve(io.cwd, options.dir);
	const rootProblem = checkRoot(root);
	if (rootProblem !== null) {
		io.stderr(`spec-board: ${rootProblem.replace(root, options.dir)}\n`);
		return EXIT_USAGE;
	}
	let config: CliConfig;
	try {
		config = loadCliConfig(root, io.cwd, options.config, options.everyNoteIsSpec);
	} catch (error) {
		io.stderr(`spec-board: ${error instanceof Error ? error.message : String(error)}\n`);
		return EXIT_USAGE;
	}
	if (config.notice !== null) io.stderr(`spec-board: ${config.notice}\n`);
	const unknownWord = resolveFilterWords(
		options,
		config.readOptions.statusVocabulary.words,
		config.readOptions.priorityVocabulary.words,
	);
	if (unknownWord !== null) {
		io.stderr(`spec-board: ${unknownWord}\n${USAGE_LINE}\n`);
		return EXIT_USAGE;
	}

	const now = io.now?.() ?? Date.now();
	const git = options.noHistory ? null : gitOptions(io);
	let window: SinceWindow | null = null;
	if (options.command === "changes") {
		if (git === null || !hasGitHistory(root, git)) {
			io.stderr(
				`spec-board: changes needs git history, and ${options.dir} is not in a git repository with commits (or git is not installed)\n`,
			);
			return EXIT_USAGE;
		}
		const since = parseSince(options.since ?? "7d", now, root, git);
		if (typeof since === "string") {
			io.stderr(`spec-board: ${since}\n${USAGE_LINE}\n`);
			return EXIT_USAGE;
		}
		window = since;
	}
	let changedPaths: Set<string> | null = null;
	if (options.changedOnly !== null) {
		changedPaths = git === null ? null : pathsChangedSince(root, options.changedOnly, git);
		if (changedPaths === null) {
			io.stderr(
				`spec-board: --changed-only: "${options.changedOnly}" is not a git ref here (or ${options.dir} is not in a git repository)\n`,
			);
			return EXIT_USAGE;
		}
	}

	const index = indexVault(root, config.readOptions);
	for (const skip of index.skipped) io.stderr(`spec-board: skipped ${skip.path}: ${skip.reason}\n`);
	for (const failure of index.failed)
		io.stderr(
			`spec-board: could not read ${failure.path} (a bug in spec-board, please report it): ${failure.reason}\n`,
		);
	if (!options.everyNoteIsSpec) reportHiddenMalformedNotes(index.notes, io);

	const specs = index.notes.filter((note) => note.isSpec);
	const gitHistory =
		git === null || !needsHistory(options, config) ? null : readGitHistory(root, config.readOptions, git);
	const history = notesHistory(specs, gitHistory, now);
	const listed = listedSpecs(specs, options, history);
	const failed = index.failed.length > 0 ? EXIT_READER_FAILED : EXIT_OK;

	if (options.command === "check") {
		const checked = changedPaths === null ? listed : listed.filter((note) => changedPaths.has(note.path));
		const levels = checkLevels(config.levels, options);
		const linesOf = (note: SpecNote): NoteToCheck => ({
			note,
			lines: index.lines.get(note.path) ?? NO_NOTE_LINES,
			daysInStatus: history.get(note)?.daysInStatus,
		});
		// A note whose frontmatter does not parse may have lost the status that made it a spec: the
		// malformed-frontmatter rule still sees it (when it lies where specs are), the others do not.
		const malformed = index.notes.filter(
			(note) =>
				(changedPaths === null || changedPaths.has(note.path)) &&
				isMalformedNoteToCheck(note, config.readOptions.specFolders, config.readOptions.templatesFolder),
		);
		const findings = runCheck(checked.map(linesOf), malformed.map(linesOf), levels, config.staleDays);
		io.stdout(
			renderCheck(
				{
					dir: options.dir,
					specs: checked.length,
					findings,
					filePath: (notePath) => path.relative(io.cwd, path.join(root, notePath)).split(path.sep).join("/"),
				},
				outputFormat(options),
				useColor(options, io),
			),
		);
		return countFindings(findings).errors > 0 ? EXIT_CHECK_FAILED : failed;
	}

	if (options.command === "changes" && window !== null && gitHistory !== null) {
		const byPath = new Map(listed.map((note) => [note.path, note]));
		const changes: (StatusChange & { title: string })[] = [];
		for (const change of gitHistory.changes) {
			const note = byPath.get(change.path);
			if (note !== undefined && inWindow(change, window)) changes.push({ ...change, title: note.title });
		}
		io.stdout(renderChanges({ dir: options.dir, since: window.label, changes }, outputFormat(options)));
		return failed;
	}

	const summary = summarize(listed);
	if (options.json) {
		io.stdout(renderJson(listed, summary, history, options.summary));
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
					history,
					summaryOnly: options.summary,
				},
				useColor(options, io),
			),
		);
	}
	return failed;
}

/** Whether a run shows or uses history: not for the counts alone, nor for a check whose stale rule is off. */
function needsHistory(options: BoardOptions, config: CliConfig): boolean {
	if (options.staleDays !== null || options.command === "changes") return true;
	if (options.command === "check") {
		const stale = options.off.includes("stale")
			? "off"
			: options.failOn.includes("stale") || options.warnOn.includes("stale")
				? "on"
				: config.levels.stale;
		return stale !== "off";
	}
	return !options.summary;
}

/** Statuses left out by --stale: a spec done with, or dropped, is not waiting for anything. */
const SETTLED_FOR_GOOD = new Set(["Done", "Deprecated"]);

/** The specs the filters keep, in board order. */
function listedSpecs(
	specs: readonly SpecNote[],
	options: BoardOptions,
	history: ReadonlyMap<SpecNote, NoteHistory>,
): SpecNote[] {
	const matches = queryMatcher(options);
	const stale = options.staleDays;
	return sortSpecs(
		specs.filter((note) => {
			if (!matches(note)) return false;
			if (stale === null) return true;
			const days = history.get(note)?.daysInStatus;
			return days !== undefined && days >= stale && !SETTLED_FOR_GOOD.has(note.status);
		}),
	);
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
		f.notReady ||
		options.staleDays !== null
	);
}
