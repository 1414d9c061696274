import { readFileSync } from "fs";
import { join } from "path";
import { buildSpecNote, readSpecNote, type NoteInput } from "../../../src/core/reading/readSpecNote";
import { inSpecFolders } from "../../../src/core/reading/specTrace";
import { defaultReadOptions, type ReadOptions } from "../../../src/core/reading/readOptions";
import { scanBody } from "../../../src/core/markdown/scanBody";
import type { BodyFacts, SpecNote, YamlReader } from "../../../src/core/model/specNote";
import { readYaml } from "../../support/yamlReader";

const fixture = (name: string): string => readFileSync(join(__dirname, "..", "..", "fixtures", "notes", name), "utf8");
const read = (name: string, options: ReadOptions = defaultReadOptions()): SpecNote =>
	readSpecNote(name, fixture(name), readYaml, options);
const codes = (note: SpecNote): string[] => note.problems.map((p) => p.code);

describe("readSpecNote on fixture notes", () => {
	it.each<[string, Partial<SpecNote>]>([
		[
			"crlf.md",
			{
				title: "Payments retry",
				status: "Approved",
				statusSource: "frontmatter",
				priority: "High",
				tags: ["spec", "area/payments"],
				openQuestions: [
					{ text: "How many retries before we give up?", line: 19 },
					{ text: "Which queue holds the retries?", line: 21 },
				],
				resolvedQuestions: 1,
				owner: "Dana",
				created: "2024-03-01",
				updated: "2024-03-15",
				problems: [],
			},
		],
		[
			"bom.md",
			{
				status: "Draft",
				tags: ["spec", "body-tag"],
				openQuestions: [{ text: "Does the BOM break the frontmatter?", line: 11 }],
			},
		],
		[
			"no-frontmatter.md",
			{
				title: "Search ranking",
				status: "In progress",
				statusRaw: "In Progress - 50%",
				statusSource: "inline",
				statusLine: 3,
				priority: "High",
				priorityRaw: "P1",
				prioritySource: "inline",
				tags: ["search"],
				openQuestions: [
					{ text: "Should we boost recent notes?", line: 10 },
					{ text: "What about archived ones?", line: 11 },
					{ text: "Numbered question?", line: 13 },
				],
			},
		],
		[
			"empty-frontmatter.md",
			{ title: "Empty frontmatter", isSpec: false, status: "No status", statusSource: "none", problems: [] },
		],
		// The YAML does not parse, but its simple `status: draft` line is salvaged and outranks the inline line.
		[
			"malformed-yaml.md",
			{ title: "Malformed YAML", status: "Draft", statusRaw: "draft", statusSource: "frontmatter" },
		],
		[
			"status-number.md",
			{ status: "Unrecognized", statusRaw: "3", priority: "Unrecognized", priorityRaw: "1", isSpec: true },
		],
		["status-list-one.md", { status: "Approved", statusRaw: "approved", problems: [] }],
		["status-list-several.md", { status: "Unrecognized", statusRaw: "draft | approved" }],
		["tasks-in-code.md", { openQuestions: [{ text: "the only real question", line: 26 }], resolvedQuestions: 0 }],
		[
			"nested-callouts.md",
			{
				status: "In progress",
				openQuestions: [
					{ text: "First question in a callout", line: 9 },
					{ text: "Question in a nested callout", line: 13 },
					{ text: "Sub-question, nested deeper", line: 14 },
				],
				resolvedQuestions: 2,
			},
		],
		[
			"status-tag.md",
			{ status: "In review", statusRaw: "in-review", statusSource: "tag", tags: ["spec", "status/in-review"] },
		],
		["several-status-tags.md", { status: "Unrecognized", statusRaw: "draft, done", statusSource: "tag" }],
		["placeholder-title.md", { title: "placeholder-title", status: "Draft" }],
		[
			"domains.md",
			{ domains: ["Payments", "Billing", "Risk"], parent: "Checkout PRD", reviewers: ["Alice", "Bob"] },
		],
		[
			"choice-list-inline.md",
			{
				status: "Unrecognized",
				statusRaw: "Planning | In Progress | Review | Complete",
				priority: "Unrecognized",
			},
		],
		["plain-note.md", { isSpec: false, tags: ["groceries"], status: "No status" }],
	])("%s", (name, expected) => {
		expect(read(name)).toMatchObject(expected);
	});

	it.each([
		["crlf.md", []],
		["malformed-yaml.md", ["malformed-frontmatter"]],
		["status-number.md", ["unrecognized-status", "unrecognized-priority"]],
		["status-list-several.md", ["unrecognized-status"]],
		["several-status-tags.md", ["several-status-tags"]],
		["placeholder-title.md", ["placeholder-title"]],
		["choice-list-inline.md", ["unrecognized-status", "unrecognized-priority"]],
	])("%s has the problems %j", (name, expected) => {
		expect(codes(read(name))).toEqual(expected);
	});

	it("reads a CRLF note exactly like its LF twin", () => {
		const crlf = fixture("crlf.md");
		expect(crlf).toContain("\r\n");
		expect(readSpecNote("n.md", crlf, readYaml, defaultReadOptions())).toEqual(
			readSpecNote("n.md", crlf.replace(/\r\n/g, "\n"), readYaml, defaultReadOptions()),
		);
	});
});

