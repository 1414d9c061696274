import { bumpUpdated, planFieldEdit, updatedAssignment, type EditableNote } from "../../../src/core/edits/noteEdits";
import { UPDATED_KEYS } from "../../../src/core/reading/noteDates";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { readYaml } from "../../support/yamlReader";

const OPTIONS = { now: new Date("2026-03-14T09:30:00Z"), dateFormat: "yyyy-MM-dd" };

function note(fields: Partial<EditableNote>): EditableNote {
	return {
		statusSource: "none",
		statusRaw: null,
		prioritySource: "none",
		priorityRaw: null,
		tags: [],
		template: null,
		...fields,
	};
}

describe("planFieldEdit, status: a frontmatter status", () => {
	it("sets the key through processFrontMatter, with the template's word, and bumps updated", () => {
		const text =
			"---\nstatus: draft          # draft | approved | implementing | done | deprecated\nupdated: 2026-01-02\n---\n# X\n";
		const edit = planFieldEdit(
			"status",
			note({ statusSource: "frontmatter", statusRaw: "draft", template: "lean-feature-spec" }),
			text,
			"In progress",
			OPTIONS,
		);
		expect(edit).toMatchObject({
			kind: "frontmatter",
			assignments: [
				{ key: "status", value: "implementing" },
				{ key: "updated", value: "2026-03-14" },
			],
			text: "---\nstatus: implementing   # draft | approved | implementing | done | deprecated\nupdated: 2026-03-14\n---\n# X\n",
		});
	});

	it.each([
		["status: draft", "draft", "In review", { key: "status", value: "in review" }],
		["Status: Draft", "Draft", "In review", { key: "Status", value: "In review" }],
		["STATUS: DRAFT", "DRAFT", "Done", { key: "STATUS", value: "DONE" }],
		["status: In Progress", "In Progress", "In review", { key: "status", value: "In Review" }],
	] as const)("%s -> %s keeps the key's spelling and the word's style", (line, raw, status, expected) => {
		const edit = planFieldEdit(
			"status",
			note({ statusSource: "frontmatter", statusRaw: raw }),
			`---\n${line}\n---\n`,
			status,
			OPTIONS,
		);
		expect(edit.kind === "frontmatter" && edit.assignments).toEqual([expected]);
	});

	it("uses a template's words only where that template keeps the value", () => {
		// A frontmatter status in a note taken for an architecture design (whose words are for its status/ tags).
		const edit = planFieldEdit(
			"status",
			note({ statusSource: "frontmatter", statusRaw: "draft", template: "architecture-feature-design" }),
			"---\nstatus: draft\n---\n",
			"Approved",
			OPTIONS,
		);
		expect(edit.kind === "frontmatter" && edit.assignments).toEqual([{ key: "status", value: "approved" }]);
	});

	it("gives a note with no status anywhere a frontmatter status key", () => {
		expect(planFieldEdit("status", note({}), "# Just a note\n", "Approved", OPTIONS)).toMatchObject({
			kind: "frontmatter",
			assignments: [{ key: "status", value: "approved" }],
			text: "---\nstatus: approved\n---\n# Just a note\n",
		});
		const withFrontmatter = planFieldEdit("status", note({}), "---\ntags: [spec]\n---\nBody", "Approved", OPTIONS);
		expect(withFrontmatter.text).toBe("---\ntags: [spec]\nstatus: approved\n---\nBody");
	});
});

