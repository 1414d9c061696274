import matter from "gray-matter";
import { fillTemplate, type FilledTemplate } from "../../../src/core/templates/fillTemplate";
import { mergeTemplateIntoNote, type TextChange } from "../../../src/core/templates/mergeIntoNote";
import { builtInTemplateById } from "../../../src/core/templates/builtInTemplates";
import { parseCursor, withCursor } from "../../support/cursor";

/** A filled template given with `|` at its cursor. */
function filled(marked: string): FilledTemplate {
	const { text, cursor } = parseCursor(marked);
	return { text, cursor };
}

/** Applies editor changes (original coordinates, document order) to a text, as Editor.transaction does. */
function applyChanges(text: string, changes: TextChange[]): string {
	const lines = text.split("\n");
	const offset = (p: { line: number; ch: number }) =>
		lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.ch;
	let out = text;
	for (const change of [...changes].reverse())
		out = out.slice(0, offset(change.from)) + change.text + out.slice(offset(change.to));
	return out;
}

/** Merges into a note given with `|` at the editor's cursor; the result with `|` at the new cursor. */
function merge(markedNote: string, template: FilledTemplate): string {
	const { text, cursor } = parseCursor(markedNote);
	const result = mergeTemplateIntoNote(text, template, cursor);
	expect(applyChanges(text, result.changes)).toBe(result.text);
	return withCursor(result.text, result.cursor);
}

const TEMPLATE = filled(
	'---\nstatus: draft\ntags:\n  - spec\n  - payments\ndomains:\n  - "[[Payments]]"\nowner: Ada\n---\n\n# Title\n\n## Goal\n|[goal]\n',
);

describe("mergeTemplateIntoNote", () => {
	it.each([
		[
			"existing keys keep their values, lists are united, new keys appended",
			"---\nstatus: approved\ntags:\n  - Spec\n  - team\nowner: Bob # lead\n---\nIntro\n|",
			'---\nstatus: approved\ntags:\n  - Spec\n  - team\n  - payments\nowner: Bob # lead\ndomains:\n  - "[[Payments]]"\n---\nIntro\n# Title\n\n## Goal\n|[goal]',
		],
		[
			"a note without frontmatter gets one",
			"Some text\n|",
			'---\nstatus: draft\ntags:\n  - spec\n  - payments\ndomains:\n  - "[[Payments]]"\nowner: Ada\n---\nSome text\n# Title\n\n## Goal\n|[goal]',
		],
		[
			"an empty note",
			"|",
			'---\nstatus: draft\ntags:\n  - spec\n  - payments\ndomains:\n  - "[[Payments]]"\nowner: Ada\n---\n# Title\n\n## Goal\n|[goal]',
		],
		[
			"the cursor in the middle of a line splits it",
			'---\nstatus: done\ntags: [spec, Payments]\ndomains: "[[payments]]"\nowner: Bob\n---\nbefore|after\nlast',
			'---\nstatus: done\ntags: [spec, Payments]\ndomains: "[[payments]]"\nowner: Bob\n---\nbefore\n# Title\n\n## Goal\n|[goal]\nafter\nlast',
		],
		[
			"the cursor inside the frontmatter inserts after it",
			"---\nstat|us: done\ntags: [x]\ndomains:\nowner: Bob\n---\nBody",
			'---\nstatus: done\ntags: [x, spec, payments]\ndomains:\n  - "[[Payments]]"\nowner: Bob\n---\n# Title\n\n## Goal\n|[goal]\nBody',
		],
		[
			"a note that is only frontmatter",
			"---\nstatus: done\ntags: spec\ndomains: []\nowner: Bob\n---|",
			'---\nstatus: done\ntags:\n  - spec\n  - payments\ndomains: ["[[Payments]]"]\nowner: Bob\n---\n# Title\n\n## Goal\n|[goal]',
		],
		[
			"a note keeping its status in a tag gets no status key from the template",
			'---\ntags:\n  - status/done\ndomains:\n  - "[[Payments]]"\nowner: Bob\n---\n|',
			'---\ntags:\n  - status/done\n  - spec\n  - payments\ndomains:\n  - "[[Payments]]"\nowner: Bob\n---\n# Title\n\n## Goal\n|[goal]',
		],
	])("%s", (_name, note, expected) => {
		expect(merge(note, TEMPLATE)).toBe(expected);
	});

	it("keeps CRLF line endings", () => {
		const note = "---\r\nstatus: approved\r\n---\r\nIntro\r\n";
		const result = mergeTemplateIntoNote(note, TEMPLATE, { line: 4, ch: 0 });
		expect(result.text).toBe(
			'---\r\nstatus: approved\r\ntags:\r\n  - spec\r\n  - payments\r\ndomains:\r\n  - "[[Payments]]"\r\nowner: Ada\r\n---\r\nIntro\r\n# Title\r\n\r\n## Goal\r\n[goal]',
		);
		expect(result.text.replace(/\r\n/g, "")).not.toMatch(/\n/);
		for (const change of result.changes) expect(change.text.replace(/\r\n/g, "")).not.toMatch(/\n/);
		expect(result.cursor).toEqual({ line: 13, ch: 0 });
	});

	it("returns at most two changes, in document order, that make the new text", () => {
		const note = "---\nstatus: approved\n---\nIntro\n\nEnd\n";
		const result = mergeTemplateIntoNote(note, TEMPLATE, { line: 4, ch: 0 });
		expect(result.changes).toHaveLength(2);
		expect(result.changes[0].from).toEqual({ line: 2, ch: 0 });
		expect(result.changes[1].from).toEqual({ line: 4, ch: 0 });
		expect(applyChanges(note, result.changes)).toBe(result.text);
	});

	it("the insert command's whole path: a built-in template filled, then merged, parses and unites the lists", () => {
		const template = builtInTemplateById("architecture-feature-design");
		if (!template) throw new Error("missing template");
		const filledTemplate = fillTemplate(
			template.text,
			{
				title: "Ledger",
				domains: ["Payments"],
				status: "Draft",
				priority: "High",
				tags: ["spec"],
				author: "",
				parent: null,
			},
			new Date("2026-03-14T09:30:00Z"),
			{ dateFormat: "yyyy-MM-dd" },
		);
		const note =
			'---\ntags: [Spec, status/designed]\nDomains:\n  - "[[payments]]"\n  - "[[Risk]]"\n---\nMy notes\n';
		const result = mergeTemplateIntoNote(note, filledTemplate, { line: 6, ch: 8 });
		const { data, content } = matter(result.text);
		expect(data.tags).toEqual([
			"Spec",
			"status/designed",
			"priority/high",
			"architecture/design",
			"architecture/feature",
		]);
		expect(data.Domains).toEqual(["[[payments]]", "[[Risk]]"]);
		expect(data.Created).toBeInstanceOf(Date);
		expect(content.startsWith("My notes\n# Feature: Ledger\n")).toBe(true);
	});
});
