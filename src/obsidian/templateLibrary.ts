// The templates the create form offers: the built-in ones, then every note of the templates folder.
import { Notice, parseYaml, TFile, TFolder, Vault, type App } from "obsidian";
import { parseCustomTemplate } from "../core/templates/customTemplate";
import type { YamlReader } from "../core/model/specNote";
import { BUILT_IN_TEMPLATES } from "../core/templates/builtInTemplates";
import type { SpecTemplate } from "../core/templates/specTemplate";
import { folderFromSetting } from "./vaultFolders";

/** The templates found, and a sentence for each folder or template that could not be read. */
export interface TemplateLibrary {
	/** Built-in templates first, then custom ones in path order. */
	templates: SpecTemplate[];
	/** Problems, each naming the folder or file; the templates that could be read are listed all the same. */
	problems: string[];
}

/** The Markdown notes in a folder and its subfolders, in path order. */
function notesIn(folder: TFolder): TFile[] {
	const notes: TFile[] = [];
	Vault.recurseChildren(folder, (file) => {
		if (file instanceof TFile && file.extension === "md") notes.push(file);
	});
	return notes.sort((a, b) => a.path.localeCompare(b.path));
}

/** Loads the built-in templates and the custom ones of `templatesFolder` ("" for none); never throws. */
export async function loadTemplateLibrary(
	services: Pick<App, "vault">,
	templatesFolder: string,
	readYaml: YamlReader = parseYaml,
): Promise<TemplateLibrary> {
	const templates: SpecTemplate[] = [...BUILT_IN_TEMPLATES];
	const problems: string[] = [];
	const folderPath = folderFromSetting(templatesFolder, "templates folder");
	if (!folderPath.ok) return { templates, problems: [folderPath.message] };
	if (folderPath.path === "") return { templates, problems };
	const folder = services.vault.getFolderByPath(folderPath.path);
	if (!folder) {
		problems.push(
			`The templates folder "${folderPath.path}" does not exist, so only the built-in templates are offered. Create it, or change it in the settings.`,
		);
		return { templates, problems };
	}
	for (const file of notesIn(folder)) {
		let text: string;
		try {
			text = await services.vault.cachedRead(file);
		} catch (error) {
			problems.push(
				`Template ${file.path} could not be read: ${error instanceof Error ? error.message : String(error)}`,
			);
			continue;
		}
		const result = parseCustomTemplate(file.path, text, readYaml);
		if (result.template) templates.push(result.template);
		else problems.push(`${result.error} It is left out.`);
	}
	return { templates, problems };
}

/** Shows the library's problems in one notice (nothing when there are none). */
export function noticeLibraryProblems(library: TemplateLibrary): void {
	if (library.problems.length > 0) new Notice(library.problems.join("\n"));
}
