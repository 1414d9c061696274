import { chmodSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { readGitHistory } from "../../src/cli/gitHistory";
import { defaultReadOptions } from "../../src/core/reading/readOptions";
import { runIn } from "./cliHarness";
import { GIT_TEST_ENV, hasGit, makeRepo, type TestRepo } from "./gitRepo";

const describeWithGit = hasGit ? describe : describe.skip;
if (!hasGit) console.warn("git is not installed: the history tests are skipped");

const fm = (status: string, body = "Body.\n"): string => `---\nstatus: ${status}\ntags: [spec]\n---\n# Spec\n\n${body}`;

interface JsonNoteLike {
	path: string;
	status: string;
	statusSince?: string;
	daysInStatus?: number;
}

function board(repo: TestRepo, ...argv: string[]): JsonNoteLike[] {
	const { code, stdout, stderr } = runIn(repo.dir, [".", "--json", ...argv]);
	expect(stderr).toBe("");
	expect(code).toBe(0);
	return (JSON.parse(stdout) as { notes: JsonNoteLike[] }).notes;
}

function note(repo: TestRepo, file: string): JsonNoteLike {
	const found = board(repo).find((n) => n.path === file);
	if (found === undefined) throw new Error(`${file} is not on the board`);
	return found;
}

describeWithGit("history from git: statusSince and daysInStatus", () => {
	let repo: TestRepo;
	beforeEach(() => {
		repo = makeRepo();
	});
	afterEach(() => repo.remove());

	it("dates the commit that last changed the status, not a later edit", () => {
		repo.commit("2026-01-01T12:00:00Z", "draft", { "Specs/a.md": fm("Draft") });
		repo.commit("2026-01-10T12:00:00Z", "review", { "Specs/a.md": fm("In review") });
		repo.commit("2026-01-20T12:00:00Z", "edit", { "Specs/a.md": fm("In review", "Body, longer.\n") });
		expect(note(repo, "Specs/a.md")).toMatchObject({ statusSince: "2026-01-10", daysInStatus: 50 });
	});

	it("a spec created in its current status is in it since its first commit", () => {
		repo.commit("2026-02-01T12:00:00Z", "new", { "a.md": fm("Approved") });
		repo.commit("2026-02-05T12:00:00Z", "edit", { "a.md": fm("Approved", "More.\n") });
		expect(note(repo, "a.md")).toMatchObject({ statusSince: "2026-02-01", daysInStatus: 28 });
	});

	it("sees a status change in any convention, and none when only the convention changes", () => {
		// In a spec folder: a note whose only status is a body line is a spec only where its place is a trace.
		repo.commit("2026-01-01T12:00:00Z", "fm", { "Specs/a.md": "---\nstatus: Draft\n---\n# A\n" });
		repo.commit("2026-01-05T12:00:00Z", "inline", { "Specs/a.md": "# A\n\nStatus: draft\n" });
		repo.commit("2026-01-07T12:00:00Z", "tag", { "Specs/a.md": "# A\n\n#status/draft\n" });
		expect(note(repo, "Specs/a.md").statusSince).toBe("2026-01-01");
		repo.commit("2026-01-09T12:00:00Z", "tag change", { "Specs/a.md": "# A\n\n#status/in-review\n" });
		expect(note(repo, "Specs/a.md")).toMatchObject({ status: "In review", statusSince: "2026-01-09" });
		repo.commit("2026-01-11T12:00:00Z", "inline change", { "Specs/a.md": "# A\n\nStatus: Approved\n" });
		expect(note(repo, "Specs/a.md")).toMatchObject({ status: "Approved", statusSince: "2026-01-11" });
	});

	it("follows renames", () => {
		const text = fm("In review", "A long enough body for git to see the rename.\nLine two.\nLine three.\n");
		repo.commit("2026-01-01T12:00:00Z", "new", { "Specs/old name.md": text });
		repo.commit(
			"2026-01-02T12:00:00Z",
			"rename",
			{},
			{ renames: [{ from: "Specs/old name.md", to: "Specs/New é.md" }] },
		);
		repo.commit(
			"2026-01-03T12:00:00Z",
			"rename and edit",
			{ "Done/New é.md": `${text}One more line.\n` },
			{
				renames: [{ from: "Specs/New é.md", to: "Done/New é.md" }],
			},
		);
		expect(note(repo, "Done/New é.md")).toMatchObject({ statusSince: "2026-01-01" });
	});

	it("a status changed in the work tree and not committed is in it since today; an untracked note has no history", () => {
		repo.commit("2026-01-01T12:00:00Z", "new", { "a.md": fm("Draft"), "b.md": fm("Draft") });
		repo.write("a.md", fm("In review"));
		repo.write("c.md", fm("Draft"));
		const notes = board(repo);
		expect(notes.find((n) => n.path === "a.md")).toMatchObject({ statusSince: "2026-03-01", daysInStatus: 0 });
		expect(notes.find((n) => n.path === "b.md")).toMatchObject({ statusSince: "2026-01-01", daysInStatus: 59 });
		const untracked = notes.find((n) => n.path === "c.md");
		expect(untracked).toBeDefined();
		expect(untracked).not.toHaveProperty("statusSince");
		expect(untracked).not.toHaveProperty("daysInStatus");
	});

	it("dates a status changed on a branch by the merge that brought it in", () => {
		repo.commit("2026-01-01T12:00:00Z", "new", { "a.md": fm("Draft") });
		repo.git("checkout", "-q", "-b", "feature");
		repo.commit("2026-01-05T12:00:00Z", "review on a branch", { "a.md": fm("In review") });
		repo.git("checkout", "-q", "main");
		repo.commit("2026-01-06T12:00:00Z", "other work", { "b.md": fm("Draft") });
		const env = {
			...process.env,
			...GIT_TEST_ENV,
			GIT_AUTHOR_DATE: "2026-01-08T12:00:00Z",
			GIT_COMMITTER_DATE: "2026-01-08T12:00:00Z",
			GIT_AUTHOR_NAME: "M",
			GIT_AUTHOR_EMAIL: "m@example.com",
			GIT_COMMITTER_NAME: "M",
			GIT_COMMITTER_EMAIL: "m@example.com",
		};
		expect(
			spawnSync("git", ["merge", "-q", "--no-ff", "-m", "merge", "feature"], { cwd: repo.dir, env }).status,
		).toBe(0);
		expect(note(repo, "a.md")).toMatchObject({ status: "In review", statusSince: "2026-01-08" });
	});

	it("reads the folder given, inside a larger repository, with paths relative to it", () => {
		repo.commit("2026-01-01T12:00:00Z", "new", { "docs/specs/a.md": fm("Draft"), "other/b.md": fm("Draft") });
		const { stdout, code } = runIn(path.join(repo.dir, "docs"), ["specs", "--json"]);
		expect(code).toBe(0);
		const notes = (JSON.parse(stdout) as { notes: JsonNoteLike[] }).notes;
		expect(notes).toEqual([expect.objectContaining({ path: "a.md", statusSince: "2026-01-01" })]);
	});

	it("--stale DAYS keeps the specs in their status for DAYS days or more, Done and Deprecated left out", () => {
		repo.commit("2026-01-01T12:00:00Z", "old", { "old.md": fm("In review"), "done.md": fm("Done") });
		repo.commit("2026-02-25T12:00:00Z", "new", { "new.md": fm("Draft") });
		expect(board(repo, "--stale", "30").map((n) => n.path)).toEqual(["old.md"]);
		expect(
			board(repo, "--stale", "4")
				.map((n) => n.path)
				.sort(),
		).toEqual(["new.md", "old.md"]);
		const text = runIn(repo.dir, [".", "--stale", "30"]).stdout;
		expect(text).toContain("1 of 3 specs match");
		expect(text).toContain("in review for 59 days");
	});

	it("rebuilds every version of every file exactly from one git log pass (edits anywhere, CRLF, no final newline)", () => {
		let seed = 7;
		const random = (n: number): number => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		const files: Record<string, string[]> = {
			"a.md": ["---", "status: Draft", "---", "# A", "", "one", "two", "three"],
			"b.md": ["# B", "", "Status: draft", "x\r", "y\r"],
		};
		for (let c = 0; c < 25; c++) {
			const changed: Record<string, string> = {};
			for (const [file, lines] of Object.entries(files)) {
				if (random(3) === 0) continue;
				for (let e = 0; e < 1 + random(4); e++) {
					const at = random(lines.length + 1);
					const kind = random(3);
					if (kind === 0) lines.splice(at, 0, `line ${c}.${e}`, `and ${c}`);
					else if (kind === 1 && lines.length > 4 && at > 3) lines.splice(at, 1 + random(2));
					else if (at > 3 && at < lines.length) lines[at] = `changed ${c}.${e}`;
				}
				changed[file] = lines.join("\n") + (random(2) === 0 ? "\n" : "");
			}
			repo.commit(`2026-01-${String(1 + c).padStart(2, "0")}T12:00:00Z`, `c${c}`, changed);
		}
		const seen: { file: string; commit: string; text: string }[] = [];
		const history = readGitHistory(repo.dir, defaultReadOptions(), {
			env: GIT_TEST_ENV,
			onVersion: (file, commit, text) => seen.push({ file, commit, text }),
		});
		expect(history).not.toBeNull();
		expect(seen.length).toBeGreaterThan(20);
		for (const version of seen) {
			const actual = repo.git("show", `${version.commit}:${version.file}`);
			expect(version.text).toBe(actual.replace(/\n$/, ""));
		}
	});

	it("runs git a fixed number of times whatever the number of specs (one log pass, never a call per file)", () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 30; i++) files[`s${i}.md`] = fm("Draft");
		repo.commit("2026-01-01T12:00:00Z", "many", files);
		const temp = mkdtempSync(path.join(tmpdir(), "spec-board-git-count-"));
		const log = path.join(temp, "calls.log");
		const wrapper = path.join(temp, "git");
		writeFileSync(wrapper, `#!/bin/sh\necho "$1 $2 $3" >> "${log}"\nexec git "$@"\n`);
		chmodSync(wrapper, 0o755);
		try {
			const { code, stdout } = runIn(repo.dir, [".", "--json"], { env: { SPEC_BOARD_GIT: wrapper } });
			expect(code).toBe(0);
			expect(
				(JSON.parse(stdout) as { notes: JsonNoteLike[] }).notes.every((n) => n.statusSince === "2026-01-01"),
			).toBe(true);
			const calls = spawnSync("cat", [log], { encoding: "utf8" }).stdout.trim().split("\n");
			expect(calls.filter((c) => c.includes("log"))).toHaveLength(1);
			expect(calls.length).toBeLessThanOrEqual(3);
			// The counts alone, or a check without the stale rule, do not read history at all.
			runIn(repo.dir, [".", "--summary"], { env: { SPEC_BOARD_GIT: wrapper } });
			runIn(repo.dir, ["check", ".", "--off", "stale"], { env: { SPEC_BOARD_GIT: wrapper } });
			const after = spawnSync("cat", [log], { encoding: "utf8" }).stdout.trim().split("\n");
			expect(after.filter((c) => c.includes("log"))).toHaveLength(1);
		} finally {
			rmSync(temp, { recursive: true, force: true });
		}
	});
});

