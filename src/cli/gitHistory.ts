// Status history from git: ONE `git log -p` pass over the whole folder (never a git call per file), streamed through
// a temporary file in chunks, oldest commit first. Each .md file's text is rebuilt version by version from its
// zero-context patches, and each version is read through the core reader, so a status change is seen whatever
// convention writes it (frontmatter, an inline line or a tag). Renames are followed. Without git, outside a
// repository or on any git failure, there is no history and nothing fails.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { ReadOptions } from "../core/reading/readOptions";
import { readSpecNote } from "../core/reading/readSpecNote";
import type { SpecNote, Status } from "../core/model/specNote";
import { readYaml } from "./yamlReader";

/** A status as history compares it: the canonical status, and the word as written when it is not a known one. */
export interface HistoryStatus {
	/** Canonical status. */
	status: Status;
	/** The status as written (null when none). */
	raw: string | null;
}

/** One commit that changed a spec's status (or created it). */
export interface StatusChange {
	/** The file's path today (renames followed), relative to the folder read. */
	path: string;
	/** The status before; null when the commit created the file. */
	from: HistoryStatus | null;
	/** The status after. */
	to: HistoryStatus;
	/** The commit's date (committer date), ISO 8601 as git prints it. */
	date: string;
	/** The commit's date in milliseconds since 1970. */
	time: number;
	/** The commit's hash. */
	commit: string;
	/** The commit's author name. */
	author: string;
}

/** What the history says about one file as it is at HEAD. */
export interface FileHistory {
	/** The status at HEAD. */
	status: HistoryStatus;
	/** When the commit that last changed the status was made (ms since 1970); the first commit when it never changed. */
	since: number;
	/** That commit's hash. */
	commit: string;
}

/** The status history of a folder. */
export interface GitHistory {
	/** Per path today (relative to the folder read): the status at HEAD and since when. */
	files: Map<string, FileHistory>;
	/** Every status change, oldest first (paths as they are today; files deleted since are left out). */
	changes: StatusChange[];
	/** How many commits were read. */
	commits: number;
	/** How many file versions were read through the core reader. */
	versionsRead: number;
}

/** How to run git (tests and the bench pass their own). */
export interface GitOptions {
	/** The git program (default "git"). */
	git?: string;
	/** Extra environment for git. */
	env?: Readonly<Record<string, string | undefined>>;
	/** Called with every file version rebuilt from the patches (tests compare them with `git show`). */
	onVersion?: (file: string, commit: string, text: string) => void;
}

/** Whether two history statuses are the same (an unknown word changing to another unknown word is a change). */
export function sameStatus(a: HistoryStatus, b: HistoryStatus): boolean {
	if (a.status !== b.status) return false;
	return a.status !== "Unrecognized" || (a.raw ?? "").toLowerCase() === (b.raw ?? "").toLowerCase();
}

/** The history status of a note as read now. */
export function historyStatus(note: Pick<SpecNote, "status" | "statusRaw">): HistoryStatus {
	return { status: note.status, raw: note.statusRaw };
}

/** Runs git in a folder and returns its output, or null when git is missing or fails. Never throws. */
export function runGit(cwd: string, args: readonly string[], options: GitOptions = {}): string | null {
	try {
		const result = spawnSync(options.git ?? "git", args, {
			cwd,
			encoding: "utf8",
			env: { ...process.env, ...options.env, GIT_OPTIONAL_LOCKS: "0" },
			maxBuffer: 256 * 1024 * 1024,
			stdio: ["ignore", "pipe", "ignore"],
		});
		return result.status === 0 && result.error === undefined ? result.stdout : null;
	} catch {
		return null;
	}
}

/** Whether the folder is inside a git work tree with at least one commit. */
export function hasGitHistory(root: string, options: GitOptions = {}): boolean {
	return (
		runGit(root, ["rev-parse", "--is-inside-work-tree"], options)?.trim() === "true" &&
		runGit(root, ["rev-parse", "--verify", "-q", "HEAD"], options) !== null
	);
}

