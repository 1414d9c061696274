// Which notes are specs, in the command line and the plugin alike: a trace the cache shows (showsSpecTrace), then what
// the text says (readSpecNote's isSpec). Fixture texts are short notes in the shape of each format.
import { readYaml } from "../../../src/cli/yamlReader";
import { defaultReadOptions, type ReadOptions } from "../../../src/core/reading/readOptions";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { headingForm, showsSpecTrace, specTraceClues, templateTrace } from "../../../src/core/reading/specTrace";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";
import { scanBody } from "../../../src/core/markdown/scanBody";
import { BUILT_IN_TEMPLATES } from "../../../src/core/templates/builtInTemplates";

function traced(path: string, text: string, options: ReadOptions = defaultReadOptions()): boolean {
	const frontmatter = readFrontmatter(text, readYaml);
	const facts = scanBody(text);
	return showsSpecTrace(
		specTraceClues(path, frontmatter.data, frontmatter.error !== null, facts.tags, facts.headings),
		options,
	);
}

function isSpec(path: string, text: string, options: Partial<ReadOptions> = {}): boolean {
	return readSpecNote(path, text, readYaml, { ...defaultReadOptions(), ...options }).isSpec;
}

const ADR =
	"# 7. Use a queue for refunds\n\nDate: 2025-03-02\n\n## Status\n\nAccepted\n\n## Context\n\nWe retry by hand.\n";
const SPEC_KIT =
	"# Feature Specification: Saved searches\n\n**Feature Branch**: `012-saved-searches`\n**Created**: 2025-04-01\n**Status**: Draft\n\n## User Scenarios\n\nA shopper saves a search.\n";
const KEP =
	"---\ntitle: Retry budgets\nkep-number: 4242\nstatus: implementable\n---\n# KEP-4242: Retry budgets\n\n## Summary\n\nBudgets.\n";
const DETAILED = BUILT_IN_TEMPLATES.find((t) => t.id === "detailed-feature-spec")?.text ?? "";
const MEETING =
	"---\ndate: 2025-05-02\ntags: [meeting]\n---\n# Planning sync\n\n## Attendees\n\n- Lena\n\n## Open questions\n\n- [ ] Who owns refunds?\n";
const INLINE_ONLY = "# Idea\n\nStatus: Draft\n\nSome thoughts.\n";
const DAILY =
	"# 2025-05-02\n\n## Tasks\n\n- [ ] Call the bank #errand\n- [x] Water plants\n\n## Overview\n\nQuiet day.\n";

