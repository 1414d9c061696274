// The command line's quick triage: a look at a note's raw text that answers "no trace of a spec" for most ordinary
// notes without parsing their YAML or scanning their blocks. It over-approximates showsSpecTrace, never the reverse:
// words that a frontmatter trace needs, the tags a trace needs, and every line that may be a heading (judged by the
// same headingsShowSpec). A "maybe" is read in full, where showsSpecTrace decides exactly; a "no" is no spec, as a
// full reading would find. The plugin needs no such look: Obsidian's cache hands it the exact clues.
import type { YamlReader } from "../model/specNote";
import { bodyStartOffset, normaliseLineEnds, splitFrontmatter } from "../markdown/frontmatter";
import { readAtxHeading } from "../markdown/markdownLines";
import { isTagCharCode, tagKey } from "../model/tags";
import { headingsShowSpec, inSpecPlace, inTemplatesFolder, type TraceOptions } from "./specTrace";

/** Whether a line (from `start` to `end`) is a setext underline: up to 3 spaces, then only `=` or only `-`, then spaces. */
function underlineAt(text: string, start: number, end: number): boolean {
	let i = start;
	while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
	const mark = text.charCodeAt(i);
	if (mark !== 61 && mark !== 45) return false;
	while (i < end && text.charCodeAt(i) === mark) i++;
	while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	return i === end;
}

/** Whether text[start, end) is blank. */
function blankAt(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code !== 32 && code !== 9) return false;
	}
	return true;
}

/**
 * Every line of the body that may be a heading, read line by line without parsing blocks (so lines inside code too):
 * ATX headings, and a setext heading's one-line text; null when a setext heading may span several lines.
 */
function headingCandidates(text: string, from: number): { level: number; text: string }[] | null {
	const headings: { level: number; text: string }[] = [];
	const length = text.length;
	let start = from;
	let prevStart = -1;
	let prevEnd = -1;
	let prevPrevBlank = true;
	for (;;) {
		const newline = text.indexOf("\n", start);
		let end = newline < 0 ? length : newline;
		if (end > start && text.charCodeAt(end - 1) === 13) end--;
		let first = start;
		while (first < end && first - start < 3 && text.charCodeAt(first) === 32) first++;
		const code = text.charCodeAt(first);
		if (code === 35) {
			const heading = readAtxHeading(text.slice(first, end));
			if (heading !== null) headings.push({ level: heading.level, text: heading.text });
		} else if ((code === 61 || code === 45) && prevStart >= 0 && underlineAt(text, start, end)) {
			if (!blankAt(text, prevStart, prevEnd)) {
				if (!prevPrevBlank) return null;
				headings.push({ level: code === 61 ? 1 : 2, text: text.slice(prevStart, prevEnd).trim() });
			}
		}
		prevPrevBlank = prevStart < 0 || blankAt(text, prevStart, prevEnd);
		prevStart = start;
		prevEnd = end;
		if (newline < 0) return headings;
		start = newline + 1;
	}
}

/** Whether `text` from `at` starts with the lower-case ASCII `word`, in any case. */
function startsWithIgnoringCase(text: string, at: number, word: string): boolean {
	if (at + word.length > text.length) return false;
	for (let i = 0; i < word.length; i++) {
		const code = text.charCodeAt(at + i);
		if ((code >= 65 && code <= 90 ? code + 32 : code) !== word.charCodeAt(i)) return false;
	}
	return true;
}

/** Whether the body holds a `#status/…` tag or the spec tag (or one nested under it), in any case, code or not. */
function holdsTraceTag(text: string, from: number, specTag: string): boolean {
	const asciiTag = /^[\x20-\x7e]*$/.test(specTag);
	for (let hash = text.indexOf("#", from); hash >= 0; hash = text.indexOf("#", hash + 1)) {
		if (startsWithIgnoringCase(text, hash + 1, "status/")) return true;
		if (specTag === "") continue;
		if (
			asciiTag
				? startsWithIgnoringCase(text, hash + 1, specTag)
				: text.slice(hash + 1, hash + 1 + specTag.length).toLowerCase() === specTag
		) {
			const next = text.charCodeAt(hash + 1 + specTag.length);
			if (Number.isNaN(next) || next === 47 || !isTagCharCode(next)) return true;
		}
	}
	return false;
}

/** Whether the text from `from` on mentions "status", in any case. */
function mentionsStatus(text: string, from: number): boolean {
	const status = /status/gi;
	status.lastIndex = from;
	return status.test(text);
}

/**
 * Whether a note may show a trace of a spec, from its path and raw text. False only when the full reading would find
 * no trace either (so the note is no spec); true may still turn out no spec. `readYaml` is used only for a note whose
 * frontmatter shows nothing but whose body mentions a status: a frontmatter block that does not parse is a trace.
 */
export function mayShowSpecTrace(path: string, text: string, readYaml: YamlReader, options: TraceOptions): boolean {
	if (options.everyNoteIsSpec) return true;
	if (inTemplatesFolder(path, options.templatesFolder)) return false;
	if (inSpecPlace(path, options)) return true;
	const clean = normaliseLineEnds(text);
	const body = bodyStartOffset(clean);
	const specTag = tagKey(options.specTag);
	// The frontmatter: a status or type key, a `status/` or spec tag, all hold one of these words.
	const frontmatter = body > 0 ? clean.slice(0, body).toLowerCase() : "";
	if (
		frontmatter.includes("status") ||
		frontmatter.includes("type") ||
		(specTag !== "" && frontmatter.includes(specTag))
	)
		return true;
	if (holdsTraceTag(clean, body, specTag)) return true;
	const headings = headingCandidates(clean, body);
	if (headings === null || headingsShowSpec(headings, options.templateTraces)) return true;
	// A frontmatter block that does not parse is a trace; it matters only when the body may hold the status.
	if (body > 0 && mentionsStatus(clean, body)) {
		const yaml = splitFrontmatter(clean).yaml;
		if (yaml !== null && yaml.trim() !== "") {
			try {
				readYaml(yaml);
			} catch {
				return true;
			}
		}
	}
	return false;
}
