// Fills a spec template: title, dates, author, parent, status, priority, domains and tags, as the template writes them.
// Pure text in, text out: placeholders are replaced in one pass, nothing in the template is ever executed, and the
// frontmatter is edited line by line (never re-serialised) so comments, key order and alignment stay as written.
import type { Priority, Status } from "../model/specNote";
import { kindInfo, type FieldKind, type FieldValue } from "../model/fieldKinds";
import { detectConventions, INLINE_STATUS_LINE, wordFor, type TemplateConventions } from "./conventions";
import { formatConfiguredDate, formatDateSafely } from "./dateFormat";
import {
	entryValues,
	findEntry,
	findFrontmatter,
	keyForm,
	listIndent,
	readEntries,
	setLineValue,
	splitLinesWithEol,
	withFrontmatterBlock,
	yamlDate,
	yamlString,
	yamlWikiLink,
	type FrontmatterEntry,
} from "../markdown/frontmatterLines";
import { cleanTag } from "../model/tags";
import { cleanLinkTarget } from "../model/links";
import { listItemKey } from "./mergeIntoNote";
import { AUTHOR_PLACEHOLDERS, DATE_PLACEHOLDERS, DOMAIN_PLACEHOLDER, TITLE_PLACEHOLDERS } from "./placeholderPatterns";

/** What the create form (or the insert command) fills a template with. */
export interface FillValues {
	/** The spec's title. */
	title: string;
	/** Domain note names (`Payments` or `[[Payments]]`); written as quoted wiki-links. */
	domains: string[];
	/** The chosen status; "No status"/"Unrecognized" leave the template's own status as written. */
	status: Status;
	/** The chosen priority; "None"/"Unrecognized" write no priority. */
	priority: Priority;
	/** Extra tags, with or without '#' (include the spec tag here for the note to count as a spec). */
	tags: string[];
	/** Author or owner name ("" leaves author placeholders as they are). */
	author: string;
	/** Parent note name, written as a wiki-link; null leaves the parent empty. */
	parent: string | null;
}

/** A position in text for Obsidian's Editor: 0-based line and character. */
export interface TextPosition {
	/** 0-based line. */
	line: number;
	/** 0-based character in the line. */
	ch: number;
}

/** A filled template and where the cursor should land. */
export interface FilledTemplate {
	/** The filled text (line endings as in the template). */
	text: string;
	/** The first placeholder still to fill, or the start of the first section's body. */
	cursor: TextPosition;
}

/** Options for filling. */
export interface FillOptions {
	/** date-fns format for filled dates (an invalid one falls back to yyyy-MM-dd). */
	dateFormat: string;
	/** The template's conventions; detected from the text when not given. */
	conventions?: TemplateConventions;
}

interface FillContext {
	values: FillValues;
	title: string;
	date: string;
	now: Date;
	statusWord: string | null;
	priorityWord: string | null;
	domains: string[];
	tags: string[];
	conventions: TemplateConventions;
}

const LITERAL_PLACEHOLDERS = [...TITLE_PLACEHOLDERS, ...AUTHOR_PLACEHOLDERS];
const TOKEN_SOURCE = `\\{\\{\\s*([A-Za-z][\\w-]*)(?::([^{}\\n]*))?\\s*\\}\\}|${LITERAL_PLACEHOLDERS.map(escapeRegExp).join("|")}`;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The replacement for one placeholder, or null to leave it as written; `kind` says how to quote it in YAML. */
function valueOf(
	ctx: FillContext,
	match: string,
	name: string | undefined,
	argument: string | undefined,
): { text: string; kind: "text" | "date" | "link" } | null {
	if (name === undefined) {
		if (TITLE_PLACEHOLDERS.includes(match)) return { text: ctx.title, kind: "text" };
		return ctx.values.author === "" ? null : { text: ctx.values.author, kind: "text" };
	}
	switch (name.toLowerCase()) {
		case "title":
			return argument === undefined ? { text: ctx.title, kind: "text" } : null;
		case "date":
		case "time": {
			if (argument === undefined)
				return {
					text: name.toLowerCase() === "date" ? ctx.date : (formatDateSafely(ctx.now, "HH:mm") ?? ""),
					kind: "date",
				};
			const formatted = formatDateSafely(ctx.now, argument);
			return formatted === null ? null : { text: formatted, kind: "date" };
		}
		case "author":
			return ctx.values.author === "" || argument !== undefined
				? null
				: { text: ctx.values.author, kind: "text" };
		case "parent":
			if (argument !== undefined) return null;
			return { text: ctx.values.parent === null ? "" : cleanLinkTarget(ctx.values.parent), kind: "link" };
		default:
			return null;
	}
}

