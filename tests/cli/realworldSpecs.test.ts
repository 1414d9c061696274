// The command line over ../shared/realworld-specs: 36 specs written by other people, with other habits.
// Expectations below were checked by reading the files themselves.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { run } from "../../src/cli/run";
import type { JsonBoard, JsonNote } from "../../src/cli/renderJson";

const specsDir = path.resolve(__dirname, "../../../shared/realworld-specs");
const present = existsSync(specsDir);
if (!present) console.warn(`Skipping the real-world specs test: ${specsDir} is absent.`);
const describeIfPresent = present ? describe : describe.skip;

function runCli(argv: string[]): { code: number; stdout: string; stderr: string } {
	let stdout = "";
	let stderr = "";
	const code = run(argv, {
		stdout: (t) => (stdout += t),
		stderr: (t) => (stderr += t),
		env: { SPEC_BOARD_GIT: "none" },
		isTTY: false,
		cwd: process.cwd(),
	});
	return { code, stdout, stderr };
}

describeIfPresent("spec-board over ../shared/realworld-specs", () => {
	let board: JsonBoard;
	let byName: (fragment: string) => JsonNote;

	beforeAll(() => {
		const { code, stdout, stderr } = runCli([specsDir, "--all", "--json"]);
		expect(code).toBe(0);
		expect(stderr).toBe("");
		board = JSON.parse(stdout) as JsonBoard;
		byName = (fragment) => {
			const found = board.notes.filter((n) => n.path.includes(fragment));
			if (found.length !== 1) throw new Error(`${found.length} notes match ${fragment}`);
			return found[0];
		};
	});

	it("lists every Markdown file with --all", () => {
		const files = readdirSync(specsDir).filter((name) => name.endsWith(".md"));
		expect(board.notes.map((n) => n.path).sort()).toEqual(files.sort());
		expect(board.summary.notes).toBe(files.length);
	});

	it("prints the text board too, with and without --all, without throwing", () => {
		for (const argv of [[specsDir], [specsDir, "--all"], [specsDir, "--open-questions", "--status", "done"]]) {
			const { code, stdout } = runCli(argv);
			expect(code).toBe(0);
			expect(stdout).toMatch(/^Spec Board · /);
		}
	});

	it("says on stderr which notes are left off because their frontmatter does not parse", () => {
		// Which notes these are depends on how much of a broken block the reader salvages: each one left off is named.
		const specs = new Set((JSON.parse(runCli([specsDir, "--json"]).stdout) as JsonBoard).notes.map((n) => n.path));
		const leftOff = board.notes.filter(
			(n) => !specs.has(n.path) && n.problems.some((p) => p.code === "malformed-frontmatter"),
		);
		expect(leftOff.length).toBeGreaterThan(0);
		const { stderr } = runCli([specsDir]);
		for (const note of leftOff)
			expect(stderr).toContain(`spec-board: ${note.path}: The frontmatter does not parse`);
		expect(stderr.trim().split("\n")).toHaveLength(leftOff.length);
		expect(stderr).toContain("(--all lists it)");
	});

	it.each<[string, string, string | null]>([
		["KEP-3766 (status lives in kep.yaml, not in the README)", "3766-referencegrant", "No status"],
		["TEP-0088, frontmatter `status: proposed`", "teps__0088", "In review"],
		["TEP-0106, frontmatter `status: implemented`", "teps__0106", "Done"],
		["an RFC with `> **Status:** Draft` in a callout, CRLF", "PRIVATE-TASKS-RFC", "Draft"],
		["OTEP 0008, `**Status:** Superceded entirely by ...`", "0008-metric-observer", "Deprecated"],
		["OTEP 0005, `**Status**: proposed`", "0005-global-init", "In review"],
		["GEP-5093, `* Status: Provisional` as a list item", "gep-5093", "In review"],
		["CPS-0018, frontmatter `Status: Open` (capitalised key)", "CPS-0018", "Draft"],
		["lean-spec 021: frontmatter `archived` wins over the inline `✅ Complete`", "021-docusaurus", "Deprecated"],
		["logix 152, `**Status**: Working`", "152-form-settlement", "In progress"],
		["a task file, `status: in_progress`", "task-007", "In progress"],
		["an architecture map, only a `status/active` tag", "VERIFICATION_PIPELINE_MAP", "In progress"],
	])("status of %s", (_name, fragment, expected) => {
		expect(byName(fragment).status).toBe(expected);
	});

	it("finds a known word in a status's first clause, keeping the value as written", () => {
		const note = byName("acontext-integration-plan");
		expect(note.status).toBe("Draft");
		expect(note.statusRaw).toBe("Architecture Draft — Feb 22, 2026");
		expect(note.problems.map((p) => p.code)).not.toContain("unrecognized-status");
	});

	it("reads priority from frontmatter, a `priority/p1` tag and an inline `**Priority:** High — ...` line", () => {
		expect(byName("082-web-realtime").priority).toBe("Critical");
		expect(byName("MASTER_PLAN_FEE_SPLIT").priority).toBe("High");
		expect(byName("PRIVATE-TASKS-RFC").priority).toBe("High");
	});

	it("lists the RFC's numbered open questions with their lines (CRLF file)", () => {
		const questions = byName("PRIVATE-TASKS-RFC").openQuestions;
		expect(questions.map((q) => q.line)).toEqual([293, 295, 297, 299, 301]);
		expect(questions[0].text).toMatch(/^\*\*How to handle disputes for sealed tasks\?\*\*/);
		expect(questions.every((q) => !q.text.endsWith("\r"))).toBe(true);
	});

	it("lists the TEP's plain-bullet open questions, not the task list inside its HTML comment", () => {
		const note = byName("teps__0088");
		expect(note.openQuestions.map((q) => q.line)).toEqual([227, 234, 237, 239]);
		expect(note.openQuestions.some((q) => q.text.includes("Fill out this file"))).toBe(false);
	});

	it("reads task-list open questions in non-ASCII text", () => {
		const questions = byName("152-form-settlement").openQuestions;
		expect(questions).toHaveLength(4);
		expect(questions[0]).toEqual({ text: "contributor grammar 的 exact noun", line: 11 });
	});

	it("reads the 12 bullet questions of CPS-0018", () => {
		const questions = byName("CPS-0018").openQuestions;
		expect(questions).toHaveLength(12);
		expect(questions[0].line).toBe(123);
	});

	it("reports malformed frontmatter with the file's line number, and still lists the note", () => {
		const note = byName("cluster-api");
		expect(note.problems.find((p) => p.code === "malformed-frontmatter")?.message).toMatch(/line 5, column 3/);
	});
});
