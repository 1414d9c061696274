// A base's "New" for specs: the app's own flow creates the note (in the base's folder, with the frontmatter the base's
// filters imply), then the chosen template is merged into it, so the new spec matches the base and follows the template.
import { Notice, TFile, type App } from "obsidian";
import type { SpecBoardSettings } from "../core/settings/settings";
import { fillTemplate } from "../core/templates/fillTemplate";
import { mergeTemplateIntoNote } from "../core/templates/mergeIntoNote";
import type { SpecTemplate } from "../core/templates/specTemplate";
import { defaultFillValues } from "./noteCreator";

/** Bases' createFileForView (BasesView, 1.10.2): makes the note, resolves with nothing. */
export type CreateFileForView = (
	baseFileName?: string,
	frontmatterProcessor?: (frontmatter: Record<string, unknown>) => void,
) => Promise<void>;

/** The settings the creator reads. */
export type BasesCreatorSettings = Pick<
	SpecBoardSettings,
	"specsFolder" | "dateFormat" | "author" | "specTag" | "defaultStatus" | "defaultPriority"
>;

/** The end of a text, as a 0-based position. */
function endOf(text: string): { line: number; ch: number } {
	const lines = text.split("\n");
	return { line: lines.length - 1, ch: lines[lines.length - 1].length };
}

/**
 * Creates a spec through a base: `createFileForView` makes the note (the frontmatter the base's filters imply, and
 * `frontmatterProcessor`'s, are kept: a key the note has keeps its value), then the template, filled with the note's
 * name as title and the default status and priority, is merged into it with `Vault.process`. Resolves to the note,
 * or null when none was made (a notice says why when something failed).
 */
export async function createSpecThroughBase(
	services: Pick<App, "vault">,
	createFileForView: CreateFileForView,
	template: SpecTemplate,
	settings: BasesCreatorSettings,
	now: Date,
	baseFileName?: string,
	frontmatterProcessor?: (frontmatter: Record<string, unknown>) => void,
): Promise<TFile | null> {
	// createFileForView resolves with nothing: the note it made is the first Markdown file created meanwhile.
	const created: { file: TFile | null } = { file: null };
	const ref = services.vault.on("create", (file) => {
		if (created.file === null && file instanceof TFile && file.extension === "md") created.file = file;
	});
	try {
		await createFileForView(baseFileName, frontmatterProcessor);
	} catch (error) {
		new Notice(`No spec was created: ${error instanceof Error ? error.message : String(error)}`);
		return null;
	} finally {
		services.vault.offref(ref);
	}
	const file = created.file;
	if (file === null) return null;
	const filled = fillTemplate(template.text, defaultFillValues(file.basename, settings), now, {
		dateFormat: settings.dateFormat,
		conventions: template.conventions,
	});
	try {
		await services.vault.process(file, (text) => mergeTemplateIntoNote(text, filled, endOf(text)).text);
	} catch (error) {
		new Notice(
			`${file.path} was created, but the template could not be written into it (${error instanceof Error ? error.message : String(error)}).`,
		);
	}
	return file;
}
