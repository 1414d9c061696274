// Finding and reading the Markdown notes under a folder, the way Obsidian sees a vault.
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import path from "node:path";

/** A Markdown file found under the root. */
export interface VaultFile {
	/** Path relative to the root, with forward slashes. */
	path: string;
	/** Absolute path on disk, for reading. */
	absolutePath: string;
}

/** A file or folder that was left out, and why. */
export interface SkippedFile {
	/** Path relative to the root, with forward slashes. */
	path: string;
	/** Why it was left out, for people. */
	reason: string;
}

/** Everything a walk found. */
export interface VaultWalk {
	/** Markdown files, sorted by path. */
	files: VaultFile[];
	/** Folders that could not be listed. */
	skipped: SkippedFile[];
}

/** A note's text, or why it could not be read. */
export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

/** Folder names skipped besides every dot-folder. */
const SKIPPED_FOLDERS = new Set(["node_modules"]);

/** Compares by code unit, so the order is the same on every machine and locale. */
function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Words for the usual file-system errors. */
export function describeFsError(error: unknown): string {
	const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
	switch (code) {
		case "EACCES":
		case "EPERM":
			return "permission denied";
		case "ENOENT":
			return "not found (a broken link, or deleted while reading)";
		case "ENOTDIR":
			return "not a folder";
		case "ELOOP":
			return "too many levels of symbolic links";
		case "EISDIR":
			return "is a folder";
		default:
			return error instanceof Error ? error.message : String(error);
	}
}

/** Checks that the root is a readable folder; returns a one-line problem, or null when it is fine. */
export function checkRoot(root: string): string | null {
	try {
		if (!statSync(root).isDirectory()) return `${root} is not a folder`;
		readdirSync(root);
		return null;
	} catch (error) {
		if (typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT")
			return `no such folder: ${root}`;
		return `cannot read ${root}: ${describeFsError(error)}`;
	}
}

/**
 * Lists the .md files under root, recursively, sorted by path. Skips dot-files, dot-folders (.obsidian, .trash, .git...)
 * and node_modules; follows symbolic links but visits each real folder once, so link loops end.
 * Folders that cannot be listed are reported in `skipped`; never throws for anything under the root.
 */
export function walkVault(root: string): VaultWalk {
	const files: VaultFile[] = [];
	const skipped: SkippedFile[] = [];
	const visited = new Set<string>();

	const visit = (absoluteDir: string, relativeDir: string): void => {
		let realDir: string;
		let entries: Dirent[];
		try {
			realDir = realpathSync(absoluteDir);
			if (visited.has(realDir)) return;
			visited.add(realDir);
			entries = readdirSync(absoluteDir, { withFileTypes: true });
		} catch (error) {
			skipped.push({
				path: relativeDir === "" ? "." : relativeDir,
				reason: `cannot list the folder: ${describeFsError(error)}`,
			});
			return;
		}
		entries.sort((a, b) => byCodeUnit(a.name, b.name));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const absolute = path.join(absoluteDir, entry.name);
			const relative = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
			let isDirectory = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				try {
					const target = statSync(absolute);
					isDirectory = target.isDirectory();
					isFile = target.isFile();
				} catch (error) {
					if (isMarkdown(entry.name))
						skipped.push({ path: relative, reason: `cannot follow the link: ${describeFsError(error)}` });
					continue;
				}
			}
			if (isDirectory) {
				if (!SKIPPED_FOLDERS.has(entry.name)) visit(absolute, relative);
			} else if (isFile && isMarkdown(entry.name)) {
				files.push({ path: relative, absolutePath: absolute });
			}
		}
	};

	visit(path.resolve(root), "");
	files.sort((a, b) => byCodeUnit(a.path, b.path));
	return { files, skipped };
}

function isMarkdown(name: string): boolean {
	return name.toLowerCase().endsWith(".md");
}

/**
 * Reads a note as UTF-8; a file that cannot be read, or a binary file (one with a NUL byte), gives a reason instead.
 * The file is decoded straight to text (Node's fastest read); a NUL byte, and only a NUL byte, decodes to U+0000.
 */
export function readNoteFile(absolutePath: string): ReadOutcome {
	let text: string;
	try {
		text = readFileSync(absolutePath, "utf8");
	} catch (error) {
		return { ok: false, reason: `cannot read: ${describeFsError(error)}` };
	}
	if (text.indexOf("\u0000") >= 0) return { ok: false, reason: "binary file (it contains a NUL byte)" };
	return { ok: true, text };
}
