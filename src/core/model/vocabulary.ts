// Status and priority vocabularies: which written words mean which canonical status or priority.
import type { Priority, Status } from "./specNote";

/** Built-in words per canonical status (matched case- and separator-insensitively against the leading words). */
export const DEFAULT_STATUS_WORDS: Readonly<Record<Status, readonly string[]>> = {
	Draft: ["draft", "planning", "idea", "open", "new"],
	"In review": ["review", "in review", "proposed", "provisional", "rfc", "pending"],
	Approved: ["approved", "accepted", "designed", "ready", "implementable"],
	"In progress": ["implementing", "in progress", "in_progress", "active", "working", "wip", "started"],
	Done: ["done", "complete", "completed", "implemented", "shipped", "released", "closed"],
	Deprecated: [
		"deprecated",
		"superseded",
		"superceded",
		"rejected",
		"withdrawn",
		"cancelled",
		"archived",
		"obsolete",
	],
	Unrecognized: [],
	"No status": [],
};

/** Built-in words per canonical priority. */
export const DEFAULT_PRIORITY_WORDS: Readonly<Record<Priority, readonly string[]>> = {
	Critical: ["critical", "p0", "urgent", "blocker"],
	High: ["high", "p1"],
	Medium: ["medium", "p2", "normal"],
	Low: ["low", "p3", "p4", "minor"],
	Unrecognized: [],
	None: [],
};
