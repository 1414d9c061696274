// Reading notes into SpecNotes, one file at a time on the main thread. Worker threads were tried and measured
// (npm run bench, "the same on two threads"): on this project's machines they made indexing slower, since each thread
// compiles and warms up the code on its own, so the command line reads on one thread.
import type { ReadOptions } from "../core/reading/readOptions";
import { readSpecNoteIfTraced } from "../core/reading/readSpecNote";
import type { SpecNote } from "../core/model/specNote";
import { readNoteFile, type VaultFile } from "./walkVault";
import { readYaml } from "./yamlReader";

/** What reading one file gave: its note, or why it was skipped (unreadable, binary), or why the reader failed (a bug). */
export type FileOutcome =
	{ kind: "note"; note: SpecNote } | { kind: "skipped"; reason: string } | { kind: "failed"; reason: string };

/**
 * Reads one note and parses it; never throws. A note in which a quick look finds no trace of a spec is passed over
 * (see readSpecNoteIfTraced): it is no spec, and nothing of it is read but its path.
 */
export function indexFile(file: VaultFile, options: ReadOptions): FileOutcome {
	const read = readNoteFile(file.absolutePath);
	if (!read.ok) return { kind: "skipped", reason: read.reason };
	try {
		return { kind: "note", note: readSpecNoteIfTraced(file.path, read.text, readYaml, options) };
	} catch (error) {
		return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
	}
}

/** Reads and parses every file; returns the outcomes in the files' order. */
export function indexFiles(files: readonly VaultFile[], options: ReadOptions): FileOutcome[] {
	return files.map((file) => indexFile(file, options));
}
