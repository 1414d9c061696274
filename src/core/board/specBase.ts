// The text of a ready `.base` file for Obsidian's Bases (1.10+): the specs, as the Spec board view and as a table.
// Bases reads only frontmatter, so its filter can only approximate which notes are specs: the spec folders, or the
// specs folder and the spec tag. The Spec board view then shows the notes of the base that Spec Board reads as specs.
import { cleanFolderPath } from "../model/fileName";
import { cleanTag } from "../model/tags";

/** The Bases view type Spec Board registers: plugin-unique (a generic id such as `kanban` collides with the app's). */
export const SPEC_BASES_VIEW_TYPE = "spec-board-bases";

/** The Spec board view's options as stored in the `.base` file: keys no core view uses. */
export const SPEC_BASES_OPTION_KEYS = {
	groupBy: "specBoardGroupBy",
	showQuestions: "specBoardShowQuestions",
	showCounts: "specBoardShowCounts",
} as const;

/** What the base's filter is made from (the plugin's settings). */
export interface SpecBaseScope {
	/** Where new specs are created ("" for the vault root). */
	specsFolder: string;
	/** Only notes under these folders are specs (empty: everywhere). */
	specFolders: readonly string[];
	/** A note with this tag is a spec. */
	specTag: string;
}

/** A string literal of Bases' expression language: double quotes, with backslash and quote escaped. */
function expressionString(value: string): string {
	return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A YAML single-quoted scalar (a quote is doubled), so no expression is ever read as YAML syntax. */
function yamlQuoted(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The filter's alternatives: with spec folders set, a note in any of them (outside them no note is a spec, whatever
 * its tags); without, a note in the specs folder or with the spec tag (or a tag nested under it).
 */
export function specBaseAlternatives(scope: SpecBaseScope): string[] {
	const specFolders = scope.specFolders.map(cleanFolderPath).filter((f, i, all) => all.indexOf(f) === i);
	if (specFolders.length > 0 && !specFolders.includes(""))
		return specFolders.map((folder) => `file.inFolder(${expressionString(folder)})`);
	const alternatives: string[] = [];
	const specsFolder = cleanFolderPath(scope.specsFolder);
	if (specsFolder !== "") alternatives.push(`file.inFolder(${expressionString(specsFolder)})`);
	const tag = cleanTag(scope.specTag);
	if (tag !== "") alternatives.push(`file.hasTag(${expressionString(tag)})`);
	return alternatives;
}

/** The whole `.base` file: Markdown notes matching the scope; the Spec board view first, a table grouped by `status` second. */
export function specBaseText(scope: SpecBaseScope): string {
	const alternatives = specBaseAlternatives(scope);
	const lines = ["filters:", "  and:", `    - ${yamlQuoted('file.ext == "md"')}`];
	if (alternatives.length === 1) lines.push(`    - ${yamlQuoted(alternatives[0])}`);
	else if (alternatives.length > 1) {
		lines.push("    - or:");
		for (const alternative of alternatives) lines.push(`        - ${yamlQuoted(alternative)}`);
	}
	lines.push(
		"views:",
		`  - type: ${SPEC_BASES_VIEW_TYPE}`,
		"    name: Spec board",
		`    ${SPEC_BASES_OPTION_KEYS.groupBy}: status`,
		`    ${SPEC_BASES_OPTION_KEYS.showQuestions}: false`,
		`    ${SPEC_BASES_OPTION_KEYS.showCounts}: true`,
		"  - type: table",
		"    name: Specs by status",
		"    groupBy:",
		"      property: note.status",
		"      direction: ASC",
		"    order:",
		"      - file.name",
		"      - note.status",
		"      - note.priority",
		"      - file.mtime",
		"",
	);
	return lines.join("\n");
}
