import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { runIn } from "./cliHarness";
import { hasGit, makeRepo } from "./gitRepo";

const repoRoot = path.resolve(__dirname, "../..");
const schema = JSON.parse(readFileSync(path.join(repoRoot, "schema/spec-board.schema.json"), "utf8")) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Runs the command line from the repository root and checks its stdout against the schema. */
function expectValid(argv: string[], env: Record<string, string> = { SPEC_BOARD_GIT: "none" }): unknown {
	const { stdout, code } = runIn(repoRoot, argv, { env });
	expect([0, 1]).toContain(code);
	const parsed: unknown = JSON.parse(stdout);
	const ok = validate(parsed);
	if (!ok) throw new Error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
	return parsed;
}

describe("the JSON output matches schema/spec-board.schema.json", () => {
	it.each([
		["the board", ["examples/vault", "--json"]],
		["every note", ["examples/vault", "--json", "--all"]],
		["--summary", ["examples/vault", "--json", "--summary"]],
		["check", ["check", "examples/vault", "--format", "json"]],
	])("%s", (_name, argv) => {
		expectValid(argv);
	});

	(hasGit ? it : it.skip)("the board with git history, check with stale findings, and changes", () => {
		const repo = makeRepo();
		try {
			repo.commit("2026-01-01T12:00:00Z", "new", { "a.md": "---\nstatus: Draft\n---\n# A\n" });
			repo.commit("2026-01-02T12:00:00Z", "review", { "a.md": "---\nstatus: In review\n---\n# A\n" });
			const run = (argv: string[]): unknown => {
				const { stdout } = runIn(repo.dir, argv);
				const parsed: unknown = JSON.parse(stdout);
				if (!validate(parsed)) throw new Error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
				return parsed;
			};
			const board = run([".", "--json"]) as { notes: { statusSince?: string; daysInStatus?: number }[] };
			expect(board.notes[0]).toMatchObject({ statusSince: "2026-01-02", daysInStatus: 58 });
			const check = run(["check", ".", "--json"]) as { findings: { rule: string }[] };
			expect(check.findings.map((f) => f.rule)).toEqual(["stale"]);
			const changes = run(["changes", ".", "--since", "2025-12-01", "--json"]) as { changes: unknown[] };
			expect(changes.changes).toHaveLength(2);
		} finally {
			repo.remove();
		}
	});

	it("the schema rejects what it should (a missing field, an unknown status)", () => {
		const board = expectValid(["examples/vault", "--json"]) as { notes: Record<string, unknown>[] };
		const note = { ...board.notes[0] };
		delete note.notReady;
		expect(validate({ ...board, notes: [note] })).toBe(false);
		expect(validate({ ...board, notes: [{ ...board.notes[0], status: "Someday" }] })).toBe(false);
	});
});

describe("--json fields and --summary", () => {
	it("each note carries notReady, placeholder questions, people, dates, parent, template and problem lines", () => {
		const board = expectValid(["examples/vault", "--json"]) as {
			notes: {
				path: string;
				notReady: boolean;
				placeholderQuestions: { line: number }[];
				owner: string | null;
				template: string | null;
				problems: { line: number }[];
			}[];
			summary: { notReady: number };
		};
		const notReady = board.notes.filter((n) => n.notReady);
		expect(board.summary.notReady).toBe(notReady.length);
		expect(notReady.length).toBeGreaterThan(0);
		expect(board.notes.some((n) => n.placeholderQuestions.length > 0)).toBe(true);
		expect(board.notes.some((n) => n.owner !== null)).toBe(true);
		for (const note of board.notes)
			for (const problem of note.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
	});

	it("--summary prints the counts only, as text and as JSON", () => {
		const json = expectValid(["examples/vault", "--json", "--summary"]);
		expect(Object.keys(json as object)).toEqual(["schema", "summary"]);
		const { stdout } = runIn(repoRoot, ["examples/vault", "--summary"], { env: { SPEC_BOARD_GIT: "none" } });
		const lines = stdout.trimEnd().split("\n");
		expect(lines).toHaveLength(5);
		expect(lines[0]).toBe("Spec Board · examples/vault");
		expect(lines[3]).toMatch(/^Status {4}Draft \d+/);
		expect(lines[4]).toMatch(/^Priority {2}Critical \d+/);
	});
});
