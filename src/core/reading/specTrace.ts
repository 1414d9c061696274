// The triage rule: which notes show a trace of a spec, by what Obsidian's cache and the path show without reading the
// text. The plugin reads a note's text only when this says yes; the command line holds every note to the same rule
// (readSpecNote's isSpec requires it), so a note the plugin never reads is never a spec on the command line either.
// See src/core/README.md, "When a note's text is read".
import { scanBody } from "../markdown/scanBody";
import { collectNoteTags, isSameOrNestedTag, tagKey } from "../model/tags";
import { fieldValue } from "./frontmatterFields";
import { rawValueText } from "../model/leadingWords";
import { readType } from "./noteFields";
import { FIELD_KINDS } from "../model/fieldKinds";
import type { ReadOptions } from "./readOptions";

/** What the trace is judged on: all of it is in Obsidian's metadata cache (or a scan of the text, on the command line). */
export interface SpecTraceClues {
	/** Vault-relative path with forward slashes. */
	path: string;
	/** The parsed frontmatter ({} when none). */
	frontmatter: Readonly<Record<string, unknown>>;
	/** Whether the note starts with a frontmatter block that does not parse (its status may be in it). */
	frontmatterBroken: boolean;
	/** Every tag (frontmatter and body) lower-cased, without `#` (see collectNoteTags). */
	lowerTags: readonly string[];
	/** The body's headings. */
	headings: readonly { level: number; text: string }[];
}

/** What a template leaves in the notes made from it: a title's fixed words, and its section headings. */
export interface TemplateTrace {
	/** The lower-cased words before the title's placeholder (`feature:` for `# Feature: {{title}}`), or "" for none. */
	titlePrefix: string;
	/** The level-1 and level-2 section headings, as headingForm gives them (the title left out). */
	sections: ReadonlySet<string>;
}

/** The options the trace depends on. */
export type TraceOptions = Pick<
	ReadOptions,
	"specTag" | "specFolders" | "specFolderNames" | "templatesFolder" | "templateTraces" | "everyNoteIsSpec"
>;

/** Headings that mark a spec format: an ADR's status section and the open-question headings of specs, RFCs and KEPs. */
const FORMAT_SECTIONS: ReadonlySet<string> = new Set([
	"status",
	"open questions",
	"unresolved questions",
	"outstanding questions",
]);

/** Title beginnings that mark a spec format (spec-kit, RFCs, ADRs, KEPs), followed by anything but a letter. */
const FORMAT_TITLES = ["feature specification:", "rfc", "adr", "kep"];

/** A template needs this many of its section headings in a note to have left a trace (one alone, like "Overview", is everywhere). */
const TEMPLATE_SECTIONS_NEEDED = 2;

/** A heading as headings are compared: lower-cased, trimmed, a leading section number (`11. `, `2.3 `) dropped. */
export function headingForm(text: string): string {
	const form = text.trim().toLowerCase();
	const first = form.charCodeAt(0);
	return first >= 48 && first <= 57 ? form.replace(/^(\d+\.)+\d*\s+/, "") : form;
}

