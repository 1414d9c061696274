// The board's filter model: which spec notes a person wants to see.
import type { Priority, Status } from "../model/specNote";

/** A tag chosen in the filter bar, included or excluded. */
export interface TagChoice {
	/** The tag without '#'; nested-aware (`area` matches `area/x`). */
	tag: string;
	/** Include the notes with it, or exclude them. */
	mode: "include" | "exclude";
}

/** Everything a filter can say; an empty list or empty text means "no constraint". */
export interface SpecFilter {
	/** Chosen tags, each included or excluded. */
	tags: TagChoice[];
	/** Whether included tags must all match ("all") or one is enough ("any"). */
	tagMode: "all" | "any";
	/** Canonical statuses to show (any of). */
	statuses: Status[];
	/** Canonical priorities to show (any of). */
	priorities: Priority[];
	/** Domains to show (any of), case-insensitive. */
	domains: string[];
	/** Text searched in title, path and open questions, case-insensitive. */
	text: string;
	/** Only notes with at least one real open question. */
	hasOpenQuestions: boolean;
	/** Only notes Approved, In progress or Done that still have open questions. */
	notReady: boolean;
	/** Only notes where I (the author in the settings) am a reviewer who has not signed off. */
	waitingOnMe: boolean;
	/** Only notes I own or wrote (owner or author). */
	mine: boolean;
	/** Only notes in their status longer than its "stale after" days. */
	stale: boolean;
	/** Only notes with an open question I own (`@me` or `(owner: me)`). */
	questionsForMe: boolean;
	/** Only notes Approved, In progress or Done with a reviewer's sign-off missing. */
	missingSignOff: boolean;
}

/** A new filter that lets every note through. */
export function emptyFilter(): SpecFilter {
	return {
		tags: [],
		tagMode: "all",
		statuses: [],
		priorities: [],
		domains: [],
		text: "",
		hasOpenQuestions: false,
		notReady: false,
		waitingOnMe: false,
		mine: false,
		stale: false,
		questionsForMe: false,
		missingSignOff: false,
	};
}
