// What reading a note depends on besides the note: vocabularies and the rules that make a note a spec.
import type { Priority, Status } from "../model/specNote";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_STATUS_WORDS } from "../model/vocabulary";
import { vocabularyFromSettings, type SpecBoardSettings } from "../settings/settings";

/** Options for reading notes into SpecNotes. */
export interface ReadOptions {
	/** Words per canonical status. */
	statusWords: Readonly<Record<Status, readonly string[]>>;
	/** Words per canonical priority. */
	priorityWords: Readonly<Record<Priority, readonly string[]>>;
	/** A note with this tag (or a nested one) is a spec. */
	specTag: string;
	/** Only notes under these folders are specs (empty: everywhere). */
	specFolders: readonly string[];
	/** Notes under this folder are templates, never specs ("" = none). */
	templatesFolder: string;
	/** Every note counts as a spec (the command line's --all). */
	everyNoteIsSpec: boolean;
}

/** Options with the built-in vocabularies and the default spec tag. */
export function defaultReadOptions(): ReadOptions {
	return {
		statusWords: DEFAULT_STATUS_WORDS,
		priorityWords: DEFAULT_PRIORITY_WORDS,
		specTag: "spec",
		specFolders: [],
		templatesFolder: "",
		everyNoteIsSpec: false,
	};
}

/** Options as the plugin's settings describe them. */
export function readOptionsFromSettings(settings: SpecBoardSettings): ReadOptions {
	return {
		...vocabularyFromSettings(settings),
		specTag: settings.specTag,
		specFolders: settings.specFolders,
		templatesFolder: settings.templatesFolder,
		everyNoteIsSpec: false,
	};
}