describe("planFieldEdit, status: an inline Status line", () => {
	it.each([
		["Status: Planning | In Progress | Review | Complete", "detailed-feature-spec", "Done", "Status: Complete"],
		["Status: Planning", "detailed-feature-spec", "In review", "Status: Review"],
		["Status: Planning", "detailed-feature-spec", "Deprecated", "Status: Deprecated"],
		["**Status:** Draft", null, "In progress", "**Status:** In progress"],
		["**Status**: in review", null, "Approved", "**Status**: approved"],
		["- **Status:** **Draft**", null, "Done", "- **Status:** **Done**"],
		["> Status:: Proposed", null, "In review", "> Status:: In review"],
	] as const)("%s (%s) -> %s", (line, template, status, expected) => {
		const text = `# Feature: X\n${line}\nCreated: 2026-01-01\n\nStatus: not this one\n`;
		const edit = planFieldEdit("status", note({ statusSource: "inline", template }), text, status, OPTIONS);
		expect(edit).toMatchObject({
			kind: "text",
			text: `# Feature: X\n${expected}\nCreated: 2026-01-01\n\nStatus: not this one\n`,
		});
	});

	it("finds the line the reader reads, and bumps a frontmatter updated key", () => {
		const text = "---\nUpdated: 2025-12-01\npriority: high\n---\nIntro\n**Status:** Draft\n";
		const edit = planFieldEdit("status", note({ statusSource: "inline" }), text, "Done", OPTIONS);
		expect(edit).toMatchObject({
			kind: "text",
			text: "---\nUpdated: 2026-03-14\npriority: high\n---\nIntro\n**Status:** Done\n",
		});
	});

	it("keeps CRLF", () => {
		const edit = planFieldEdit(
			"status",
			note({ statusSource: "inline" }),
			"# X\r\nStatus: Draft\r\n",
			"Done",
			OPTIONS,
		);
		expect(edit).toMatchObject({ kind: "text", text: "# X\r\nStatus: Done\r\n" });
	});
});

describe("planFieldEdit, status: a status tag", () => {
	it("replaces the architecture template's tag with the template's word, keeping its quoting, and drops the other status tags", () => {
		const text =
			'---\ntags:\n  - "#status/draft"\n  - status/implemented\n  - priority/high\n  - architecture/design\nCreated: 2026-01-01\nUpdated:\n---\n# Feature: X\n';
		const edit = planFieldEdit(
			"status",
			note({ statusSource: "tag", tags: ["status/draft"], template: "architecture-feature-design" }),
			text,
			"Approved",
			OPTIONS,
		);
		expect(edit).toMatchObject({
			kind: "text",
			text: '---\ntags:\n  - "#status/designed"\n  - priority/high\n  - architecture/design\nCreated: 2026-01-01\nUpdated: 2026-03-14\n---\n# Feature: X\n',
		});
	});

	it.each([
		["---\ntags: [spec, status/draft, status/done]\n---\n", "---\ntags: [spec, status/in-review]\n---\n"],
		["---\ntags: status/draft\n---\n", "---\ntags: status/in-review\n---\n"],
		["Body #status/draft and #status/done here\n", "Body #status/in-review and here\n"],
		[
			"---\ntags:\n  - spec\n---\n#status/Draft text\n```\n#status/draft\n```\n",
			"---\ntags:\n  - spec\n---\n#status/In-review text\n```\n#status/draft\n```\n",
		],
		[
			"---\ntags:\n  - status/draft\n---\nAlso #status/done in the body\n",
			"---\ntags:\n  - status/in-review\n---\nAlso in the body\n",
		],
	])("%j", (text, expected) => {
		expect(planFieldEdit("status", note({ statusSource: "tag" }), text, "In review", OPTIONS)).toMatchObject({
			kind: "text",
			text: expected,
		});
	});

	it("falls back to a frontmatter key when the tag is not in the text", () => {
		expect(planFieldEdit("status", note({ statusSource: "tag" }), "no tag here", "Done", OPTIONS).kind).toBe(
			"frontmatter",
		);
	});
});

