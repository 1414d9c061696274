// Finding and reading a note's YAML frontmatter: the `---` block at the very start, as Obsidian finds it.
import type { FrontmatterResult, YamlReader } from "./specNote";

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

function isDelimiter(line: string): boolean {
	return line.startsWith("---") && line.slice(3).trim() === "";
}

/** 0-based index of the first body line: just after a closing `---` when line 1 is `---`, else 0. */
export function bodyStartIndex(lines: readonly string[]): number {
	if (lines.length < 2 || !isDelimiter(lines[0])) return 0;
	for (let i = 1; i < lines.length; i++) {
		if (isDelimiter(lines[i])) return i + 1;
	}
	return 0;
}

/** The slow path, for text with lone CR line ends. */
function splitByLines(text: string): FrontmatterSplit {
	const lines = splitLines(text);
	const start = bodyStartIndex(lines);
	if (start === 0) return { yaml: null, body: text, bodyStartLine: 1 };
	return { yaml: lines.slice(1, start - 1).join("\n"), body: lines.slice(start).join("\n"), bodyStartLine: start + 1 };
}

/** Cuts the frontmatter block (BOM and CRLF tolerated) from the body, reading only as far as the closing `---`; never throws. */
export function splitFrontmatter(text: string): FrontmatterSplit {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (!clean.startsWith("---")) return { yaml: null, body: clean, bodyStartLine: 1 };
	if (clean.indexOf("\n") < 0) return splitByLines(clean);
	const head: string[] = [];
	let at = 0;
	while (at <= clean.length) {
		const lf = clean.indexOf("\n", at);
		const end = lf < 0 ? clean.length : lf;
		const line = clean.slice(at, end).replace(/\r$/, "");
		at = end + 1;
		if (head.length > 0 && isDelimiter(line)) return { yaml: head.slice(1).join("\n"), body: clean.slice(Math.min(at, clean.length)), bodyStartLine: head.length + 2 };
		if (head.length === 0 && !isDelimiter(line)) break;
		head.push(line);
		if (lf < 0) break;
	}
	return { yaml: null, body: clean, bodyStartLine: 1 };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Parses a frontmatter block's YAML with the given reader; reader errors and non-mapping YAML become an error message. */
export function parseFrontmatterYaml(yaml: string | null, bodyStartLine: number, readYaml: YamlReader): FrontmatterResult {
	if (yaml === null || yaml.trim() === "") return { data: {}, error: null, bodyStartLine };
	let parsed: unknown;
	try {
		parsed = readYaml(yaml);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { data: {}, error: message.split("\n")[0] || "the YAML does not parse", bodyStartLine };
	}
	if (parsed === null || parsed === undefined) return { data: {}, error: null, bodyStartLine };
	if (!isPlainObject(parsed)) return { data: {}, error: "the frontmatter is not a list of `key: value` lines", bodyStartLine };
	return { data: parsed, error: null, bodyStartLine };
}

/** Reads a note's frontmatter with the given YAML reader; never throws (a bad block gives {} and an error). */
export function readFrontmatter(text: string, readYaml: YamlReader): FrontmatterResult {
	const split = splitFrontmatter(text);
	return parseFrontmatterYaml(split.yaml, split.bodyStartLine, readYaml);
}
