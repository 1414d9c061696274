// Where in a note's text its status, title and tags are written: the lines check rules and problems point at.
import type { NoteProblem, SpecNote } from "../model/specNote";
import { findFrontmatter, readEntries, findEntry } from "../markdown/frontmatterLines";

/** 1-based lines of the parts of a note that rules point at (null when the note does not write it). */
export interface NoteLines {
	/** The line that gives the status: the frontmatter key, the body line that holds it, or the first status tag. */
	status: number | null;
	/** The line that gives the title: the frontmatter `title`, else the first level-1 heading. */
	title: number | null;
	/** The frontmatter `tags` line. */
	tags: number | null;
}

const STATUS_TAG = /(^|[\s#[,'"])status\//i;

/** Finds the lines of a note's status, title and tags in its text (the text the note was read from). */
export function findNoteLines(text: string, note: Pick<SpecNote, "statusSource" | "statusLine">): NoteLines {
	const lines = text.split("\n");
	const span = findFrontmatter(lines);
	const inside = span === null ? [] : lines.slice(span.start, span.end);
	const entries = readEntries(inside);
	const lineOf = (entry: { line: number } | null): number | null =>
		entry === null || span === null ? null : span.start + entry.line + 1;
	const tagsEntry = findEntry(entries, "tags", "tag");
	let status: number | null = null;
	// A body line (inline `Status:` line, `## Status` section, metadata table row, callout title) is where the reader found it.
	if (note.statusLine !== null) status = note.statusLine;
	else if (note.statusSource === "frontmatter") status = lineOf(findEntry(entries, "status"));
	else if (note.statusSource === "tag") {
		if (tagsEntry !== null && span !== null) {
			for (let i = tagsEntry.line; i < tagsEntry.end && status === null; i++)
				if (STATUS_TAG.test(inside[i])) status = span.start + i + 1;
		}
		const from = span === null ? 0 : span.end + 1;
		for (let i = from; i < lines.length && status === null; i++) if (lines[i].includes("#status/")) status = i + 1;
		for (let i = from; i < lines.length && status === null; i++)
			if (lines[i].toLowerCase().includes("#status/")) status = i + 1;
	}
	let title = lineOf(findEntry(entries, "title"));
	if (title === null) {
		const from = span === null ? 0 : span.end + 1;
		for (let i = from; i < lines.length; i++) {
			if (/^#\s/.test(lines[i])) {
				title = i + 1;
				break;
			}
		}
	}
	return { status, title, tags: lineOf(tagsEntry) };
}

/** The line a problem is about, from its kind and the note's lines (1 when nothing better is known). */
export function problemLine(problem: NoteProblem, lines: NoteLines): number {
	switch (problem.code) {
		case "unrecognized-status":
		case "several-status-tags":
			return lines.status ?? 1;
		case "placeholder-title":
			return lines.title ?? 1;
		case "tags-not-a-list":
			return lines.tags ?? 1;
		case "malformed-frontmatter": {
			const at = /\bline (\d+)/.exec(problem.message);
			return at === null ? 1 : Number(at[1]);
		}
		default:
			return problem.line ?? 1;
	}
}

/** The note's problems, each with its line (a new list; the note is not changed). */
export function problemsWithLines(problems: readonly NoteProblem[], lines: NoteLines): NoteProblem[] {
	return problems.map((problem) => ({ ...problem, line: problem.line ?? problemLine(problem, lines) }));
}
