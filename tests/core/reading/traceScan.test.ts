// The command line's quick triage never changes what it lists: a note it passes over (mayShowSpecTrace says no) is one
// the full reading (readSpecNote) calls no spec.
import fc from "fast-check";
import { readYaml } from "../../../src/cli/yamlReader";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { mayShowSpecTrace } from "../../../src/core/reading/traceScan";
import { allSpecsVault, realisticVault } from "../../../bench/vaultNotes";
import { noteCorpus } from "../../support/noteCorpus";
import { READ_OPTION_VARIANTS } from "../../support/readOptionVariants";

const corpus = [...noteCorpus(), ...realisticVault(300, 60, 3), ...allSpecsVault(20, 5)];

const OPTIONS = READ_OPTION_VARIANTS;

describe("the command line's quick triage", () => {
	it.each(OPTIONS)("passes over no spec (%s)", (_name, options) => {
		const differ = corpus.filter(
			(note) =>
				readSpecNote(note.path, note.text, readYaml, options).isSpec &&
				!mayShowSpecTrace(note.path, note.text, readYaml, options),
		);
		expect(differ.map((n) => n.path)).toEqual([]);
	});

	it("passes over the ordinary notes of a vault like a real one", () => {
		const notes = realisticVault(300, 30, 11);
		const passedOver = notes.filter((n) => !mayShowSpecTrace(n.path, n.text, readYaml, defaultReadOptions()));
		expect(passedOver.length).toBe(270);
		expect(passedOver.every((n) => !n.spec)).toBe(true);
	});

	it.each([
		[
			"a frontmatter block that does not parse, with a Status line in the body",
			"---\na: [b\n---\n# A\n\nStatus: Draft\n",
			true,
		],
		["a status tag in any case", "# A\n\n#STATUS/draft\n", true],
		["a spec tag nested", "# A\n\n#Spec/api\n", true],
		["a tag that only starts like the spec tag", "# A\n\n#specs\n", false],
		["a setext Status heading", "# A\n\nStatus\n------\n\nDraft\n", true],
		["a setext heading over two lines", "Two\nlines\n---\n", true],
		["a thematic break after a blank line", "# A\n\n---\n\nText.\n", false],
		["a CRLF note with an ADR title", "# ADR-1 Queues\r\n\r\nText\r\n", true],
	])("%s -> %s", (_name, text, expected) => {
		expect(mayShowSpecTrace("n.md", text, readYaml, defaultReadOptions())).toBe(expected);
	});

	const line = fc.oneof(
		fc.constantFrom(
			"# Feature: Login",
			"## Status",
			"Status",
			"------",
			"======",
			"## Open questions",
			"## Problem Analysis",
			"## Solution Design",
			"#spec",
			"#Status/draft",
			"Status: Draft",
			"```",
			"- [ ] Who?",
			"> [!info] Status: Approved",
			"text",
			"",
			"#specs",
			"# RFC 1: Retries",
		),
		fc.string({ maxLength: 12 }),
	);
	const key = fc.constantFrom("status", "Type", "tags", "title", "kanban-plugin", "x");
	const value = fc.constantFrom("draft", "spec", "[spec]", "tech-spec", "meeting", "[a", "", "status/x");
	const note = fc
		.record({ keys: fc.array(fc.tuple(key, value), { maxLength: 3 }), body: fc.array(line, { maxLength: 8 }) })
		.map(({ keys, body }) => {
			const yaml = keys.map(([k, v]) => `${k}: ${v}`).join("\n");
			return `${keys.length > 0 ? `---\n${yaml}\n---\n` : ""}${body.join("\n")}\n`;
		});
	const place = fc.constantFrom("n.md", "specs/n.md", "templates/n.md", "Notes/n.md");

	it("never passes over a spec on generated notes (property)", () => {
		const options = { ...defaultReadOptions(), templatesFolder: "templates" };
		fc.assert(
			fc.property(note, place, (text, path) => {
				return (
					mayShowSpecTrace(path, text, readYaml, options) ||
					!readSpecNote(path, text, readYaml, options).isSpec
				);
			}),
			{ numRuns: 1000 },
		);
	});
});
