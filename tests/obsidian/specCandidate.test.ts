// The index's shortcuts never change what it lists: mayBeSpec only rules out notes the core would not call specs, and
// the index (which skips, reads and builds notes as its shortcuts say) holds exactly the notes the long way gives.
import fc from "fast-check";
import type { CachedMetadata } from "obsidian";
import { defaultReadOptions, type ReadOptions } from "../../src/core/reading/readOptions";
import { buildSpecNote } from "../../src/core/reading/readSpecNote";
import type { SpecNote } from "../../src/core/model/specNote";
import { bodyFactsFromCache, frontmatterFromCache, frontmatterNeedsText } from "../../src/obsidian/cacheFacts";
import { mayBeSpec } from "../../src/obsidian/specCandidate";
import { SpecIndex } from "../../src/obsidian/specIndex";
import { asObsidianApp, computeCachedMetadata, createFakeApp, createIndexedApp, fileAt } from "../support/fakeApp";
import { noteCorpus } from "../support/noteCorpus";
import { isSignOffHeading } from "../../src/core/reading/signOffs";

const corpus = noteCorpus();

/** The core's reading from the cache alone. */
function fromCache(path: string, cache: CachedMetadata, options: ReadOptions): SpecNote {
	return buildSpecNote(
		{ path, frontmatter: frontmatterFromCache(cache, null), facts: bodyFactsFromCache(cache, null), text: null },
		options,
	);
}

/** The long way: every note built from the cache, and again with its text when the cache cannot stand for it. */
function referenceSpecs(files: Record<string, string>, options: ReadOptions): Map<string, SpecNote> {
	const specs = new Map<string, SpecNote>();
	for (const [path, text] of Object.entries(files)) {
		const cache = computeCachedMetadata(text);
		let note = fromCache(path, cache, options);
		const needsText = note.isSpec
			? note.statusSource === "none" ||
				note.hasOpenQuestionsSection ||
				frontmatterNeedsText(cache) ||
				(cache.headings ?? []).some((h) => isSignOffHeading(h.heading))
			: note.statusSource === "none";
		if (needsText)
			note = buildSpecNote(
				{ path, frontmatter: frontmatterFromCache(cache, text), facts: bodyFactsFromCache(cache, text), text },
				options,
			);
		if (note.isSpec) specs.set(path, note);
	}
	return specs;
}

const OPTIONS: [string, ReadOptions][] = [
	["default options", defaultReadOptions()],
	["spec tag `area`", { ...defaultReadOptions(), specTag: "area" }],
	["spec tag `#Spec`", { ...defaultReadOptions(), specTag: "#Spec" }],
	["no spec tag", { ...defaultReadOptions(), specTag: "" }],
	["spec folder `fixtures`", { ...defaultReadOptions(), specFolders: ["fixtures"] }],
];

