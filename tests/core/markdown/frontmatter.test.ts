import { readFrontmatter, splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import {
	findEntry,
	findFrontmatter,
	keyForm,
	readEntries,
	splitLinesWithEol,
} from "../../../src/core/markdown/frontmatterLines";
import { fieldValue } from "../../../src/core/reading/frontmatterFields";
import { planFieldEdit } from "../../../src/core/edits/noteEdits";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import type { YamlReader } from "../../../src/core/model/specNote";
import { readYaml } from "../../support/yamlReader";
import { computeCachedMetadata } from "../../support/fakeCache";

describe("splitFrontmatter", () => {
	it.each([
		["a block at the very start", "---\na: 1\n---\nbody", { yaml: "a: 1", body: "body", bodyStartLine: 4 }],
		[
			"CRLF line ends",
			"---\r\na: 1\r\nb: 2\r\n---\r\nbody\r\nmore",
			{ yaml: "a: 1\nb: 2", body: "body\r\nmore", bodyStartLine: 5 },
		],
		["a BOM before the block", "\ufeff---\na: 1\n---\nbody", { yaml: "a: 1", body: "body", bodyStartLine: 4 }],
		["an empty block", "---\n---\nbody", { yaml: "", body: "body", bodyStartLine: 3 }],
		["spaces after the delimiters", "--- \na: 1\n---\t\nbody", { yaml: "a: 1", body: "body", bodyStartLine: 4 }],
		["no frontmatter", "# Title\nbody", { yaml: null, body: "# Title\nbody", bodyStartLine: 1 }],
		["a block that never closes", "---\na: 1\nbody", { yaml: null, body: "---\na: 1\nbody", bodyStartLine: 1 }],
		["a block not on line 1", "\n---\na: 1\n---\n", { yaml: null, body: "\n---\na: 1\n---\n", bodyStartLine: 1 }],
		[
			"a longer dash line is not a delimiter",
			"----\na: 1\n----\n",
			{ yaml: null, body: "----\na: 1\n----\n", bodyStartLine: 1 },
		],
		["an empty text", "", { yaml: null, body: "", bodyStartLine: 1 }],
		["lone CR line ends", "---\ra: 1\r---\rbody", { yaml: "a: 1", body: "body", bodyStartLine: 4 }],
		["a closing delimiter at the very end", "---\na: 1\n---", { yaml: "a: 1", body: "", bodyStartLine: 4 }],
		[
			"`...` closes nothing",
			"---\na: 1\n...\nbody",
			{ yaml: null, body: "---\na: 1\n...\nbody", bodyStartLine: 1 },
		],
	])("%s", (_name, text, expected) => {
		expect(splitFrontmatter(text)).toEqual(expected);
	});
});

describe("readFrontmatter", () => {
	const throwing: YamlReader = () => {
		throw new Error("bad indentation of a mapping entry\nat line 2");
	};
	const throwingString: YamlReader = () => {
		// eslint-disable-next-line @typescript-eslint/only-throw-error -- a reader may throw anything
		throw "not an Error";
	};

	it.each([
		[
			"a mapping",
			"---\nstatus: draft\n---\n",
			readYaml,
			{ data: { status: "draft" }, error: null, bodyStartLine: 4 },
		],
		["no frontmatter", "# Title\n", readYaml, { data: {}, error: null, bodyStartLine: 1 }],
		["an empty block", "---\n---\n# T\n", readYaml, { data: {}, error: null, bodyStartLine: 3 }],
		[
			"a block of only comments",
			"---\n# nothing here\n---\n",
			readYaml,
			{ data: {}, error: null, bodyStartLine: 4 },
		],
		[
			"a reader error: its first line is the message",
			"---\na: b: c\n---\n",
			throwing,
			{ data: {}, error: "bad indentation of a mapping entry", bodyStartLine: 4 },
		],
		[
			"a reader throwing a string: the simple lines are salvaged",
			"---\na: 1\n---\n",
			throwingString,
			{ data: { a: "1" }, error: "not an Error", bodyStartLine: 4 },
		],
		[
			"YAML that is a plain string",
			"---\njust text\n---\n",
			readYaml,
			{ data: {}, error: "the frontmatter is not a list of `key: value` lines", bodyStartLine: 4 },
		],
		[
			"YAML that is a list",
			"---\n- a\n- b\n---\n",
			readYaml,
			{ data: {}, error: "the frontmatter is not a list of `key: value` lines", bodyStartLine: 5 },
		],
	])("%s", (_name, text, reader, expected) => {
		expect(readFrontmatter(text, reader)).toEqual(expected);
	});

	it("keeps the Date a YAML reader gives for an unquoted date (dates.ts turns it into text later)", () => {
		const datesAsObjects = (): unknown => ({ created: new Date(Date.UTC(2024, 0, 5)) });
		const result = readFrontmatter("---\ncreated: 2024-01-05\n---\n", datesAsObjects);
		expect(result.data.created).toBeInstanceOf(Date);
	});

	it("keeps an unquoted date as its text when read as Obsidian reads it", () => {
		const result = readFrontmatter("---\ncreated: 2024-01-05\n---\n", readYaml);
		expect(result.data.created).toBe("2024-01-05");
	});
});

describe("one rule for where frontmatter ends (findFrontmatter): the reader, the edits and the test double", () => {
	it.each([
		["a block", "---\na: 1\n---\nbody", { start: 1, end: 2 }],
		["a BOM before the block", "\ufeff---\na: 1\n---\nbody", { start: 1, end: 2 }],
		["CRLF and blanks after the fences", "--- \r\na: 1\r\n---\t\r\nbody", { start: 1, end: 2 }],
		["an empty block (Obsidian's empty_yaml capture: a yaml section)", "---\n---\nbody", { start: 1, end: 1 }],
		["`...` is no closer (Obsidian closes only on `---`)", "---\na: 1\n...\nbody", null],
		["`...` before a real closer", "---\na: 1\n...\n---\nbody", { start: 1, end: 3 }],
		["a longer dash line is no fence", "----\na: 1\n----\n", null],
		["no closer", "---\na: 1\n", null],
	])("%s", (_name, text, expected) => {
		const { lines } = splitLinesWithEol(text);
		expect(findFrontmatter(lines)).toEqual(expected);
		// The reader's split agrees: a block exactly where findFrontmatter finds one.
		expect(splitFrontmatter(text).yaml !== null).toBe(expected !== null);
	});

	const options = { ...defaultReadOptions(), everyNoteIsSpec: true };
	const editOptions = { now: new Date("2026-03-14T09:30:00Z"), dateFormat: "yyyy-MM-dd" };

	it("a `...` line closes no block: the reader sees an inline status and the edit rewrites that line", () => {
		const text = "---\nstatus: draft\n...\n# A\n";
		const note = readSpecNote("specs/a.md", text, readYaml, options);
		expect([note.status, note.statusSource, note.statusLine]).toEqual(["Draft", "inline", 2]);
		// The test double's metadata cache finds no frontmatter either.
		expect(computeCachedMetadata(text).frontmatter).toBeUndefined();
		expect(planFieldEdit("status", note, text, "Approved", editOptions)).toMatchObject({
			kind: "text",
			text: "---\nstatus: approved\n...\n# A\n",
		});
	});

	it("a BOM note: the reader sees the frontmatter status and the edit sets it in place, keeping the BOM", () => {
		const text = "\ufeff---\nstatus: draft\n---\n# A\n";
		const note = readSpecNote("specs/a.md", text, readYaml, options);
		expect([note.status, note.statusSource]).toEqual(["Draft", "frontmatter"]);
		expect(computeCachedMetadata(text).frontmatter).toEqual({ status: "draft" });
		expect(planFieldEdit("status", note, text, "Approved", editOptions)).toMatchObject({
			kind: "frontmatter",
			assignments: [{ key: "status", value: "approved" }],
			text: "\ufeff---\nstatus: approved\n---\n# A\n",
		});
	});

	it("a BOM note without frontmatter gets one block, the BOM still first", () => {
		const text = "\ufeff# A\n";
		const note = readSpecNote("specs/a.md", text, readYaml, options);
		expect(planFieldEdit("status", note, text, "Approved", editOptions).text).toBe(
			"\ufeff---\nstatus: approved\n---\n# A\n",
		);
	});
});

describe("one key fold (keyForm) for reads and edits", () => {
	it.each(["last_updated", "Last Updated", "LAST-UPDATED", "lastUpdated", "last  updated"])(
		"%j: fieldValue reads it and findEntry edits it as last_updated",
		(key) => {
			expect(keyForm(key)).toBe("lastupdated");
			expect(fieldValue({ [key]: "2026-01-02" }, ["last_updated"])).toBe("2026-01-02");
			const entry = findEntry(readEntries([`${key}: 2026-01-02`]), "last_updated");
			expect(entry?.key).toBe(key);
		},
	);

	it("a different key is not folded into another", () => {
		expect(fieldValue({ updated_by: "Ann" }, ["updated"])).toBeUndefined();
		expect(findEntry(readEntries(["updated_by: Ann"]), "updated")).toBeNull();
	});
});
