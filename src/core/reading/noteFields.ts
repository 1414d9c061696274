// The simpler SpecNote fields read from frontmatter and headings: title, owner, reviewers, parent, type.
import type { BodyFacts } from "../model/specNote";
import { fieldValue, scalarText } from "./frontmatterFields";
import { linkedNoteName, linkTargets, linkTargetsInText } from "../model/links";
import { isPlaceholderText, isPlaceholderTitle } from "../model/unfilledPlaceholders";
import { fileTitle } from "../model/fileName";

/** The title shown for a note that has neither a title nor a file name. */
export const UNTITLED = "Untitled";

/** A note's title and, when a placeholder was left, that placeholder. */
export interface TitleReading {
	/** The title to show. */
	title: string;
	/** The placeholder found in the title source, when there was one. */
	placeholder: string | null;
}

const FEATURE_LABEL = /^feature:\s+/i;
const TITLE_KEYS = ["title", "Title"];
const OWNER_KEYS = [["owner"], ["author"], ["authors"]];
const REVIEWER_KEYS = ["reviewers", "reviewer"];
const PARENT_KEYS = ["parent"];
const TYPE_KEYS = ["type"];

/** The first level-1 heading, if any. */
function firstTitleHeading(headings: BodyFacts["headings"]): BodyFacts["headings"][number] | undefined {
	for (const heading of headings) if (heading.level === 1) return heading;
	return undefined;
}

/** A heading's text without a leading `Feature:` label (only a text starting with f or F can have one). */
function withoutFeatureLabel(text: string): string {
	return (text.charCodeAt(0) | 32) === 102 ? text.replace(FEATURE_LABEL, "") : text;
}

/**
 * The title: frontmatter `title`, else the first level-1 heading (a leading `Feature:` label, as two team templates
 * write it, dropped), else `leadingHeading` (a heading of another level that opens the note), else the file name
 * without `.md`. A placeholder (`{{title}}`, `[Feature Name]`, `Feature: [NAME]`, or YAML's list reading of
 * `[Feature Name]`) is skipped, so a note whose title is only a placeholder is named by its file.
 */
export function readTitle(
	data: Readonly<Record<string, unknown>>,
	headings: BodyFacts["headings"],
	path: string,
	leadingHeading: BodyFacts["headings"][number] | null = null,
): TitleReading {
	let placeholder: string | null = null;
	const fromFrontmatter = scalarText(fieldValue(data, TITLE_KEYS), true);
	if (fromFrontmatter !== null) {
		if (!isPlaceholderTitle(fromFrontmatter)) return { title: fromFrontmatter, placeholder: null };
		placeholder = fromFrontmatter;
	}
	const heading = firstTitleHeading(headings) ?? leadingHeading ?? undefined;
	// Two of the team templates write `# Feature: Name`: the label is the template's, the name is the title.
	const headingText = heading === undefined ? "" : withoutFeatureLabel(heading.text);
	if (heading !== undefined && headingText !== "") {
		if (!isPlaceholderTitle(headingText)) return { title: headingText, placeholder };
		placeholder ??= heading.text;
	}
	return { title: fileTitle(path) || UNTITLED, placeholder };
}

/**
 * A note's domains by name (see linkedNoteName), de-duplicated case-insensitively; with `resolveLinkName` (the plugin's
 * link resolution) each link is named by the note it leads to, so two links to one note are one domain.
 */
export function readDomains(
	targets: readonly string[],
	path: string,
	resolveLinkName?: (target: string, fromPath: string) => string | null,
): string[] {
	const names: string[] = [];
	const seen: string[] = [];
	for (const target of targets) {
		const name = resolveLinkName?.(target, path) ?? linkedNoteName(target);
		const key = name.toLowerCase();
		if (name === "" || seen.includes(key)) continue;
		seen.push(key);
		names.push(name);
	}
	return names;
}

function person(text: string): string | null {
	if (isPlaceholderText(text)) return null;
	const targets = linkTargetsInText(text);
	return targets.length === 0 ? null : targets.join(", ");
}

/** The owner: frontmatter `owner`, else `author` (a list is joined with ", "); "" and placeholders like `[Your Name]` give null. */
export function readOwner(data: Readonly<Record<string, unknown>>): string | null {
	for (const keys of OWNER_KEYS) {
		const value = fieldValue(data, keys);
		if (value === undefined) continue;
		// No bracketing here: `author: [Your Name]` is caught by its words, and `author: [Alice]` stays Alice.
		if (!(Array.isArray(value) && value.length > 1)) {
			const text = scalarText(value);
			const name = text === null ? null : person(text);
			if (name !== null) return name;
			continue;
		}
		const people: string[] = [];
		for (const item of value as unknown[]) {
			const text = scalarText(item);
			const name = text === null ? null : person(text);
			if (name !== null) people.push(name);
		}
		if (people.length > 0) return people.join(", ");
	}
	return null;
}

/** Reviewers: a list (or one comma-separated string) of names or links; placeholders like `[Reviewer 1]` are dropped. */
export function readReviewers(data: Readonly<Record<string, unknown>>): string[] {
	const value = fieldValue(data, REVIEWER_KEYS);
	const items: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
	const reviewers: string[] = [];
	for (const item of items) {
		const text = scalarText(item, true);
		if (text === null) continue;
		const name = person(text);
		if (name !== null) reviewers.push(name);
	}
	return reviewers;
}

/** The parent: the target of a `parent` wiki-link (or a plain name); placeholders like `{{parent}}` give null. */
export function readParent(data: Readonly<Record<string, unknown>>): string | null {
	const value = fieldValue(data, PARENT_KEYS);
	if (typeof value === "string" && isPlaceholderText(value)) return null;
	const targets = linkTargets(value).filter((t) => !isPlaceholderText(t));
	return targets.length > 0 ? targets[0] : null;
}

/** The frontmatter `type`, trimmed, or null. */
export function readType(data: Readonly<Record<string, unknown>>): string | null {
	return scalarText(fieldValue(data, TYPE_KEYS));
}