describe("mayBeSpec", () => {
	it("finds notes in the corpus to check", () => {
		expect(corpus.length).toBeGreaterThan(30);
	});

	it.each(OPTIONS)("never rules out a note the core calls a spec from the cache (%s)", (_name, options) => {
		const missed = corpus.filter((note) => {
			const cache = computeCachedMetadata(note.text);
			return fromCache(note.path, cache, options).isSpec && !mayBeSpec(cache, options);
		});
		expect(missed.map((n) => n.path)).toEqual([]);
	});

	it("never rules out a spec by Obsidian's own cache (the captures)", () => {
		const captured = corpus.filter((note) => note.realCache !== undefined);
		const missed = captured.filter((note) => {
			const cache = note.realCache as CachedMetadata;
			return fromCache(note.path, cache, defaultReadOptions()).isSpec && !mayBeSpec(cache, defaultReadOptions());
		});
		expect(missed.map((n) => n.path)).toEqual([]);
	});

	it.each([
		["a status key", true, "---\nstatus: draft\n---\n# A\n"],
		["a status key spelled with separators", true, "---\nSta_tus: draft\n---\n# A\n"],
		["a type", true, "---\ntype: tech-spec\n---\n# A\n"],
		["the spec tag in frontmatter", true, "---\ntags: [spec/x]\n---\n# A\n"],
		["a status tag in the body", true, "# A\n\n#status/draft\n"],
		["the spec tag in the body", true, "# A\n\n#spec\n"],
		["an open-questions heading", true, "# A\n\n## 11. Open Questions\n"],
		["a plain note", false, "---\ncreated: 2024-01-01\ntags: [diary]\n---\n# Diary\n\nSome #idea here.\n"],
		["an inline Status line only (the text tells)", false, "# Idea\n\nStatus: Draft\n"],
	])("%s -> %s", (_name, expected, text) => {
		expect(mayBeSpec(computeCachedMetadata(text), defaultReadOptions())).toBe(expected);
	});

	it("says yes to every note when every note is a spec", () => {
		expect(mayBeSpec(computeCachedMetadata("# Diary\n"), { ...defaultReadOptions(), everyNoteIsSpec: true })).toBe(
			true,
		);
	});

	const key = fc.constantFrom(
		"status",
		"Status",
		"STATUS",
		"sta tus",
		"state",
		"type",
		"Type",
		"kind",
		"tags",
		"tag",
		"Tags",
		"title",
		"priority",
		"owner",
		"domains",
		"created",
	);
	const value = fc.oneof(
		fc.constantFrom(
			"draft",
			"spec",
			"spec/api",
			"Spec",
			"status/draft",
			"area/x",
			"tech-spec",
			"design-spec",
			"spec-ish",
			"[Feature Name]",
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
		"Open question",
		"Resolved open questions",
		"Overview",
		"Questions",
		"OPEN QUESTIONS (3)",
	);
	const bodyLine = fc.oneof(
		heading.chain((h) => fc.integer({ min: 1, max: 3 }).map((level) => `${"#".repeat(level)} ${h}`)),
		fc.constantFrom(
			"#spec",
			"#status/draft",
			"#area/x",
			"#specs",
			"- [ ] Who?",
			"Status: Draft",
			"text",
			"#Spec/API",
		),
	);
	const note = fc
		.record({ keys: fc.array(fc.tuple(key, value), { maxLength: 5 }), body: fc.array(bodyLine, { maxLength: 6 }) })
		.map(({ keys, body }) => {
			const yaml = keys.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n");
			return `${keys.length > 0 ? `---\n${yaml}\n---\n` : ""}# Note\n\n${body.join("\n\n")}\n`;
		});
	const specTag = fc.constantFrom("spec", "Spec", "#spec", "spec/api", "area", "");

	it("never rules out a spec on generated notes (property)", () => {
		fc.assert(
			fc.property(note, specTag, (text, tag) => {
				const options = { ...defaultReadOptions(), specTag: tag };
				const cache = computeCachedMetadata(text);
				return !fromCache("n.md", cache, options).isSpec || mayBeSpec(cache, options);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("SpecIndex takes shortcuts, yet lists what the long way lists", () => {
	const files: Record<string, string> = Object.fromEntries(corpus.map((n) => [n.path, n.text]));

	async function indexOf(options: ReadOptions): Promise<{ index: SpecIndex; app: ReturnType<typeof createFakeApp> }> {
		const app = await createIndexedApp({ files });
		const o = asObsidianApp(app);
		const index = new SpecIndex(
			{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
			options,
		);
		index.start(() => undefined);
		await index.whenSettled();
		return { index, app };
	}

	function byPath(notes: readonly SpecNote[]): Map<string, SpecNote> {
		return new Map(notes.map((n) => [n.path, n]));
	}

	it.each(OPTIONS)("after the first build (%s)", async (_name, options) => {
		const { index } = await indexOf(options);
		const expected = referenceSpecs(files, { ...options });
		const inFolders = new Map(
			[...expected].filter(
				([path]) => options.specFolders.length === 0 || path.startsWith(`${options.specFolders[0]}/`),
			),
		);
		expect(byPath(index.specs())).toEqual(inFolders);
	});

	it("after every note changed once (the change events carry the text)", async () => {
		const { index, app } = await indexOf(defaultReadOptions());
		for (const path of Object.keys(files)) await app.vault.modify(fileAt(app, path), files[path]);
		await app.metadataCache.settle();
		await index.whenSettled();
		expect(byPath(index.specs())).toEqual(referenceSpecs(files, defaultReadOptions()));
	});
});
