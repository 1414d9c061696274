// "Export built-in templates to the templates folder": writes the five built-in templates there to be customised.
// An existing file is never overwritten: it is skipped, and the notice says so.
import { Notice, type App } from "obsidian";
import { BUILT_IN_TEMPLATES } from "../core/templates/builtInTemplates";
import type { SpecTemplate } from "../core/templates/specTemplate";
import { ensureFolder, folderFromSetting } from "./vaultFolders";

/** What an export did. */
export interface ExportResult {
	/** Paths written. */
	written: string[];
	/** Paths skipped because a file was already there. */
	skipped: string[];
	/** Paths that could not be written, with the reason. */
	failed: string[];
}

/**
 * A built-in template as a custom template file: its name and description as `template-name` and `description`
 * keys at the top of its frontmatter (a frontmatter is added when it has none); the rest exactly as built in.
 */
export function exportedTemplateText(template: SpecTemplate): string {
	const eol = template.text.includes("\r\n") ? "\r\n" : "\n";
	const meta = [
		`template-name: ${JSON.stringify(template.name)}`,
		`description: ${JSON.stringify(template.description)}`,
	].join(eol);
	const opening = `---${eol}`;
	if (template.text.startsWith(opening)) return `${opening}${meta}${eol}${template.text.slice(opening.length)}`;
	return `${opening}${meta}${eol}---${eol}${template.text}`;
}

/** One sentence saying what an export did. */
export function exportSummary(folder: string, result: ExportResult): string {
	const parts: string[] = [];
	const where = `"${folder}"`;
	if (result.written.length > 0)
		parts.push(
			`Exported ${result.written.length} built-in template${result.written.length === 1 ? "" : "s"} to ${where}.`,
		);
	else parts.push(`No template was exported to ${where}.`);
	if (result.skipped.length > 0)
		parts.push(
			`Skipped ${result.skipped.length} that already exist${result.skipped.length === 1 ? "s" : ""} (left unchanged): ${result.skipped.join(", ")}.`,
		);
	if (result.failed.length > 0) parts.push(`Could not write: ${result.failed.join("; ")}.`);
	return parts.join(" ");
}

/** Writes the built-in templates into the templates folder, creating it; shows a notice; null when nothing could start. */
export async function exportBuiltInTemplates(
	services: Pick<App, "vault">,
	templatesFolder: string,
): Promise<ExportResult | null> {
	const folder = folderFromSetting(templatesFolder, "templates folder");
	if (!folder.ok) {
		new Notice(folder.message);
		return null;
	}
	if (folder.path === "") {
		new Notice("Set a templates folder in the settings first: the built-in templates are exported there.");
		return null;
	}
	let blocked: string | null;
	try {
		blocked = await ensureFolder(services.vault, folder.path);
	} catch (error) {
		blocked = error instanceof Error ? error.message : String(error);
	}
	if (blocked !== null) {
		new Notice(`Could not export the built-in templates: ${blocked}`);
		return null;
	}
	const result: ExportResult = { written: [], skipped: [], failed: [] };
	for (const template of BUILT_IN_TEMPLATES) {
		const path = `${folder.path}/${template.fileName}`;
		if (services.vault.getAbstractFileByPath(path) !== null) {
			result.skipped.push(template.fileName);
			continue;
		}
		try {
			await services.vault.create(path, exportedTemplateText(template));
			result.written.push(template.fileName);
		} catch (error) {
			result.failed.push(`${template.fileName} (${error instanceof Error ? error.message : String(error)})`);
		}
	}
	new Notice(exportSummary(folder.path, result));
	return result;
}
