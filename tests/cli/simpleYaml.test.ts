// The fast reader for simple frontmatter must give exactly what js-yaml (as Obsidian reads) gives, or nothing (then
// js-yaml reads it).
import fc from "fast-check";
import { readSimpleYaml } from "../../src/cli/simpleYaml";
import { parseObsidianYaml, readYaml } from "../../src/cli/yamlReader";
import { splitFrontmatter } from "../../src/core/markdown/frontmatter";
import { noteCorpus } from "../support/noteCorpus";

/** js-yaml's reading, or the error it throws. */
function jsYaml(yaml: string): { value: unknown } | { error: true } {
	try {
		return { value: parseObsidianYaml(yaml) };
	} catch {
		return { error: true };
	}
}

/** Exact equality: same types (Dates by time, -0 apart from 0), same key order. */
function same(a: unknown, b: unknown): boolean {
	if (a instanceof Date || b instanceof Date)
		return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
	if (Array.isArray(a) || Array.isArray(b))
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
	if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
		const ka = Object.keys(a);
		const kb = Object.keys(b);
		const ra = a as Record<string, unknown>;
		const rb = b as Record<string, unknown>;
		return (
			Object.getPrototypeOf(a) === Object.getPrototypeOf(b) &&
			ka.length === kb.length &&
			ka.every((k, i) => k === kb[i] && same(ra[k], rb[k]))
		);
	}
	return Object.is(a, b);
}

/** Checks one YAML text: the fast reader gives nothing, or exactly js-yaml's object. */
function agrees(yaml: string): boolean {
	const fast = readSimpleYaml(yaml);
	if (fast === undefined) return true;
	const slow = jsYaml(yaml);
	return "value" in slow && same(fast, slow.value);
}

const keyChar = fc.constantFrom(..."abcXYZ_-0 ".split(""));
const key = fc.oneof(
	fc.constantFrom(
		"status",
		"Status",
		"tags",
		"title",
		"created",
		"Last Updated",
		"true",
		"null",
		"__proto__",
		"1",
		"a b",
		"a  b",
		"x-",
		"_k",
		"<<",
	),
	fc.string({ unit: keyChar, minLength: 1, maxLength: 6 }),
);
const scalarWord = fc.constantFrom(
	"draft",
	"In Progress",
	"p1",
	"5 days",
	"10",
	"0",
	"-3",
	"-0",
	"007",
	"1.5",
	"1.10",
	"-0.0",
	"1.",
	".5",
	"1e3",
	"0x1F",
	"1_000",
	"+1",
	"2025-03-04",
	"2025-13-45",
	"0099-02-29",
	"2025-3-4",
	"2025-03-04T10:00:00Z",
	"2025-03-04 10:00",
	"12:30",
	"1:2:3",
	"true",
	"False",
	"NULL",
	"~",
	"yes",
	"no",
	"on",
	"Tomás Ferreira",
	"C#",
	"a #b",
	"a#b",
	"a: b",
	"a:",
	"a:b",
	"http://x.y/z",
	"[[Payments]]",
	"[Your Name]",
	"[a, b]",
	"[a,b]",
	"[ ]",
	"[]",
	"[a, ]",
	"[a, [b]]",
	"[1, 2.5, 2025-01-02]",
	"[true, x]",
	"{a: 1}",
	'"quoted"',
	'"a \\" b"',
	'"with # hash"',
	'""',
	"'single'",
	"'it''s'",
	"''",
	'"open',
	"&anchor x",
	"*alias",
	"!tag x",
	"| x",
	"> x",
	"- x",
	"? x",
	"% x",
	"@x",
	"`x`",
	"x\u00a0",
	"\u00a0x",
	"é",
	"日本",
	"x\u2028y",
	"a  b",
	"a ",
	" a",
	"x # comment",
	"#c",
	"",
);
const valueChar = fc.constantFrom(..."aZ09 -_.:#,[]{}\"'\\/&*!|>~@`%?é\u00a0".split(""));
const scalarPiece = fc.oneof(
	scalarWord,
	fc.string({ unit: valueChar, maxLength: 8 }),
	fc.tuple(scalarWord, scalarWord).map(([a, b]) => `${a}${b}`),
);
const line = fc.oneof(
	fc.tuple(key, scalarPiece).map(([k, v]) => `${k}: ${v}`),
	fc.tuple(key, scalarPiece).map(([k, v]) => `${k}:${v}`),
	fc
		.tuple(key, fc.array(scalarPiece, { maxLength: 3 }), fc.constantFrom("  ", "", "    ", " "))
		.map(([k, items, indent]) => [`${k}:`, ...items.map((item) => `${indent}- ${item}`)].join("\n")),
	fc.constantFrom(
		"# a comment",
		"  # indented comment",
		"",
		"   ",
		"---",
		"...",
		"  continued",
		"\tkey: x",
		"key: x\r",
		"- x",
		"-",
		"key: x  # c",
		"key:   ",
	),
);
const simpleLine = fc.oneof(
	fc.tuple(key, scalarWord).map(([k, v]) => `${k}: ${v}`),
	fc
		.tuple(key, fc.array(scalarWord, { maxLength: 3 }), fc.constantFrom("  ", ""))
		.map(([k, items, indent]) => [`${k}:`, ...items.map((item) => `${indent}- ${item}`)].join("\n")),
);
const yamlText = fc
	.oneof(fc.array(line, { minLength: 1, maxLength: 8 }), fc.array(simpleLine, { minLength: 1, maxLength: 4 }))
	.map((lines) => lines.join("\n"));