describe("filled-in examples of each template", () => {
	it.each<[string, Partial<SpecNote>]>([
		[
			"lean-filled.md",
			{
				template: "lean-feature-spec",
				title: "One-click reorder",
				status: "Approved",
				statusRaw: "approved",
				owner: "payments-team",
				priority: "High",
				problems: [],
			},
		],
		[
			"detailed-filled.md",
			{
				template: "detailed-feature-spec",
				title: "Saved searches",
				status: "In progress",
				statusSource: "inline",
				tags: ["search"],
				problems: [],
			},
		],
		[
			"tech-filled.md",
			{
				template: "tech-spec",
				type: "tech-spec",
				parent: "Saved searches PRD",
				priority: "Medium",
				placeholderQuestions: [{ text: "Question 2", line: 22 }],
				problems: [],
			},
		],
		[
			"architecture-filled.md",
			{
				template: "architecture-feature-design",
				status: "Approved",
				statusSource: "tag",
				priority: "Medium",
				prioritySource: "tag",
				domains: ["Notifications", "Identity"],
				openQuestions: [{ text: "Which time zone do we send digests in?", line: 26 }],
				placeholderQuestions: [{ text: "Question 2", line: 28 }],
				resolvedQuestions: 1,
				created: "2025-04-01",
				problems: [],
			},
		],
		[
			"general-filled.md",
			{
				template: "general-spec",
				owner: "Priya Shah",
				reviewers: ["Tom", "Lena"],
				status: "In review",
				openQuestions: [{ text: "Do we include deleted users?", line: 21 }],
				problems: [],
			},
		],
	])("%s", (name, expected) => {
		expect(read(name)).toMatchObject(expected);
	});
});

describe("spec detection", () => {
	const note = (text: string, options: Partial<ReadOptions> = {}, path = "Specs/a.md"): boolean =>
		readSpecNote(path, text, readYaml, { ...defaultReadOptions(), ...options }).isSpec;

	it.each([
		["a frontmatter status", "---\nstatus: draft\n---\n", {}, true],
		["an inline status", "Status: Draft\n", {}, true],
		["a status tag", "#status/draft\n", {}, true],
		["an open-questions heading alone", "## Open Questions\n", {}, false],
		[
			"an open-questions heading inside configured spec folders",
			"## Open Questions\n",
			{ specFolders: ["Specs"] },
			true,
		],
		["an inline status in a spec-named folder", "Status: Draft\n", { specFolderNames: ["specs"] }, true],
		["an inline status and no trace", "Status: Draft\n", { specFolderNames: [] }, false],
		["a type ending in spec", "---\ntype: Tech-Spec\n---\n", {}, true],
		["the spec tag", "#spec\n", {}, true],
		["a nested spec tag", "---\ntags: [spec/feature]\n---\n", {}, true],
		["a custom spec tag", "#prd\n", { specTag: "prd" }, true],
		["a tag that only starts like the spec tag", "#specs\n", {}, false],
		["a plain note", "# Groceries\n- milk\n", {}, false],
		["a plain note when every note is a spec", "# Groceries\n", { everyNoteIsSpec: true }, true],
		["a spec inside the spec folders", "#spec\n", { specFolders: ["Specs"] }, true],
		["a spec outside the spec folders", "#spec\n", { specFolders: ["Other/"] }, false],
	])("%s", (_name, text, options, expected) => {
		expect(note(text, options)).toBe(expected);
	});

	it.each([
		["Specs/a.md", [], true],
		["Specs/a.md", ["specs"], true],
		["Specs/a.md", ["/Specs/"], true],
		["Specs/deep/a.md", ["Specs"], true],
		["SpecsOld/a.md", ["Specs"], false],
		["a.md", ["Specs", ""], true],
	])("inSpecFolders(%j, %j) is %s", (path, folders, expected) => {
		expect(inSpecFolders(path, folders)).toBe(expected);
	});
});

