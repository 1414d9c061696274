// Reading a note's YAML frontmatter: the block at the very start, found by the rule in frontmatterLines.ts (findFrontmatter).
import type { FrontmatterResult, YamlReader } from "../model/specNote";
import { salvageFrontmatter } from "./frontmatterSalvage";
import { isRecord } from "../model/records";
import { findFrontmatter, isFrontmatterFence } from "./frontmatterLines";

/** A note's text cut into its frontmatter block and its body. */
export interface FrontmatterSplit {
	/** The YAML between the `---` lines ("" for an empty block), or null when the note has no frontmatter. */
	yaml: string | null;
	/** Everything after the closing `---` as written (the whole text when there is no frontmatter), BOM removed. */
	body: string;
	/** 1-based line where the body starts in the whole file (1 when there is no frontmatter). */
	bodyStartLine: number;
}

/** Splits text into lines on LF, CRLF or a lone CR, after removing a leading BOM. */
export function splitLines(text: string): string[] {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return clean.indexOf("\r") < 0 ? clean.split("\n") : clean.split(/\r\n|\r|\n/);
}

/** Whether text[start, end) is a fence line (see isFrontmatterFence), without cutting out lines that cannot be one. */
function isDelimiterAt(text: string, start: number, end: number): boolean {
	return end - start >= 3 && text.startsWith("---", start) && isFrontmatterFence(text.slice(start, end));
}

/** Removes a leading BOM and turns lone CR line ends into LF (CRLF is kept), so lines split on LF at the same numbers. */
export function normaliseLineEnds(text: string): string {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	for (let cr = clean.indexOf("\r"); cr >= 0; cr = clean.indexOf("\r", cr + 2)) {
		if (clean.charCodeAt(cr + 1) !== 10) return clean.replace(/\r\n?/g, "\n");
	}
	return clean;
}

/** The closing `---` line of a frontmatter block in text split on LF: its start and end offsets, or null. */
function closingDelimiter(text: string): { start: number; end: number } | null {
	if (!text.startsWith("---")) return null;
	const first = text.indexOf("\n");
	if (first < 0 || !isDelimiterAt(text, 0, first)) return null;
	for (let at = first + 1; at <= text.length;) {
		const lf = text.indexOf("\n", at);
		const end = lf < 0 ? text.length : lf;
		if (isDelimiterAt(text, at, end)) return { start: at, end };
		if (lf < 0) return null;
		at = lf + 1;
	}
	return null;
}

/** Offset where the body starts in text split on LF (see normaliseLineEnds): after the closing `---` line, else 0. */
export function bodyStartOffset(text: string): number {
	const closing = closingDelimiter(text);
	return closing === null ? 0 : Math.min(closing.end + 1, text.length);
}

/** 0-based index of the first body line: just after the frontmatter block's closing fence (see findFrontmatter), else 0. */
export function bodyStartIndex(lines: readonly string[]): number {
	const span = findFrontmatter(lines);
	return span === null ? 0 : span.end + 1;
}

/** The slow path, for text with lone CR line ends. */
function splitByLines(text: string): FrontmatterSplit {
	const lines = splitLines(text);
	const start = bodyStartIndex(lines);
	if (start === 0) return { yaml: null, body: text, bodyStartLine: 1 };
	return {
		yaml: lines.slice(1, start - 1).join("\n"),
		body: lines.slice(start).join("\n"),
		bodyStartLine: start + 1,
	};
}

/** Cuts the frontmatter block (BOM and CRLF tolerated) from the body, reading only as far as the closing `---`; never throws. */
export function splitFrontmatter(text: string): FrontmatterSplit {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (!clean.startsWith("---")) return { yaml: null, body: clean, bodyStartLine: 1 };
	if (clean.indexOf("\n") < 0) return splitByLines(clean);
	const closing = closingDelimiter(clean);
	if (closing === null) return { yaml: null, body: clean, bodyStartLine: 1 };
	const first = clean.indexOf("\n");
	let yaml = closing.start > first + 1 ? clean.slice(first + 1, closing.start - 1) : "";
	if (yaml.indexOf("\r") >= 0) yaml = yaml.replace(/\r\n/g, "\n").replace(/\r$/, "");
	let lines = 2;
	for (let i = clean.indexOf("\n", first + 1); i >= 0 && i < closing.start; i = clean.indexOf("\n", i + 1)) lines++;
	return { yaml, body: clean.slice(Math.min(closing.end + 1, clean.length)), bodyStartLine: lines + 1 };
}

/** Parses a frontmatter block's YAML with the given reader; reader errors and non-mapping YAML become an error message. */
export function parseFrontmatterYaml(
	yaml: string | null,
	bodyStartLine: number,
	readYaml: YamlReader,
): FrontmatterResult {
	if (yaml === null || yaml.trim() === "") return { data: {}, error: null, bodyStartLine };
	let parsed: unknown;
	try {
		parsed = readYaml(yaml);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		// The block is kept as broken, but its simple `key: value` lines still say what they say.
		return {
			data: salvageFrontmatter(yaml),
			error: message.split("\n")[0] || "the YAML does not parse",
			bodyStartLine,
		};
	}
	if (parsed === null || parsed === undefined) return { data: {}, error: null, bodyStartLine };
	if (!(isRecord(parsed) && !(parsed instanceof Date)))
		return { data: {}, error: "the frontmatter is not a list of `key: value` lines", bodyStartLine };
	return { data: parsed, error: null, bodyStartLine };
}

/** Reads a note's frontmatter with the given YAML reader; never throws (a bad block gives {} and an error). */
export function readFrontmatter(text: string, readYaml: YamlReader): FrontmatterResult {
	const split = splitFrontmatter(text);
	return parseFrontmatterYaml(split.yaml, split.bodyStartLine, readYaml);
}
