// Adding a task to a section of a note (its open questions, its sign-offs), in the list's own style, or adding the
// section at the end of the note when it has none.
import type { BodyFacts, HeadingFact } from "../model/specNote";
import { insertLinesAfter, itemLayout, lineAt, lineSpans, type LineSpan } from "./textLines";

/** A heading and the 1-based lines its section runs over (to the next heading of the same level or higher). */
export interface HeadingSection {
	heading: HeadingFact;
	/** 1-based last line of the section (the note's last line when no heading follows). */
	last: number;
}

/** The first section whose heading passes `test`, or null. */
export function findSection(
	facts: Pick<BodyFacts, "headings">,
	lineCount: number,
	test: (heading: string) => boolean,
): HeadingSection | null {
	const headings = facts.headings;
	for (let i = 0; i < headings.length; i++) {
		if (!test(headings[i].text)) continue;
		let last = lineCount;
		for (let j = i + 1; j < headings.length; j++) {
			if (headings[j].level <= headings[i].level) {
				last = headings[j].line - 1;
				break;
			}
		}
		return { heading: headings[i], last };
	}
	return null;
}

/** The list items (with their 1-based lines) inside a section. */
export function itemsIn(facts: Pick<BodyFacts, "listItems">, section: HeadingSection): BodyFacts["listItems"] {
	return facts.listItems.filter((item) => item.line > section.heading.line && item.line <= section.last);
}

function isBlank(text: string): boolean {
	return text.trim() === "";
}

/**
 * The text with a task `[box] content` added at the end of a section's list, written like the list's first-level
 * items (quote markers, indentation, marker and spacing copied; an ordered list counts on). A section without a list
 * gets one after its last line of text, set off by a blank line.
 */
export function addTaskToSection(
	text: string,
	facts: Pick<BodyFacts, "listItems">,
	section: HeadingSection,
	box: string,
	content: string,
): string {
	const spans = lineSpans(text);
	const items = itemsIn(facts, section);
	if (items.length > 0) {
		const firstLayout = itemLayout(lineAt(text, spans, items[0].line - 1));
		let model = firstLayout;
		let lastLine = items[0].endLine ?? items[0].line;
		for (const item of items) {
			lastLine = Math.max(lastLine, item.endLine ?? item.line);
			const layout = itemLayout(lineAt(text, spans, item.line - 1));
			if (layout !== null && firstLayout !== null && layout.lead === firstLayout.lead) model = layout;
		}
		if (model !== null) {
			const marker = model.number >= 0 ? `${model.number + 1}${model.key}` : model.marker;
			return insertLinesAfter(text, spans, lastLine - 1, [
				`${model.lead}${marker}${model.gap}[${box}] ${content}`,
			]);
		}
	}
	return addListAfterText(text, spans, section, `- [${box}] ${content}`);
}

/** Inserts a one-item list after the section's last line of text, with a blank line before it (and after, when needed). */
function addListAfterText(text: string, spans: readonly LineSpan[], section: HeadingSection, item: string): string {
	let last = Math.min(section.last, spans.length);
	while (last > section.heading.line && isBlank(lineAt(text, spans, last - 1))) last--;
	const next = spans[last];
	const followedByText = next !== undefined && !isBlank(lineAt(text, spans, last));
	return insertLinesAfter(text, spans, last - 1, followedByText ? ["", item, ""] : ["", item]);
}

/** The text with a new section (`## Heading`, a blank line, the item) at its end, after a blank line. */
export function appendSection(text: string, heading: string, item: string): string {
	if (text.trim() === "") return `${text}${heading}\n\n${item}\n`;
	const spans = lineSpans(text);
	let last = spans.length;
	while (last > 1 && isBlank(lineAt(text, spans, last - 1))) last--;
	// After the note's last text; blank lines that end the note stay after the new section, and a note that ends
	// without a line ending still does.
	return insertLinesAfter(text, spans, last - 1, ["", heading, "", item]);
}