describe("status and priority precedence", () => {
	it.each([
		[
			"frontmatter over inline over tags",
			"---\nstatus: done\n---\nStatus: Draft\n#status/review\n",
			"Done",
			"frontmatter",
		],
		[
			"an empty frontmatter status falls through to the inline line",
			"---\nstatus: \n---\nStatus: Draft\n",
			"Draft",
			"inline",
		],
		["inline over tags", "Status: Draft\n#status/review\n", "Draft", "inline"],
		["a frontmatter status tag counts", "---\ntags: [status/done]\n---\n", "Done", "tag"],
		["a status tag written twice is one tag", "#status/done and #Status/Done\n", "Done", "tag"],
		["no status anywhere", "# Nothing\n", "No status", "none"],
	])("%s", (_name, text, status, source) => {
		const note = readSpecNote("n.md", text, readYaml, defaultReadOptions());
		expect([note.status, note.statusSource]).toEqual([status, source]);
	});

	it.each([
		["frontmatter", "---\npriority: P0\n---\nPriority: low\n", "Critical", "frontmatter"],
		["inline", "Priority: low\n#priority/high\n", "Low", "inline"],
		["a tag", "#priority/high\n", "High", "tag"],
		["several tags", "#priority/high #priority/low\n", "Unrecognized", "tag"],
		["none", "x\n", "None", "none"],
	])("priority from %s", (_name, text, priority, source) => {
		const note = readSpecNote("n.md", text, readYaml, defaultReadOptions());
		expect([note.priority, note.prioritySource]).toEqual([priority, source]);
	});

	it("reports several priority tags", () => {
		expect(codes(readSpecNote("n.md", "#priority/high #priority/low\n", readYaml, defaultReadOptions()))).toEqual([
			"several-priority-tags",
		]);
	});
});

describe("buildSpecNote on the cache path (no text read)", () => {
	const facts: BodyFacts = {
		headings: [
			{ level: 1, text: "From the cache", line: 4 },
			{ level: 2, text: "Open Questions", line: 6 },
		],
		listItems: [
			{ line: 7, task: " ", parent: -6, text: null },
			{ line: 8, task: "x", parent: -6, text: null },
		],
		tags: [{ tag: "spec", line: 5 }],
		inlineStatus: null,
		inlinePriority: null,
	};
	const input: NoteInput = {
		path: "Specs/Cached.md",
		frontmatter: { data: { status: "wip", created: "2024-01-05" }, error: null, bodyStartLine: 4 },
		facts,
		text: null,
	};

	it("builds the note without the text", () => {
		expect(buildSpecNote(input, defaultReadOptions())).toMatchObject({
			title: "From the cache",
			status: "In progress",
			tags: ["spec"],
			openQuestions: [{ text: "(open question)", line: 7 }],
			resolvedQuestions: 1,
			created: "2024-01-05",
			problems: [],
		});
	});

	it("takes question text from the text when it was read", () => {
		const text =
			"---\nstatus: wip\n---\n# From the cache\n#spec\n## Open Questions\n- [ ] Read from the line?\n- [x] done\n";
		expect(buildSpecNote({ ...input, text }, defaultReadOptions()).openQuestions).toEqual([
			{ text: "Read from the line?", line: 7 },
		]);
	});

	it("agrees with readSpecNote when the facts come from scanBody", () => {
		const text = fixture("lean-filled.md");
		const built = buildSpecNote(
			{
				path: "n.md",
				frontmatter: {
					data: readYaml(text.split("---")[1]) as Record<string, unknown>,
					error: null,
					bodyStartLine: 12,
				},
				facts: scanBody(text),
				text,
			},
			defaultReadOptions(),
		);
		expect(built).toEqual(readSpecNote("n.md", text, readYaml, defaultReadOptions()));
	});

	it("reports a malformed frontmatter the cache path found", () => {
		expect(
			codes(
				buildSpecNote(
					{ ...input, frontmatter: { data: {}, error: "bad YAML", bodyStartLine: 4 } },
					defaultReadOptions(),
				),
			),
		).toEqual(["malformed-frontmatter"]);
	});

	it.each([
		["a bare reason gets the sentence", "bad indentation", "The frontmatter does not parse: bad indentation"],
		[
			"a sentence is kept as it is",
			"The frontmatter does not parse: bad indentation",
			"The frontmatter does not parse: bad indentation",
		],
	])("words the malformed-frontmatter problem once: %s", (_name, error, message) => {
		const note = buildSpecNote(
			{ ...input, frontmatter: { data: {}, error, bodyStartLine: 4 } },
			defaultReadOptions(),
		);
		expect(note.problems).toEqual([{ code: "malformed-frontmatter", message }]);
	});

	it("salvages the simple lines of a block the cache could not parse, when the text was read", () => {
		const text = "---\ntitle: Broken\nstatus: implementable\nauthors:\n- @ann\n---\n# Heading\n";
		const note = buildSpecNote(
			{
				path: "b.md",
				frontmatter: { data: {}, error: "The frontmatter does not parse: bad indentation", bodyStartLine: 7 },
				facts: scanBody(text),
				text,
			},
			defaultReadOptions(),
		);
		expect([note.title, note.status, note.statusRaw, note.owner, note.isSpec, codes(note)]).toEqual([
			"Broken",
			"Approved",
			"implementable",
			"@ann",
			true,
			["malformed-frontmatter"],
		]);
	});

	it("takes a wrapped question's whole text over the end line the cache gives", () => {
		const text = "# T\n## Open Questions\n- [ ] Which queue holds\n  the retries?\n";
		const cached: BodyFacts = {
			...facts,
			headings: [{ level: 2, text: "Open Questions", line: 2 }],
			listItems: [{ line: 3, task: " ", parent: -2, text: "Which queue holds", endLine: 4 }],
		};
		expect(buildSpecNote({ ...input, facts: cached, text }, defaultReadOptions()).openQuestions).toEqual([
			{ text: "Which queue holds the retries?", line: 3 },
		]);
	});
});

