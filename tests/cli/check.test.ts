import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHECK_RULES } from "../../src/core/board/checkRules";
import { runIn } from "./cliHarness";
import { hasGit, makeRepo } from "./gitRepo";

/** A folder of notes, one per rule that can fire, in the user's own conventions. */
const NOTES: Record<string, string> = {
	"ok.md": "---\nstatus: Draft\n---\n# Fine\n\n## Open questions\n\n- [ ] A real question?\n",
	"not-ready.md": "# Shipping\n\nStatus: Approved\n\n## Open questions\n\n- [ ] Who signs off?\n- [ ] And when?\n",
	"no-status.md": "---\ntags: [spec]\n---\n# Nothing yet\n",
	"unknown.md": "---\nstatus: Simmering\n---\n# Simmering work\n",
	"several.md": "---\ntags:\n  - spec\n  - status/draft\n  - status/approved\n---\n# Two statuses\n",
	"placeholder.md":
		"---\nstatus: Draft\n---\n# {{title}}\n\n## Open questions\n\n- [ ] Question 1\n- [ ] Real one?\n",
	"broken.md": "---\nstatus: [Draft\ntags: spec\n---\n# Broken\n\n## Open questions\n",
};

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(path.join(tmpdir(), "spec-board-check-"));
	mkdirSync(path.join(dir, "specs"));
	for (const [file, text] of Object.entries(NOTES)) writeFileSync(path.join(dir, "specs", file), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (...argv: string[]) => runIn(dir, ["check", "specs", ...argv], { env: { SPEC_BOARD_GIT: "none" } });

interface Finding {
	path: string;
	line: number;
	rule: string;
	level: string;
	message: string;
}

function findings(...argv: string[]): Finding[] {
	const { stdout } = check("--format", "json", ...argv);
	return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

describe("spec-board check: rules", () => {
	it.each<[string, string, number, string]>([
		["not-ready.md", "not-ready", 3, "error"],
		["no-status.md", "no-status", 4, "warning"],
		["unknown.md", "unrecognized-status", 2, "error"],
		["several.md", "several-status-tags", 4, "error"],
		["placeholder.md", "placeholder", 4, "warning"],
		["placeholder.md", "placeholder", 8, "warning"],
		["broken.md", "malformed-frontmatter", 3, "error"],
	])("%s: %s on line %i (%s by default)", (file, rule, line, level) => {
		expect(findings()).toContainEqual(
			expect.objectContaining({ path: `specs/${file}`.replace(/^specs\//, ""), rule, line, level }),
		);
	});

	it("sees a note whose broken frontmatter hid the status that made it a spec (that rule only)", () => {
		writeFileSync(path.join(dir, "specs", "hidden.md"), "---\nstatus: [Draft\n  - x: y\n---\n# Hidden\n");
		try {
			const board = runIn(dir, ["specs", "--json"], { env: { SPEC_BOARD_GIT: "none" } });
			expect((JSON.parse(board.stdout) as { notes: { path: string }[] }).notes.map((n) => n.path)).not.toContain(
				"hidden.md",
			);
			expect(findings().filter((f) => f.path === "hidden.md")).toEqual([
				expect.objectContaining({ rule: "malformed-frontmatter", level: "error" }),
			]);
		} finally {
			rmSync(path.join(dir, "specs", "hidden.md"));
		}
	});

	it("finds nothing in a sound spec", () => {
		expect(findings().filter((f) => f.path === "ok.md")).toEqual([]);
	});

	it("every rule has a unique name, a default level and a description", () => {
		const names = CHECK_RULES.map((rule) => rule.name);
		expect(new Set(names).size).toBe(names.length);
		for (const rule of CHECK_RULES) {
			expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(["error", "warning", "off"]).toContain(rule.defaultLevel);
			expect(rule.description).not.toBe("");
		}
	});
});

describe("spec-board check: exit status and levels", () => {
	it("exits 1 when an error-level rule fires", () => {
		expect(check().code).toBe(1);
	});

	it("exits 0 when only warnings fire", () => {
		const { code, stdout } = check("--warn-on", "all");
		expect(code).toBe(0);
		expect(stdout).toMatch(/0 errors, \d+ warnings in 7 specs checked\n$/);
	});

	it("--fail-on turns a warning into an error; --off stops a rule", () => {
		const failing = findings("--fail-on", "no-status").find((f) => f.rule === "no-status");
		expect(failing?.level).toBe("error");
		expect(findings("--off", "placeholder,not-ready").map((f) => f.rule)).not.toContain("placeholder");
	});

	it("the config file sets levels", () => {
		const config = path.join(dir, "check.json");
		writeFileSync(
			config,
			JSON.stringify({
				check: {
					rules: {
						"not-ready": "warning",
						"unrecognized-status": "off",
						"several-status-tags": "off",
						"malformed-frontmatter": "off",
					},
				},
			}),
		);
		const { code } = check("--config", config);
		expect(code).toBe(0);
		writeFileSync(config, JSON.stringify({ check: { rules: { "no-such-rule": "error" } } }));
		const bad = check("--config", config);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toMatch(/unknown rule "no-such-rule"/);
	});

	it.each([
		[["--fail-on", "nope"], /^spec-board: --fail-on: unknown rule "nope"/],
		[["--format", "xml"], /^spec-board: unknown format "xml"/],
		[["--since", "7d"], /^spec-board: --since is an option of spec-board changes/],
	])("bad arguments %j exit 2 with a short usage line", (argv, message) => {
		const { code, stderr } = check(...argv);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr.trim().split("\n")).toHaveLength(2);
	});

	it("--format github is refused on the board, which has no such format", () => {
		const { code, stderr } = runIn(dir, ["specs", "--format", "github"]);
		expect(code).toBe(2);
		expect(stderr).toMatch(/--format github is not a format of the board/);
	});
});

describe("spec-board check: formats", () => {
	it("text: PATH:LINE level rule message, then the verdict", () => {
		const { stdout } = check();
		expect(stdout).toContain(
			"specs/not-ready.md:3  error    not-ready  Approved with 2 open questions (first on line 7: Who signs off?).",
		);
		expect(stdout).toMatch(/\n\n\d+ errors, \d+ warnings in 7 specs checked\n$/);
	});

	it("github: workflow annotations on the status or question line, paths from the working folder, escaped", () => {
		const lines = check("--format", "github").stdout.trim().split("\n");
		expect(lines).toContain(
			"::error file=specs/not-ready.md,line=3,title=not-ready::Approved with 2 open questions (first on line 7: Who signs off?).",
		);
		expect(lines).toContain(
			'::warning file=specs/placeholder.md,line=8,title=placeholder::The template\'s placeholder question "Question 1" is still there.',
		);
		for (const line of lines.slice(0, -1))
			expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,title=[a-z-]+::/);
		expect(lines.at(-1)).toMatch(/^spec-board check: \d+ errors/);
	});

	it("markdown: a summary table for $GITHUB_STEP_SUMMARY", () => {
		const lines = check("--format", "markdown").stdout.trim().split("\n");
		expect(lines[0]).toMatch(/^### ❌ Spec Board check: \d+ errors, \d+ warnings in 7 specs checked$/);
		expect(lines.slice(2, 4)).toEqual(["| Level | Spec | Line | Rule | Message |", "|---|---|---|---|---|"]);
		expect(lines).toContain(
			'| error | specs/unknown.md | 2 | `unrecognized-status` | Status "Simmering" is not a known status word. |',
		);
		const clean = runIn(dir, ["check", "specs", "--format", "markdown", "--off", "all"], {
			env: { SPEC_BOARD_GIT: "none" },
		});
		expect(clean.stdout).toBe("### ✅ Spec Board check: 0 errors, 0 warnings in 7 specs checked\n");
	});

	it("json: schema 1, findings and a summary", () => {
		const parsed = JSON.parse(check("--json").stdout) as { schema: number; summary: Record<string, number> };
		expect(parsed.schema).toBe(1);
		expect(Object.keys(parsed.summary)).toEqual(["specs", "errors", "warnings"]);
	});
});

(hasGit ? describe : describe.skip)("spec-board check over git", () => {
	it("--changed-only REF checks only the specs changed since the ref (committed, modified or new)", () => {
		const repo = makeRepo();
		try {
			repo.commit("2026-01-01T12:00:00Z", "start", {
				"a.md": "---\nstatus: Simmering\n---\n# A\n",
				"b.md": "---\nstatus: Simmering\n---\n# B\n",
				"c.md": "---\nstatus: Simmering\n---\n# C\n",
			});
			repo.git("tag", "base");
			repo.commit("2026-01-02T12:00:00Z", "touch b", { "b.md": "---\nstatus: Simmering\n---\n# B2\n" });
			repo.write("c.md", "---\nstatus: Simmering\n---\n# C2\n");
			repo.write("d.md", "---\nstatus: Simmering\n---\n# D\n");
			const { code, stdout } = runIn(repo.dir, ["check", ".", "--changed-only", "base", "--format", "json"]);
			expect(code).toBe(1);
			const paths = (JSON.parse(stdout) as { findings: Finding[] }).findings.map((f) => f.path);
			expect(paths).toEqual(["b.md", "c.md", "d.md"]);
			const bad = runIn(repo.dir, ["check", ".", "--changed-only", "nope"]);
			expect(bad.code).toBe(2);
			expect(bad.stderr).toMatch(/--changed-only: "nope" is not a git ref/);
		} finally {
			repo.remove();
		}
	});

	it("stale: Draft or In review with no status change for more than N days (30 by default, set in the config)", () => {
		const repo = makeRepo();
		try {
			repo.commit("2026-01-01T12:00:00Z", "start", {
				"old.md": "---\nstatus: In review\n---\n# Old\n",
				"done.md": "---\nstatus: Done\n---\n# Done\n",
			});
			repo.commit("2026-02-20T12:00:00Z", "new", { "new.md": "---\nstatus: Draft\n---\n# New\n" });
			const stale = (extra: string[] = []) =>
				(JSON.parse(runIn(repo.dir, ["check", ".", "--json", ...extra]).stdout) as { findings: Finding[] })
					.findings;
			expect(stale()).toEqual([
				{
					path: "old.md",
					line: 2,
					rule: "stale",
					level: "warning",
					message: "In review for 59 days (more than 30).",
				},
			]);
			repo.write(".spec-board.json", JSON.stringify({ check: { staleDays: 5, rules: { stale: "error" } } }));
			const strict = stale(["--config", ".spec-board.json"]);
			expect(strict.map((f) => [f.path, f.level])).toEqual([
				["new.md", "error"],
				["old.md", "error"],
			]);
		} finally {
			repo.remove();
		}
	});
});
