// The one model of a spec note, shared by the plugin (fed from Obsidian's cache) and the command line (fed from files).
import { fileTitle } from "./fileName";

/** The statuses a person can set, in board order (the reader's "Unrecognized" and "No status" are never written). */
export const SETTABLE_STATUSES = [
	"Draft",
	"In review",
	"Approved",
	"In progress",
	"On hold",
	"Done",
	"Deprecated",
] as const;
/** A status a person can set. */
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** The canonical lifecycle every status word maps to, in board order: the settable ones, then what the reader says. */
export const STATUSES = [...SETTABLE_STATUSES, "Unrecognized", "No status"] as const;
/** A canonical status. */
export type Status = (typeof STATUSES)[number];

/**
 * Statuses that claim a spec is settled (agreed and going ahead, or finished): with open questions left such a spec
 * is "not ready", and each of its reviewers must have signed off.
 */
export const SETTLED_STATUSES: ReadonlySet<Status> = new Set<Status>(["Approved", "In progress", "Done"]);

/** The priorities a person can set, most urgent first. */
export const SETTABLE_PRIORITIES = ["Critical", "High", "Medium", "Low"] as const;
/** A priority a person can set. */
export type SettablePriority = (typeof SETTABLE_PRIORITIES)[number];

/** The canonical priorities, most urgent first: the settable ones, then what the reader says. */
export const PRIORITIES = [...SETTABLE_PRIORITIES, "Unrecognized", "None"] as const;
/** A canonical priority. */
export type Priority = (typeof PRIORITIES)[number];

/**
 * Where a body line keeps a status or priority: an inline `Status: X` line, the first line of a `## Status` section,
 * a `| Status | X |` row of the metadata table before the first section, or a callout title (`> [!info] Status: X`).
 */
export type BodyPlace = "inline" | "section" | "table" | "callout";

/** Where a note keeps its status or priority; writes go back to the same place. */
export type FieldSource = "frontmatter" | BodyPlace | "tag" | "none";

/** Where a note keeps its status. */
export type StatusSource = FieldSource;

/** Where a note keeps its priority (frontmatter outranks the body, so writes may go there). */
export type PrioritySource = FieldSource;

/** An open (unchecked) question found under an "Open questions" heading. */
export interface OpenQuestion {
	/** The question's text, without list marker or checkbox. */
	text: string;
	/** 1-based line number in the whole file (frontmatter included). */
	line: number;
}

/** A problem found while reading a note; the note is listed anyway. */
export interface NoteProblem {
	/** A stable code, for filters and tests. */
	code:
		| "malformed-frontmatter"
		| "unrecognized-status"
		| "unrecognized-priority"
		| "several-status-tags"
		| "several-priority-tags"
		| "placeholder-title"
		| "missing-sign-off"
		| "tags-not-a-list"
		| "not-utf8"
		| "unreadable";
	/** A sentence for people. */
	message: string;
	/** 1-based line in the whole file the problem is about, when known. */
	line?: number;
}

/** Everything Spec Board knows about one note. */
export interface SpecNote {
	/** Vault-relative (or folder-relative) path with forward slashes. */
	path: string;
	/** The note's title (see readSpecNote for the rules); "Untitled" when only a placeholder is left. */
	title: string;
	/** Whether the note counts as a spec (see isSpec). */
	isSpec: boolean;
	/** Canonical status. */
	status: Status;
	/** The status exactly as written (null when none). */
	statusRaw: string | null;
	/** Where the status came from. */
	statusSource: StatusSource;
	/** 1-based line of an inline `Status:` line, when that is the source. */
	statusLine: number | null;
	/** Canonical priority. */
	priority: Priority;
	/** The priority exactly as written (null when none). */
	priorityRaw: string | null;
	/** Where the priority came from. */
	prioritySource: PrioritySource;
	/** Tags without '#', original spelling, frontmatter first, de-duplicated case-insensitively. */
	tags: string[];
	/** Domain link targets (`[[Payments|Pay]]` gives `Payments`). */
	domains: string[];
	/** Real open questions in file order (template placeholders left out). */
	openQuestions: OpenQuestion[];
	/** A template's unfilled placeholder questions ("Question 1"), reported apart from real ones. */
	placeholderQuestions: OpenQuestion[];
	/** Count of checked tasks under open-questions headings. */
	resolvedQuestions: number;
	/** Whether the note has an open-questions heading at all. */
	hasOpenQuestionsSection: boolean;
	/** Owner or author, when given. */
	owner: string | null;
	/** Created date as an ISO date string (yyyy-MM-dd), when given. */
	created: string | null;
	/** Updated date as an ISO date string (yyyy-MM-dd), when given. */
	updated: string | null;
	/** Parent link target, when given. */
	parent: string | null;
	/** Reviewers, when given. */
	reviewers: string[];
	/** Who signed off, as written (`approved-by` / `signed-off-by`, checked items under a sign-off heading). */
	signOffs: string[];
	/** The frontmatter `type`, when given. */
	type: string | null;
	/** Id of the built-in template the note looks like it came from, when recognisable. */
	template: string | null;
	/** Problems found while reading; never thrown. */
	problems: NoteProblem[];
}