describe("readSimpleYaml", () => {
	it("gives js-yaml's object or nothing, for generated frontmatter", () => {
		let read = 0;
		fc.assert(
			fc.property(yamlText, (yaml) => {
				if (readSimpleYaml(yaml) !== undefined) read++;
				return agrees(yaml);
			}),
			{ numRuns: 20000 },
		);
		// The generator must reach the fast reader often, or the property proves little.
		expect(read).toBeGreaterThan(1000);
	});

	it("reads most generated simple frontmatter itself", () => {
		const simple =
			'status: draft   # draft | done\nopportunity: "a-b"\ncreated: 2025-01-05\nestimate: 5 days\nversion: 1.3\ntags:\n  - area/x\n  - spec\ndomains:\n  - "[[Payments]]"\nlist: [a/b, c]';
		expect(readSimpleYaml(simple)).toEqual({
			status: "draft",
			opportunity: "a-b",
			created: "2025-01-05",
			estimate: "5 days",
			version: 1.3,
			tags: ["area/x", "spec"],
			domains: ["[[Payments]]"],
			list: ["a/b", "c"],
		});
		expect(agrees(simple)).toBe(true);
	});

	it.each([
		["a tab", "key:\tx"],
		["an escape", 'key: "a\\nb"'],
		["an anchor", "key: &a x"],
		["a nested map", "key:\n  inner: x"],
		["a continued value", "key: a\n  b"],
		["a duplicate key", "key: a\nkey: b"],
		["a boolean key", "true: x"],
		["a flow map", "key: {a: 1}"],
		["a document marker", "---"],
	])("leaves %s to js-yaml", (_label, yaml) => {
		expect(readSimpleYaml(yaml)).toBeUndefined();
	});

	const corpus = noteCorpus();
	const blocks = corpus
		.map((note) => ({ path: note.path, yaml: splitFrontmatter(note.text).yaml }))
		.filter((b): b is { path: string; yaml: string } => b.yaml !== null);
	it.each(blocks.map((b) => [b.path, b.yaml] as const))("agrees with js-yaml on %s", (_path, yaml) => {
		expect(agrees(yaml)).toBe(true);
		const fast = readSimpleYaml(yaml);
		if (fast !== undefined) expect(same(readYaml(yaml), fast)).toBe(true);
	});
});