describe("without git history, the fields are absent and nothing fails", () => {
	it.each([
		["outside a repository", {}],
		["git not installed", { SPEC_BOARD_GIT: "/no/such/git" }],
		["history turned off", { SPEC_BOARD_GIT: "none" }],
	])("%s", (_name, env) => {
		const dir = mkdtempSync(path.join(tmpdir(), "spec-board-nogit-"));
		try {
			writeFileSync(path.join(dir, "a.md"), fm("In review"));
			const { code, stdout, stderr } = runIn(dir, [".", "--json"], { env });
			expect(stderr).toBe("");
			expect(code).toBe(0);
			const [only] = (JSON.parse(stdout) as { notes: JsonNoteLike[] }).notes;
			expect(only).not.toHaveProperty("statusSince");
			expect(only).not.toHaveProperty("daysInStatus");
			expect(runIn(dir, [".", "--stale", "1"]).stdout).toContain("0 of 1 spec match");
			const changes = runIn(dir, ["changes", "."], { env });
			expect(changes.code).toBe(2);
			expect(changes.stderr).toMatch(/^spec-board: changes needs git history/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("a repository without commits has no history either", () => {
		const repo = makeRepo();
		try {
			repo.write("a.md", fm("Draft"));
			expect(note(repo, "a.md")).not.toHaveProperty("statusSince");
		} finally {
			repo.remove();
		}
	});
});

describeWithGit("spec-board changes: the weekly digest", () => {
	let repo: TestRepo;
	let reviewCommit = "";
	beforeAll(() => {
		repo = makeRepo();
		repo.commit("2026-01-01T12:00:00Z", "start", {
			"Specs/Checkout.md": fm("Draft"),
			"Specs/Search.md": fm("Draft"),
			"notes.md": "# Not a spec\n",
		});
		reviewCommit = repo.commit(
			"2026-02-20T12:00:00Z",
			"review",
			{ "Specs/Checkout.md": fm("In review") },
			{ author: "Grace Hopper" },
		);
		repo.commit("2026-02-24T12:00:00Z", "approve", {
			"Specs/Checkout.md": fm("Approved"),
			"Specs/Search.md": fm("Someday"),
		});
		repo.commit("2026-02-27T12:00:00Z", "new spec", { "Specs/Refunds.md": fm("Draft") }, { author: "Alan Turing" });
	});
	afterAll(() => repo.remove());

	it("lists the changes of the last 7 days as text by default (from → to, date, author)", () => {
		const { code, stdout, stderr } = runIn(repo.dir, ["changes", "."]);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		expect(stdout).toBe(
			[
				"Spec Board changes · . · since 2026-02-22 (7d)",
				"3 status changes",
				"",
				"  2026-02-24  Spec  In review → Approved  Ada Lovelace  Specs/Checkout.md",
				'  2026-02-24  Spec  Draft → "Someday"     Ada Lovelace  Specs/Search.md',
				"  2026-02-27  Spec  new → Draft           Alan Turing  Specs/Refunds.md",
				"",
			].join("\n"),
		);
	});

	it.each([
		["a date", ["--since", "2026-02-01"], 4],
		["weeks", ["--since", "2w"], 4],
		["a git ref (the commits after it)", ["--since", "REVIEW"], 4],
	])("--since %s", (_name, argv, count) => {
		const args = argv.map((a) => (a === "REVIEW" ? `${reviewCommit}~1` : a));
		const { code, stdout } = runIn(repo.dir, ["changes", ".", "--format", "json", ...args]);
		expect(code).toBe(0);
		const parsed = JSON.parse(stdout) as {
			schema: number;
			changes: { path: string; from: string | null; to: string; author: string; date: string; commit: string }[];
		};
		expect(parsed.schema).toBe(1);
		expect(parsed.changes).toHaveLength(count);
		expect(parsed.changes[0]).toMatchObject({
			path: "Specs/Checkout.md",
			from: "Draft",
			to: "In review",
			author: "Grace Hopper",
		});
		expect(parsed.changes[0].commit).toBe(reviewCommit);
	});

	it("prints a Markdown digest", () => {
		const { stdout } = runIn(repo.dir, ["changes", ".", "--since", "7d", "--format", "markdown"]);
		expect(stdout.split("\n").slice(0, 4)).toEqual([
			"### Spec status changes since 2026-02-22 (7d): 3 status changes",
			"",
			"| Date | Spec | Change | By |",
			"|---|---|---|---|",
		]);
		expect(stdout).toContain("| 2026-02-24 | Spec (`Specs/Checkout.md`) | In review → Approved | Ada Lovelace |");
	});

	it("refuses a --since that is neither a span, a date nor a ref (exit 2, short usage)", () => {
		const { code, stderr } = runIn(repo.dir, ["changes", ".", "--since", "no-such-ref"]);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^spec-board: --since: "no-such-ref" is neither/);
		expect(stderr).toMatch(/\nUsage: spec-board \[check\|changes\]/);
	});
});