/** A SpecNote that says nothing yet: no status, no priority, no tags, no questions, no problems; titled by its file name. */
export function blankSpecNote(path: string): SpecNote {
	return {
		path,
		title: fileTitle(path) || "Untitled",
		isSpec: true,
		status: "No status",
		statusRaw: null,
		statusSource: "none",
		statusLine: null,
		priority: "None",
		priorityRaw: null,
		prioritySource: "none",
		tags: [],
		domains: [],
		openQuestions: [],
		placeholderQuestions: [],
		resolvedQuestions: 0,
		hasOpenQuestionsSection: false,
		owner: null,
		created: null,
		updated: null,
		parent: null,
		reviewers: [],
		signOffs: [],
		type: null,
		template: null,
		problems: [],
	};
}

/** A heading in the note body. */
export interface HeadingFact {
	/** 1..6 */
	level: number;
	/** Heading text without the leading hashes. */
	text: string;
	/** 1-based line in the whole file. */
	line: number;
}

/** A list item (task or plain bullet), as Obsidian's cache `listItems` describes it. */
export interface ListItemFact {
	/** 1-based line in the whole file. */
	line: number;
	/** The checkbox character: " " open, another character done; undefined for a plain list item. */
	task: string | undefined;
	/** 1-based line of the parent item, or a negative number for a root item (as in Obsidian's cache). */
	parent: number;
	/** The item's text, without marker and checkbox (first line only); null when not known (cache without text). */
	text: string | null;
	/**
	 * 1-based line where the item's text may end (Obsidian's `position.end.line + 1`): lines after `line` up to it that
	 * continue the item's paragraph belong to its text (see listItemTextAt). Absent: only the first line is known.
	 */
	endLine?: number;
}

/** A tag found in the body (not the frontmatter). */
export interface TagFact {
	/** The tag without '#', original spelling. */
	tag: string;
	/** 1-based line in the whole file. */
	line: number;
}

/** A status or priority written in the body: an inline `Status: X` line, a `## Status` section, a table row or a callout title. */
export interface InlineFieldFact {
	/** The value as written, trimmed. */
	value: string;
	/** 1-based line in the whole file. */
	line: number;
	/** Which body convention holds it (absent: an inline line). */
	place?: BodyPlace;
}

/**
 * What the body of a note says, in the shape of Obsidian's metadata cache.
 * The command line gets it by scanning the text (scanBody); the plugin builds it from the cache,
 * and fills the text-only parts (inline status, list item text) from the text when it has to read it.
 */
export interface BodyFacts {
	/** Headings outside code fences and comments. */
	headings: HeadingFact[];
	/** List items outside code fences and comments, including inside `>` callouts. */
	listItems: ListItemFact[];
	/** Body tags (not frontmatter), in order. */
	tags: TagFact[];
	/** Inline `Status:` lines (first one wins); null when the text was not read. */
	inlineStatus: InlineFieldFact | null;
	/** Inline `Priority:` line, when present. */
	inlinePriority: InlineFieldFact | null;
	/** spec-kit's `[NEEDS CLARIFICATION: …]` markers outside code, in order (absent: none, or the text was not read). */
	clarifications?: OpenQuestion[];
}

/** The parsed frontmatter, or why it could not be parsed. */
export interface FrontmatterResult {
	/** The frontmatter as a plain object ({} when the note has none). */
	data: Record<string, unknown>;
	/** Set when the note has a frontmatter block that does not parse. */
	error: string | null;
	/** 1-based line where the body starts (1 when there is no frontmatter). */
	bodyStartLine: number;
}

/** Reads YAML frontmatter text into a plain object; throws on malformed YAML (the caller catches). */
export type YamlReader = (yaml: string) => unknown;
