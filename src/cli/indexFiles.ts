// Reading notes into SpecNotes, one file at a time on the main thread. Worker threads were tried and measured
// (npm run bench): on this project's machines they made indexing slower, since each thread compiles and warms up the
// code on its own, so the command line reads on one thread.
import type { ReadOptions } from "../core/reading/readOptions";
import { passedOverNote, readSpecNote } from "../core/reading/readSpecNote";
import { mayShowSpecTrace } from "../core/reading/traceScan";
import type { NoteProblem, SpecNote } from "../core/model/specNote";
import { findNoteLines, problemsWithLines, type NoteLines } from "../core/reading/noteLines";
import { readNoteFile, type VaultFile } from "./walkVault";
import { readYaml } from "./yamlReader";

/** What reading one file gave: its note, or why it was skipped (unreadable, binary), or why the reader failed (a bug). */
export type FileOutcome =
	| { kind: "note"; note: SpecNote; lines: NoteLines }
	| { kind: "skipped"; reason: string }
	| { kind: "failed"; reason: string };

/** The lines of a note passed over without reading: none is known. */
const NO_LINES: NoteLines = { status: null, title: null, tags: null };

/**
 * Reads one note and parses it; never throws. A note in which a quick look (mayShowSpecTrace) finds no trace of a
 * spec is passed over (passedOverNote): it is no spec, and nothing of it is read but its path. A file that was not UTF-8 is read
 * in full and gets a "not-utf8" problem; every problem gets the line it is about, and the lines of the status, title
 * and tags are kept for the check rules.
 */
export function indexFile(file: VaultFile, options: ReadOptions): FileOutcome {
	const read = readNoteFile(file.absolutePath);
	if (!read.ok) return { kind: "skipped", reason: read.reason };
	try {
		if (read.encodingProblem === undefined && !mayShowSpecTrace(file.path, read.text, readYaml, options))
			return { kind: "note", note: passedOverNote(file.path), lines: NO_LINES };
		const note = readSpecNote(file.path, read.text, readYaml, options);
		const lines = findNoteLines(read.text, note);
		const problems: NoteProblem[] =
			read.encodingProblem === undefined
				? note.problems
				: [{ code: "not-utf8", message: read.encodingProblem, line: 1 }];
		if (read.encodingProblem !== undefined) for (const problem of note.problems) problems.push(problem);
		return { kind: "note", note: { ...note, problems: problemsWithLines(problems, lines) }, lines };
	} catch (error) {
		return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
	}
}

/** Reads and parses every file; returns the outcomes in the files' order. */
export function indexFiles(files: readonly VaultFile[], options: ReadOptions): FileOutcome[] {
	return files.map((file) => indexFile(file, options));
}
