// The board as JSON, in the shape the issue fixes: {"notes": [...], "summary": {...}}. Shared by the command line
// (`spec-board --json`) and the app's own command line (`obsidian spec-board`), so both print the same bytes.
import type { Summary } from "./rollup";
import type { NoteProblem, OpenQuestion, Priority, SpecNote, Status } from "../model/specNote";

/** One note in the JSON output. Problems are `{code, message}` objects: a stable code for scripts, a sentence for people. */
export interface JsonNote {
	/** Path relative to the folder read, with forward slashes. */
	path: string;
	/** The note's title. */
	title: string;
	/** Canonical status. */
	status: Status;
	/** The status as written, or null. */
	statusRaw: string | null;
	/** Canonical priority. */
	priority: Priority;
	/** The priority as written, or null. */
	priorityRaw: string | null;
	/** Tags without '#'. */
	tags: string[];
	/** Domain link targets. */
	domains: string[];
	/** Real open questions with their 1-based line numbers. */
	openQuestions: OpenQuestion[];
	/** How many questions are checked off. */
	resolvedQuestions: number;
	/** What was wrong with the note. */
	problems: NoteProblem[];
}

/** The whole JSON document. */
export interface JsonBoard {
	/** The listed notes, in board order. */
	notes: JsonNote[];
	/** Counts over the listed notes. */
	summary: Summary;
}

/** The JSON document for these notes (already filtered and sorted) and their summary. */
export function toJsonBoard(notes: readonly SpecNote[], summary: Summary): JsonBoard {
	return {
		notes: notes.map((note) => ({
			path: note.path,
			title: note.title,
			status: note.status,
			statusRaw: note.statusRaw,
			priority: note.priority,
			priorityRaw: note.priorityRaw,
			tags: [...note.tags],
			domains: [...note.domains],
			openQuestions: note.openQuestions.map((q) => ({ text: q.text, line: q.line })),
			resolvedQuestions: note.resolvedQuestions,
			problems: note.problems.map((p) => ({ code: p.code, message: p.message })),
		})),
		summary: {
			notes: summary.notes,
			byStatus: { ...summary.byStatus },
			byPriority: { ...summary.byPriority },
			openQuestions: summary.openQuestions,
		},
	};
}

/** The JSON text printed by --json: two-space indented, ending with a newline. */
export function renderJson(notes: readonly SpecNote[], summary: Summary): string {
	return `${JSON.stringify(toJsonBoard(notes, summary), null, 2)}\n`;
}