/** A folder setting as a lower-cased prefix without slashes at either end ("" for the vault's root). */
export function folderForm(folder: string): string {
	return folder
		.trim()
		.replace(/\\/g, "/")
		.replace(/^\.\//, "")
		.replace(/^\/+|\/+$/g, "")
		.toLowerCase();
}

/** Whether a lower-cased path lies in a folder given as folderForm gives it ("" is the whole vault). */
function inFolder(lowerPath: string, folder: string): boolean {
	return folder === "" || lowerPath === folder || lowerPath.startsWith(folder + "/");
}

/** Whether a path lies in one of the folders (case-insensitively); an empty list, or "/" in it, means everywhere. */
export function inSpecFolders(path: string, folders: readonly string[]): boolean {
	if (folders.length === 0) return true;
	const lower = path.toLowerCase();
	return folders.some((folder) => inFolder(lower, folderForm(folder)));
}

/** Whether a path lies in the templates folder ("" for none, never matched). */
export function inTemplatesFolder(path: string, templatesFolder: string): boolean {
	if (templatesFolder === "") return false;
	const folder = folderForm(templatesFolder);
	return folder !== "" && inFolder(path.toLowerCase(), folder);
}

/** Whether the frontmatter makes the note a Kanban board (the Kanban plugin's `kanban-plugin` key). */
function isKanbanBoard(frontmatter: Readonly<Record<string, unknown>>): boolean {
	return Object.prototype.hasOwnProperty.call(frontmatter, "kanban-plugin");
}

/** Notes that are never specs, whatever they hold: Kanban boards and the notes of the templates folder. */
export function isNeverSpec(
	path: string,
	frontmatter: Readonly<Record<string, unknown>>,
	options: Pick<ReadOptions, "templatesFolder">,
): boolean {
	return isKanbanBoard(frontmatter) || inTemplatesFolder(path, options.templatesFolder);
}

/** Whether some folder of the path (not the file's own name) is one of the names, in any case. */
function underFolderNamed(path: string, names: readonly string[]): boolean {
	let start = 0;
	for (let slash = path.indexOf("/"); slash >= 0; slash = path.indexOf("/", start)) {
		const length = slash - start;
		for (const name of names) {
			if (name.length === length && path.slice(start, slash).toLowerCase() === name.toLowerCase()) return true;
		}
		start = slash + 1;
	}
	return false;
}

/** Whether the place says "spec": inside the configured spec folders, or, with none configured, under a spec-named folder. */
export function inSpecPlace(path: string, options: TraceOptions): boolean {
	if (options.specFolders.length > 0) return inSpecFolders(path, options.specFolders);
	return underFolderNamed(path, options.specFolderNames);
}

/** Whether the tags hold a `status/…` tag or the spec tag (or one nested under it). */
function tagsShowSpec(lowerTags: readonly string[], specTag: string): boolean {
	const specForm = tagKey(specTag);
	for (const tag of lowerTags) {
		if (tag.startsWith("status/") || isSameOrNestedTag(tag, specForm)) return true;
	}
	return false;
}

/** The spec `type` rule, shared with isSpec: a `type` whose value ends in "spec" (`tech-spec`, `spec`). */
export function isSpecType(type: string | null): boolean {
	return type !== null && type.trim().toLowerCase().endsWith("spec");
}

/** Whether the frontmatter holds a status (any value, as readNoteStatus reads it) or a spec `type`. */
function frontmatterShowsSpec(frontmatter: Readonly<Record<string, unknown>>): boolean {
	if (rawValueText(fieldValue(frontmatter, FIELD_KINDS.status.keys)) !== null) return true;
	return isSpecType(readType(frontmatter));
}

/** Whether the headings hold a `Status` section (the ADR convention of Nygard and MADR): the note keeps its status there. */
export function hasStatusSection(headings: SpecTraceClues["headings"]): boolean {
	for (const heading of headings) if (heading.level >= 2 && headingForm(heading.text) === "status") return true;
	return false;
}

/** Whether a title begins with one of the format words, followed by the end or a character that is not a letter. */
function isFormatTitle(form: string): boolean {
	for (const word of FORMAT_TITLES) {
		if (!form.startsWith(word)) continue;
		const next = form.charCodeAt(word.length);
		if (word.endsWith(":") || Number.isNaN(next) || !((next >= 97 && next <= 122) || next > 127)) return true;
	}
	return false;
}

/** Whether the headings show a spec format or a template (its title's fixed words, or two of its sections). */
export function headingsShowSpec(headings: SpecTraceClues["headings"], templates: readonly TemplateTrace[]): boolean {
	if (headings.length === 0) return false;
	let forms: string[] | null = null;
	for (const heading of headings) {
		const form = headingForm(heading.text);
		if (heading.level === 1) {
			if (isFormatTitle(form)) return true;
			for (const template of templates)
				if (template.titlePrefix !== "" && form.startsWith(template.titlePrefix)) return true;
		}
		if (FORMAT_SECTIONS.has(form)) return true;
		if (heading.level <= 2) (forms ??= []).push(form);
	}
	if (forms === null || forms.length < TEMPLATE_SECTIONS_NEEDED) return false;
	for (const template of templates) {
		let found = 0;
		for (const form of forms) if (template.sections.has(form) && ++found >= TEMPLATE_SECTIONS_NEEDED) return true;
	}
	return false;
}

/**
 * Whether a note shows a trace of a spec without its text being read: a status, a spec `type` or the spec tag in its
 * frontmatter (or a frontmatter block that does not parse); a `status/…` or spec tag; a heading a template has (its
 * title's fixed words, or two of its sections) or one that marks a spec format (`Status`, open or unresolved
 * questions, a `Feature Specification:`, `RFC`, `ADR` or `KEP` title); or its place (see inSpecPlace). Never for a
 * Kanban board or a note of the templates folder. `everyNoteIsSpec` (the command line's --all) marks every other note.
 */
export function showsSpecTrace(clues: SpecTraceClues, options: TraceOptions): boolean {
	if (isNeverSpec(clues.path, clues.frontmatter, options)) return false;
	return (
		options.everyNoteIsSpec ||
		clues.frontmatterBroken ||
		frontmatterShowsSpec(clues.frontmatter) ||
		tagsShowSpec(clues.lowerTags, options.specTag) ||
		inSpecPlace(clues.path, options) ||
		headingsShowSpec(clues.headings, options.templateTraces)
	);
}

/** The clues of a note from its parts: frontmatter and body tags are merged and lower-cased as the reader does. */
export function specTraceClues(
	path: string,
	frontmatter: Readonly<Record<string, unknown>>,
	frontmatterBroken: boolean,
	bodyTags: readonly { tag: string }[],
	headings: SpecTraceClues["headings"],
): SpecTraceClues {
	const lowerTags: string[] = [];
	collectNoteTags(frontmatter, bodyTags, lowerTags);
	return { path, frontmatter, frontmatterBroken, lowerTags, headings };
}

/** What a template leaves in the notes made from it (see TemplateTrace), from its headings; its frontmatter is looked at elsewhere. */
export function templateTraceOf(templateHeadings: SpecTraceClues["headings"]): TemplateTrace {
	const headings = templateHeadings.filter((h) => h.level <= 2);
	const title = headings.find((h) => h.level === 1);
	let titlePrefix = "";
	if (title !== undefined) {
		const form = headingForm(title.text);
		const placeholder = form.search(/\{\{|\[|<%/);
		titlePrefix = placeholder > 0 ? form.slice(0, placeholder).trim() : "";
	}
	const sections = new Set<string>();
	for (const heading of headings) {
		if (heading === title) continue;
		const form = headingForm(heading.text);
		if (form !== "") sections.add(form);
	}
	return { titlePrefix, sections };
}

/** What a template's text leaves in the notes made from it (see templateTraceOf). */
export function templateTrace(text: string): TemplateTrace {
	return templateTraceOf(scanBody(text).headings);
}