/** Replaces every known placeholder in one pass; unknown ones and everything else stay as written. */
function replaceInText(text: string, ctx: FillContext): string {
	return text.replace(
		new RegExp(TOKEN_SOURCE, "g"),
		(match: string, name: string | undefined, argument: string | undefined) => {
			const value = valueOf(ctx, match, name, argument);
			if (value === null) return match;
			return value.kind === "link" && value.text !== "" ? `[[${value.text}]]` : value.text;
		},
	);
}

/** Same in a frontmatter line; a value made of one placeholder is quoted as YAML needs. */
function replaceInYamlLine(line: string, ctx: FillContext): string {
	const whole = new RegExp(`^(\\s*(?:-\\s+)?(?:[^\\s:#-][^:]*:\\s*)?)(${TOKEN_SOURCE})(\\s+#.*)?$`).exec(line);
	if (whole) {
		const [, prefix, match, name, argument] = whole;
		const comment = whole[whole.length - 1] as string | undefined;
		const value = valueOf(ctx, match, name, argument);
		if (value === null) return line;
		const yaml =
			value.kind === "link"
				? value.text === ""
					? ""
					: yamlWikiLink(value.text)
				: value.kind === "date"
					? yamlDate(value.text)
					: yamlString(value.text);
		return `${prefix}${yaml}${comment ?? ""}`.replace(/:\s+$/, ":");
	}
	return replaceInText(line, ctx);
}

/** A tag as typed, made one tag: cleaned (see cleanTag), inner blanks turned into `-`. */
function writableTag(tag: string): string {
	return cleanTag(tag).replace(/\s+/g, "-");
}

function sameItem(a: string, b: string): boolean {
	return listItemKey(a) === listItemKey(b);
}

/** Fills a template with the form's values; pure (the clock is passed in) and never throws. */
export function fillTemplate(template: string, values: FillValues, now: Date, options: FillOptions): FilledTemplate {
	const { lines, eol } = splitLinesWithEol(template);
	const conventions = options.conventions ?? detectConventions(template);
	const ctx: FillContext = {
		values,
		title: values.title.replace(/\s*[\r\n]+\s*/g, " ").trim(),
		date: formatConfiguredDate(now, options.dateFormat),
		now,
		statusWord: chosenWord(conventions, "status", values.status),
		priorityWord: chosenWord(conventions, "priority", values.priority),
		domains: uniqueBy(values.domains.map(cleanLinkTarget).filter((d) => d !== "")),
		tags: uniqueBy(values.tags.map(writableTag).filter((t) => t !== "")),
		conventions,
	};
	const span = findFrontmatter(lines);
	const body = fillBody(span ? lines.slice(span.end + 1) : lines, ctx);
	const frontmatter = fillFrontmatter(span ? lines.slice(span.start, span.end) : [], ctx);
	let out: string[];
	if (span) out = [lines[0], ...frontmatter, lines[span.end], ...body];
	else if (frontmatter.length > 0) out = withFrontmatterBlock(body, frontmatter);
	else out = body;
	return { text: out.join(eol), cursor: findCursor(out, out.length - body.length) };
}

