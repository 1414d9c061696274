// STUB (being written by the core-reader helper): the text path, note text -> BodyFacts, as Obsidian's cache would say.
import type { BodyFacts } from "./specNote";

/** Scans a note's whole text (frontmatter is skipped) for headings, list items, tags and inline fields; never throws. */
export function scanBody(text: string): BodyFacts {
	throw new Error(`not yet written ${text.length}`);
}
