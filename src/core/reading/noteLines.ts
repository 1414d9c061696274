// Where in a note's text its status, title and tags are written: the lines check rules and problems point at.
import type { NoteProblem, SpecNote } from "../model/specNote";
import {
	findFrontmatter,
	isFrontmatterFence,
	readEntries,
	findEntry,
	type FrontmatterSpan,
} from "../markdown/frontmatterLines";

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

/** The note's frontmatter lines (up to its closing fence, LF or CRLF) and its span, without splitting the rest of the text. */
function frontmatterHead(text: string): { lines: string[]; span: FrontmatterSpan | null; bodyOffset: number } {
	const lines: string[] = [];
	let at = 0;
	for (;;) {
		const newline = text.indexOf("\n", at);
		let end = newline < 0 ? text.length : newline;
		// A CRLF note's lines are read without their CR, as the reader reads them.
		if (end > at && text.charCodeAt(end - 1) === 13) end--;
		lines.push(text.slice(at, end));
		at = newline < 0 ? text.length : newline + 1;
		if (newline < 0) break;
		// findFrontmatter decides, on the lines read so far: after the first line (a fence or not), then at each fence.
		const last = lines[lines.length - 1];
		if (lines.length === 1 ? findFrontmatter([last, "---"]) === null : isFrontmatterFence(last)) break;
	}
	const span = findFrontmatter(lines);
	return { lines, span, bodyOffset: span === null ? 0 : at };
}

/** The 1-based line of offset `at`, counting from `fromOffset`, which starts line `fromLine` (1-based). */
function lineNumberAt(text: string, fromOffset: number, fromLine: number, at: number): number {
	let line = fromLine;
	for (
		let newline = text.indexOf("\n", fromOffset);
		newline >= 0 && newline < at;
		newline = text.indexOf("\n", newline + 1)
	)
		line++;
	return line;
}

const TITLE_SPACE = /\s/;

/** Offset of the first line from `from` (a line start) that is a level-1 heading (`#` and a space on its line), or -1. */
function firstTitleLine(text: string, from: number): number {
	for (let hash = text.indexOf("#", from); hash >= 0; hash = text.indexOf("#", hash + 1)) {
		if (
			(hash === from || text.charCodeAt(hash - 1) === 10) &&
			text.charCodeAt(hash + 1) !== 10 &&
			TITLE_SPACE.test(text.charAt(hash + 1))
		)
			return hash;
	}
	return -1;
}

/**
 * Finds the lines of a note's status, title and tags in its text (the text the note was read from). Only the
 * frontmatter is split into lines; the body is searched in place.
 */
export function findNoteLines(text: string, note: Pick<SpecNote, "statusSource" | "statusLine">): NoteLines {
	const { lines, span, bodyOffset } = frontmatterHead(text);
	const inside = span === null ? [] : lines.slice(span.start, span.end);
	const entries = readEntries(inside);
	const lineOf = (entry: { line: number } | null): number | null =>
		entry === null || span === null ? null : span.start + entry.line + 1;
	const tagsEntry = findEntry(entries, "tags", "tag");
	const bodyLine = span === null ? 1 : span.end + 2;
	let status: number | null = null;
	// A body line (inline `Status:` line, `## Status` section, metadata table row, callout title) is where the reader found it.
	if (note.statusLine !== null) status = note.statusLine;
	else if (note.statusSource === "frontmatter") status = lineOf(findEntry(entries, "status"));
	else if (note.statusSource === "tag") {
		if (tagsEntry !== null && span !== null) {
			for (let i = tagsEntry.line; i < tagsEntry.end && status === null; i++)
				if (STATUS_TAG.test(inside[i])) status = span.start + i + 1;
		}
		if (status === null) {
			let tag = text.indexOf("#status/", bodyOffset);
			if (tag < 0) {
				const anyCase = /#status\//gi;
				anyCase.lastIndex = bodyOffset;
				tag = anyCase.exec(text)?.index ?? -1;
			}
			if (tag >= 0) status = lineNumberAt(text, bodyOffset, bodyLine, tag);
		}
	}
	let title = lineOf(findEntry(entries, "title"));
	if (title === null) {
		const heading = firstTitleLine(text, bodyOffset);
		if (heading >= 0) title = lineNumberAt(text, bodyOffset, bodyLine, heading);
	}
	return { status, title, tags: lineOf(tagsEntry) };
}

/** The line a problem is about, from its kind and the note's lines (1 when nothing better is known). */
export function problemLine(problem: NoteProblem, lines: NoteLines): number {
	switch (problem.code) {
		case "unrecognized-status":
		case "several-status-tags":
		case "missing-sign-off":
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
