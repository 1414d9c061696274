// "Create spec base": a ready `.base` file in the specs folder (Spec board view first, a table by status second);
// an existing file is never overwritten (a numbered name is chosen, as for notes).
import { Notice, type TFile } from "obsidian";
import type { NoteServices } from "./noteTextEdit";
import { uniqueFilePath } from "../core/model/fileName";
import { specBaseText } from "../core/board/specBase";
import type { SpecBoardSettings } from "../core/settings/settings";
import { pathTaken } from "./noteCreator";
import { createFileInFolder, folderFromSetting } from "./vaultFolders";

/** The base's file name, without its extension. */
export const SPEC_BASE_NAME = "Specs";

/** What the notice says besides the path: why the table's status column can be empty. */
export const SPEC_BASE_STATUS_NOTE =
	'The table view groups by the "status" property, which Bases reads from frontmatter only: notes that keep their status in an inline "Status:" line or a status tag show an empty status column there. The Spec board view reads every convention.';

/** Writes the spec base and opens it; resolves to the file, or null after a notice saying why nothing was written. */
export async function createSpecBase(
	services: NoteServices,
	settings: Pick<SpecBoardSettings, "specsFolder" | "specFolders" | "specTag">,
): Promise<TFile | null> {
	const folder = folderFromSetting(settings.specsFolder, "specs folder");
	if (!folder.ok) {
		new Notice(`No base was created: ${folder.message}`);
		return null;
	}
	const path = uniqueFilePath(folder.path, SPEC_BASE_NAME, "base", (p) => pathTaken(services, p));
	if (path === null) {
		new Notice(`No base was created: too many files are already named "${SPEC_BASE_NAME}" in "${folder.path}".`);
		return null;
	}
	const file = await createFileInFolder(
		services.vault,
		folder.path,
		path,
		specBaseText(settings),
		"No base was created",
	);
	if (file === null) return null;
	new Notice(`Created ${path}. ${SPEC_BASE_STATUS_NOTE}`);
	await services.workspace.getLeaf(false).openFile(file);
	return file;
}
