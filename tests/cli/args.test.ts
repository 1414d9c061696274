import { parseArgs, type BoardOptions } from "../../src/cli/args";
import { emptyFilter } from "../../src/core/board/filter";

const defaults: BoardOptions = {
	dir: ".",
	filter: emptyFilter(),
	anyTags: [],
	everyNoteIsSpec: false,
	json: false,
	noColor: false,
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

	it.each([
		[
			["--status", "someday"],
			/^unknown status "someday" \(use one of: draft, in-review, approved, in-progress, on-hold, done, deprecated, unrecognized, no-status\)$/,
		],
		[["--status", "draft,nope"], /^unknown status "nope"/],
		[
			["--priority", "p9"],
			/^unknown priority "p9" \(use one of: critical, high, medium, low, unrecognized, none\)$/,
		],
	])("rejects %j with a message naming the valid values", (argv, message) => {
		const parsed = parseArgs(argv);
		expect(parsed.kind).toBe("error");
		if (parsed.kind === "error") expect(parsed.message).toMatch(message);
	});

	it("treats an option after --tag as a forgotten value, unless given with =", () => {
		expect(parseArgs(["--tag", "--json"])).toEqual({ kind: "error", message: "--tag needs a value" });
		expect(parseArgs(["--tag=--json"])).toEqual({
			kind: "run",
			options: { ...defaults, filter: { ...emptyFilter(), tags: [include("--json")] } },
		});
	});
});