/** The template's word for the status or priority the form chose; null when it chose none (nothing is written). */
function chosenWord<K extends FieldKind>(
	conventions: TemplateConventions,
	kind: K,
	value: FieldValue<K>,
): string | null {
	const info = kindInfo(kind);
	return value === info.none || value === info.unrecognized ? null : wordFor(conventions, kind, value);
}

function uniqueBy(items: string[]): string[] {
	const out: string[] = [];
	for (const item of items) if (!out.some((o) => sameItem(o, item))) out.push(item);
	return out;
}

function isOneOf(value: string, placeholders: readonly string[]): boolean {
	return placeholders.includes(value.trim());
}

const EMPTY_VALUES = ["", '""', "''"];

function fillFrontmatter(lines: string[], ctx: FillContext): string[] {
	const entries = readEntries(lines);
	const out: string[] = [];
	const { conventions } = ctx;
	// A template with no place for priority gets a `priority` key: after its status key, or at the end.
	const addPriorityKey =
		conventions.priorityPlace === "none" && findEntry(entries, "priority") === null && ctx.priorityWord !== null;
	const domainsEntry =
		conventions.domainsKey === null ? findEntry(entries, "domains") : findEntry(entries, conventions.domainsKey);
	const tagsEntry = findEntry(entries, "tags", "tag");
	let i = 0;
	for (const entry of entries) {
		for (; i < entry.line; i++) out.push(replaceInYamlLine(lines[i], ctx));
		out.push(...fillEntry(lines, entry, ctx, entry === domainsEntry, entry === tagsEntry));
		if (keyForm(entry.key) === "status" && addPriorityKey)
			out.push(`priority: ${yamlString(ctx.priorityWord ?? "")}`);
		i = entry.end;
	}
	for (; i < lines.length; i++) out.push(replaceInYamlLine(lines[i], ctx));
	const hasStatusKey = findEntry(entries, "status") !== null;
	if (!hasStatusKey && conventions.statusPlace === "none" && ctx.statusWord !== null)
		out.push(`status: ${yamlString(ctx.statusWord)}`);
	if (!hasStatusKey && addPriorityKey) out.push(`priority: ${yamlString(ctx.priorityWord ?? "")}`);
	if (domainsEntry === null && ctx.domains.length > 0)
		out.push("domains:", ...ctx.domains.map((d) => `  - ${yamlWikiLink(d)}`));
	if (tagsEntry === null && ctx.tags.length > 0) out.push("tags:", ...ctx.tags.map((t) => `  - ${yamlString(t)}`));
	return out;
}

function fillEntry(
	lines: string[],
	entry: FrontmatterEntry,
	ctx: FillContext,
	isDomains: boolean,
	isTags: boolean,
): string[] {
	const line = lines[entry.line];
	const rest = lines.slice(entry.line + 1, entry.end);
	const generic = () => [replaceInYamlLine(line, ctx), ...rest.map((l) => replaceInYamlLine(l, ctx))];
	if (isDomains) return fillDomains(lines, entry, ctx);
	if (isTags) return fillTags(lines, entry, ctx);
	const value = entry.value;
	switch (keyForm(entry.key)) {
		case "title":
			return isOneOf(value, [...EMPTY_VALUES, ...TITLE_PLACEHOLDERS, "{{title}}"]) && entry.items === null
				? [setLineValue(line, yamlString(ctx.title)), ...rest]
				: generic();
		case "author":
		case "owner":
			return ctx.values.author !== "" &&
				entry.items === null &&
				isOneOf(value, [...EMPTY_VALUES, ...AUTHOR_PLACEHOLDERS, "{{author}}"])
				? [setLineValue(line, yamlString(ctx.values.author)), ...rest]
				: generic();
		case "created":
		case "updated":
			return entry.items === null && isOneOf(value, [...EMPTY_VALUES, ...DATE_PLACEHOLDERS, "{{date}}"])
				? [setLineValue(line, yamlDate(ctx.date)), ...rest]
				: generic();
		case "status":
			return ctx.conventions.statusPlace === "frontmatter" && ctx.statusWord !== null
				? [setLineValue(line, yamlString(ctx.statusWord)), ...rest]
				: generic();
		case "priority":
			return ctx.conventions.priorityPlace === "frontmatter" && ctx.priorityWord !== null
				? [setLineValue(line, yamlString(ctx.priorityWord)), ...rest]
				: generic();
		case "parent":
			if (entry.items !== null || !isOneOf(value, [...EMPTY_VALUES, "{{parent}}"])) return generic();
			return [
				setLineValue(
					line,
					ctx.values.parent === null || cleanLinkTarget(ctx.values.parent) === ""
						? ""
						: yamlWikiLink(cleanLinkTarget(ctx.values.parent)),
				),
				...rest,
			];
		default:
			return generic();
	}
}

