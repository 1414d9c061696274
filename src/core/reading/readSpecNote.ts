// (path, frontmatter, body facts) -> SpecNote: the one model of a spec note, for the plugin and the command line.
import {
	blankSpecNote,
	type BodyFacts,
	type FrontmatterResult,
	type NoteProblem,
	type SpecNote,
	type YamlReader,
} from "../model/specNote";
import type { ReadOptions } from "./readOptions";
import { bodyStartOffset, readFrontmatter, splitFrontmatter, splitLines } from "../markdown/frontmatter";
import { salvageFrontmatter } from "../markdown/frontmatterSalvage";
import { isRecord } from "../model/records";
import { listItemTextAt, scanBody } from "../markdown/scanBody";
import { detachNote } from "./detach";
import { collectNoteTags, isSameOrNestedTag, tagKey } from "../model/tags";
import { findOpenQuestions } from "./openQuestions";
import { createdDate, updatedDate } from "./noteDates";
import { readNoteField } from "./noteField";
import { readDomains, readOwner, readParent, readReviewers, readTitle, readType } from "./noteFields";
import { domainLinks } from "../model/links";
import { recognizeTemplate } from "./templateRecognition";
import { beginFieldReads, endFieldReads } from "./frontmatterFields";
import { missingSignOffProblem, readSignOffs } from "./signOffs";
import { hasStatusSection, inSpecFolders, inTemplatesFolder, isSpecType, showsSpecTrace } from "./specTrace";

/** What buildSpecNote needs about one note. */
export interface NoteInput {
	/** Path with forward slashes, relative to the vault or the folder read. */
	path: string;
	/** Parsed frontmatter (from Obsidian's cache or from a YAML reader). */
	frontmatter: FrontmatterResult;
	/** What the body says (from scanBody, or from Obsidian's cache plus the text where needed). */
	facts: BodyFacts;
	/**
	 * The whole text, when it was read (used for question text and inline fields the facts lack). When null, every
	 * string comes from the caller's own long-lived objects (Obsidian's cache), none is cut from a text, and the note
	 * keeps them as they are; with a text, the note's strings are copied (see detachNote).
	 */
	text: string | null;
}

/** A note that could not be read at all: listed (narrowed by the spec folders) with an "unreadable" problem. */
function unreadableNote(path: unknown, error: unknown, options: ReadOptions | null): SpecNote {
	const safePath = typeof path === "string" ? path : "";
	const message = error instanceof Error ? error.message : String(error);
	let isSpec = true;
	try {
		isSpec =
			options === null ||
			(inSpecFolders(safePath, options.specFolders) &&
				!inTemplatesFolder(safePath, options.templatesFolder ?? ""));
	} catch {
		isSpec = true;
	}
	return {
		...blankSpecNote(safePath),
		isSpec,
		problems: [{ code: "unreadable", message: `The note could not be read: ${message}` }],
	};
}

/** The problem for a frontmatter block that does not parse (an error already worded as a sentence is kept as it is). */
function malformedFrontmatter(error: string): NoteProblem {
	const message = error.startsWith("The frontmatter ") ? error : `The frontmatter does not parse: ${error}`;
	return { code: "malformed-frontmatter", message };
}

/**
 * `tags: a, b` (one text with a comma or a space) is one tag to Obsidian, and an invalid one: no tags. The reading is
 * kept; the problem says how to write a list.
 */
export function tagsTextProblem(value: unknown): NoteProblem | null {
	if (typeof value !== "string") return null;
	const parts = value
		.split(/[,\s]+/)
		.map((part) => part.trim())
		.filter((part) => part !== "");
	if (parts.length < 2) return null;
	return {
		code: "tags-not-a-list",
		message: `The tags "${value.trim()}" are one text, which Obsidian reads as no tags; write a list: tags: [${parts.map((p) => p.replace(/^#/, "")).join(", ")}].`,
	};
}

/** The frontmatter data to read: as parsed, or, when the block did not parse and nothing was salvaged yet, its simple lines. */
function frontmatterData(input: NoteInput): Record<string, unknown> {
	const { frontmatter } = input;
	const data = isRecord(frontmatter.data) ? frontmatter.data : {};
	if (frontmatter.error === null || input.text === null) return data;
	for (const key in data) if (Object.prototype.hasOwnProperty.call(data, key)) return data;
	const yaml = splitFrontmatter(input.text).yaml;
	return yaml === null ? data : salvageFrontmatter(yaml);
}

/** Whether one of the lower-cased tags is the spec tag (a tagKey form) or nested under it. */
function hasSpecTag(lowerTags: readonly string[], specTag: string): boolean {
	for (const tag of lowerTags) if (isSameOrNestedTag(tag, specTag)) return true;
	return false;
}

/**
 * The heading that opens the note's body (only blank lines before it, after the frontmatter), when the note has no
 * level-1 heading and the text was read: such a note is titled by it.
 */
function leadingHeading(facts: BodyFacts, text: string | null): BodyFacts["headings"][number] | null {
	const first = facts.headings[0];
	if (first === undefined || text === null) return null;
	for (const heading of facts.headings) if (heading.level === 1) return null;
	// Walk the lines before the heading's from the end of the frontmatter; any text there means it does not open the note.
	let line = 1;
	let at = 0;
	const body = bodyStartOffset(text);
	for (; at < body; at++) if (text.charCodeAt(at) === 10) line++;
	for (; line < first.line && at < text.length; line++) {
		let end = text.indexOf("\n", at);
		if (end < 0) end = text.length;
		for (let i = at; i < end; i++) {
			const code = text.charCodeAt(i);
			if (code !== 32 && code !== 9 && code !== 13 && code !== 0xfeff) return null;
		}
		at = end + 1;
	}
	return first;
}

