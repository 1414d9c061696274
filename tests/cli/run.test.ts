import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run, type CliIo } from "../../src/cli/run";
import { STATUSES, PRIORITIES } from "../../src/core/model/specNote";

const repoRoot = path.resolve(__dirname, "../..");
const packageVersion = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string })
	.version;

/** Runs the CLI in-process with captured output; the folder given is read relative to the repository root. */
function runCli(argv: string[], overrides: Partial<CliIo> = {}): { code: number; stdout: string; stderr: string } {
	let stdout = "";
	let stderr = "";
	const code = run(argv, {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		env: { SPEC_BOARD_GIT: "none" },
		isTTY: false,
		cwd: repoRoot,
		...overrides,
	});
	return { code, stdout, stderr };
}

const ESC = "\u001b[";

describe("spec-board over examples/vault", () => {
	it("prints the board as text (snapshot)", () => {
		const { code, stdout, stderr } = runCli(["examples/vault"]);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		expect(stdout).not.toContain(ESC);
		expect(stdout).toMatchSnapshot();
	});

	it("prints the board as JSON (snapshot)", () => {
		const { code, stdout, stderr } = runCli(["examples/vault", "--json"]);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		expect(stdout).toMatchSnapshot();
	});

	it("prints JSON in the documented shape, paths relative with forward slashes", () => {
		const board = JSON.parse(runCli(["examples/vault", "--json"]).stdout);
		expect(Object.keys(board)).toEqual(["schema", "notes", "summary"]);
		expect(board.schema).toBe(1);
		expect(Object.keys(board.summary)).toEqual(["notes", "byStatus", "byPriority", "openQuestions", "notReady"]);
		expect(Object.keys(board.summary.byStatus)).toEqual([...STATUSES]);
		expect(Object.keys(board.summary.byPriority)).toEqual([...PRIORITIES]);
		expect(board.summary.notes).toBe(board.notes.length);
		for (const note of board.notes) {
			expect(Object.keys(note)).toEqual([
				"path",
				"title",
				"status",
				"statusRaw",
				"priority",
				"priorityRaw",
				"tags",
				"domains",
				"openQuestions",
				"resolvedQuestions",
				"notReady",
				"placeholderQuestions",
				"owner",
				"created",
				"updated",
				"parent",
				"reviewers",
				"signOffs",
				"template",
				"problems",
			]);
			expect(note.path).toMatch(/^(?:Specs|decisions)\/[^\\]+\.md$/);
			for (const q of note.openQuestions) expect(Object.keys(q)).toEqual(["text", "line"]);
			for (const p of note.problems) expect(Object.keys(p)).toEqual(["code", "message", "line"]);
		}
	});

	it("lists every note with --all, non-specs included", () => {
		const board = JSON.parse(runCli(["examples/vault", "--all", "--json"]).stdout);
		const paths: string[] = board.notes.map((n: { path: string }) => n.path);
		expect(paths).toEqual(
			expect.arrayContaining([
				"README.md",
				"Domains/Payments.md",
				"Meetings/2025-05-06 Spec review.md",
				"Specs/Refund workflow.md",
			]),
		);
		expect(paths.some((p) => p.startsWith("."))).toBe(false);
	});

	it.each<[string, string[], string[]]>([
		[
			"--tag area (nested)",
			["--tag", "area/payments"],
			[
				"Specs/Gift cards.md",
				"Specs/Refund workflow.md",
				"Specs/Saved payment methods.md",
				"Specs/Split payments.md",
				"Specs/Webhook retry queue.md",
			],
		],
		[
			"--tag and --not-tag",
			["--tag", "area", "--not-tag", "area/payments", "--not-tag", "area/checkout"],
			[
				"Specs/Account deletion.md",
				"Specs/Push notification preferences.md",
				"Specs/Search index rebuild.md",
				"Specs/Two-factor sign-in.md",
				"Specs/Order tracking page.md",
			],
		],
		[
			"--any-tag",
			["--any-tag", "team/mobile", "--any-tag", "compliance"],
			["Specs/Account deletion.md", "Specs/Push notification preferences.md"],
		],
		[
			"--status by word",
			["--status", "approved"],
			["Specs/Guest checkout.md", "Specs/Refund workflow.md", "decisions/0001 Record architecture decisions.md"],
		],
		["--status on-hold", ["--status", "on-hold"], ["Specs/Split payments.md"]],
		["--priority", ["--priority", "critical,low"], ["Specs/Account deletion.md", "Specs/Loyalty points.md"]],
		["--domain", ["--domain", "search"], ["Specs/Search index rebuild.md"]],
		[
			"--not-ready",
			["--not-ready"],
			["Specs/Refund workflow.md", "Specs/Saved payment methods.md", "Specs/Webhook retry queue.md"],
		],
		[
			"--open-questions and --status",
			["--open-questions", "--status", "draft"],
			["Specs/Checkout experiments.md", "Specs/Two-factor sign-in.md", "decisions/Delivery slot booking.md"],
		],
		[
			"--domain matches every spelling of a domain",
			["--domain", "[[Domains/Search|search]]"],
			["Specs/Search index rebuild.md"],
		],
	])("filters: %s", (_name, args, expected) => {
		const board = JSON.parse(runCli(["examples/vault", "--json", ...args]).stdout);
		expect(board.notes.map((n: { path: string }) => n.path).sort()).toEqual([...expected].sort());
		expect(board.summary.notes).toBe(expected.length);
	});

	it("says how many specs match when filtered, and when none do", () => {
		expect(runCli(["examples/vault", "--not-ready"]).stdout).toMatch(/^3 of 17 specs match, 4 open questions/m);
		const none = runCli(["examples/vault", "--tag", "nothing-has-this"]);
		expect(none.code).toBe(0);
		expect(none.stdout).toContain("No specs match the filter.");
	});
});

