// What reading a note depends on besides the note: vocabularies and the rules that make a note a spec.
import type { Priority, Status } from "../model/specNote";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_QUESTION_HEADINGS, DEFAULT_STATUS_WORDS } from "../model/vocabulary";
import { DEFAULT_SPEC_FOLDER_NAMES, vocabularyFromSettings, type SpecBoardSettings } from "../settings/settings";
import { BUILT_IN_TEMPLATES } from "../templates/builtInTemplates";
import { templateTrace, type TemplateTrace } from "./specTrace";

/** Options for reading notes into SpecNotes; prepared once and passed, never kept in module state. */
export interface ReadOptions {
	/** Words per canonical status. */
	statusWords: Readonly<Record<Status, readonly string[]>>;
	/** Words per canonical priority. */
	priorityWords: Readonly<Record<Priority, readonly string[]>>;
	/** A note with this tag (or a nested one) is a spec. */
	specTag: string;
	/** Only notes under these folders are specs (empty: everywhere). */
	specFolders: readonly string[];
	/** With no spec folders configured, notes under a folder of one of these names show a trace of a spec (see specTrace). */
	specFolderNames: readonly string[];
	/** The templates folder, whose notes are never specs ("" for none). */
	templatesFolder: string;
	/** What the built-in and custom templates leave in their notes (see specTrace). */
	templateTraces: readonly TemplateTrace[];
	/** Every note counts as a spec (the command line's --all). */
	everyNoteIsSpec: boolean;
	/** Heading words that open a section of questions ("Open questions", "Unresolved questions"…). */
	questionHeadings: readonly string[];
	/**
	 * The name of the note a link from `fromPath` leads to (the plugin asks Obsidian's `getFirstLinkpathDest`), so two
	 * spellings of one link are one domain; null when it leads nowhere. Absent: the link's own last path part.
	 */
	resolveLinkName?: (target: string, fromPath: string) => string | null;
}

/** The traces of the five built-in templates. */
export function builtInTemplateTraces(): TemplateTrace[] {
	return BUILT_IN_TEMPLATES.map((template) => templateTrace(template.text));
}

/** Options with the built-in vocabularies, templates and folder names, and the default spec tag. */
export function defaultReadOptions(): ReadOptions {
	return {
		statusWords: DEFAULT_STATUS_WORDS,
		priorityWords: DEFAULT_PRIORITY_WORDS,
		specTag: "spec",
		specFolders: [],
		specFolderNames: DEFAULT_SPEC_FOLDER_NAMES,
		templatesFolder: "",
		templateTraces: builtInTemplateTraces(),
		everyNoteIsSpec: false,
		questionHeadings: DEFAULT_QUESTION_HEADINGS,
	};
}

/** Options as the plugin's settings describe them (the custom templates' traces are added by withTemplateTraces). */
export function readOptionsFromSettings(settings: SpecBoardSettings): ReadOptions {
	return {
		...vocabularyFromSettings(settings),
		specTag: settings.specTag,
		specFolders: settings.specFolders,
		specFolderNames: settings.specFolderNames,
		templatesFolder: settings.templatesFolder,
		templateTraces: builtInTemplateTraces(),
		everyNoteIsSpec: false,
		questionHeadings: settings.questionHeadings,
	};
}

/** The options with the traces of the custom templates (the templates folder's notes, by their headings) added. */
export function withTemplateTraces(options: ReadOptions, custom: readonly TemplateTrace[]): ReadOptions {
	return custom.length === 0 ? options : { ...options, templateTraces: [...options.templateTraces, ...custom] };
}
