// STUB (being written by the core-reader helper): (path, frontmatter, body facts) -> SpecNote.
import type { BodyFacts, FrontmatterResult, SpecNote, YamlReader } from "./specNote";
import type { ReadOptions } from "./readOptions";

/** What buildSpecNote needs about one note. */
export interface NoteInput {
	/** Path with forward slashes, relative to the vault or the folder read. */
	path: string;
	/** Parsed frontmatter (from Obsidian's cache or from a YAML reader). */
	frontmatter: FrontmatterResult;
	/** What the body says (from scanBody, or from Obsidian's cache plus the text where needed). */
	facts: BodyFacts;
	/** The whole text, when it was read (used for question text and inline fields the facts lack). */
	text: string | null;
}

/** Builds a SpecNote from already-parsed parts; never throws. */
export function buildSpecNote(input: NoteInput, options: ReadOptions): SpecNote {
	throw new Error(`not yet written ${input.path} ${String(options.specTag)}`);
}

/** Reads a note's whole text into a SpecNote, parsing frontmatter with the given YAML reader; never throws. */
export function readSpecNote(path: string, text: string, readYaml: YamlReader, options: ReadOptions): SpecNote {
	throw new Error(`not yet written ${path} ${text.length} ${typeof readYaml} ${String(options.specTag)}`);
}