/** Git's C-style quoted path ("a\tb" with octal escapes for bytes) as text; a plain path as it is. */
export function unquoteGitPath(text: string): string {
	if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
	const bytes: number[] = [];
	const inner = text.slice(1, -1);
	const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
	for (let i = 0; i < inner.length; i++) {
		const ch = inner[i];
		if (ch !== "\\") {
			for (const byte of Buffer.from(ch, "utf8")) bytes.push(byte);
			continue;
		}
		const next = inner[i + 1] ?? "";
		if (/[0-7]/.test(next)) {
			bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
			i += 3;
		} else {
			bytes.push(simple[next] ?? next.charCodeAt(0));
			i += 1;
		}
	}
	return Buffer.from(bytes).toString("utf8");
}

/** A path from a `--- a/x` / `+++ b/x` / `rename from x` line, without its prefix; null for /dev/null. */
function patchPath(text: string, prefix: string): string | null {
	const raw = text.trimEnd() === "/dev/null" ? null : unquoteGitPath(text.replace(/\t$/, ""));
	if (raw === null) return null;
	return raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
}

/** The path in `diff --git a/P b/P` when both sides are the same (an empty new file has no other header). */
function samePathFromDiffLine(rest: string): string | null {
	if (rest.startsWith('"')) {
		const end = rest.indexOf('" ');
		return end > 0 ? patchPath(rest.slice(0, end + 1), "a/") : null;
	}
	const length = (rest.length - 5) / 2;
	if (!Number.isInteger(length) || length <= 0) return null;
	const a = rest.slice(2, 2 + length);
	return rest.startsWith("a/") && rest.slice(2 + length, 5 + length) === " b/" && rest.slice(5 + length) === a
		? a
		: null;
}

/** Whether history tracks this path: a .md file outside dot-folders and node_modules (as the walk reads them). */
function isTracked(file: string): boolean {
	if (!file.toLowerCase().endsWith(".md")) return false;
	for (const part of file.split("/")) if (part.startsWith(".") || part === "node_modules") return false;
	return true;
}

/** One tracked file while history is replayed. */
interface FileState {
	/** Its lines at the current commit; null when its text is not known (it came from outside the folder, or binary). */
	lines: string[] | null;
	/** Its status at the current commit (null before it was first read). */
	status: HistoryStatus | null;
	since: number;
	commit: string;
	/** Its changes so far, moved along with renames. */
	changes: StatusChange[];
}

/** The patch of one file in one commit, as it is parsed. */
interface FilePatch {
	diffLine: string;
	oldPath: string | null;
	newPath: string | null;
	renameFrom: string | null;
	renameTo: string | null;
	isNew: boolean;
	isDeleted: boolean;
	binary: boolean;
	/** The file being changed, once its paths are settled (null: not tracked). */
	state: FileState | null;
	settled: boolean;
	touched: boolean;
	/** Where the next added line goes, inside a hunk. */
	insertAt: number;
	added: string[];
	hunkIndex: number;
	hunkRemoved: number;
}

/** Reads the status history of every .md file under root in one `git log` pass; null without git history. */
export function readGitHistory(root: string, options: ReadOptions, git: GitOptions = {}): GitHistory | null {
	if (!hasGitHistory(root, git)) return null;
	const temp = mkdtempSync(path.join(tmpdir(), "spec-board-git-"));
	const logFile = path.join(temp, "log.patch");
	try {
		const fd = openSync(logFile, "w");
		let status: number | null;
		try {
			const result = spawnSync(
				git.git ?? "git",
				[
					"-c",
					"core.quotePath=false",
					"log",
					"--first-parent",
					"--diff-merges=first-parent",
					"--reverse",
					"-M",
					"-p",
					"-U0",
					"--no-color",
					"--no-ext-diff",
					"--no-textconv",
					"--no-show-signature",
					"--src-prefix=a/",
					"--dst-prefix=b/",
					"--relative",
					"--format=%x01%H%x1f%cI%x1f%an",
					"--",
					".",
				],
				{
					cwd: root,
					stdio: ["ignore", fd, "ignore"],
					env: { ...process.env, ...git.env, GIT_OPTIONAL_LOCKS: "0" },
				},
			);
			status = result.error === undefined ? result.status : null;
		} finally {
			closeSync(fd);
		}
		if (status !== 0) return null;
		return replayLog(logFile, options, git.onVersion);
	} catch {
		return null;
	} finally {
		rmSync(temp, { recursive: true, force: true });
	}
}

