// Which built-in template a note looks like it came from, judged by its structure.
import type { BodyFacts } from "./specNote";
import { hasField } from "./frontmatterFields";

/** Ids of the built-in templates (the file names of the five shipped templates). */
export const TEMPLATE_IDS = ["lean-feature-spec", "detailed-feature-spec", "tech-spec", "architecture-feature-design", "general-spec"] as const;
/** A built-in template id. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** What template recognition looks at. */
export interface TemplateClues {
	/** Parsed frontmatter. */
	data: Readonly<Record<string, unknown>>;
	/** Merged tags, without '#'. */
	tags: readonly string[];
	/** Body headings. */
	headings: BodyFacts["headings"];
	/** The whole text when it was read, for the detailed template's header lines. */
	text: string | null;
}

const DETAILED_LINE = /^(?:\*\*)?(?:Approved By|Context7 Consulted)(?:\*\*)?:/im;

function headingNamed(headings: BodyFacts["headings"], name: string): boolean {
	return headings.some((h) => h.text.toLowerCase() === name);
}

/**
 * Recognises a built-in template: `type: tech-spec`; `opportunity` and `estimate` keys (lean); `architecture/` tags or
 * a `Domains` key spelled with a capital (architecture); an `Approved By:`/`Context7 Consulted:` line, or "Problem Analysis" and "Solution
 * Design" headings (detailed); `title`, `author`, `reviewers` and `version` keys (general). Null when none fits.
 */
export function recognizeTemplate(clues: TemplateClues): TemplateId | null {
	const { data } = clues;
	const type = data.type;
	if (typeof type === "string" && type.trim().toLowerCase() === "tech-spec") return "tech-spec";
	if (hasField(data, "opportunity") && hasField(data, "estimate")) return "lean-feature-spec";
	// Only the architecture template spells `Domains` with a capital; the filler gives other templates a lower-case `domains`.
	if (clues.tags.some((t) => t.toLowerCase().startsWith("architecture/")) || Object.prototype.hasOwnProperty.call(data, "Domains")) {
		return "architecture-feature-design";
	}
	if ((clues.text !== null && DETAILED_LINE.test(clues.text)) || (headingNamed(clues.headings, "problem analysis") && headingNamed(clues.headings, "solution design"))) {
		return "detailed-feature-spec";
	}
	if (["title", "author", "reviewers", "version"].every((key) => hasField(data, key))) return "general-spec";
	return null;
}
