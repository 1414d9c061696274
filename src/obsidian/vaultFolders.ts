// The templates and specs folders as settings name them: normalised, checked to stay inside the vault, created on demand.
import { normalizePath, Notice, TFolder, type TFile, type Vault } from "obsidian";
import { isPathInsideVault } from "../core/model/fileName";

/** A folder path from settings: "" for the vault root, or why it cannot be used. */
export type FolderPath = { ok: true; path: string } | { ok: false; message: string };

/** Normalises a folder from settings ("" and "/" are the vault root) and refuses one that leaves the vault. */
export function folderFromSetting(setting: string, what: string): FolderPath {
	const trimmed = setting.trim();
	if (trimmed === "" || trimmed === "/") return { ok: true, path: "" };
	const path = normalizePath(trimmed);
	if (!isPathInsideVault(path))
		return {
			ok: false,
			message: `The ${what} "${trimmed}" is outside the vault. Choose a folder inside it in the settings.`,
		};
	return { ok: true, path };
}

/**
 * Makes sure a folder exists, creating each missing level; returns why not when a file is in the way.
 * Nothing is created when any level is blocked.
 */
export async function ensureFolder(vault: Vault, path: string): Promise<string | null> {
	if (path === "") return null;
	const levels = path.split("/").map((_part, i, parts) => parts.slice(0, i + 1).join("/"));
	for (const level of levels) {
		const existing = vault.getAbstractFileByPath(level);
		if (existing && !(existing instanceof TFolder))
			return `"${level}" is a file, so the folder "${path}" cannot be created.`;
	}
	for (const level of levels) {
		if (vault.getAbstractFileByPath(level) === null) await vault.createFolder(level);
	}
	return null;
}

/**
 * Creates a new file at `path` (a free name already chosen) with `text`, making its folder when missing. A folder in
 * the way, or a failed write, is told in a notice starting `refusal` ("No spec was created") and nothing is made.
 */
export async function createFileInFolder(
	vault: Vault,
	folderPath: string,
	path: string,
	text: string,
	refusal: string,
): Promise<TFile | null> {
	try {
		const blocked = await ensureFolder(vault, folderPath);
		if (blocked !== null) {
			new Notice(`${refusal}: ${blocked}`);
			return null;
		}
		return await vault.create(path, text);
	} catch (error) {
		new Notice(
			`${refusal}: ${path} could not be written (${error instanceof Error ? error.message : String(error)}).`,
		);
		return null;
	}
}
