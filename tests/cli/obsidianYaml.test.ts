// Issue 8, defect 13: frontmatter reads as Obsidian reads it. Obsidian parses frontmatter with js-yaml 4 and a schema
// without timestamps (the captures in ../shared show unquoted dates kept as text), so `yes`/`no` stay words, `~` is
// null, dates stay as written (even impossible ones), and a duplicate key breaks the block (js-yaml refuses it, and
// Obsidian's Properties panel then shows the raw YAML). The command line's reader must agree, value for value, and
// call a block broken exactly when Obsidian does. The fake's parseYaml is that model of Obsidian's.
import { parseYaml } from "obsidian";
import { readYaml } from "../../src/cli/yamlReader";
import { readSpecNote } from "../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../src/core/reading/readOptions";
import { splitFrontmatter } from "../../src/core/markdown/frontmatter";
import { noteCorpus } from "../support/noteCorpus";

/** Obsidian's reading, or "broken" when Obsidian cannot read the block. */
function obsidian(yaml: string): unknown {
	try {
		return parseYaml(yaml);
	} catch {
		return "broken";
	}
}

/** The command line's reading, or "broken". */
function cli(yaml: string): unknown {
	try {
		return readYaml(yaml);
	} catch {
		return "broken";
	}
}

const CASES: [string, string, unknown][] = [
	["yes and no", "status: yes\napproved: no\nreviewed: on", { status: "yes", approved: "no", reviewed: "on" }],
	["a tilde", "owner: ~", { owner: null }],
	["an empty value", "owner:", { owner: null }],
	["an unquoted date", "created: 2024-05-01", { created: "2024-05-01" }],
	["an unquoted date and time", "created: 2024-05-01T10:30:00", { created: "2024-05-01T10:30:00" }],
	["an impossible date", "created: 2024-13-45", { created: "2024-13-45" }],
	["a date in a list", "dates: [2024-05-01, 2024-05-02]", { dates: ["2024-05-01", "2024-05-02"] }],
	["booleans", "draft: true\nlocked: FALSE", { draft: true, locked: false }],
	["numbers", "version: 1.0\nsize: 012\nbig: 1_000", { version: 1, size: 12, big: "1_000" }],
	["a merge key", "base: &b {x: 1}\nother:\n  <<: *b", { base: { x: 1 }, other: { "<<": { x: 1 } } }],
	["a duplicate key", "status: draft\nstatus: done", "broken"],
	["a duplicate key in a nested map", "meta:\n  a: 1\n  a: 2", "broken"],
];

describe("frontmatter reads as Obsidian reads it", () => {
	it.each(CASES)("%s", (_label, yaml, expected) => {
		expect(obsidian(yaml)).toEqual(expected);
		expect(cli(yaml)).toEqual(expected);
	});

	it.each(CASES)("%s: the note is called broken exactly when Obsidian cannot read it", (_label, yaml, expected) => {
		const note = readSpecNote("a.md", `---\n${yaml}\n---\n# A\n\n#spec\n`, readYaml, defaultReadOptions());
		const broken = note.problems.some((p) => p.code === "malformed-frontmatter");
		expect(broken).toBe(expected === "broken");
	});
});

const blocks = noteCorpus()
	.map((note) => ({ path: note.path, yaml: splitFrontmatter(note.text).yaml }))
	.filter((b): b is { path: string; yaml: string } => b.yaml !== null && b.yaml.trim() !== "");

describe("every frontmatter block the tests know reads as Obsidian reads it", () => {
	it.each(blocks.map((b) => [b.path, b.yaml] as const))("%s", (_path, yaml) => {
		expect(cli(yaml)).toEqual(obsidian(yaml));
	});
});
