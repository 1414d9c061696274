// Reading a folder into SpecNotes: walk, then read and parse each file with the core and the YAML reader (see indexFiles).
import { withTemplateTraces, type ReadOptions } from "../core/reading/readOptions";
import type { SpecNote } from "../core/model/specNote";
import type { NoteLines } from "../core/reading/noteLines";
import { scanBody } from "../core/markdown/scanBody";
import { inTemplatesFolder, templateTraceOf, type TemplateTrace } from "../core/reading/specTrace";
import { indexFiles } from "./indexFiles";
import { readNoteFile, walkVault, type SkippedFile, type VaultFile } from "./walkVault";

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

/** The traces the templates folder's notes leave (their headings), as the plugin takes them from its cache. */
function customTemplateTraces(files: readonly VaultFile[], templatesFolder: string): TemplateTrace[] {
	const traces: TemplateTrace[] = [];
	if (templatesFolder === "") return traces;
	for (const file of files) {
		if (!inTemplatesFolder(file.path, templatesFolder)) continue;
		const read = readNoteFile(file.absolutePath);
		if (read.ok) traces.push(templateTraceOf(scanBody(read.text).headings));
	}
	return traces;
}

/**
 * Reads every note under root (see walkVault for what is skipped). Each file is read and parsed on its own, so only
 * the SpecNotes stay in memory, never all the texts (see indexFiles). Never throws for anything under the root.
 */
export function indexVault(root: string, options: ReadOptions): VaultIndex {
	const walk = walkVault(root);
	const readOptions = withTemplateTraces(options, customTemplateTraces(walk.files, options.templatesFolder));
	const notes: SpecNote[] = [];
	const lines = new Map<string, NoteLines>();
	const skipped = walk.skipped.slice();
	const failed: SkippedFile[] = [];
	const outcomes = indexFiles(walk.files, readOptions);
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
