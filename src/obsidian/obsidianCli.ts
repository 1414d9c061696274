// Obsidian's own command line (1.12.2+): `obsidian spec-board` prints the vault's board as the same JSON as the
// standalone `spec-board --json`, with the same filters as flags (`obsidian spec-board status=draft open-questions`).
// Registered only where the app has the API; the standalone command line stays the way to run in CI without the app.
import { requireApiVersion, type CliData, type CliFlags, type Plugin } from "obsidian";
import { renderJson } from "../core/board/boardJson";
import {
	applyFilterFlag,
	emptyBoardQuery,
	isValueFilterFlag,
	listSpecs,
	type BoardQuery,
	type FlagWords,
} from "../core/board/boardQuery";
import type { SpecNote } from "../core/model/specNote";
import { findNoteLines, problemsWithLines } from "../core/reading/noteLines";
import { vocabularyFromSettings, type SpecBoardSettings } from "../core/settings/settings";

/** The command id: the plugin's id, as Obsidian asks for a plugin's default command. */
export const CLI_COMMAND = "spec-board";

/** The filters as flags, named as the standalone command line's options without their dashes. */
export const CLI_FLAGS: CliFlags = {
	tag: {
		value: "<tag>",
		description: 'Only specs with this tag (nested: "area" matches "area/checkout"); several: a,b',
	},
	"any-tag": { value: "<tag>", description: "Only specs with at least one of these tags (a,b)" },
	"not-tag": { value: "<tag>", description: "Leave out specs with this tag (a,b)" },
	status: {
		value: "<status>",
		description: "Only this status: draft, in-review, approved, in-progress, done…; several: a,b",
	},
	priority: {
		value: "<priority>",
		description: "Only this priority: critical, high, medium, low, none, or p0..p4; several: a,b",
	},
	domain: { value: "<domain>", description: "Only specs linked to this domain (a,b)" },
	"open-questions": { description: "Only specs with open questions" },
	"not-ready": { description: "Only Approved, In progress or Done specs that still have open questions" },
};

/** What the command reads: the plugin's live index (src/obsidian/specIndex.ts satisfies it). */
export interface CliSpecSource {
	/** Whether the first build has started. */
	readonly isBuilt: boolean;
	/** Whether the vault is still being read (the cache indexing, notes being read); absent: when not built. */
	readonly isReadingVault?: boolean;
	/** Every spec note. */
	specs(): readonly SpecNote[];
	/** Tells `listener` of every change; returns the function that stops it. */
	onChange(listener: (revision: number) => void): () => void;
	/** Resolves when the background reads started so far have finished. */
	whenSettled(): Promise<void>;
}

/** The query the flags ask for, or the first flag's error. Flags the command does not know are ignored. */
export function queryFromCliData(params: CliData, words?: FlagWords): { query: BoardQuery } | { error: string } {
	const query = emptyBoardQuery();
	for (const [name, value] of Object.entries(params)) {
		if (name === "open-questions" || name === "not-ready") {
			if (value !== "true") return { error: `${name} takes no value` };
			if (name === "open-questions") query.filter.hasOpenQuestions = true;
			else query.filter.notReady = true;
			continue;
		}
		if (!isValueFilterFlag(name)) continue;
		if (value === "true" || value.trim() === "") return { error: `${name} needs a value (${name}=…)` };
		// A flag can be given once: several values are comma-separated, each applied as a repeated option would be.
		for (const part of value.split(",").filter((p) => p.trim() !== "")) {
			const error = applyFilterFlag(name, part, query, words);
			if (error !== null) return { error };
		}
	}
	return { query };
}

/** Whether the index is still reading the vault (before it is built, while the cache indexes, while notes are read). */
function stillReading(index: CliSpecSource): boolean {
	return !index.isBuilt || index.isReadingVault === true;
}

/**
 * Waits until the index has read the vault (the cache indexed every note, every text read), so every spec is read as
 * the standalone reads it; a command run right as the app starts waits rather than print part of the vault.
 */
async function settledIndex(index: CliSpecSource): Promise<void> {
	if (stillReading(index))
		await new Promise<void>((resolve) => {
			const stop = index.onChange(() => {
				if (stillReading(index)) return;
				stop();
				resolve();
			});
		});
	await index.whenSettled();
}

/** What the command reads besides the index: the notes' text (for the lines problems point at) and the vocabularies. */
export interface CliNoteSource {
	/** A note's text, or null when it cannot be read. */
	readText(path: string): Promise<string | null>;
	/** The words statuses and priorities are written with in this vault. */
	words(): FlagWords;
}

/** The listed notes with each problem's line, as the standalone finds them in the text (read only for notes with problems). */
async function withProblemLines(notes: readonly SpecNote[], source: CliNoteSource): Promise<SpecNote[]> {
	const lined: SpecNote[] = [];
	for (const note of notes) {
		if (note.problems.length === 0 || note.problems.every((p) => p.line !== undefined)) {
			lined.push(note);
			continue;
		}
		const text = await source.readText(note.path);
		lined.push(
			text === null ? note : { ...note, problems: problemsWithLines(note.problems, findNoteLines(text, note)) },
		);
	}
	return lined;
}

/** The command's output for these flags: the board's JSON, or `spec-board: ERROR` and a newline. */
export async function specBoardJson(index: CliSpecSource, source: CliNoteSource, params: CliData): Promise<string> {
	const parsed = queryFromCliData(params, source.words());
	if ("error" in parsed) return `spec-board: ${parsed.error}\n`;
	await settledIndex(index);
	const { listed, summary } = listSpecs(index.specs(), parsed.query);
	return renderJson(await withProblemLines(listed, source), summary);
}

/** Registers `obsidian spec-board` where the app has its command line (1.12.2); returns whether it did. */
export function registerSpecBoardCli(
	plugin: Plugin,
	index: CliSpecSource,
	getSettings: () => SpecBoardSettings,
): boolean {
	const { vault } = plugin.app;
	const source: CliNoteSource = {
		readText: async (path) => {
			const file = vault.getFileByPath(path);
			if (file === null) return null;
			try {
				return await vault.cachedRead(file);
			} catch {
				return null;
			}
		},
		words: () => vocabularyFromSettings(getSettings()),
	};
	if (requireApiVersion("1.12.2") && typeof plugin.registerCliHandler === "function") {
		try {
			plugin.registerCliHandler(
				CLI_COMMAND,
				"Print the spec board of this vault as JSON (the same as spec-board --json)",
				CLI_FLAGS,
				(params) => specBoardJson(index, source, params),
			);
		} catch {
			// The id is taken (command ids are global): the plugin works on without its command there.
			return false;
		}
		return true;
	}
	return false;
}