describe("planFieldEdit, priority", () => {
	it.each([
		[
			note({ prioritySource: "frontmatter", priorityRaw: "low" }),
			"---\npriority: low # p\nupdated: 2026-01-01\n---\n",
			{
				kind: "frontmatter",
				assignments: [
					{ key: "priority", value: "high" },
					{ key: "updated", value: "2026-03-14" },
				],
				text: "---\npriority: high # p\nupdated: 2026-03-14\n---\n",
			},
		],
		[
			note({ prioritySource: "frontmatter", priorityRaw: "Low" }),
			"---\nPriority: Low\n---\n",
			{
				kind: "frontmatter",
				assignments: [{ key: "Priority", value: "High" }],
				text: "---\nPriority: High\n---\n",
			},
		],
		[
			note({ prioritySource: "none" }),
			"---\nstatus: draft\n---\n",
			{
				kind: "frontmatter",
				assignments: [{ key: "priority", value: "high" }],
				text: "---\nstatus: draft\npriority: high\n---\n",
			},
		],
		[
			note({ prioritySource: "tag", template: "architecture-feature-design" }),
			"---\ntags:\n  - priority/low\n  - priority/medium\n---\n",
			{ kind: "text", text: "---\ntags:\n  - priority/high\n---\n" },
		],
		[note({ prioritySource: "tag" }), "Body #priority/p3\n", { kind: "text", text: "Body #priority/high\n" }],
	])("%#", (n, text, expected) => {
		expect(planFieldEdit("priority", n, text, "High", OPTIONS)).toMatchObject(expected);
	});

	it("rewrites an inline Priority line in its style", () => {
		const edit = planFieldEdit(
			"priority",
			note({ prioritySource: "inline", priorityRaw: "Low" }),
			"# X\n**Priority:** Low\n",
			"Critical",
			OPTIONS,
		);
		expect(edit).toMatchObject({ kind: "text", text: "# X\n**Priority:** Critical\n" });
	});

	it("writes a critical priority tag even when the template has no word for it", () => {
		const edit = planFieldEdit(
			"priority",
			note({ prioritySource: "tag", template: "architecture-feature-design" }),
			"---\ntags: [priority/low]\n---\n",
			"Critical",
			OPTIONS,
		);
		expect(edit).toMatchObject({ kind: "text", text: "---\ntags: [priority/critical]\n---\n" });
	});
});

describe("bumpUpdated", () => {
	it.each([
		["---\nupdated: 2025-01-01\n---\n", "---\nupdated: 2026-03-14\n---\n"],
		["---\nUpdated:\n---\n", "---\nUpdated: 2026-03-14\n---\n"],
		["---\nupdated: 2025-01-01   # last edit\n---\n", "---\nupdated: 2026-03-14   # last edit\n---\n"],
		["---\ncreated: 2025-01-01\n---\n", "---\ncreated: 2025-01-01\n---\n"],
		["No frontmatter\nUpdated: 2025-01-01\n", "No frontmatter\nUpdated: 2025-01-01\n"],
		// The key the age is read from is the one bumped, so a status's age restarts whatever the note calls it.
		["---\nlast_updated: 2025-01-01\n---\n", "---\nlast_updated: 2026-03-14\n---\n"],
		["---\nLast Updated: 2025-01-01\n---\n", "---\nLast Updated: 2026-03-14\n---\n"],
		["---\nmodified: 2025-01-01\n---\n", "---\nmodified: 2026-03-14\n---\n"],
		["---\nupdated:\nlast_updated: 2025-01-01\n---\n", "---\nupdated:\nlast_updated: 2026-03-14\n---\n"],
		[
			"---\nlast_updated: 2025-01-01\nupdated: 2025-02-02\n---\n",
			"---\nlast_updated: 2025-01-01\nupdated: 2026-03-14\n---\n",
		],
	])("%j", (text, expected) => {
		expect(bumpUpdated(text, OPTIONS.now, "yyyy-MM-dd")).toBe(expected);
	});

	it.each(UPDATED_KEYS.map((key) => [key]))("bumps %s so that the reader's updated date is today", (key) => {
		const text = `---\nstatus: draft\n${key}: 2025-01-01\n---\n# A\n`;
		const note = readSpecNote(
			"Specs/a.md",
			bumpUpdated(text, OPTIONS.now, "yyyy-MM-dd"),
			readYaml,
			defaultReadOptions(),
		);
		expect(note.updated).toBe("2026-03-14");
	});

	it("uses the configured date format", () => {
		expect(bumpUpdated("---\nupdated:\n---\n", OPTIONS.now, "d MMM yyyy")).toBe("---\nupdated: 14 Mar 2026\n---\n");
		expect(updatedAssignment("---\nUpdated: x\n---\n", OPTIONS.now, "dd.MM.yyyy")).toEqual({
			key: "Updated",
			value: "14.03.2026",
		});
		expect(updatedAssignment("---\nstatus: x\n---\n", OPTIONS.now, "yyyy-MM-dd")).toBeNull();
	});
});
