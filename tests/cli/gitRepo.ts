// Real git repositories in a temporary folder, with fixed commit dates and authors, for the history tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Whether git can be run here (the history tests skip with a message without it). */
export const hasGit = spawnSync("git", ["--version"], { encoding: "utf8" }).status === 0;

/** Environment that keeps the user's and the system's git configuration out of the tests. */
export const GIT_TEST_ENV = {
	GIT_CONFIG_NOSYSTEM: "1",
	GIT_CONFIG_GLOBAL: "/dev/null",
	GIT_TERMINAL_PROMPT: "0",
};

/** A repository made for one test. */
export interface TestRepo {
	/** Its folder. */
	dir: string;
	/** Writes files (null deletes), renames (`{ from, to }`), then commits them all at a fixed date. */
	commit: (
		date: string,
		message: string,
		files: Record<string, string | null>,
		options?: { author?: string; renames?: { from: string; to: string }[] },
	) => string;
	/** Writes a file without committing it. */
	write: (file: string, text: string) => void;
	/** Runs git in the repository; returns stdout (throws on failure). */
	git: (...args: string[]) => string;
	/** Removes the folder. */
	remove: () => void;
}

/** Makes an empty repository (branch main) in a new temporary folder. */
export function makeRepo(): TestRepo {
	const dir = mkdtempSync(path.join(tmpdir(), "spec-board-git-test-"));
	const git = (...args: string[]): string => gitIn(dir, {}, ...args);
	git("init", "-q", "-b", "main");
	const write = (file: string, text: string): void => {
		const target = path.join(dir, file);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, text);
	};
	return {
		dir,
		git,
		write,
		commit(date, message, files, options = {}) {
			for (const { from, to } of options.renames ?? []) {
				mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
				renameSync(path.join(dir, from), path.join(dir, to));
			}
			for (const [file, text] of Object.entries(files)) {
				if (text === null) rmSync(path.join(dir, file), { force: true });
				else write(file, text);
			}
			git("add", "-A");
			const author = options.author ?? "Ada Lovelace";
			gitIn(
				dir,
				{
					GIT_AUTHOR_DATE: date,
					GIT_COMMITTER_DATE: date,
					GIT_AUTHOR_NAME: author,
					GIT_COMMITTER_NAME: author,
					GIT_AUTHOR_EMAIL: "author@example.com",
					GIT_COMMITTER_EMAIL: "author@example.com",
				},
				"commit",
				"-q",
				"--allow-empty",
				"-m",
				message,
			);
			return git("rev-parse", "HEAD").trim();
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

function gitIn(dir: string, env: Record<string, string>, ...args: string[]): string {
	const result = spawnSync("git", ["-c", "commit.gpgsign=false", ...args], {
		cwd: dir,
		encoding: "utf8",
		env: { ...process.env, ...GIT_TEST_ENV, ...env },
	});
	if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
	return result.stdout;
}
