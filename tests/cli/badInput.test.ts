import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runIn } from "./cliHarness";

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), "spec-board-bad-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const noGit = { env: { SPEC_BOARD_GIT: "none" } };

interface Listed {
	path: string;
	title: string;
	status: string;
	tags: string[];
	openQuestions: unknown[];
	problems: { code: string; message: string; line: number }[];
}

function notes(): Listed[] {
	const { stdout, code } = runIn(dir, [".", "--json"], noGit);
	expect(code).toBe(0);
	return (JSON.parse(stdout) as { notes: Listed[] }).notes;
}

describe("a huge note never crashes any output", () => {
	it("a spec with 200,000 open questions: text board, JSON, check and summary", () => {
		const questions: string[] = new Array<string>(200_000);
		for (let i = 0; i < questions.length; i++) questions[i] = `- [ ] Question number ${i + 1} about the design?`;
		const placeholders: string[] = new Array<string>(50_000);
		for (let i = 0; i < placeholders.length; i++) placeholders[i] = `- [ ] Question ${i + 1}`;
		writeFileSync(
			path.join(dir, "huge.md"),
			`---\nstatus: Approved\n---\n# Huge\n\n## Open questions\n\n${questions.join("\n")}\n${placeholders.join("\n")}\n`,
		);
		const text = runIn(dir, ["."], noGit);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain("1 spec, 200000 open questions, 1 not ready");
		expect(text.stdout).toContain("200000 open, not ready");
		expect(text.stdout).toContain("50000 placeholder questions left from the template");
		expect(text.stdout).toContain("200007  Question number 200000 about the design?");
		const json = runIn(dir, [".", "--json"], noGit);
		expect((JSON.parse(json.stdout) as { notes: Listed[] }).notes[0].openQuestions).toHaveLength(200_000);
		for (const format of ["text", "json", "github", "markdown"]) {
			const check = runIn(dir, ["check", ".", "--format", format], noGit);
			expect(check.code).toBe(1);
		}
		const summary = runIn(dir, [".", "--summary"], noGit);
		expect(summary.stdout.split("\n")).toHaveLength(6);
	});
});

describe("grammar", () => {
	it.each([
		[1, "1 other note is not a spec"],
		[2, "2 other notes are not specs"],
	])("%i other notes", (count, phrase) => {
		writeFileSync(path.join(dir, "spec.md"), "---\nstatus: Draft\n---\n# One\n");
		for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `plain${i}.md`), "# Just a note\n");
		const { stdout } = runIn(dir, ["."], noGit);
		expect(stdout.split("\n")[1]).toBe(`1 spec, 0 open questions · ${phrase} (--all lists them)`);
	});
});

describe("files that are not UTF-8", () => {
	it("a Latin-1 file is read as Latin-1, with a problem saying so", () => {
		writeFileSync(
			path.join(dir, "latin.md"),
			Buffer.from("---\nstatus: Draft\n---\n# Café crème à la carte\n", "latin1"),
		);
		const [note] = notes();
		expect(note.title).toBe("Café crème à la carte");
		expect(note.problems).toEqual([
			{
				code: "not-utf8",
				line: 1,
				message: "The file is not UTF-8; it was read as Latin-1 (Windows-1252). Save it as UTF-8.",
			},
		]);
	});

	it.each([
		["little-endian", (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
		[
			"big-endian",
			(text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
		],
	])("a UTF-16 %s file with a BOM is read as UTF-16, with a problem saying so", (kind, encode) => {
		writeFileSync(
			path.join(dir, "wide.md"),
			encode("---\nstatus: In review\n---\n# Überblick 日本語\n\n## Open questions\n\n- [ ] Ça va?\n"),
		);
		const [note] = notes();
		expect(note).toMatchObject({
			title: "Überblick 日本語",
			status: "In review",
			openQuestions: [{ text: "Ça va?", line: 8 }],
		});
		expect(note.problems).toEqual([
			expect.objectContaining({ code: "not-utf8", line: 1, message: expect.stringContaining(`UTF-16 (${kind}`) }),
		]);
	});

	it("UTF-8 stays silent, even with a BOM or a real replacement character", () => {
		writeFileSync(path.join(dir, "bom.md"), "\ufeff---\nstatus: Draft\n---\n# Fine \ufffd here\n");
		const [note] = notes();
		expect(note.problems).toEqual([]);
		expect(note.title).toBe("Fine \ufffd here");
	});
});

describe("tags written as one comma string", () => {
	it("keeps Obsidian's reading (no tags) and lists a problem on the tags line saying how to write a list", () => {
		writeFileSync(path.join(dir, "tags.md"), "---\nstatus: Draft\ntags: spec, payments\n---\n# Tags\n");
		const [note] = notes();
		expect(note.tags).toEqual([]);
		expect(note.problems).toEqual([
			{
				code: "tags-not-a-list",
				line: 3,
				message:
					'The tags "spec, payments" are one text, which Obsidian reads as no tags; write a list: tags: [spec, payments].',
			},
		]);
	});
});
