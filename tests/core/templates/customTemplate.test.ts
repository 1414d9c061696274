import matter from "gray-matter";
import { parseCustomTemplate } from "../../../src/core/templates/customTemplate";
import { fillTemplate } from "../../../src/core/templates/fillTemplate";

const readYaml = (yaml: string): unknown => matter(`---\n${yaml}\n---\n`).data;

describe("parseCustomTemplate", () => {
	it("takes the name and description from the frontmatter and removes those keys", () => {
		const text =
			"---\ntemplate-name: Team RFC\ndescription: |\n  Our RFC format.\n  Two lines.\nstatus: proposed # proposed | accepted\ntags: [rfc]\n---\n# {{title}}\n";
		const result = parseCustomTemplate("Templates/rfc.md", text, readYaml);
		expect(result.error).toBeNull();
		expect(result.template).toMatchObject({
			id: "custom:Templates/rfc.md",
			name: "Team RFC",
			description: "Our RFC format. Two lines.",
			text: "---\nstatus: proposed # proposed | accepted\ntags: [rfc]\n---\n# {{title}}\n",
			source: "custom",
			fileName: "Templates/rfc.md",
		});
		expect(result.template?.conventions).toMatchObject({
			statusPlace: "frontmatter",
			statusWords: { "In review": "proposed", Approved: "accepted" },
		});
	});

	it("uses the file name when there is no template-name, and drops a frontmatter left empty", () => {
		const result = parseCustomTemplate(
			"Templates/Bug report.md",
			"---\ntemplate-name:\ndescription: For bugs\n---\n## Steps\n",
			readYaml,
		);
		expect(result.template).toMatchObject({ name: "Bug report", description: "For bugs", text: "## Steps\n" });
	});

	it("reads a template without frontmatter", () => {
		const result = parseCustomTemplate("T/plain.md", "# [Feature Name]\nStatus: Draft\n", readYaml);
		expect(result.template).toMatchObject({
			name: "plain",
			description: "",
			text: "# [Feature Name]\nStatus: Draft\n",
		});
		expect(result.template?.conventions.statusPlace).toBe("inline");
	});

	it.each([
		["---\ntitle: [unclosed\n---\n# x", "does not parse"],
		["---\n- just\n- a list\n---\n# x", "not a list of keys"],
	])("names the file when its YAML is broken: %j", (text, problem) => {
		const result = parseCustomTemplate("Templates/broken.md", text, readYaml);
		expect(result.template).toBeNull();
		expect(result.error).toContain("Templates/broken.md");
		expect(result.error).toContain(problem);
	});

	it("fills with its own conventions", () => {
		const result = parseCustomTemplate(
			"T/rfc.md",
			"---\ntemplate-name: RFC\nstatus: proposed # proposed | accepted | rejected\n---\n# {{title}}\n",
			readYaml,
		);
		if (!result.template) throw new Error(result.error);
		const filled = fillTemplate(
			result.template.text,
			{ title: "X", domains: [], tags: [], status: "Deprecated", priority: "None", author: "", parent: null },
			new Date(0),
			{ dateFormat: "yyyy-MM-dd", conventions: result.template.conventions },
		);
		expect(filled.text).toBe("---\nstatus: rejected # proposed | accepted | rejected\n---\n# X\n");
	});
});
