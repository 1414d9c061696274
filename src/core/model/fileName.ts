// File names and paths for new specs: from a title to a safe, unique, vault-relative path.

/** Longest file name (without `.md`) we create, in characters; file systems cap names near 255 bytes. */
export const MAX_FILE_NAME_LENGTH = 120;

/** Characters Obsidian forbids in file names, plus those that break links (`# ^ [ ] |`). */
export const FORBIDDEN_FILE_NAME_CHARACTERS = '\\ / : * ? " < > | # ^ [ ]';

const FORBIDDEN = /[\\/:*?"<>|#^[\]]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** A file name made from a title, or why none could be made. */
export type FileNameResult = { name: string; reason: null } | { name: null; reason: string };

/**
 * A file name (without `.md`) from a title: forbidden and control characters removed, spaces collapsed, trimmed,
 * no leading or trailing dots, at most MAX_FILE_NAME_LENGTH characters. An empty result gives the reason instead.
 */
export function fileNameFromTitle(title: string): FileNameResult {
	if (title.trim() === "") return { name: null, reason: "The title is empty." };
	let name = title.replace(CONTROL, " ").replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
	name = name.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
	const characters = Array.from(name);
	if (characters.length > MAX_FILE_NAME_LENGTH)
		name = characters
			.slice(0, MAX_FILE_NAME_LENGTH)
			.join("")
			.replace(/[.\s]+$/, "");
	if (name === "")
		return {
			name: null,
			reason: `The title has no character a file name can keep (these are left out: ${FORBIDDEN_FILE_NAME_CHARACTERS}).`,
		};
	if (WINDOWS_RESERVED.test(name)) name = `${name} spec`;
	return { name, reason: null };
}

/** A note's file name without its folder and `.md` (`Specs/Checkout.md` gives `Checkout`). */
export function fileTitle(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** A folder as written in settings, cleaned: forward slashes, no "./" start, no doubled, leading or trailing slash ("" is the root). */
export function cleanFolderPath(folder: string): string {
	return folder
		.trim()
		.replace(/\\/g, "/")
		.replace(/^\.\//, "")
		.replace(/\/+/g, "/")
		.replace(/^\/+|\/+$/g, "");
}

/** Joins a folder and a file name with one slash, without leading or trailing slashes. */
function joinPath(folder: string, file: string): string {
	const clean = cleanFolderPath(folder);
	return clean === "" || clean === "." ? file : `${clean}/${file}`;
}

/**
 * The first free path among "Folder/Name.md", "Folder/Name 1.md", "Folder/Name 2.md"…; an existing file is never
 * chosen. Null when even the thousandth name is taken.
 */
export function uniqueNotePath(folder: string, baseName: string, exists: (path: string) => boolean): string | null {
	return uniqueFilePath(folder, baseName, "md", exists);
}

/** As uniqueNotePath, for any extension (without the dot): "Folder/Name.base", "Folder/Name 1.base"… */
export function uniqueFilePath(
	folder: string,
	baseName: string,
	extension: string,
	exists: (path: string) => boolean,
): string | null {
	for (let n = 0; n < 1000; n++) {
		const path = joinPath(folder, n === 0 ? `${baseName}.${extension}` : `${baseName} ${n}.${extension}`);
		if (!exists(path)) return path;
	}
	return null;
}

/** Whether a user-given path stays inside the vault: relative, no `..` segment, no drive letter or UNC prefix. */
export function isPathInsideVault(path: string): boolean {
	if (path.includes("\u0000")) return false;
	const p = path.trim().replace(/\\/g, "/");
	if (p.startsWith("/") || p.startsWith("~")) return false;
	if (/^[a-zA-Z]:/.test(p)) return false;
	if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(p)) return false;
	return !p.split("/").some((segment) => segment.trim() === "..");
}
