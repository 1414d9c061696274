import { parseArgs, type BoardOptions } from "../../src/cli/args";
import { emptyFilter } from "../../src/core/board/filter";
import { emptyConfigFlags } from "../../src/cli/vaultConfig";

const defaults: BoardOptions = {
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
const include = (tag: string) => ({ tag, mode: "include" as const });
const exclude = (tag: string) => ({ tag, mode: "exclude" as const });

describe("parseArgs: runs", () => {
	it.each<[string, string[], Partial<BoardOptions> & { filterPart?: Partial<BoardOptions["filter"]> }]>([
		["no arguments: the current folder", [], {}],
		["a folder", ["vault"], { dir: "vault" }],
		["a folder after the options", ["--json", "my vault"], { dir: "my vault", json: true }],
		["a folder that starts with a dash, after --", ["--", "-odd"], { dir: "-odd" }],
		[
			"--tag, repeatable (all of)",
			["--tag", "spec", "--tag=area/checkout"],
			{ filterPart: { tags: [include("spec"), include("area/checkout")] } },
		],
		["--tag with a leading #", ["--tag", "#area"], { filterPart: { tags: [include("area")] } }],
		[
			"--not-tag",
			["--not-tag", "draft", "--not-tag=wip"],
			{ filterPart: { tags: [exclude("draft"), exclude("wip")] } },
		],
		["--any-tag", ["--any-tag", "a", "--any-tag=b", "--any-tag", "a"], { anyTags: ["a", "b"] }],
		[
			"--status canonical, any case, dashes",
			["--status", "In-Progress", "--status=no-status"],
			{ filterPart: { statuses: ["In progress", "No status"] } },
		],
		[
			"--status vocabulary words",
			["--status", "shipped", "--status", "WIP", "--status", "proposed"],
			{ filterPart: { statuses: ["Done", "In progress", "In review"] } },
		],
		[
			"--status on-hold and its words",
			["--status", "on-hold", "--status", "blocked,paused"],
			{ filterPart: { statuses: ["On hold"] } },
		],
		["--status comma list", ["--status", "draft,review"], { filterPart: { statuses: ["Draft", "In review"] } }],
		[
			"--status with spaces and underscores",
			["--status", "in_review", "--status", "in progress"],
			{ filterPart: { statuses: ["In review", "In progress"] } },
		],
		[
			"--status given twice is kept once",
			["--status", "done", "--status", "complete"],
			{ filterPart: { statuses: ["Done"] } },
		],
		[
			"--priority names and words",
			["--priority", "p0", "--priority=High", "--priority", "minor"],
			{ filterPart: { priorities: ["Critical", "High", "Low"] } },
		],
		["--priority none", ["--priority", "none"], { filterPart: { priorities: ["None"] } }],
		[
			"--domain",
			["--domain", "Payments", "--domain=Checkout"],
			{ filterPart: { domains: ["Payments", "Checkout"] } },
		],
		["--open-questions", ["--open-questions"], { filterPart: { hasOpenQuestions: true } }],
		["--not-ready", ["--not-ready"], { filterPart: { notReady: true } }],
		["--all", ["--all"], { everyNoteIsSpec: true }],
		["--json", ["--json"], { json: true }],
		["--no-color", ["--no-color"], { noColor: true }],
		[
			"everything",
			["docs", "--all", "--json", "--no-color", "--tag", "spec"],
			{ dir: "docs", everyNoteIsSpec: true, json: true, noColor: true, filterPart: { tags: [include("spec")] } },
		],
	])("%s", (_name, argv, expected) => {
		const { filterPart, ...rest } = expected;
		expect(parseArgs(argv)).toEqual({
			kind: "run",
			options: { ...defaults, ...rest, filter: { ...emptyFilter(), ...filterPart } },
		});
	});
});

describe("parseArgs: help, version and errors", () => {
	it.each<[string, string[], ReturnType<typeof parseArgs>]>([
		["--help", ["--help"], { kind: "help" }],
		["-h", ["-h"], { kind: "help" }],
		["--help wins over other options", ["vault", "--json", "--help"], { kind: "help" }],
		["--help wins over a later bad argument", ["--help", "--status", "draft"], { kind: "help" }],
		["--version", ["--version"], { kind: "version" }],
		["an unknown option", ["--colour"], { kind: "error", message: "unknown option --colour" }],
		["an unknown short option", ["-x"], { kind: "error", message: "unknown option -x" }],
		["an unknown option with a value", ["--nope=1"], { kind: "error", message: "unknown option --nope" }],
		["a missing value", ["--tag"], { kind: "error", message: "--tag needs a value" }],
		["an empty value", ["--tag="], { kind: "error", message: "--tag needs a value" }],
		["a value on a flag", ["--json=yes"], { kind: "error", message: "--json takes no value" }],
		["two folders", ["a", "b"], { kind: "error", message: "one folder at a time (got 2: a, b)" }],
	])("%s", (_name, argv, expected) => {
		expect(parseArgs(argv)).toEqual(expected);
	});

	it("keeps --status and --priority words the built-in vocabulary does not know, for the vault's words", () => {
		expect(parseArgs(["--status", "draft,someday", "--priority", "p9"])).toEqual({
			kind: "run",
			options: {
				...defaults,
				filter: { ...emptyFilter(), statuses: ["Draft"] },
				unresolvedStatuses: ["someday"],
				unresolvedPriorities: ["p9"],
			},
		});
	});

	it("treats an option after --tag as a forgotten value, unless given with =", () => {
		expect(parseArgs(["--tag", "--json"])).toEqual({ kind: "error", message: "--tag needs a value" });
		expect(parseArgs(["--tag=--json"])).toEqual({
			kind: "run",
			options: { ...defaults, filter: { ...emptyFilter(), tags: [include("--json")] } },
		});
	});
});

describe("parseArgs: commands, settings flags and output options", () => {
	const run = (argv: string[]): BoardOptions => {
		const parsed = parseArgs(argv);
		if (parsed.kind !== "run") throw new Error(`not a run: ${JSON.stringify(parsed)}`);
		return parsed.options;
	};

	it.each<[string, string[], Partial<BoardOptions>]>([
		[
			"check, with its options",
			[
				"check",
				"specs",
				"--format",
				"github",
				"--fail-on",
				"stale,placeholder",
				"--warn-on=not-ready",
				"--off",
				"no-status",
				"--changed-only",
				"origin/main",
			],
			{
				command: "check",
				dir: "specs",
				format: "github",
				failOn: ["stale", "placeholder"],
				warnOn: ["not-ready"],
				off: ["no-status"],
				changedOnly: "origin/main",
			},
		],
		[
			"--fail-on all",
			["check", "--fail-on", "all"],
			{
				command: "check",
				failOn: [
					"not-ready",
					"missing-sign-off",
					"no-status",
					"unrecognized-status",
					"several-status-tags",
					"placeholder",
					"malformed-frontmatter",
					"stale",
				],
			},
		],
		[
			"changes --since",
			["changes", "--since", "2w", "--format=markdown"],
			{ command: "changes", since: "2w", format: "markdown" },
		],
		["a folder named check, as ./check", ["./check"], { dir: "./check" }],
		[
			"--stale and --summary",
			["--stale", "30", "--summary", "--no-history"],
			{ staleDays: 30, summary: true, noHistory: true },
		],
	])("%s", (_name, argv, expected) => {
		expect(run(argv)).toMatchObject(expected);
	});

	it("reads the settings flags", () => {
		expect(
			run([
				"--spec-folder",
				"Specs,Docs",
				"--spec-tag=#feature",
				"--templates-folder",
				"Templates",
				"--status-word",
				"parked=draft",
				"--priority-word",
				"urgent=critical",
				"--config",
				"team.json",
				"--no-config",
			]).config,
		).toEqual({
			specFolders: ["Specs", "Docs"],
			specTag: "feature",
			templatesFolder: "Templates",
			statusWords: [{ word: "parked", status: "Draft" }],
			priorityWords: [{ word: "urgent", priority: "Critical" }],
			configFile: "team.json",
			noConfig: true,
		});
	});

	it.each<[string[], string]>([
		[["--stale", "soon"], '--stale takes a whole number of days (got "soon")'],
		[["--format", "xml"], 'unknown format "xml" (use one of: text, json, github, markdown)'],
		[["--format", "github"], "--format github is not a format of the board (use one of: text, json)"],
		[
			["changes", "--format", "github"],
			"--format github is not a format of spec-board changes (use one of: text, json, markdown)",
		],
		[["--fail-on", "stale"], "--fail-on is an option of spec-board check"],
		[["check", "--since", "7d"], "--since is an option of spec-board changes"],
		[
			["check", "--fail-on", "typo"],
			'--fail-on: unknown rule "typo" (rules: not-ready, missing-sign-off, no-status, unrecognized-status, several-status-tags, placeholder, malformed-frontmatter, stale)',
		],
		[["--priority-word", "urgent=someday"], '--priority-word: unknown priority "someday"'],
		[["--status-word", "=draft"], "--status-word takes WORD=STATUS"],
	])("rejects %j: %s", (argv, message) => {
		expect(parseArgs(argv)).toEqual({ kind: "error", message });
	});
});
