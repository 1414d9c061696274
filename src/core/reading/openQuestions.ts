// Open questions: the tasks and top-level bullets under a heading of questions, and spec-kit's clarification markers.
import type { BodyFacts, ListItemFact, OpenQuestion } from "../model/specNote";
import { isPlaceholderText } from "../model/unfilledPlaceholders";

/** Shown for a question whose text is unknown (the cache path did not read the note's text). */
export const UNREAD_QUESTION_TEXT = "(open question)";

/** What a note's open-questions sections hold. */
export interface OpenQuestionsFound {
	/** Real open questions, in file order. */
	open: OpenQuestion[];
	/** Unfilled template questions ("Question 1", "Question 2 that needs stakeholder input"). */
	placeholders: OpenQuestion[];
	/** Settled items in those sections (done or cancelled tasks, struck-through items). */
	resolved: number;
	/** Whether the note has a heading of questions at all. */
	hasSection: boolean;
	/** Whether one of its headings says "Open questions" (what makes a note a spec; the heading words do not widen it). */
	openHeading: boolean;
}

/** Lower-cases text and turns every run of other than letters and digits into one space, with a space at each end. */
function spacedWords(text: string): string {
	return ` ${text
		.toLowerCase()
		.replace(/[^a-z0-9\u00c0-\uffff]+/g, " ")
		.trim()} `;
}

/**
 * Heading words made ready for matching: each as spaced words, and its singular when it ends in "s". Made once per
 * note that has a heading with a "q" (the core keeps no state between notes).
 */
function headingPhrases(words: readonly string[]): string[] {
	const phrases: string[] = [];
	for (const word of words) {
		const phrase = spacedWords(word);
		if (phrase === "  ") continue;
		phrases.push(phrase);
		if (phrase.endsWith("s ")) phrases.push(phrase.slice(0, -2) + " ");
	}
	return phrases;
}

/** What a heading says about questions: whether it holds one of the phrases, and whether it says "open questions". */
function questionHeading(text: string, phrases: readonly string[]): { matches: boolean; open: boolean } {
	// Every heading word has a "q", and most headings have none: skip the rest for them.
	if (text.indexOf("q") < 0 && text.indexOf("Q") < 0) return NO_MATCH;
	// A heading that holds no phrase's last word, as letters, matches none of them.
	const lower = text.toLowerCase();
	let mayMatch = lower.includes("open question");
	for (let i = 0; i < phrases.length && !mayMatch; i++) {
		const phrase = phrases[i];
		mayMatch = lower.includes(phrase.slice(phrase.lastIndexOf(" ", phrase.length - 2) + 1, -1));
	}
	if (!mayMatch) return NO_MATCH;
	const heading = spacedWords(text);
	if (heading.includes(" resolved ") || heading.includes(" answered ") || heading.includes(" closed "))
		return NO_MATCH;
	let matches = false;
	for (const phrase of phrases) if (heading.includes(phrase)) matches = true;
	return { matches, open: heading.includes(" open question ") || heading.includes(" open questions ") };
}

const NO_MATCH = { matches: false, open: false };

/**
 * Whether a heading names a section of questions: it holds one of the heading words as whole words, also in the
 * singular ("Open Questions", "11. Open question", "Unresolved Questions", "Questions"). A heading that says they are
 * answered ("Resolved Open Questions", "Open questions (closed)") does not.
 */
export function isOpenQuestionsHeading(text: string, words: readonly string[] = DEFAULT_WORDS): boolean {
	return questionHeading(text, headingPhrases(words)).matches;
}

const DEFAULT_WORDS: readonly string[] = ["open questions"];

/**
 * Whether a task or item is settled: a task marked done (`[x]`, `[X]`) or cancelled (`[-]`), or an item whose text
 * starts struck through (`~~…~~`). Every other mark (`[/]` in progress, `[?]`, `[!]`, `[>]`) leaves it open, whatever
 * Obsidian's own "checked" flag says.
 */
