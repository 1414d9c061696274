// Who owns an open question: `@name` or `(owner: name)` in its text.
import { nameKey } from "../model/people";

/** A question's text with its owner told apart. */
export interface QuestionOwnership {
	/** The owner as written (without `@`), or null. */
	owner: string | null;
	/** The question without the `(owner: …)` mark, or a leading or trailing `@name`; mid-sentence mentions stay. */
	text: string;
}

const OWNER_MARK = /\s*\(\s*owner\s*:\s*([^)]*?)\s*\)/i;
/** `@name` at the start of the text or after a space or `(`, never inside an e-mail address (no lookbehind: iOS). */
const MENTION = /(^|[\s(])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u;

/** Splits an open question's text into its owner and the rest (see QuestionOwnership). */
export function questionOwner(text: string): QuestionOwnership {
	const mark = OWNER_MARK.exec(text);
	if (mark !== null && mark[1] !== "") {
		const rest = (text.slice(0, mark.index) + text.slice(mark.index + mark[0].length)).trim();
		return { owner: mark[1].replace(/^@/, ""), text: rest === "" ? text.trim() : rest };
	}
	const mention = MENTION.exec(text);
	if (mention === null) return { owner: null, text };
	const owner = mention[2].replace(/[.-]+$/, "");
	const start = mention.index + mention[1].length;
	const end = start + 1 + owner.length;
	const before = text.slice(0, start).trim();
	const after = text.slice(end).trim();
	// A leading `@name:` or a trailing `@name` is a label: dropped from the text. A mention inside a sentence stays.
	if (before === "" && after !== "") return { owner, text: after.replace(/^[:,\s–—-]+/, "").trim() || text };
	if (after === "" || /^[.?!]$/.test(after)) {
		const rest = before.replace(/[\s,–—-]+$/, "").trim();
		return { owner, text: rest === "" ? text : rest + after };
	}
	return { owner, text };
}

/** Whether `me` owns the question (case-insensitively, with or without `@`). */
export function ownsQuestion(text: string, me: string): boolean {
	const key = nameKey(me);
	if (key === "") return false;
	const { owner } = questionOwner(text);
	return owner !== null && nameKey(owner) === key;
}
