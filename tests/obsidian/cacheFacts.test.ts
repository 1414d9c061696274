// The cache path (Obsidian's metadata cache + the text) and the text path (scanBody) agree on real captures.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CachedMetadata } from "obsidian";
import fc from "fast-check";
import { bodyFactsFromCache, frontmatterFromCache, mayHoldInlineField } from "../../src/obsidian/cacheFacts";
import { scanBody } from "../../src/core/markdown/scanBody";
import type { BodyFacts } from "../../src/core/model/specNote";
import { computeCachedMetadata } from "../support/fakeApp";
import { noteCorpus } from "../support/noteCorpus";

const CAPTURES = path.resolve(__dirname, "../../../shared/obsidian-cache-captures");

interface Capture {
	filePath: string;
	fileContents: string;
	cachedMetadata: CachedMetadata;
}

const captures: [string, Capture][] = existsSync(CAPTURES)
	? readdirSync(CAPTURES)
			.filter((f) => f.endsWith(".json"))
			.sort()
			.map((f) => [f, JSON.parse(readFileSync(path.join(CAPTURES, f), "utf8")) as Capture])
	: [];

function tags(facts: BodyFacts): string[] {
	return facts.tags.map((t) => `${t.tag}@${t.line}`);
}

function tasks(facts: BodyFacts): { open: number[]; done: number[] } {
	const items = facts.listItems.filter((i) => i.task !== undefined);
	return {
		open: items.filter((i) => i.task === " ").map((i) => i.line),
		done: items.filter((i) => i.task !== " ").map((i) => i.line),
	};
}

describe("cache path and text path on real Obsidian captures", () => {
	if (captures.length === 0) {
		it.skip("../shared/obsidian-cache-captures is absent: nothing to compare", () => undefined);
		return;
	}

	it.each(captures)("%s: same tags and the same open and done tasks", (_name, capture) => {
		const fromCache = bodyFactsFromCache(capture.cachedMetadata, capture.fileContents);
		const fromText = scanBody(capture.fileContents);
		expect(tags(fromCache)).toEqual(tags(fromText));
		expect(tasks(fromCache)).toEqual(tasks(fromText));
	});

	it.each(captures)("%s: list item text is filled from the text only when it was read", (_name, capture) => {
		const withoutText = bodyFactsFromCache(capture.cachedMetadata, null);
		expect(withoutText.listItems.every((i) => i.text === null)).toBe(true);
		expect(withoutText.inlineStatus).toBeNull();
		const withText = bodyFactsFromCache(capture.cachedMetadata, capture.fileContents);
		expect(withText.listItems.map((i) => i.text)).toEqual(
			scanBody(capture.fileContents).listItems.map((i) => i.text),
		);
	});

	it.each(captures.filter(([, c]) => c.cachedMetadata.frontmatter !== undefined))(
		"%s: the frontmatter comes from the cache",
		(_name, capture) => {
			const fm = frontmatterFromCache(capture.cachedMetadata, null);
			expect(fm.data).toEqual(capture.cachedMetadata.frontmatter);
			expect(fm.error).toBeNull();
			expect(fm.bodyStartLine).toBe((capture.cachedMetadata.frontmatterPosition?.end.line ?? -1) + 2);
		},
	);

	it.each(captures)("%s: the test fake's cache reports the same tags and tasks as Obsidian", (_name, capture) => {
		const real = bodyFactsFromCache(capture.cachedMetadata, null);
		const fake = bodyFactsFromCache(computeCachedMetadata(capture.fileContents), null);
		expect(tags(fake)).toEqual(tags(real));
		expect(tasks(fake)).toEqual(tasks(real));
	});
});

describe("frontmatter the cache could not parse", () => {
	it.each([
		["malformed YAML", "---\nstatus: [oops\n---\n# T\n", "The frontmatter does not parse", 4],
		["a list, not properties", "---\n- a\n- b\n---\n# T\n", "not a list of properties", 5],
	])("%s is reported when the text is read", (_name, text, message, bodyStartLine) => {
		const cache = computeCachedMetadata(text);
		expect(cache.frontmatter).toBeUndefined();
		const fm = frontmatterFromCache(cache, text);
		expect(fm.error).toContain(message);
		expect(fm.bodyStartLine).toBe(bodyStartLine);
	});
});

describe("reading only what the cache lacks", () => {
	const corpus = noteCorpus();

	/** List item text as first written: the whole text split into lines, each item's line looked up. */
	function itemTextsBySplitting(cache: CachedMetadata, text: string): (string | null)[] {
		const lines = text.split(/\r?\n/);
		return (cache.listItems ?? []).map((item) => {
			const line = lines[item.position.start.line];
			return line === undefined
				? null
				: bodyFactsFromCache(
						{
							listItems: [
								{ ...item, position: { ...item.position, start: { ...item.position.start, line: 0 } } },
							],
						},
						line,
					).listItems[0].text;
		});
	}

	it.each(corpus.map((n) => [n.path, n] as const))(
		"%s: the same item texts and inline fields as splitting and scanning the whole text",
		(_path, note) => {
			const cache = note.realCache ?? computeCachedMetadata(note.text);
			const facts = bodyFactsFromCache(cache, note.text);
			expect(facts.listItems.map((i) => i.text)).toEqual(itemTextsBySplitting(cache, note.text));
			const scanned = scanBody(note.text);
			expect([facts.inlineStatus, facts.inlinePriority]).toEqual([scanned.inlineStatus, scanned.inlinePriority]);
		},
	);

	it.each([
		["Status: Draft", true],
		["**PRIORITY**: high", true],
		["> sTaTuS:: done", true],
		["# Title\n\nNothing to see.", false],
		["state: draft\nprio: high", false],
	])("%j may hold an inline field: %s", (text, expected) => {
		expect(mayHoldInlineField(text)).toBe(expected);
	});

	it("never passes over a text in which scanBody finds an inline field (property)", () => {
		const line = fc.oneof(
			fc.constantFrom(
				"Status: Draft",
				"**Status:** In review",
				"**Status**: Done",
				"- Priority: High",
				"> STATUS: wip",
				"| Status | Draft |",
				"status",
				"## Status",
				"---",
				"```",
				"text",
			),
			fc.stringMatching(/^[ >*_-]{0,3}(?:[sS][tT]at[uU]s|[pP]riorit[yY]|x)[:* ]{0,3}[a-z ]{0,8}$/),
			fc.string({ maxLength: 20 }),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"), (lines, eol) => {
				const text = lines.join(eol);
				const scanned = scanBody(text);
				return mayHoldInlineField(text) || (scanned.inlineStatus === null && scanned.inlinePriority === null);
			}),
			{ numRuns: 500 },
		);
	});
});
