// Sign-off: who must approve a spec (frontmatter `reviewers`) and who has (`approved-by` / `signed-off-by`, or checked
// items under a "Sign-off" or "Approvals" heading).
import { SETTLED_STATUSES, type BodyFacts, type NoteProblem, type Status } from "../model/specNote";
import { nameKey } from "../model/people";
import { isPlaceholderText } from "../model/unfilledPlaceholders";
import { fieldValue } from "./frontmatterFields";

/** Frontmatter keys listing who signed off (case and `_`/`-`/space ignored: `Approved by`, `signed_off_by`). */
export const SIGN_OFF_KEYS = ["approved-by", "signed-off-by"] as const;

/** Whether a heading names a sign-off section ("Sign-off", "Sign off", "Signoffs", "Approvals", "5. Approval"). */
export function isSignOffHeading(text: string): boolean {
	// Most headings have neither word: a plain search rules them out before the regular expression.
	const lower = text.toLowerCase();
	if (lower.indexOf("sign") < 0 && lower.indexOf("approval") < 0) return false;
	return /sign[\s-]?offs?\b|\bapprovals?\b/.test(lower);
}

/** What a note says about sign-off. */
export interface SignOffReading {
	/** Who signed off, as written, in the order found (frontmatter first), each person once. */
	signOffs: string[];
	/** Whether the note has a sign-off heading. */
	hasSection: boolean;
}

/** The names a frontmatter value lists: a list (nested lists flattened, as YAML reads `[[Alice]]`) or "Alice, Bob". */
function namesIn(value: unknown, depth = 0): string[] {
	if (typeof value === "string") return value.split(",").map((part) => part.trim());
	if (typeof value === "number") return [String(value)];
	if (Array.isArray(value) && depth < 3) return value.flatMap((item: unknown) => namesIn(item, depth + 1));
	return [];
}

/** 1-based [first, last] line ranges of the sign-off sections (to the next heading of the same level or higher). */
function signOffSections(headings: BodyFacts["headings"]): [number, number][] {
	const sections: [number, number][] = [];
	for (let i = 0; i < headings.length; i++) {
		if (!isSignOffHeading(headings[i].text)) continue;
		let last = Number.POSITIVE_INFINITY;
		for (let j = i + 1; j < headings.length; j++) {
			if (headings[j].level <= headings[i].level) {
				last = headings[j].line - 1;
				break;
			}
		}
		sections.push([headings[i].line + 1, last]);
	}
	return sections;
}

/**
 * Reads who signed off: the names in frontmatter `approved-by` / `signed-off-by`, then the checked items under any
 * sign-off heading (`- [x] Alice`). An item's text comes from the facts, else from `lineText(line)`; an item whose
 * text is unknown is left out. Placeholders (`[Name]`) are left out; a person listed twice counts once.
 */
export function readSignOffs(
	data: Readonly<Record<string, unknown>>,
	facts: Pick<BodyFacts, "headings" | "listItems">,
	lineText: (line: number) => string | null,
): SignOffReading {
	const signOffs: string[] = [];
	const seen = new Set<string>();
	const add = (name: string): void => {
		const key = nameKey(name);
		if (key === "" || seen.has(key) || isPlaceholderText(name)) return;
		seen.add(key);
		signOffs.push(name.trim());
	};
	for (const key of SIGN_OFF_KEYS) for (const name of namesIn(fieldValue(data, [key]))) add(name);
	const sections = signOffSections(facts.headings);
	if (sections.length === 0) return { signOffs, hasSection: false };
	for (const item of facts.listItems) {
		if (item.task === undefined || item.task === " ") continue;
		if (!sections.some(([first, last]) => item.line >= first && item.line <= last)) continue;
		const text = item.text ?? lineText(item.line);
		if (text !== null) add(text);
	}
	return { signOffs, hasSection: sections.length > 0 };
}

/** The reviewers who have not signed off yet, in the reviewers' order. */
export function missingSignOffs(reviewers: readonly string[], signOffs: readonly string[]): string[] {
	const signed = new Set(signOffs.map(nameKey));
	return reviewers.filter((reviewer) => !signed.has(nameKey(reviewer)));
}

/** The reviewers who have signed off, in the reviewers' order. */
export function reviewersSignedOff(reviewers: readonly string[], signOffs: readonly string[]): string[] {
	const signed = new Set(signOffs.map(nameKey));
	return reviewers.filter((reviewer) => signed.has(nameKey(reviewer)));
}

/** Names joined for a sentence: "Bob", "Bob and Carol", "Bob, Carol and Dan". */
function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join("");
	return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The "missing sign-off" problem of an Approved, In progress or Done spec whose reviewers have not all signed off; else null. */
export function missingSignOffProblem(
	status: Status,
	reviewers: readonly string[],
	signOffs: readonly string[],
): NoteProblem | null {
	if (!SETTLED_STATUSES.has(status) || reviewers.length === 0) return null;
	const missing = missingSignOffs(reviewers, signOffs);
	if (missing.length === 0) return null;
	return {
		code: "missing-sign-off",
		message: `${status} without sign-off from ${joinNames(missing)}.`,
	};
}