/** The key line alone (its inline value dropped when it becomes a block list), keeping a trailing comment. */
function keyLineForList(line: string, entry: FrontmatterEntry): string {
	return entry.items === null && entry.value !== "" ? setLineValue(line, "") : line;
}

function fillDomains(lines: string[], entry: FrontmatterEntry, ctx: FillContext): string[] {
	const indent = listIndent(lines, entry);
	const kept = entryValues(entry).filter((v) => !DOMAIN_PLACEHOLDER.test(v));
	const keptLines = entry.items
		? entry.items.filter((item) => !DOMAIN_PLACEHOLDER.test(item.value)).map((item) => lines[item.line])
		: kept.map((v) => `${indent}- ${yamlWikiLink(cleanLinkTarget(v))}`);
	const added = ctx.domains
		.filter((d) => !kept.some((k) => sameItem(k, d)))
		.map((d) => `${indent}- ${yamlWikiLink(d)}`);
	if (entry.items === null && added.length === 0) return lines.slice(entry.line, entry.end);
	return [keyLineForList(lines[entry.line], entry), ...keptLines, ...added];
}

function fillTags(lines: string[], entry: FrontmatterEntry, ctx: FillContext): string[] {
	const indent = listIndent(lines, entry);
	const { conventions } = ctx;
	const itemLines: { value: string; line: string }[] = entry.items
		? entry.items.map((item) => ({ value: cleanTag(item.value), line: lines[item.line] }))
		: entryValues(entry).map((v) => ({ value: cleanTag(v), line: `${indent}- ${yamlString(cleanTag(v))}` }));
	const result: { value: string; line: string }[] = [];
	let statusDone = false;
	let priorityDone = false;
	for (const item of itemLines) {
		const nested = /^(status|priority)\/(.*)$/i.exec(item.value);
		const kind = nested?.[1].toLowerCase();
		if (nested && kind === "status" && conventions.statusPlace === "tags") {
			if (statusDone) continue;
			statusDone = true;
			const tag = ctx.statusWord === null ? item.value : `${nested[1]}/${ctx.statusWord}`;
			result.push({ value: tag, line: ctx.statusWord === null ? item.line : `${indent}- ${yamlString(tag)}` });
		} else if (nested && kind === "priority" && conventions.priorityPlace === "tags") {
			if (priorityDone || ctx.priorityWord === null) continue;
			priorityDone = true;
			const tag = `${nested[1]}/${ctx.priorityWord}`;
			result.push({ value: tag, line: `${indent}- ${yamlString(tag)}` });
		} else result.push(item);
	}
	for (const tag of ctx.tags)
		if (!result.some((r) => sameItem(r.value, tag)))
			result.push({ value: tag, line: `${indent}- ${yamlString(tag)}` });
	const unchanged =
		entry.items === null &&
		result.length === itemLines.length &&
		result.every((r, n) => r.line === itemLines[n].line);
	if (unchanged) return lines.slice(entry.line, entry.end);
	return [keyLineForList(lines[entry.line], entry), ...result.map((r) => r.line)];
}

