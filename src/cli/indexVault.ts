// Reading a folder into SpecNotes: walk, then read and parse each file with the core and the YAML reader (see indexFiles).
import type { ReadOptions } from "../core/reading/readOptions";
import type { SpecNote } from "../core/model/specNote";
import type { NoteLines } from "../core/reading/noteLines";
import { indexFiles, type ThreadOptions } from "./indexFiles";
import { walkVault, type SkippedFile } from "./walkVault";

/** Every note under a folder, and what could not be read. */
export interface VaultIndex {
	/** Every Markdown note read, spec or not, sorted by path. */
	notes: SpecNote[];
	/** Where each note (by path) writes its status, title and tags. */
	lines: Map<string, NoteLines>;
	/** Files and folders left out (unreadable, binary, broken links), with the reason. */
	skipped: SkippedFile[];
	/** Notes the reader failed on: a bug in spec-board, reported apart. */
	failed: SkippedFile[];
}

/**
 * Reads every note under root (see walkVault for what is skipped). Each file is read and parsed on its own, so only
 * the SpecNotes stay in memory, never all the texts; a large folder is shared out between the machine's cores
 * (see indexFiles), with the same result. Never throws for anything under the root.
 */
export function indexVault(root: string, options: ReadOptions, threads: ThreadOptions = {}): VaultIndex {
	const walk = walkVault(root);
	const notes: SpecNote[] = [];
	const lines = new Map<string, NoteLines>();
	const skipped = walk.skipped.slice();
	const failed: SkippedFile[] = [];
	const outcomes = indexFiles(walk.files, options, threads);
	for (let i = 0; i < outcomes.length; i++) {
		const outcome = outcomes[i];
		const path = walk.files[i].path;
		if (outcome.kind === "note") {
			notes.push(outcome.note);
			lines.set(path, outcome.lines);
		} else if (outcome.kind === "skipped") skipped.push({ path, reason: outcome.reason });
		else failed.push({ path, reason: outcome.reason });
	}
	skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { notes, lines, skipped, failed };
}
