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

/** A note's text (with a sentence when it was not UTF-8), or why it could not be read. */
export type ReadOutcome = { ok: true; text: string; encodingProblem?: string } | { ok: false; reason: string };

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
			realDir = realpathSync.native(absoluteDir);
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
		// absoluteDir is resolved (no `.`, `..` or doubled separator), so joining is appending: no path.join per entry.
		const prefix = absoluteDir.endsWith(path.sep) ? absoluteDir : absoluteDir + path.sep;
		for (const entry of entries) {
			if (entry.name.charCodeAt(0) === 46) continue;
			const absolute = prefix + entry.name;
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

/** Whether a file name ends in `.md`, in any case (no lower-cased copy of every name). */
function isMarkdown(name: string): boolean {
	const length = name.length;
	return (
		length >= 3 &&
		name.charCodeAt(length - 3) === 46 &&
		(name.charCodeAt(length - 2) | 32) === 109 &&
		(name.charCodeAt(length - 1) | 32) === 100
	);
}

/** Decodes UTF-8 strictly (throws on a byte sequence that is not UTF-8). */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes Latin-1 as browsers and Obsidian label it (windows-1252: Latin-1 with printable 0x80–0x9F). */
function decodeLatin1(bytes: Uint8Array): string {
	try {
		return new TextDecoder("windows-1252").decode(bytes);
	} catch {
		return Buffer.from(bytes).toString("latin1");
	}
}

/** Decodes UTF-16 after its byte-order mark (FF FE: little-endian, FE FF: big-endian). */
function decodeUtf16(bytes: Buffer, bigEndian: boolean): string {
	const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
	if (bigEndian) body.swap16();
	return body.toString("utf16le");
}

/**
 * Reads a note: UTF-8 (the fast path), or UTF-16 with a byte-order mark, or, when the bytes are not UTF-8, Latin-1;
 * the last two with a sentence saying so. A file that cannot be read, or a binary file (a NUL byte outside UTF-16),
 * gives a reason instead.
 */
export function readNoteFile(absolutePath: string): ReadOutcome {
	let bytes: Buffer;
	try {
		bytes = readFileSync(absolutePath);
	} catch (error) {
		return { ok: false, reason: `cannot read: ${describeFsError(error)}` };
	}
	if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
		const bigEndian = bytes[0] === 0xfe;
		return {
			ok: true,
			text: decodeUtf16(bytes, bigEndian),
			encodingProblem: `The file is UTF-16 (${bigEndian ? "big" : "little"}-endian, with a byte-order mark), not UTF-8; it was read as UTF-16. Save it as UTF-8.`,
		};
	}
	if (bytes.indexOf(0) >= 0) return { ok: false, reason: "binary file (it contains a NUL byte)" };
	const text = bytes.toString("utf8");
	// A replacement character is rare in real text: only then is the file checked strictly, the fast path stays fast.
	if (text.indexOf("\ufffd") < 0) return { ok: true, text };
	try {
		strictUtf8.decode(bytes);
		return { ok: true, text };
	} catch {
		return {
			ok: true,
			text: decodeLatin1(bytes),
			encodingProblem: "The file is not UTF-8; it was read as Latin-1 (Windows-1252). Save it as UTF-8.",
		};
	}
}