/** Replays a `git log --reverse -p -U0` output file, chunk by chunk; the whole output is never held in memory. */
function replayLog(
	logFile: string,
	options: ReadOptions,
	onVersion?: (file: string, commit: string, text: string) => void,
): GitHistory {
	const files = new Map<string, FileState>();
	let commit = "";
	let date = "";
	let time = 0;
	let author = "";
	let commits = 0;
	let versionsRead = 0;
	let patch: FilePatch | null = null;

	const settle = (p: FilePatch): void => {
		if (p.settled) return;
		p.settled = true;
		const oldPath = p.renameFrom ?? p.oldPath ?? (p.isNew ? null : samePathFromDiffLine(p.diffLine));
		const newPath = p.renameTo ?? p.newPath ?? (p.isDeleted ? null : (oldPath ?? samePathFromDiffLine(p.diffLine)));
		const oldTracked = oldPath !== null && isTracked(oldPath) ? oldPath : null;
		const newTracked = newPath !== null && isTracked(newPath) ? newPath : null;
		let state = oldTracked === null || p.isNew ? undefined : files.get(oldTracked);
		if (oldTracked !== null && oldTracked !== newTracked) files.delete(oldTracked);
		if (p.isDeleted || newTracked === null) return;
		if (state === undefined) {
			state = { lines: p.isNew ? [] : null, status: null, since: time, commit, changes: [] };
			p.touched = true;
		}
		if (oldTracked !== newTracked) p.touched = true;
		files.set(newTracked, state);
		p.state = state;
		if (p.binary) state.lines = null;
	};

	const finishHunk = (p: FilePatch): void => {
		const lines = p.state?.lines;
		if (p.state === null || lines === undefined || lines === null) return;
		if (p.hunkRemoved === 0 && p.added.length === 0) return;
		p.state.lines = lines.slice(0, p.hunkIndex).concat(p.added, lines.slice(p.hunkIndex + p.hunkRemoved));
		p.added = [];
		p.hunkRemoved = 0;
	};

	const finishPatch = (p: FilePatch): void => {
		settle(p);
		finishHunk(p);
		const state = p.state;
		if (state === null || !p.touched || state.lines === null) return;
		const file = p.renameTo ?? p.newPath ?? samePathFromDiffLine(p.diffLine) ?? "";
		const text = state.lines.join("\n");
		onVersion?.(file, commit, text);
		const note = readSpecNote(file, text, readYaml, options);
		versionsRead += 1;
		const now = historyStatus(note);
		if (state.status === null || !sameStatus(state.status, now)) {
			state.changes.push({ path: "", from: state.status, to: now, date, time, commit, author });
			state.since = time;
			state.commit = commit;
		}
		state.status = now;
	};

	const line = (text: string): void => {
		if (text.charCodeAt(0) === 1) {
			if (patch !== null) finishPatch(patch);
			patch = null;
			const [hash, committed, name] = text.slice(1).split("\u001f");
			commit = hash;
			date = committed;
			time = Date.parse(committed);
			author = name ?? "";
			commits += 1;
			return;
		}
		if (text.startsWith("diff --git ")) {
			if (patch !== null) finishPatch(patch);
			patch = {
				diffLine: text.slice("diff --git ".length),
				oldPath: null,
				newPath: null,
				renameFrom: null,
				renameTo: null,
				isNew: false,
				isDeleted: false,
				binary: false,
				state: null,
				settled: false,
				touched: false,
				insertAt: 0,
				added: [],
				hunkIndex: 0,
				hunkRemoved: 0,
			};
			return;
		}
		const p: FilePatch | null = patch;
		if (p === null) return;
		if (!p.settled) {
			if (text.startsWith("--- ")) p.oldPath = patchPath(text.slice(4), "a/");
			else if (text.startsWith("+++ ")) p.newPath = patchPath(text.slice(4), "b/");
			else if (text.startsWith("rename from ")) p.renameFrom = unquoteGitPath(text.slice(12));
			else if (text.startsWith("rename to ")) p.renameTo = unquoteGitPath(text.slice(10));
			else if (text.startsWith("new file mode")) p.isNew = true;
			else if (text.startsWith("deleted file mode")) p.isDeleted = true;
			else if (text.startsWith("Binary files ") || text.startsWith("GIT binary patch")) p.binary = true;
			if (!text.startsWith("@@ ")) return;
		}
		if (text.startsWith("@@ ")) {
			settle(p);
			finishHunk(p);
			const match = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
			if (match === null) return;
			const removed = match[1] === undefined ? 1 : Number(match[1]);
			const start = Number(match[2]);
			const count = match[3] === undefined ? 1 : Number(match[3]);
			p.hunkIndex = count === 0 ? start : start - 1;
			p.hunkRemoved = removed;
			p.added = [];
			p.touched = true;
			return;
		}
		if (text.charCodeAt(0) === 43 /* + */) p.added.push(text.slice(1));
		else if (text.startsWith("Binary files ") && p.state !== null) p.state.lines = null;
	};

	const fd = openSync(logFile, "r");
	try {
		const decoder = new StringDecoder("utf8");
		const buffer = Buffer.alloc(1 << 20);
		let carry = "";
		for (;;) {
			const read = readSync(fd, buffer, 0, buffer.length, null);
			if (read === 0) break;
			const chunk = carry + decoder.write(buffer.subarray(0, read));
			let start = 0;
			for (let end = chunk.indexOf("\n"); end >= 0; end = chunk.indexOf("\n", start)) {
				line(chunk.slice(start, end));
				start = end + 1;
			}
			carry = chunk.slice(start);
		}
		carry += decoder.end();
		if (carry !== "") line(carry);
		const last = patch as FilePatch | null;
		if (last !== null) finishPatch(last);
	} finally {
		closeSync(fd);
	}

	const byPath = new Map<string, FileHistory>();
	const changes: StatusChange[] = [];
	for (const [file, state] of files) {
		if (state.status === null) continue;
		byPath.set(file, { status: state.status, since: state.since, commit: state.commit });
		for (const change of state.changes) changes.push({ ...change, path: file });
	}
	changes.sort((a, b) => a.time - b.time || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { files: byPath, changes, commits, versionsRead };
}

/** The commits after a ref up to HEAD (first-parent), or null when the ref is not a commit. */
export function commitsSince(root: string, ref: string, git: GitOptions = {}): Set<string> | null {
	if (runGit(root, ["rev-parse", "--verify", "-q", `${ref}^{commit}`], git) === null) return null;
	const listed = runGit(root, ["rev-list", "--first-parent", `${ref}..HEAD`], git);
	return listed === null ? null : new Set(listed.split("\n").filter((hash) => hash !== ""));
}

/**
 * The .md paths (relative to root) that differ from a ref: committed since, changed in the work tree, or new and not
 * ignored. Null when the ref is not a commit or git fails.
 */
export function pathsChangedSince(root: string, ref: string, git: GitOptions = {}): Set<string> | null {
	if (runGit(root, ["rev-parse", "--verify", "-q", `${ref}^{commit}`], git) === null) return null;
	const diffed = runGit(
		root,
		["-c", "core.quotePath=false", "diff", "--name-only", "-z", "--relative", ref, "--", "."],
		git,
	);
	const untracked = runGit(
		root,
		["-c", "core.quotePath=false", "ls-files", "-z", "--others", "--exclude-standard", "--", "."],
		git,
	);
	if (diffed === null || untracked === null) return null;
	const paths = new Set<string>();
	for (const file of `${diffed}\0${untracked}`.split("\0")) if (file !== "") paths.add(file);
	return paths;
}
