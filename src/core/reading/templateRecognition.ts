// Which built-in template a note looks like it came from, judged by its structure.
import type { BodyFacts } from "../model/specNote";
import { hasField } from "./frontmatterFields";
import type { BuiltInTemplateId } from "../templates/specTemplate";

/** What template recognition looks at. */
export interface TemplateClues {
	/** Parsed frontmatter. */
	data: Readonly<Record<string, unknown>>;
	/** Merged tags, without '#'. */
	tags: readonly string[];
	/** The same tags lower-cased, in the same order, when the caller has them already. */
	lowerTags?: readonly string[];
	/** Body headings. */
	headings: BodyFacts["headings"];
	/** The whole text when it was read, for the detailed template's header lines. */
	text: string | null;
}

const DETAILED_LABELS = ["approved by", "context7 consulted"];
const GENERAL_KEYS = ["title", "author", "reviewers", "version"];

/** Whether text[at...] starts with `word`, ignoring ASCII case (`word` is lower-case). */
function startsWithWord(text: string, at: number, word: string): boolean {
	if (at + word.length > text.length) return false;
	for (let i = 0; i < word.length; i++) {
		const code = text.charCodeAt(at + i);
		const lower = code >= 65 && code <= 90 ? code + 32 : code;
		if (lower !== word.charCodeAt(i)) return false;
	}
	return true;
}

/** Whether the line starting at `at` is `Approved By:` or `Context7 Consulted:` (bold allowed: `**Approved By:**`, `**Approved By**:`). */
function isDetailedHeaderLine(text: string, at: number): boolean {
	let i = at;
	if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 42) i += 2;
	const first = text.charCodeAt(i) | 32;
	if (first !== 97 && first !== 99) return false;
	for (const label of DETAILED_LABELS) {
		if (!startsWithWord(text, i, label)) continue;
		let j = i + label.length;
		if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 42) j += 2;
		return text.charCodeAt(j) === 58;
	}
	return false;
}

/**
 * Whether some line of the text is the detailed template's `Approved By:` or `Context7 Consulted:` header line (any case,
 * bold allowed: `**Approved By:**`, `**Approved By**:`). Only the text before each `:` is looked at, so a note without
 * such a line costs one search for `:`.
 */
export function hasDetailedHeaderLine(text: string): boolean {
	for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
		for (const label of DETAILED_LABELS) {
			// The line starts 0, 2 or 4 characters (bold markers before and after the label) before the label's length.
			for (let bold = 0; bold <= 4; bold += 2) {
				const start = colon - label.length - bold;
				if (start < 0) break;
				const before = start === 0 ? 10 : text.charCodeAt(start - 1);
				if ((before === 10 || before === 13) && isDetailedHeaderLine(text, start)) return true;
			}
		}
	}
	return false;
}

function headingNamed(headings: BodyFacts["headings"], name: string): boolean {
	return headings.some((h) => h.text.toLowerCase() === name);
}

/**
 * Recognises a built-in template: `type: tech-spec`; `opportunity` and `estimate` keys (lean); `architecture/` tags or
 * a `Domains` key spelled with a capital (architecture); an `Approved By:`/`Context7 Consulted:` line, or "Problem Analysis" and "Solution
 * Design" headings (detailed); `title`, `author`, `reviewers` and `version` keys (general). Null when none fits.
 */
export function recognizeTemplate(clues: TemplateClues): BuiltInTemplateId | null {
	const { data } = clues;
	const type = data.type;
	if (typeof type === "string" && type.trim().toLowerCase() === "tech-spec") return "tech-spec";
	if (hasField(data, "opportunity") && hasField(data, "estimate")) return "lean-feature-spec";
	// Only the architecture template spells `Domains` with a capital; the filler gives other templates a lower-case `domains`.
	if (hasArchitectureTag(clues) || Object.prototype.hasOwnProperty.call(data, "Domains")) {
		return "architecture-feature-design";
	}
	if (
		(clues.text !== null && hasDetailedHeaderLine(clues.text)) ||
		(headingNamed(clues.headings, "problem analysis") && headingNamed(clues.headings, "solution design"))
	) {
		return "detailed-feature-spec";
	}
	for (const key of GENERAL_KEYS) if (!hasField(data, key)) return null;
	return "general-spec";
}

function hasArchitectureTag(clues: TemplateClues): boolean {
	const lower = clues.lowerTags ?? clues.tags.map((t) => t.toLowerCase());
	for (const tag of lower) if (tag.startsWith("architecture/")) return true;
	return false;
}
