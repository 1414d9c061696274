// The triage over Obsidian's cache gives the answer the command line's own scan gives: cacheTraceClues hands the core's
// showsSpecTrace the same clues, so the plugin never passes over a note the command line calls a spec. The one place
// they may differ: frontmatter one YAML reader refuses and the other accepts, which the cache path reads to be sure.
import fc from "fast-check";
import type { CachedMetadata } from "obsidian";
import { readYaml } from "../../src/cli/yamlReader";
import { readFrontmatter } from "../../src/core/markdown/frontmatter";
import { scanBody } from "../../src/core/markdown/scanBody";
import { defaultReadOptions, type ReadOptions } from "../../src/core/reading/readOptions";
import { readSpecNote } from "../../src/core/reading/readSpecNote";
import { showsSpecTrace, specTraceClues } from "../../src/core/reading/specTrace";
import { cacheTraceClues } from "../../src/obsidian/specCandidate";
import { computeCachedMetadata } from "../support/fakeApp";
import { noteCorpus } from "../support/noteCorpus";
import { READ_OPTION_VARIANTS } from "../support/readOptionVariants";

const corpus = noteCorpus();

/** The command line's clues: its own frontmatter reading and scan of the text. */
function scanTrace(path: string, text: string, options: ReadOptions): boolean {
	const frontmatter = readFrontmatter(text, readYaml);
	const facts = scanBody(text);
	const clues = specTraceClues(path, frontmatter.data, frontmatter.error !== null, facts.tags, facts.headings);
	return showsSpecTrace(clues, options);
}

function cacheTrace(path: string, cache: CachedMetadata, options: ReadOptions): boolean {
	return showsSpecTrace(cacheTraceClues(path, cache), options);
}

/** Whether the cache's triage and the scan's differ on a note; the cache may say yes more only for broken frontmatter. */
function traceDiffers(path: string, text: string, cache: CachedMetadata, options: ReadOptions): boolean {
	const byCache = cacheTrace(path, cache, options);
	const byScan = scanTrace(path, text, options);
	if (byCache === byScan) return false;
	return !(byCache && readFrontmatter(text, readYaml).error !== null);
}

const OPTIONS = READ_OPTION_VARIANTS;

describe("the triage over the cache", () => {
	it("finds notes in the corpus to check", () => {
		expect(corpus.length).toBeGreaterThan(30);
	});

	it.each(OPTIONS)("never passes over a note the command line calls a spec (%s)", (_name, options) => {
		const missed = corpus.filter(
			(note) =>
				readSpecNote(note.path, note.text, readYaml, options).isSpec &&
				!cacheTrace(note.path, computeCachedMetadata(note.text), options),
		);
		expect(missed.map((n) => n.path)).toEqual([]);
	});

	it.each(OPTIONS)("says what the command line's scan says on every note (%s)", (_name, options) => {
		const differ = corpus.filter((note) =>
			traceDiffers(note.path, note.text, computeCachedMetadata(note.text), options),
		);
		expect(differ.map((n) => n.path)).toEqual([]);
	});

	it("says what the scan says by Obsidian's own cache (the captures)", () => {
		const captured = corpus.filter((note) => note.realCache !== undefined);
		const differ = captured.filter((note) =>
			traceDiffers(note.path, note.text, note.realCache as CachedMetadata, defaultReadOptions()),
		);
		expect(differ.map((n) => n.path)).toEqual([]);
	});

	const key = fc.constantFrom("status", "Status", "sta tus", "state", "type", "tags", "title", "kanban-plugin");
	const value = fc.oneof(
		fc.constantFrom(
			"draft",
			"spec",
			"spec/api",
			"status/draft",
			"area/x",
			"tech-spec",
			"meeting",
			"[Name]",
			"1",
			"",
		),
		fc.array(fc.constantFrom("spec", "status/draft", "area/x", "Spec/API", "specs", "#spec", "x"), {
			maxLength: 3,
		}),
	);
	const heading = fc.constantFrom(
		"Open Questions",
		"11. Open questions",
		"Status",
		"Feature: Login",
		"Feature Specification: Search",
		"RFC 12: Retries",
		"ADR-7 Use queues",
		"Problem Analysis",
		"Solution Design",
		"Overview",
		"Questions",
	);
	const bodyLine = fc.oneof(
		heading.chain((h) => fc.integer({ min: 1, max: 3 }).map((level) => `${"#".repeat(level)} ${h}`)),
		fc.constantFrom("#spec", "#status/draft", "#area/x", "- [ ] Who?", "Status: Draft", "text", "#Spec/API"),
	);
	const note = fc
		.record({ keys: fc.array(fc.tuple(key, value), { maxLength: 4 }), body: fc.array(bodyLine, { maxLength: 6 }) })
		.map(({ keys, body }) => {
			const yaml = keys.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n");
			return `${keys.length > 0 ? `---\n${yaml}\n---\n` : ""}# Note\n\n${body.join("\n\n")}\n`;
		});
	const place = fc.constantFrom("n.md", "specs/n.md", "Notes/Specs/n.md", "notes/n.md", "templates/n.md");

	it("agrees with the scan, and never passes over a spec, on generated notes (property)", () => {
		fc.assert(
			fc.property(note, place, (text, path) => {
				const options = { ...defaultReadOptions(), templatesFolder: "templates" };
				const cache = computeCachedMetadata(text);
				const traced = cacheTrace(path, cache, options);
				return (
					!traceDiffers(path, text, cache, options) &&
					(traced || !readSpecNote(path, text, readYaml, options).isSpec)
				);
			}),
			{ numRuns: 500 },
		);
	});
});
