// Status and priority vocabularies: which written words and phrases mean which canonical status or priority.
import type { Priority, Status } from "./specNote";

/**
 * Built-in words and phrases per canonical status (matched case- and separator-insensitively; see matchStatusWords).
 * They cover the user's templates and the words other communities use: ADRs (proposed, accepted, superseded),
 * LeanSpec (planned, in-progress, complete), KEPs (provisional, implementable, implemented, deferred, replaced),
 * spec-kit and RFCs (draft, review).
 */
export const DEFAULT_STATUS_WORDS: Readonly<Record<Status, readonly string[]>> = {
	Draft: ["draft", "rough draft", "early draft", "planning", "idea", "open", "new", "proposal draft"],
	"In review": [
		"review",
		"in review",
		"under review",
		"ready for review",
		"awaiting review",
		"needs review",
		"proposed",
		"provisional",
		"rfc",
		"pending",
		"in discussion",
	],
	Approved: ["approved", "accepted", "designed", "ready", "implementable", "planned", "agreed"],
	"In progress": [
		"implementing",
		"in progress",
		"in_progress",
		"work in progress",
		"active",
		"working",
		"wip",
		"started",
		"in development",
	],
	"On hold": ["on hold", "blocked", "paused", "deferred", "parked", "waiting", "postponed", "hold", "stalled"],
	Done: ["done", "complete", "completed", "implemented", "shipped", "released", "closed", "finished", "delivered"],
	Deprecated: [
		"deprecated",
		"superseded",
		"superceded",
		"replaced",
		"rejected",
		"withdrawn",
		"cancelled",
		"canceled",
		"archived",
		"obsolete",
		"declined",
		"abandoned",
	],
	Unrecognized: [],
	"No status": [],
};

/** Built-in words per canonical priority. */
export const DEFAULT_PRIORITY_WORDS: Readonly<Record<Priority, readonly string[]>> = {
	Critical: ["critical", "p0", "urgent", "blocker", "highest"],
	High: ["high", "p1"],
	Medium: ["medium", "p2", "normal"],
	Low: ["low", "p3", "p4", "minor", "lowest"],
	Unrecognized: [],
	None: [],
};

/** Heading words that open a section of questions (a setting; these are its defaults): RFCs and KEPs say "Unresolved". */
export const DEFAULT_QUESTION_HEADINGS: readonly string[] = [
	"open questions",
	"unresolved questions",
	"outstanding questions",
	"questions",
];
