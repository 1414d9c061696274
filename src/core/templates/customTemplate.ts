// Custom templates: a note in the templates folder, offered beside the built-in ones.
import type { YamlReader } from "../model/specNote";
import { detectConventions } from "./conventions";
import { findEntry, findFrontmatter, readEntries, splitLinesWithEol } from "../markdown/frontmatterLines";
import type { SpecTemplate } from "./specTemplate";
import { fileTitle } from "../model/fileName";

/** A custom template read from the vault, or why it could not be read. */
export type CustomTemplateResult = { template: SpecTemplate; error: null } | { template: null; error: string };

/** Frontmatter keys that describe the template itself; they are not copied into new notes. */
export const TEMPLATE_META_KEYS = ["template-name", "description"];

function oneLine(value: unknown): string | null {
	if (typeof value === "string" && value.trim() !== "") return value.trim().replace(/\s+/g, " ");
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return null;
}

/**
 * Reads a custom template: its name (frontmatter `template-name`, else the file name), description, the text with
 * those two keys removed, and its conventions. Broken YAML gives an error naming the file; never throws.
 */
export function parseCustomTemplate(path: string, text: string, readYaml: YamlReader): CustomTemplateResult {
	const { lines, eol } = splitLinesWithEol(text);
	const span = findFrontmatter(lines);
	let data: Record<string, unknown> = {};
	if (span) {
		try {
			const parsed = readYaml(lines.slice(span.start, span.end).join("\n"));
			if (parsed !== null && parsed !== undefined && (typeof parsed !== "object" || Array.isArray(parsed))) {
				return { template: null, error: `Template ${path} has frontmatter that is not a list of keys.` };
			}
			data = (parsed ?? {}) as Record<string, unknown>;
		} catch (error) {
			const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
			return { template: null, error: `Template ${path} has frontmatter that does not parse: ${detail}` };
		}
	}
	const body = span ? stripMetaKeys(lines, span) : lines;
	const templateText = body.join(eol);
	return {
		error: null,
		template: {
			id: `custom:${path}`,
			name: oneLine(data["template-name"]) ?? fileTitle(path.replace(/\\/g, "/")),
			description: oneLine(data.description) ?? "",
			text: templateText,
			conventions: detectConventions(templateText),
			source: "custom",
			fileName: path,
		},
	};
}

/** The lines with the template's own keys taken out of the frontmatter (the block dropped when nothing is left). */
function stripMetaKeys(lines: string[], span: { start: number; end: number }): string[] {
	const inner = lines.slice(span.start, span.end);
	const entries = readEntries(inner);
	const drop = new Set<number>();
	for (const key of TEMPLATE_META_KEYS) {
		const entry = findEntry(entries, key);
		if (entry) for (let n = entry.line; n < entry.end; n++) drop.add(n);
	}
	if (drop.size === 0) return lines;
	const kept = inner.filter((_l, n) => !drop.has(n));
	const rest = lines.slice(span.end + 1);
	if (kept.every((l) => l.trim() === "")) return rest;
	return [lines[0], ...kept, lines[span.end], ...rest];
}
