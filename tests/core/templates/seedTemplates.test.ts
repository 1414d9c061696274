// The five templates as the team ships them (../shared/seed-templates), read as notes: an unfilled template is a spec
// with its placeholders reported, never a crash.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { BUILT_IN_TEMPLATE_IDS } from "../../../src/core/templates/specTemplate";
import type { SpecNote } from "../../../src/core/model/specNote";
import { readYaml } from "../../support/yamlReader";

const seedDir = join(__dirname, "..", "..", "..", "..", "shared", "seed-templates");
const shared = existsSync(seedDir);
const read = (dir: string, name: string): SpecNote =>
	readSpecNote(name, readFileSync(join(dir, name), "utf8"), readYaml, defaultReadOptions());
const codes = (note: SpecNote): string[] => note.problems.map((p) => p.code);

(shared ? describe : describe.skip)("the shipped templates (../shared/seed-templates)", () => {
	it.each<[string, Partial<SpecNote>, string[]]>([
		[
			"lean-feature-spec.md",
			// The YAML comment after `draft` is not part of the value; `owner: ""` is no owner; YYYY-MM-DD is no date.
			{
				title: "lean-feature-spec",
				status: "Draft",
				statusRaw: "draft",
				statusSource: "frontmatter",
				owner: null,
				created: null,
				updated: null,
				template: "lean-feature-spec",
			},
			["placeholder-title"],
		],
		[
			"detailed-feature-spec.md",
			// The inline status still lists every choice: unresolved, not its first choice.
			{
				title: "detailed-feature-spec",
				status: "Unrecognized",
				statusRaw: "Planning | In Progress | Review | Complete",
				statusSource: "inline",
				statusLine: 2,
				template: "detailed-feature-spec",
			},
			["placeholder-title", "unrecognized-status"],
		],
		[
			"tech-spec.md",
			// `created: {{date}}` and `parent: {{parent}}` are read by YAML as objects: no date, no parent.
			{
				title: "tech-spec",
				status: "Draft",
				type: "tech-spec",
				created: null,
				parent: null,
				template: "tech-spec",
				placeholderQuestions: [
					{ text: "Question 1", line: 152 },
					{ text: "Question 2", line: 153 },
				],
				openQuestions: [],
			},
			["placeholder-title"],
		],
		[
			"architecture-feature-design.md",
			// Every status and priority is listed as a tag: unresolved, and said so.
			{
				title: "architecture-feature-design",
				status: "Unrecognized",
				statusRaw: "draft, implemented, designed",
				statusSource: "tag",
				priority: "Unrecognized",
				priorityRaw: "low, medium, high",
				domains: ["Domain"],
				template: "architecture-feature-design",
				openQuestions: [],
				placeholderQuestions: [
					{ text: "Question 1", line: 329 },
					{ text: "Question 2", line: 330 },
				],
			},
			["placeholder-title", "several-status-tags", "several-priority-tags"],
		],
		[
			"general-spec.md",
			// title: [Feature/Component Name] and author: [Your Name] are placeholders (YAML reads them as lists).
			{
				title: "general-spec",
				status: "Draft",
				owner: null,
				created: null,
				reviewers: [],
				template: "general-spec",
				openQuestions: [],
			},
			["placeholder-title"],
		],
	])("%s", (name, expected, problems) => {
		const note = read(seedDir, name);
		expect(note).toMatchObject({ ...expected, isSpec: true });
		expect(codes(note)).toEqual(problems);
	});

	it("reports the general template's three placeholder questions apart from real ones", () => {
		expect(read(seedDir, "general-spec.md").placeholderQuestions.map((q) => q.text)).toEqual([
			"Question 1 that needs resolution",
			"Question 2 that needs stakeholder input",
			"Question 3 about technical approach",
		]);
	});

	it("finds no open questions in a template's other task lists", () => {
		const architecture = read(seedDir, "architecture-feature-design.md");
		expect(architecture.resolvedQuestions).toBe(0);
		expect(architecture.hasOpenQuestionsSection).toBe(true);
	});
});

// The project's own copies (templates/), when present: each reads as a spec of its own template.
const projectDir = join(__dirname, "..", "..", "..", "templates");
const projectTemplates = existsSync(projectDir)
	? readdirSync(projectDir).filter((f) =>
			(BUILT_IN_TEMPLATE_IDS as readonly string[]).includes(f.replace(/\.md$/, "")),
		)
	: [];

(projectTemplates.length > 0 ? describe : describe.skip)("the project's template copies (templates/)", () => {
	it.each(projectTemplates)("%s reads as a spec of its own template", (name) => {
		const note = read(projectDir, name);
		expect([note.isSpec, note.template]).toEqual([true, name.replace(/\.md$/, "")]);
		expect(codes(note)).not.toContain("unreadable");
	});
});