describe("which notes are specs", () => {
	it.each([
		["an ADR with a `## Status` section", "decisions-free/0007-queue.md", ADR, true],
		["a spec-kit spec with a `**Status**:` line", "work/012/spec.md", SPEC_KIT, true],
		["a KEP with a frontmatter status", "k/4242/README.md", KEP, true],
		[
			"the detailed template, filled (no frontmatter: its title and sections)",
			"Feature/login.md",
			DETAILED.replace("[NAME]", "Login").replace(/^Status: .*$/m, "Status: Planning"),
			true,
		],
		["a meeting note with an Open questions heading", "Meetings/sync.md", MEETING, false],
		["a note whose only status is a body line, with no trace", "Notes/idea.md", INLINE_ONLY, false],
		["the same note under a folder named for specs", "Notes/Specs/idea.md", INLINE_ONLY, true],
		["the same note under an `adr` folder in another case", "docs/ADR/idea.md", INLINE_ONLY, true],
		["a daily note", "Daily/2025-05-02.md", DAILY, false],
		[
			"a Kanban board",
			"Board.md",
			"---\nkanban-plugin: board\nstatus: draft\n---\n\n## Doing\n\n- [ ] #spec x\n",
			false,
		],
		["a note with `type: tech-spec`", "n.md", "---\ntype: tech-spec\n---\n# T\n", true],
		["a note with `type: meeting`", "n.md", "---\ntype: meeting\n---\n# T\n\nStatus: Draft\n", false],
		["a note with the spec tag in its body", "n.md", "# T\n\n#spec\n", true],
		["a note with a `status/` tag", "n.md", "# T\n\n#status/draft\n", true],
	])("%s: %s", (_name, path, text, expected) => {
		expect(isSpec(path, text)).toBe(expected);
		// Never a spec without a trace: the plugin, which reads only traced notes, lists the same notes.
		if (expected) expect(traced(path, text)).toBe(true);
	});

	it("counts an Open questions heading alone only inside the configured spec folders", () => {
		const note = "# Ideas\n\n## Open questions\n\n- [ ] Which?\n";
		expect(isSpec("Product/ideas.md", note)).toBe(false);
		expect(isSpec("Product/ideas.md", note, { specFolders: ["Product"] })).toBe(true);
	});

	it("never counts the notes of the templates folder, the exported built-in templates included", () => {
		for (const template of BUILT_IN_TEMPLATES) {
			expect(isSpec(`Templates/${template.fileName}`, template.text, { templatesFolder: "Templates" })).toBe(
				false,
			);
			expect(
				traced(`Templates/${template.fileName}`, template.text, {
					...defaultReadOptions(),
					templatesFolder: "templates/",
				}),
			).toBe(false);
		}
	});

	it.each([
		["a status key", "n.md", "---\nstatus: draft\n---\n# A\n", true],
		["a status key spelled with separators", "n.md", "---\nSta_tus: draft\n---\n# A\n", true],
		["an empty status key", "n.md", "---\nstatus:\n---\n# A\n", false],
		["a spec type", "n.md", "---\ntype: design-spec\n---\n# A\n", true],
		["another type", "n.md", "---\ntype: meeting\n---\n# A\n", false],
		["the spec tag in frontmatter", "n.md", "---\ntags: [spec/x]\n---\n# A\n", true],
		["a `status/` tag in frontmatter", "n.md", "---\ntags: [status/draft]\n---\n# A\n", true],
		["frontmatter that does not parse", "n.md", "---\nstatus: [draft\n---\n# A\n", true],
		["a `# Feature:` title", "n.md", "# Feature: Login\n", true],
		["two sections of one template", "n.md", "# Login\n\n## Problem Analysis\n\n## Solution Design\n", true],
		["one common section only", "n.md", "# Login\n\n## Overview\n\nText.\n", false],
		["a numbered Open questions heading", "n.md", "# A\n\n## 11. Open Questions\n", true],
		["an Unresolved questions heading", "n.md", "# A\n\n## Unresolved questions\n", true],
		["a `Status` section", "n.md", "# A\n\n## Status\n\nProposed\n", true],
		["an RFC title", "n.md", "# RFC 0042: Retries\n", true],
		["an ADR title", "n.md", "# ADR-007 Queues\n", true],
		["a title that starts with a format's letters", "n.md", "# Adrenaline and rfcx\n", false],
		["a spec-kit title", "n.md", "# Feature Specification: Search\n", true],
		["a spec-named folder", "RFCs/n.md", "# A\n", true],
		["a folder whose name only contains it", "myspecs/n.md", "# A\n", false],
		["a file named like a spec folder", "specs.md", "# A\n", false],
		["a plain note with tags", "n.md", "---\ntags: [diary]\n---\n# Diary\n\nSome #idea.\n", false],
		["a body Status line only", "n.md", "# Idea\n\nStatus: Draft\n", false],
	])("trace: %s", (_name, path, text, expected) => {
		expect(traced(path, text)).toBe(expected);
	});

	it("uses the configured spec folders instead of the folder names when there are any", () => {
		const options = { ...defaultReadOptions(), specFolders: ["Product"] };
		expect(traced("Product/a.md", "# A\n", options)).toBe(true);
		expect(traced("specs/a.md", "# A\n", options)).toBe(false);
		expect(traced("specs/a.md", "# A\n", { ...defaultReadOptions(), specFolderNames: ["Specs"] })).toBe(true);
		expect(traced("specs/a.md", "# A\n", { ...defaultReadOptions(), specFolderNames: [] })).toBe(false);
	});

	it("takes a custom template's title words and sections as its trace", () => {
		const custom = templateTrace(
			"---\nstatus: draft\n---\n# Epic: {{title}}\n\n## Outcome\n\n## Bets\n\n## Risks\n",
		);
		expect(custom).toEqual({ titlePrefix: "epic:", sections: new Set(["outcome", "bets", "risks"]) });
		const options = { ...defaultReadOptions(), templateTraces: [custom] };
		expect(traced("n.md", "# Epic: Checkout\n", options)).toBe(true);
		expect(traced("n.md", "# Cart\n\n## Outcome\n\n## Bets\n", options)).toBe(true);
		expect(traced("n.md", "# Cart\n\n## Outcome\n", options)).toBe(false);
	});

	it.each([
		["11. Open Questions", "open questions"],
		["  Status ", "status"],
		["2.3 Data Model", "data model"],
		["2025 plans", "2025 plans"],
	])("compares heading %j as %j", (text, form) => {
		expect(headingForm(text)).toBe(form);
	});
});
