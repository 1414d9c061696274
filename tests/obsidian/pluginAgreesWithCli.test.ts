// The plugin and the command line give the same SpecNote for the same note: the board's index (Obsidian's cache, the
// text only where needed, Obsidian's YAML) against the command line's reading (the whole text, read as Obsidian reads YAML).
import { readYaml } from "../../src/cli/yamlReader";
import { defaultReadOptions } from "../../src/core/reading/readOptions";
import { readSpecNote } from "../../src/core/reading/readSpecNote";
import type { SpecNote } from "../../src/core/model/specNote";
import { SpecIndex } from "../../src/obsidian/specIndex";
import { asObsidianApp, createFakeApp } from "../support/fakeApp";
import { noteCorpus } from "../support/noteCorpus";

/** What both sides must agree on: everything the board and the command line's JSON show. */
function shown(note: SpecNote): Record<string, unknown> {
	return {
		title: note.title,
		status: note.status,
		statusRaw: note.statusRaw,
		statusSource: note.statusSource,
		statusLine: note.statusLine,
		priority: note.priority,
		priorityRaw: note.priorityRaw,
		prioritySource: note.prioritySource,
		tags: note.tags,
		domains: note.domains,
		openQuestions: note.openQuestions,
		placeholderQuestions: note.placeholderQuestions,
		resolvedQuestions: note.resolvedQuestions,
		owner: note.owner,
		reviewers: note.reviewers,
		signOffs: note.signOffs,
		created: note.created,
		updated: note.updated,
		template: note.template,
		problems: note.problems.map((p) => p.code),
	};
}

// The captures' notes test Obsidian's cache, not specs; the rest are real notes, fixtures, templates and the example vault.
const corpus = noteCorpus().filter((n) => !n.path.startsWith("captures/"));
const files = Object.fromEntries(corpus.map((n) => [n.path, n.text]));

describe("the plugin's index and the command line read every note alike", () => {
	let index: SpecIndex;

	beforeAll(async () => {
		// The layout is ready before the metadata cache has indexed a note, as on a first start: the index fills as
		// the cache does.
		const fake = createFakeApp({ files });
		const app = asObsidianApp(fake);
		index = new SpecIndex(
			{ vault: app.vault, metadataCache: app.metadataCache, workspace: app.workspace },
			defaultReadOptions(),
		);
		index.start(() => undefined);
		await fake.metadataCache.settle();
		await index.whenSettled();
	});

	it("lists the same notes as specs", () => {
		const cliSpecs = corpus
			.filter((n) => readSpecNote(n.path, n.text, readYaml, defaultReadOptions()).isSpec)
			.map((n) => n.path);
		expect(
			index
				.specs()
				.map((n) => n.path)
				.sort(),
		).toEqual(cliSpecs.sort());
	});

	it("covers the notes teams write in other formats (ADRs, spec-kit, LeanSpec, KEPs, RFCs), kept in a spec folder as teams keep them: each a spec on both sides", () => {
		const formats = corpus.filter((n) => n.path.startsWith("fixtures/specs/formats/")).map((n) => n.path);
		expect(formats.length).toBeGreaterThanOrEqual(18);
		for (const path of formats) expect(index.get(path)?.isSpec).toBe(true);
		const decisions = corpus.filter((n) => n.path.startsWith("vault/decisions/")).map((n) => n.path);
		expect(decisions).toHaveLength(3);
		for (const path of decisions) expect(index.get(path)?.isSpec).toBe(true);
	});

	it.each(corpus.map((n) => [n.path, n.text] as const))("%s", (path, text) => {
		const fromCli = readSpecNote(path, text, readYaml, defaultReadOptions());
		if (!fromCli.isSpec) return;
		const fromPlugin = index.get(path);
		expect(fromPlugin && shown(fromPlugin)).toEqual(shown(fromCli));
	});
});
