// A SpecNote for tests: a Draft spec with nothing else said; a test gives only what it cares about.
import { blankSpecNote, type SpecNote } from "../../src/core/model/specNote";

/** A Draft spec (from frontmatter) titled by its path without `.md`, overridden by `partial`. */
export function specNoteWith(partial: Partial<SpecNote> & { path: string }): SpecNote {
	return {
		...blankSpecNote(partial.path),
		title: partial.path.replace(/\.md$/, ""),
		status: "Draft",
		statusRaw: "draft",
		statusSource: "frontmatter",
		...partial,
	};
}
