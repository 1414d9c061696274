import { salvageFrontmatter } from "../../../src/core/markdown/frontmatterSalvage";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";
import { readYaml } from "../../support/yamlReader";

const lines = (...text: string[]): string => text.join("\n");

describe("salvageFrontmatter", () => {
	it.each<[string, string, Record<string, unknown>]>([
		[
			"plain scalars, as text",
			lines("status: implementable", "priority: 2", "created: 2022-02-10"),
			{ status: "implementable", priority: "2", created: "2022-02-10" },
		],
		["a trailing comment is dropped", "status: draft   # draft | approved", { status: "draft" }],
		[
			"quoted scalars are unquoted",
			lines('title: "GEP: Routability"', "owner: 'O''Brien'", 'type: "tech-spec" # kind'),
			{ title: "GEP: Routability", owner: "O'Brien", type: "tech-spec" },
		],
		[
			"a flow list of words",
			"tags: [documentation, migration, 'vercel']",
			{ tags: ["documentation", "migration", "vercel"] },
		],
		["an empty flow list", "tags: []", { tags: [] }],
		[
			"a block list, at column 0 or indented",
			lines("authors:", '- "@fabriziopandini"', "- @sbueringer", "tags:", "  - area/x", "  - spec"),
			{ authors: ["@fabriziopandini", "@sbueringer"], tags: ["area/x", "spec"] },
		],
		[
			"empty values and null are left out",
			lines("replaces:", "superseded-by: ~", "status: null", "title: T"),
			{ title: "T" },
		],
		["the first of two equal keys wins", lines("status: draft", "status: done"), { status: "draft" }],
		["a value with `: ` inside is not simple", "title: RFC: Foo", {}],
		["nested mappings are left out", lines("owner:", "  name: Ann", "status: draft"), { status: "draft" }],
		[
			"a block list with a mapping item is left out",
			lines("reviewers:", "  - name: Ann", "status: draft"),
			{ status: "draft" },
		],
		[
			"block scalars, anchors, aliases and flow maps are left out",
			lines("summary: |", "  text", "a: &x 1", "b: *x", "c: {d: 1}", "status: draft"),
			{ status: "draft" },
		],
		["a flow list with nested brackets is left out", "tags: [[a], b]", {}],
		[
			"a folded plain scalar is left out",
			lines("title: long", "  title text", "status: draft"),
			{ status: "draft" },
		],
		["an unclosed quote is left out", lines('title: "open', "status: draft"), { status: "draft" }],
		[
			"indented and comment lines are not keys",
			lines("  status: indented", "# status: commented", "- status: item"),
			{},
		],
		["a __proto__ key is never set", lines("__proto__: x", "status: draft"), { status: "draft" }],
		["nothing at all", "", {}],
	])("%s", (_name, yaml, expected) => {
		const data = salvageFrontmatter(yaml);
		expect(data).toEqual(expected);
		expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
	});

	it("reads the two real-world blocks js-yaml rejects (an unquoted `- @name`)", () => {
		const clusterApi = lines(
			"title: In place propagation of changes affecting Kubernetes objects only",
			"authors:",
			'- "@fabriziopandini"',
			"- @sbueringer",
			"reviewers:",
			"- @oscar",
			"creation-date: 2022-02-10",
			"last-updated: 2022-02-26",
			"status: implementable",
			"replaces:",
			"superseded-by:",
		);
		expect(() => readYaml(clusterApi)).toThrow();
		expect(salvageFrontmatter(clusterApi)).toEqual({
			title: "In place propagation of changes affecting Kubernetes objects only",
			authors: ["@fabriziopandini", "@sbueringer"],
			reviewers: ["@oscar"],
			"creation-date": "2022-02-10",
			"last-updated": "2022-02-26",
			status: "implementable",
		});
	});
});

describe("readFrontmatter salvages only when the YAML reader fails", () => {
	it("keeps the error and the salvaged lines", () => {
		const result = readFrontmatter("---\nstatus: draft\nauthors:\n- @x\n---\n# T\n", readYaml);
		expect(result.error).toMatch(/.+/);
		expect(result.data).toEqual({ status: "draft", authors: ["@x"] });
	});

	it("does not salvage YAML that parses into something else than a mapping", () => {
		expect(readFrontmatter("---\n- a\n- b\n---\n", readYaml).data).toEqual({});
	});

	it("gives what the YAML reader gives when it parses", () => {
		expect(readFrontmatter("---\nstatus: draft # c\ncount: 2\n---\n", readYaml).data).toEqual({
			status: "draft",
			count: 2,
		});
	});
});