describe("never throws", () => {
	const throwing: YamlReader = () => {
		throw new Error("boom");
	};

	it("lists a note whose YAML reader throws, with the problem and the salvaged simple lines", () => {
		const note = readSpecNote("a.md", "---\nstatus: draft\n---\nStatus: Done\n", throwing, defaultReadOptions());
		expect([note.status, note.statusSource, codes(note)]).toEqual([
			"Draft",
			"frontmatter",
			["malformed-frontmatter"],
		]);
	});

	it("falls back to the inline status when nothing in a broken block is simple", () => {
		const note = readSpecNote("a.md", "---\nstatus: [oops\n---\nStatus: Done\n", readYaml, defaultReadOptions());
		expect([note.status, note.statusSource, codes(note)]).toEqual(["Done", "inline", ["malformed-frontmatter"]]);
	});

	it.each<[string, unknown]>([
		[
			"facts that are not facts",
			{ path: "x/broken.md", frontmatter: { data: {}, error: null, bodyStartLine: 1 }, facts: null, text: null },
		],
		["no input at all", null],
	])("gives an unreadable note for %s", (_name, input) => {
		const note = buildSpecNote(input as NoteInput, defaultReadOptions());
		expect(codes(note)).toEqual(["unreadable"]);
		expect(note.status).toBe("No status");
	});

	it("keeps the title of an unreadable note from its file name", () => {
		const note = buildSpecNote({ path: "x/broken.md", facts: null } as unknown as NoteInput, defaultReadOptions());
		expect([note.title, note.path, note.isSpec]).toEqual(["broken", "x/broken.md", true]);
	});

	it("gives an unreadable note when the text is not a string", () => {
		const note = readSpecNote("x.md", 42 as unknown as string, readYaml, defaultReadOptions());
		expect(codes(note)).toEqual(["unreadable"]);
	});

	it("tolerates frontmatter data that is not an object", () => {
		const note = buildSpecNote(
			{
				path: "a.md",
				frontmatter: { data: ["x"] as unknown as Record<string, unknown>, error: null, bodyStartLine: 1 },
				facts: scanBody("# A"),
				text: "# A",
			},
			defaultReadOptions(),
		);
		expect([note.title, note.problems]).toEqual(["A", []]);
	});
});
