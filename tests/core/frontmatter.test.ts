import { readFrontmatter, splitFrontmatter } from "../../src/core/markdown/frontmatter";
import type { YamlReader } from "../../src/core/model/specNote";
import { readYaml } from "../support/yamlReader";

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