export function isResolvedItem(task: string | undefined, text: string | null): boolean {
	if (task === "x" || task === "X" || task === "-") return true;
	return text !== null && text.startsWith("~~") && text.indexOf("~~", 2) > 2;
}

/** Whether a question is a template's placeholder: "Question 1", "Question 2 that needs stakeholder input", "[Question]". */
export function isPlaceholderQuestion(text: string): boolean {
	const trimmed = text.trim();
	return ((trimmed.charCodeAt(0) | 32) === 113 && /^question \d+\b/i.test(trimmed)) || isPlaceholderText(trimmed);
}

/** An open-questions section, and the parts of it that are one question written as a heading. */
interface Section {
	/** 1-based first and last line of the section (to the next heading of its level or higher). */
	first: number;
	last: number;
	/** [first, last] ranges under sub-headings that are themselves questions ("### Do we need verbs?"). */
	questionHeadings: [number, number][];
}

/** 1-based line where the section of headings[i] ends: before the next heading of its level or higher. */
function sectionEnd(headings: BodyFacts["headings"], i: number): number {
	for (let j = i + 1; j < headings.length; j++) {
		if (headings[j].level <= headings[i].level) return headings[j].line - 1;
	}
	return Number.POSITIVE_INFINITY;
}

/** The open-questions sections of a note, with their question-heading parts; `found.openHeading` set on the way. */
function findSections(headings: BodyFacts["headings"], words: readonly string[], found: OpenQuestionsFound): Section[] {
	const sections: Section[] = [];
	let phrases: string[] | null = null;
	for (let i = 0; i < headings.length; i++) {
		const text = headings[i].text;
		if (text.indexOf("q") < 0 && text.indexOf("Q") < 0) continue;
		const heading = questionHeading(text, (phrases ??= headingPhrases(words)));
		if (heading.open) found.openHeading = true;
		if (!heading.matches) continue;
		const last = sectionEnd(headings, i);
		const questionHeadings: [number, number][] = [];
		for (let j = i + 1; j < headings.length && headings[j].line <= last; j++) {
			if (headings[j].text.endsWith("?")) questionHeadings.push([headings[j].line + 1, sectionEnd(headings, j)]);
		}
		sections.push({ first: headings[i].line + 1, last, questionHeadings });
	}
	return sections;
}

function sectionAt(sections: readonly Section[], line: number): Section | undefined {
	for (const section of sections) if (line >= section.first && line <= section.last) return section;
	return undefined;
}

function within(ranges: readonly [number, number][], line: number): boolean {
	for (const [first, last] of ranges) if (line >= first && line <= last) return true;
	return false;
}

