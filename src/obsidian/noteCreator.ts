// "Create feature spec": fills the chosen template and creates the note in the specs folder, never over an existing file,
// then opens it with the cursor on the first thing to fill.
import { MarkdownView, Notice, type App, type TFile } from "obsidian";
import type { NoteServices } from "./noteTextEdit";
import { fileNameFromTitle, uniqueNotePath } from "../core/model/fileName";
import { fillTemplate, type FillValues } from "../core/templates/fillTemplate";
import type { SpecBoardSettings } from "../core/settings/settings";
import type { SpecTemplate } from "../core/templates/specTemplate";
import { cleanTag, mergeTags } from "../core/model/tags";
import { createFileInFolder, folderFromSetting } from "./vaultFolders";

/** What the form gives for a new spec (the author comes from the settings). */
export type NewSpecValues = Omit<FillValues, "author">;

/** The settings the creator reads. */
export type CreatorSettings = Pick<SpecBoardSettings, "specsFolder" | "dateFormat" | "author" | "specTag">;

/** The values to fill: the form's, the author from settings, and the spec tag first among the tags (once). */
export function fillValuesFor(values: NewSpecValues, settings: CreatorSettings): FillValues {
	const tags = mergeTags([settings.specTag, ...values.tags].map(cleanTag).filter((tag) => tag !== ""));
	return { ...values, tags, author: settings.author };
}

/** The values of a spec made without the form: its title, the default status and priority, no domain, tag or parent. */
export function defaultFillValues(
	title: string,
	settings: CreatorSettings & Pick<SpecBoardSettings, "defaultStatus" | "defaultPriority">,
): FillValues {
	return fillValuesFor(
		{
			title,
			domains: [],
			status: settings.defaultStatus,
			priority: settings.defaultPriority,
			tags: [],
			parent: null,
		},
		settings,
	);
}

/** Whether a path is taken, ignoring case (so a case-insensitive file system never sees a clash either). */
export function pathTaken(services: Pick<App, "vault">, path: string): boolean {
	const lower = path.toLowerCase();
	return (
		services.vault.getAbstractFileByPath(path) !== null ||
		services.vault.getAllLoadedFiles().some((f) => f.path.toLowerCase() === lower)
	);
}

/**
 * Creates a spec note from a template and opens it; resolves to the new file, or null after a notice saying why
 * nothing was created. An existing file is never overwritten: a clash gets a numeric suffix (" 1", " 2"…).
 */
export async function createSpecNote(
	services: NoteServices,
	template: SpecTemplate,
	values: NewSpecValues,
	settings: CreatorSettings,
	now: Date,
): Promise<TFile | null> {
	const fileName = fileNameFromTitle(values.title);
	if (fileName.name === null) {
		new Notice(`No spec was created: ${fileName.reason}`);
		return null;
	}
	const folder = folderFromSetting(settings.specsFolder, "specs folder");
	if (!folder.ok) {
		new Notice(`No spec was created: ${folder.message}`);
		return null;
	}
	const filled = fillTemplate(template.text, fillValuesFor(values, settings), now, {
		dateFormat: settings.dateFormat,
		conventions: template.conventions,
	});
	const path = uniqueNotePath(folder.path, fileName.name, (p) => pathTaken(services, p));
	if (path === null) {
		new Notice(`No spec was created: too many notes are already named "${fileName.name}" in "${folder.path}".`);
		return null;
	}
	const file = await createFileInFolder(services.vault, folder.path, path, filled.text, "No spec was created");
	if (file === null) return null;
	await openWithCursor(services, file, filled.cursor);
	return file;
}

/** Opens a note in the main area, in editing mode, with the cursor at a 0-based position. */
export async function openWithCursor(
	services: Pick<App, "workspace">,
	file: TFile,
	cursor: { line: number; ch: number },
): Promise<void> {
	const leaf = services.workspace.getLeaf(false);
	await leaf.openFile(file, { active: true, state: { mode: "source" }, eState: { line: cursor.line } });
	const view = leaf.view instanceof MarkdownView ? leaf.view : services.workspace.getActiveViewOfType(MarkdownView);
	if (!view || view.file?.path !== file.path) return;
	view.editor.setCursor(cursor);
	view.editor.focus();
}