describe("colours", () => {
	it.each<[string, string[], Partial<CliIo>, boolean]>([
		["a terminal", [], { isTTY: true }, true],
		["not a terminal", [], { isTTY: false }, false],
		["--no-color", ["--no-color"], { isTTY: true }, false],
		["NO_COLOR set", [], { isTTY: true, env: { NO_COLOR: "1" } }, false],
		["NO_COLOR empty (ignored, as no-color.org says)", [], { isTTY: true, env: { NO_COLOR: "" } }, true],
		["--json on a terminal", ["--json"], { isTTY: true }, false],
	])("%s", (_name, args, io, coloured) => {
		expect(runCli(["examples/vault", ...args], io).stdout.includes(ESC)).toBe(coloured);
	});
});

describe("help, version and exit status 2", () => {
	it.each([["--help"], ["-h"]])("%s prints the usage and exits 0", (flag) => {
		const { code, stdout, stderr } = runCli([flag]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Usage: spec-board \[DIR\] \[options\]/);
		expect(stderr).toBe("");
	});

	it("--version prints the package version", () => {
		expect(runCli(["--version"])).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: "" });
	});

	it.each<[string, string[], RegExp]>([
		[
			"an unknown option",
			["--bogus"],
			/^spec-board: unknown option --bogus\nUsage: spec-board \[check\|changes\] \[DIR\] \[options\] .*\n$/,
		],
		["a bad status", ["--status", "someday"], /^spec-board: unknown status "someday"/],
		["a missing value", ["examples/vault", "--tag"], /^spec-board: --tag needs a value\n/],
		["a missing folder", ["no/such/folder"], /^spec-board: no such folder: no\/such\/folder\n$/],
		["a file instead of a folder", ["package.json"], /^spec-board: package\.json is not a folder\n$/],
	])("%s", (_name, argv, message) => {
		const { code, stdout, stderr } = runCli(argv);
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expect(stderr).toMatch(message);
	});
});

describe("files that cannot be read", () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(path.join(tmpdir(), "spec-board-run-"));
	});
	afterEach(() => {
		rmSync(dir, { recursive: true, force: true });
	});

	it("reports binary and unreadable files on stderr, skips them and still prints the board", () => {
		mkdirSync(path.join(dir, "Specs"));
		writeFileSync(path.join(dir, "Specs", "good.md"), "---\nstatus: draft\n---\n# Good spec\n");
		writeFileSync(path.join(dir, "Specs", "binary.md"), Buffer.from([0x23, 0x20, 0x00, 0x01]));
		const locked = path.join(dir, "Specs", "locked.md");
		writeFileSync(locked, "---\nstatus: done\n---\n# Locked\n");
		chmodSync(locked, 0o000);
		let lockedIsReadable = true;
		try {
			readFileSync(locked);
		} catch {
			lockedIsReadable = false;
		}
		const { code, stdout, stderr } = runCli([dir, "--json"]);
		chmodSync(locked, 0o644);
		expect(code).toBe(0);
		expect(stderr).toContain("spec-board: skipped Specs/binary.md: binary file (it contains a NUL byte)\n");
		const paths = JSON.parse(stdout).notes.map((n: { path: string }) => n.path);
		if (lockedIsReadable) {
			// Running as root: chmod 000 does not stop reading.
			expect(paths).toEqual(["Specs/good.md", "Specs/locked.md"]);
		} else {
			expect(stderr).toContain("spec-board: skipped Specs/locked.md: cannot read: permission denied\n");
			expect(paths).toEqual(["Specs/good.md"]);
		}
	});

	it("says so when a folder has no specs", () => {
		writeFileSync(path.join(dir, "notes.md"), "# Just a note\n\nNothing to see.\n");
		const { code, stdout } = runCli([dir]);
		expect(code).toBe(0);
		expect(stdout).toContain("No specs found.");
		expect(stdout).toContain("0 specs, 0 open questions · 1 other note is not a spec (--all lists them)");
	});
});

const builtCli = path.join(repoRoot, "dist", "cli.cjs");
const describeIfBuilt = existsSync(builtCli) ? describe : describe.skip;
if (!existsSync(builtCli)) console.warn(`Skipping the spawned CLI test: ${builtCli} is not built (npm run build).`);

describeIfBuilt("the built command (bin/spec-board.js)", () => {
	it("prints the board's JSON for the same notes and exits 0", () => {
		// The build may be older than the sources: compare which notes are listed, not every field.
		const result = spawnSync(process.execPath, ["bin/spec-board.js", "examples/vault", "--json"], {
			cwd: repoRoot,
			encoding: "utf8",
		});
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		const paths = (board: { notes: { path: string }[] }) => board.notes.map((n) => n.path).sort();
		expect(paths(JSON.parse(result.stdout))).toEqual(
			paths(JSON.parse(runCli(["examples/vault", "--json"]).stdout)),
		);
	});

	it("prints the text board without colours when piped", () => {
		const result = spawnSync(process.execPath, ["bin/spec-board.js", "examples/vault"], {
			cwd: repoRoot,
			encoding: "utf8",
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Spec Board · examples\/vault\n/);
		expect(result.stdout).not.toContain(ESC);
	});

	it("exits 2 for a missing folder", () => {
		const result = spawnSync(process.execPath, ["bin/spec-board.js", "no/such/folder"], {
			cwd: repoRoot,
			encoding: "utf8",
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe("spec-board: no such folder: no/such/folder\n");
	});
});
