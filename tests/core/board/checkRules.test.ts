import { CHECK_RULES, checkSpec, defaultRuleLevels, type RuleContext } from "../../../src/core/board/checkRules";
import { findNoteLines, problemsWithLines } from "../../../src/core/reading/noteLines";
import { readSpecNote, tagsTextProblem } from "../../../src/core/reading/readSpecNote";
import { inTemplatesFolder } from "../../../src/core/reading/specTrace";
import { defaultReadOptions, readOptionsFromSettings } from "../../../src/core/reading/readOptions";
import { defaultSettings } from "../../../src/core/settings/settings";
import { readYaml } from "../../support/yamlReader";

const read = (text: string, path = "Specs/note.md") => {
	const note = readSpecNote(path, text, readYaml, defaultReadOptions());
	const lines = findNoteLines(text, note);
	return { note: { ...note, problems: problemsWithLines(note.problems, lines) }, lines };
};

const check = (text: string, extra: Partial<RuleContext> = {}) => {
	const { note, lines } = read(text);
	return checkSpec(note, { lines, staleDays: 30, ...extra }, defaultRuleLevels()).map((f) => [
		f.rule,
		f.line,
		f.level,
	]);
};

describe("findNoteLines: where the status, title and tags are written", () => {
	it.each<[string, string, { status: number | null; title: number | null; tags: number | null }]>([
		["frontmatter", "---\ntitle: T\ntags: [spec]\nstatus: Draft\n---\n# H\n", { status: 4, title: 2, tags: 3 }],
		["inline line", "# Heading\n\nStatus: Draft\n", { status: 3, title: 1, tags: null }],
		[
			"a tag in the frontmatter list",
			"---\ntags:\n  - spec\n  - status/draft\n---\n",
			{ status: 4, title: null, tags: 2 },
		],
		["a body tag", "# H\n\ntext #status/draft\n", { status: 3, title: 1, tags: null }],
		["nothing", "plain text\n", { status: null, title: null, tags: null }],
	])("%s", (_name, text, expected) => {
		expect(read(text).lines).toEqual(expected);
	});
});

describe("check rules on one spec", () => {
	it.each<[string, string, Partial<RuleContext>, (string | number)[][]]>([
		["a sound draft", "---\nstatus: Draft\n---\n# A\n", {}, []],
		[
			"not ready: on the status line",
			"# A\n\nStatus: Done\n\n## Open questions\n\n- [ ] Still open?\n",
			{},
			[["not-ready", 3, "error"]],
		],
		["no status: on the title line", "---\ntags: [spec]\n---\n# A\n", {}, [["no-status", 4, "warning"]]],
		[
			"missing sign-off: on the status line",
			"---\nreviewers: [Ana, Bo]\napproved-by: [ana]\nstatus: Approved\n---\n# A\n",
			{},
			[["missing-sign-off", 4, "error"]],
		],
		[
			"every reviewer signed off",
			"---\nreviewers: [Ana]\nstatus: Done\n---\n# A\n\n## Sign-off\n- [x] @ana\n",
			{},
			[],
		],
		["no sign-off needed in review", "---\nreviewers: [Ana]\nstatus: In review\n---\n# A\n", {}, []],
		["unrecognized", "---\nstatus: Someday\n---\n# A\n", {}, [["unrecognized-status", 2, "error"]]],
		[
			"stale after 30 days in review",
			"---\nstatus: In review\n---\n# A\n",
			{ daysInStatus: 31 },
			[["stale", 2, "warning"]],
		],
		["not stale at 30 days", "---\nstatus: In review\n---\n# A\n", { daysInStatus: 30 }, []],
		["never stale when Approved", "---\nstatus: Approved\n---\n# A\n", { daysInStatus: 300 }, []],
		["not stale without history", "---\nstatus: Draft\n---\n# A\n", {}, []],
	])("%s", (_name, text, context, expected) => {
		expect(check(text, context)).toEqual(expected);
	});

	it("a rule set to off does not run; levels come from the table", () => {
		const { note, lines } = read("---\nstatus: Someday\n---\n# A\n");
		expect(
			checkSpec(note, { lines, staleDays: 30 }, { ...defaultRuleLevels(), "unrecognized-status": "off" }),
		).toEqual([]);
		expect(Object.keys(defaultRuleLevels())).toEqual(CHECK_RULES.map((r) => r.name));
	});
});

describe("templates folder and tags written as text", () => {
	it.each<[string, string, boolean]>([
		["Templates/Spec.md", "Templates", true],
		["templates/sub/Spec.md", "Templates/", true],
		["Templates.md", "Templates", false],
		["TemplatesOld/Spec.md", "Templates", false],
		["Templates/Spec.md", "", false],
	])("inTemplatesFolder(%j, %j) is %j", (path, folder, expected) => {
		expect(inTemplatesFolder(path, folder)).toBe(expected);
	});

	it("the plugin's settings carry their templates folder to the reader", () => {
		expect(readOptionsFromSettings({ ...defaultSettings(), templatesFolder: "Templates" }).templatesFolder).toBe(
			"Templates",
		);
		expect(defaultReadOptions().templatesFolder).toBe("");
	});

	it("a note in the templates folder is never a spec", () => {
		const text = "---\nstatus: Draft\ntags: [spec]\n---\n# {{title}}\n\n## Open questions\n";
		const options = { ...defaultReadOptions(), templatesFolder: "Templates" };
		expect(readSpecNote("Templates/Spec.md", text, readYaml, options).isSpec).toBe(false);
		expect(readSpecNote("Specs/Spec.md", text, readYaml, options).isSpec).toBe(true);
	});

	it.each<[unknown, boolean]>([
		["spec, payments", true],
		["#spec #payments", true],
		["spec", false],
		[["spec", "payments"], false],
		[undefined, false],
	])("tags %j has a problem: %j", (value, expected) => {
		expect(tagsTextProblem(value) !== null).toBe(expected);
	});
});