const FENCE = /^\s*(```|~~~)/;
const HEADER_DATE_LINE =
	/^(\s*(?:[-*+]\s+)?[*_]*(?:created|updated)[*_]*\s*:[*_]*\s*)(\[DATE\]|\[YYYY-MM-DD\]|YYYY-MM-DD)?\s*$/i;

function fillBody(lines: string[], ctx: FillContext): string[] {
	let inFence = false;
	let statusDone = ctx.conventions.statusPlace !== "inline" || ctx.statusWord === null;
	return lines.map((line) => {
		if (FENCE.test(line)) {
			inFence = !inFence;
			return replaceInText(line, ctx);
		}
		if (!inFence) {
			const date = HEADER_DATE_LINE.exec(line);
			if (date) return `${date[1]}${date[1].endsWith(" ") ? "" : " "}${ctx.date}`;
			const status = statusDone ? null : INLINE_STATUS_LINE.exec(line);
			if (status && ctx.statusWord !== null) {
				statusDone = true;
				const prefix = /\s$|\s[*_]+$/.test(status[1]) ? status[1] : `${status[1]} `;
				return `${prefix}${ctx.statusWord}${status[3]}`;
			}
		}
		return replaceInText(line, ctx);
	});
}

/**
 * Prompts still to fill, each with the characters that may not stand right before it: `{{…}}`, `[text]` (not a link,
 * checkbox, callout or footnote) and an `_italic prompt_`. Written without lookbehind (iOS before 16.4 has none).
 */
const PROMPTS: readonly { pattern: RegExp; notAfter: RegExp | null }[] = [
	{ pattern: /^\{\{[^{}\n]*\}\}/, notAfter: null },
	{ pattern: /^\[(?![[!^])(?![ xX]\])[^[\]\n]+\](?![([:])/, notAfter: /[!\\[\]]/ },
	{ pattern: /^_(?![\s_])[^_\n]*[^\s_]_(?![\w_])/, notAfter: /[\w*_]/ },
];

/** Where the first prompt still to fill starts in a line, or -1. */
function promptStart(line: string): number {
	for (let at = 0; at < line.length; at++) {
		const c = line[at];
		if (c !== "{" && c !== "[" && c !== "_") continue;
		const rest = line.slice(at);
		const before = at > 0 ? line[at - 1] : "";
		for (const { pattern, notAfter } of PROMPTS)
			if ((before === "" || notAfter === null || !notAfter.test(before)) && pattern.test(rest)) return at;
	}
	return -1;
}

const HEADING = /^(#{1,6})\s/;

function findCursor(lines: string[], bodyStart: number): TextPosition {
	let inFence = false;
	const headings: { line: number; level: number }[] = [];
	const fenced = new Set<number>();
	for (let n = bodyStart; n < lines.length; n++) {
		if (FENCE.test(lines[n])) {
			inFence = !inFence;
			fenced.add(n);
			continue;
		}
		if (inFence) {
			fenced.add(n);
			continue;
		}
		const heading = HEADING.exec(lines[n]);
		if (heading) headings.push({ line: n, level: heading[1].length });
	}
	const titleIndex = headings.findIndex((h) => h.level === 1);
	const title = titleIndex >= 0 ? headings[titleIndex] : null;
	const section = title ? headings[titleIndex + 1] : headings[0];
	const searchFrom = section ? section.line + 1 : title ? title.line + 1 : bodyStart;
	const next = section ? headings.find((h) => h.line > section.line && h.level <= section.level) : undefined;
	const searchTo = next ? next.line : lines.length;
	for (let n = searchFrom; n < searchTo; n++) {
		if (fenced.has(n) || HEADING.test(lines[n])) continue;
		const ch = promptStart(lines[n]);
		if (ch >= 0) return { line: n, ch };
	}
	for (let n = searchFrom; n < searchTo; n++) {
		if (lines[n].trim() !== "" && !HEADING.test(lines[n]) && !/^\s*(---|\*\*\*|___)\s*$/.test(lines[n]))
			return { line: n, ch: 0 };
	}
	if (title) return { line: title.line, ch: lines[title.line].length };
	return { line: Math.min(bodyStart, Math.max(lines.length - 1, 0)), ch: 0 };
}
