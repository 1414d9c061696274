// The board as JSON: {"schema": 1, "notes": [...], "summary": {...}}, described by schema/spec-board.schema.json.
// Shared by the command line (`spec-board --json`) and the app's own command line (`obsidian spec-board`), so both
// print the same bytes for the same notes (the app has no git history: no statusSince or daysInStatus there).
import { isNotReady, type Summary } from "./rollup";
import type { NoteProblem, OpenQuestion, SpecNote } from "../model/specNote";

/** What git history says about one note (src/cli/history.ts works it out; the plugin has none). */
export interface NoteHistory {
	/** Date (yyyy-MM-dd, UTC) of the commit that last changed the status. */
	statusSince: string;
	/** Whole days since then. */
	daysInStatus: number;
}

/** The version of the JSON shape; bumped when a field changes meaning or goes away (new fields do not bump it). */
export const JSON_SCHEMA_VERSION = 1;

/** A problem in the JSON output: a stable code, a sentence, and the line it is about. */
export interface JsonProblem {
	/** A stable code for scripts. */
	code: NoteProblem["code"];
	/** A sentence for people. */
	message: string;
	/** 1-based line. */
	line: number;
}

/**
 * The fields a note's JSON copies from its SpecNote, meaning what they mean there (the path is relative to the folder
 * read, with forward slashes; lines are 1-based). Key order in the output is toJsonNote's.
 */
type JsonNoteFields = Pick<
	SpecNote,
	| "path"
	| "title"
	| "status"
	| "statusRaw"
	| "priority"
	| "priorityRaw"
	| "tags"
	| "domains"
	| "openQuestions"
	| "resolvedQuestions"
	| "placeholderQuestions"
	| "owner"
	| "created"
	| "updated"
	| "parent"
	| "reviewers"
	| "signOffs"
	| "template"
>;

/** One note in the JSON output. */
export interface JsonNote extends JsonNoteFields {
	/** Approved, In progress or Done with open questions left. */
	notReady: boolean;
	/** Date (yyyy-MM-dd, UTC) of the commit that last changed the status; absent without git history. */
	statusSince?: string;
	/** Whole days since then; absent without git history. */
	daysInStatus?: number;
	/** What was wrong with the note. */
	problems: JsonProblem[];
}

/** The counts in the JSON output: the core's summary and the not-ready count. */
export interface JsonSummary extends Summary {
	/** Specs that are Approved, In progress or Done with open questions left. */
	notReady: number;
}

/** The whole JSON output (the board as one object). */
export interface JsonBoard {
	/** The JSON shape's version. */
	schema: typeof JSON_SCHEMA_VERSION;
	/** The listed notes, in board order. */
	notes: JsonNote[];
	/** Counts over the listed notes. */
	summary: JsonSummary;
}

function questions(list: readonly OpenQuestion[]): OpenQuestion[] {
	const out: OpenQuestion[] = new Array<OpenQuestion>(list.length);
	for (let i = 0; i < list.length; i++) out[i] = { text: list[i].text, line: list[i].line };
	return out;
}

/** One note as JSON, with its history when there is one. */
export function toJsonNote(note: SpecNote, history: NoteHistory | undefined): JsonNote {
	const json: JsonNote = {
		path: note.path,
		title: note.title,
		status: note.status,
		statusRaw: note.statusRaw,
		priority: note.priority,
		priorityRaw: note.priorityRaw,
		tags: note.tags.slice(),
		domains: note.domains.slice(),
		openQuestions: questions(note.openQuestions),
		resolvedQuestions: note.resolvedQuestions,
		notReady: isNotReady(note),
		placeholderQuestions: questions(note.placeholderQuestions),
		owner: note.owner,
		created: note.created,
		updated: note.updated,
		parent: note.parent,
		reviewers: note.reviewers.slice(),
		signOffs: note.signOffs.slice(),
		template: note.template,
		...(history === undefined ? {} : { statusSince: history.statusSince, daysInStatus: history.daysInStatus }),
		problems: [],
	};
	for (const p of note.problems) json.problems.push({ code: p.code, message: p.message, line: p.line ?? 1 });
	return json;
}

/** The summary as JSON. */
export function toJsonSummary(notes: readonly SpecNote[], summary: Summary): JsonSummary {
	let notReady = 0;
	for (const note of notes) if (isNotReady(note)) notReady += 1;
	return {
		notes: summary.notes,
		byStatus: { ...summary.byStatus },
		byPriority: { ...summary.byPriority },
		openQuestions: summary.openQuestions,
		notReady,
	};
}

/** The JSON document for these notes (already filtered and sorted) and their summary. */
export function toJsonBoard(
	notes: readonly SpecNote[],
	summary: Summary,
	history: ReadonlyMap<SpecNote, NoteHistory> = new Map(),
): JsonBoard {
	return {
		schema: JSON_SCHEMA_VERSION,
		notes: notes.map((note) => toJsonNote(note, history.get(note))),
		summary: toJsonSummary(notes, summary),
	};
}

/** The JSON text printed by --json (with --summary: `{"schema", "summary"}` only): two-space indented, ending with a newline. */
export function renderJson(
	notes: readonly SpecNote[],
	summary: Summary,
	history: ReadonlyMap<SpecNote, NoteHistory> = new Map(),
	summaryOnly = false,
): string {
	const document = summaryOnly
		? { schema: JSON_SCHEMA_VERSION, summary: toJsonSummary(notes, summary) }
		: toJsonBoard(notes, summary, history);
	return `${JSON.stringify(document, null, 2)}\n`;
}
