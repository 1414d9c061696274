// Reading a folder into SpecNotes: walk, read each file, parse it with the core and gray-matter.
import type { ReadOptions } from "../core/readOptions";
import { readSpecNote } from "../core/readSpecNote";
import type { SpecNote } from "../core/specNote";
import { readNoteFile, walkVault, type SkippedFile } from "./walkVault";
import { readYaml } from "./yamlReader";

/** Every note under a folder, and what could not be read. */
export interface VaultIndex {
	/** Every Markdown note read, spec or not, sorted by path. */
	notes: SpecNote[];
	/** Files and folders left out (unreadable, binary, broken links), with the reason. */
	skipped: SkippedFile[];
	/** Notes the reader failed on: a bug in spec-board, reported apart. */
	failed: SkippedFile[];
}

/**
 * Reads every note under root (see walkVault for what is skipped). One file at a time, so only the
 * SpecNotes stay in memory, never all the texts. Never throws for anything under the root.
 */
export function indexVault(root: string, options: ReadOptions): VaultIndex {
	const walk = walkVault(root);
	const notes: SpecNote[] = [];
	const skipped = [...walk.skipped];
	const failed: SkippedFile[] = [];
	for (const file of walk.files) {
		const read = readNoteFile(file.absolutePath);
		if (!read.ok) {
			skipped.push({ path: file.path, reason: read.reason });
			continue;
		}
		try {
			notes.push(readSpecNote(file.path, read.text, readYaml, options));
		} catch (error) {
			failed.push({ path: file.path, reason: error instanceof Error ? error.message : String(error) });
		}
	}
	skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { notes, skipped, failed };
}