const BARE_URL = /^<?[a-z][a-z0-9+.-]*:\/\/\S+>?$/i;
const MARKDOWN_LINK = /^!?\[[^\]]*\]\([^()\s]*(?:\s+"[^"]*")?\)$/;
const WIKI_LINK = /^!?\[\[[^[\]]+\]\]$/;

/** Whether a list item's text is only a link (a bare URL, a Markdown link, a wiki-link), a reference rather than a question. */
export function isOnlyALink(text: string): boolean {
	const trimmed = text.trim().replace(/[.,;]$/, "");
	return BARE_URL.test(trimmed) || MARKDOWN_LINK.test(trimmed) || WIKI_LINK.test(trimmed);
}

/** Whether text ends a sentence (`?`, `.`, `!`, also full-width), so what is nested under it is not the rest of it. */
function endsSentence(text: string): boolean {
	return /[?.!\u3002\uff1f\uff01]$/.test(text);
}

/**
 * The text of a plain question whose own words stop short, completed by the plain items nested right under it when
 * they finish it with a `?`: "… code for both" over "parsing the AST and" / "generating documentation?", or a bold
 * label over the questions it groups ("**Caching Strategy**" over "- What TTL?"). Otherwise the text as it is.
 */
function completedByChildren(text: string, children: readonly string[]): string {
	if (children.length === 0 || endsSentence(text) || !children[children.length - 1].endsWith("?")) return text;
	const label = text.endsWith("**") || text.endsWith("__");
	return `${text}${label ? ": " : " "}${children.join(" ")}`;
}

/**
 * Finds open questions: under headings of questions (see isOpenQuestionsHeading; `words` are the heading words),
 * each open task (also nested, also inside `>` callouts) and each plain top-level bullet or numbered item, settled
 * ones counted as resolved (see isResolvedItem); and anywhere in the body, spec-kit's `[NEEDS CLARIFICATION: …]`
 * markers (`facts.clarifications`). Items come from the body facts, so code fences and comments are already left out.
 * A plain item is left out when it is only a link, or when it sits under a sub-heading that is itself a question (it
 * is that question's detail). An item's text comes from `lineText(line, endLine)` when the item runs over several
 * lines (its continuation lines joined), else from the facts, else from `lineText`, else it is UNREAD_QUESTION_TEXT.
 * Items with empty text are skipped. Questions come in line order.
 */
export function findOpenQuestions(
	facts: Pick<BodyFacts, "headings" | "listItems" | "clarifications">,
	lineText: (line: number, endLine: number) => string | null,
	words: readonly string[] = DEFAULT_WORDS,
): OpenQuestionsFound {
	const found: OpenQuestionsFound = {
		open: [],
		placeholders: [],
		resolved: 0,
		hasSection: false,
		openHeading: false,
	};
	const sections = findSections(facts.headings, words, found);
	found.hasSection = sections.length > 0;
	const items = sections.length === 0 ? [] : facts.listItems;
	const textOf = (item: ListItemFact): string | null => {
		const end = item.endLine ?? item.line;
		return (end > item.line ? lineText(item.line, end) : null) ?? item.text ?? lineText(item.line, end);
	};
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		const section = sectionAt(sections, item.line);
		if (section === undefined) continue;
		if (isResolvedItem(item.task, null)) {
			found.resolved++;
			continue;
		}
		const plain = item.task === undefined;
		if (plain && (item.parent >= 0 || within(section.questionHeadings, item.line))) continue;
		let text = textOf(item);
		if (text === "") continue;
		if (text !== null && isResolvedItem(undefined, text)) {
			found.resolved++;
			continue;
		}
		if (text === null) text = UNREAD_QUESTION_TEXT;
		else if (plain) {
			if (isOnlyALink(text)) continue;
			text = completedByChildren(text, plainChildTexts(items, i, textOf));
		}
		const question = { text, line: item.line };
		if (isPlaceholderQuestion(text)) found.placeholders.push(question);
		else found.open.push(question);
	}
	addClarifications(found.open, facts.clarifications);
	return found;
}

/** Adds the `[NEEDS CLARIFICATION: …]` markers to the open questions, in line order, once per line already asked. */
function addClarifications(open: OpenQuestion[], markers: readonly OpenQuestion[] | undefined): void {
	if (markers === undefined || markers.length === 0) return;
	const asked = new Set(open.map((q) => q.line));
	for (const marker of markers) if (!asked.has(marker.line)) open.push(marker);
	open.sort((a, b) => a.line - b.line);
}

/** The texts of the items nested right under items[i], when they are all plain items with known text; else []. */
function plainChildTexts(
	items: readonly ListItemFact[],
	i: number,
	textOf: (item: ListItemFact) => string | null,
): string[] {
	const parent = items[i].line;
	const texts: string[] = [];
	for (let j = i + 1; j < items.length; j++) {
		const child = items[j];
		if (child.parent !== parent) {
			if (child.parent < 0 || child.parent < parent) break;
			continue;
		}
		const text = child.task === undefined ? textOf(child) : null;
		if (text === null) return [];
		if (text !== "") texts.push(text);
	}
	return texts;
}