function assemble(input: NoteInput, options: ReadOptions): SpecNote {
	const data = frontmatterData(input);
	beginFieldReads(data);
	try {
		const note = assembleFields(input, data, options);
		return input.text === null ? note : detachNote(note);
	} finally {
		endFieldReads();
	}
}

function assembleFields(input: NoteInput, data: Record<string, unknown>, options: ReadOptions): SpecNote {
	const { path, frontmatter, facts } = input;
	const problems: NoteProblem[] = [];
	if (frontmatter.error !== null) problems.push(malformedFrontmatter(frontmatter.error));

	const lowerTags: string[] = [];
	const tags = collectNoteTags(data, facts.tags, lowerTags);
	const tagsProblem = tagsTextProblem(data.tags);
	if (tagsProblem !== null) problems.push(tagsProblem);
	let lines: string[] | null = null;
	const textLines = (): string[] | null => (input.text === null ? null : (lines ??= splitLines(input.text)));
	const title = readTitle(data, facts.headings, path, leadingHeading(facts, input.text));
	if (title.placeholder !== null)
		problems.push({
			code: "placeholder-title",
			message: `The title is still the template placeholder "${title.placeholder}".`,
		});
	const parts = { data, facts, tags, lowerTags };
	const status = readNoteField("status", parts, options.statusWords);
	if (status.problem !== null) problems.push(status.problem);
	const priority = readNoteField("priority", parts, options.priorityWords);
	if (priority.problem !== null) problems.push(priority.problem);

	const lineText = (line: number, endLine: number): string | null => {
		const all = textLines();
		return all === null ? null : listItemTextAt(all, line, endLine);
	};
	const questions = findOpenQuestions(facts, lineText, options.questionHeadings);
	const reviewers = readReviewers(data);
	const signOff = readSignOffs(data, facts, (line) => lineText(line, line));
	const signOffProblem = missingSignOffProblem(status.value, reviewers, signOff.signOffs);
	if (signOffProblem !== null) problems.push(signOffProblem);
	const type = readType(data);
	const isSpec =
		inSpecFolders(path, options.specFolders) &&
		showsSpecTrace(
			{
				path,
				frontmatter: data,
				frontmatterBroken: frontmatter.error !== null,
				lowerTags,
				headings: facts.headings,
			},
			options,
		) &&
		(options.everyNoteIsSpec ||
			status.source !== "none" ||
			isSpecType(type) ||
			hasSpecTag(lowerTags, tagKey(options.specTag)) ||
			hasStatusSection(facts.headings) ||
			// An open-questions heading alone makes a spec only inside configured spec folders (a meeting note has them too).
			(questions.openHeading && options.specFolders.length > 0));

	return {
		path,
		title: title.title,
		isSpec,
		status: status.value,
		statusRaw: status.raw,
		statusSource: status.source,
		statusLine: status.line,
		priority: priority.value,
		priorityRaw: priority.raw,
		prioritySource: priority.source,
		tags,
		domains: readDomains(domainLinks(data), path, options.resolveLinkName),
		openQuestions: questions.open,
		placeholderQuestions: questions.placeholders,
		resolvedQuestions: questions.resolved,
		hasOpenQuestionsSection: questions.hasSection,
		owner: readOwner(data),
		created: createdDate(data),
		updated: updatedDate(data),
		parent: readParent(data),
		reviewers,
		signOffs: signOff.signOffs,
		type,
		template: recognizeTemplate({ data, tags, lowerTags, headings: facts.headings, text: input.text }),
		problems,
	};
}

/**
 * Builds a SpecNote from already-parsed parts (the plugin's cache path and the command line's text path meet here).
 * Works when the text was not read (`text` null, item texts null, no inline status). Never throws: anything
 * unexpected gives a note with an "unreadable" problem.
 */
export function buildSpecNote(input: NoteInput, options: ReadOptions): SpecNote {
	try {
		return assemble(input, options);
	} catch (error) {
		return unreadableNote((input as Partial<NoteInput> | null)?.path, error, options);
	}
}

/**
 * Reads a note's whole text into a SpecNote, parsing frontmatter with the given YAML reader; never throws. The plugin
 * passes Obsidian's parsed frontmatter as `parsedFrontmatter` (the cache's `frontmatter`): then the block is found in
 * the text as the command line finds it, and only its parsing is taken from Obsidian.
 */
export function readSpecNote(
	path: string,
	text: string,
	readYaml: YamlReader,
	options: ReadOptions,
	parsedFrontmatter?: Record<string, unknown>,
): SpecNote {
	try {
		const frontmatter =
			parsedFrontmatter === undefined
				? readFrontmatter(text, readYaml)
				: frontmatterAsParsed(text, parsedFrontmatter, readYaml);
		const facts = scanBody(text);
		return buildSpecNote({ path, frontmatter, facts, text }, options);
	} catch (error) {
		return unreadableNote(path, error, options);
	}
}

/**
 * The note the command line keeps for a note it passed over (in which mayShowSpecTrace found no trace of a spec): no
 * spec, and nothing read but its path.
 */
export function passedOverNote(path: string): SpecNote {
	return { ...blankSpecNote(path), isSpec: false };
}

/** The note's frontmatter block as the core finds it, with the data already parsed by Obsidian. */
function frontmatterAsParsed(text: string, parsed: Record<string, unknown>, readYaml: YamlReader): FrontmatterResult {
	const split = splitFrontmatter(text);
	// Obsidian saw a block the core does not (or the reverse): the core's reading of the text decides, as on the command line.
	if (split.yaml === null) return { data: {}, error: null, bodyStartLine: split.bodyStartLine };
	if (!isRecord(parsed)) return readFrontmatter(text, readYaml);
	return { data: parsed, error: null, bodyStartLine: split.bodyStartLine };
}
