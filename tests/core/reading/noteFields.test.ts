import {
	readDomains,
	readOwner,
	readParent,
	readReviewers,
	readTitle,
	readType,
} from "../../../src/core/reading/noteFields";
import { linkedNoteName } from "../../../src/core/model/links";
import { isPlaceholderText, isPlaceholderTitle } from "../../../src/core/model/unfilledPlaceholders";

const h1 = (text: string) => [{ level: 1, text, line: 1 }];

describe("readTitle", () => {
	it.each([
		["frontmatter title first", { title: "From FM" }, h1("Heading"), { title: "From FM", placeholder: null }],
		["then the first level-1 heading", {}, h1("Payments"), { title: "Payments", placeholder: null }],
		[
			"a heading's `Feature:` label is the template's, not the title",
			{},
			h1("Feature: Payments"),
			{ title: "Payments", placeholder: null },
		],
		[
			"a level-2 heading that does not open the note is not a title",
			{},
			[{ level: 2, text: "Two", line: 1 }],
			{ title: "note", placeholder: null },
		],
		["then the file name", {}, [], { title: "note", placeholder: null }],
		["{{title}} is a placeholder", {}, h1("{{title}}"), { title: "note", placeholder: "{{title}}" }],
		[
			"Feature: {{title}} is a placeholder",
			{},
			h1("Feature: {{title}}"),
			{ title: "note", placeholder: "Feature: {{title}}" },
		],
		["[Feature Name] is a placeholder", {}, h1("[Feature Name]"), { title: "note", placeholder: "[Feature Name]" }],
		[
			"Feature: [NAME] is a placeholder",
			{},
			h1("Feature: [NAME]"),
			{ title: "note", placeholder: "Feature: [NAME]" },
		],
		[
			"YAML's reading of title: [Feature/Component Name]",
			{ title: ["Feature/Component Name"] },
			h1("[Specification Title]"),
			{ title: "note", placeholder: "[Feature/Component Name]" },
		],
		[
			"a placeholder frontmatter title gives way to a real heading (still a problem)",
			{ title: "{{title}}" },
			h1("Real"),
			{ title: "Real", placeholder: "{{title}}" },
		],
		["a wiki link heading is a real title", {}, h1("[[Payments]]"), { title: "[[Payments]]", placeholder: null }],
		["a numeric title", { title: 2024 }, [], { title: "2024", placeholder: null }],
	])("%s", (_name, data, headings, expected) => {
		expect(readTitle(data, headings, "folder/note.md")).toEqual(expected);
	});

	it.each([
		["a level-2 heading that opens the note is its title", [{ level: 2, text: "Two", line: 1 }], "Two"],
		["a level-3 one too", [{ level: 3, text: "Three", line: 1 }], "Three"],
		["a level-1 heading later still wins", [{ level: 2, text: "Two", line: 1 }, ...h1("One")], "One"],
		["a placeholder one gives the file name", [{ level: 2, text: "[Feature Name]", line: 1 }], "note"],
	])("%s", (_name, headings, expected) => {
		expect(readTitle({}, headings, "folder/note.md", headings[0]).title).toBe(expected);
	});
});

describe("domains: the linked note's name, whatever the spelling", () => {
	it.each([
		["[[Domains/Payments|Payments]]", "Payments"],
		["[[Domains/Payments]]", "Payments"],
		["Domains/Payments", "Payments"],
		["Domains/Payments.md", "Payments"],
		["[[Payments#Flows|pay]]", "Payments"],
		["Payments", "Payments"],
		["  [[ Payments ]] ", "Payments"],
	])("%j is %j", (link, expected) => {
		expect(linkedNoteName(link)).toBe(expected);
	});

	it("makes every spelling of one domain one domain", () => {
		expect(readDomains(["Domains/Payments", "Payments", "payments", "Risk"], "a.md")).toEqual(["Payments", "Risk"]);
	});

	it("names a link by the note it resolves to when a resolver is given (the plugin's getFirstLinkpathDest)", () => {
		const resolve = (target: string) => (target.toLowerCase().endsWith("pay") ? "Payments" : null);
		expect(readDomains(["Pay", "Domains/Payments", "Risk"], "a.md", resolve)).toEqual(["Payments", "Risk"]);
	});
});

describe("placeholders", () => {
	it.each([
		["[Your Name]", true],
		["Your Name", true],
		["{{author}}", true],
		["<name>", true],
		["${title}", true],
		["YYYY-MM-DD", true],
		["[[Alice]]", false],
		["Alice", false],
		["", false],
	])("isPlaceholderText(%j) is %s", (text, expected) => {
		expect(isPlaceholderText(text)).toBe(expected);
	});

	it.each([
		["Feature: [NAME]", true],
		["Spec: {{title}}", true],
		["Feature: Payments", false],
		["Note: see [link](x)", false],
	])("isPlaceholderTitle(%j) is %s", (text, expected) => {
		expect(isPlaceholderTitle(text)).toBe(expected);
	});
});

describe("readOwner", () => {
	it.each([
		["owner", { owner: "Dana" }, "Dana"],
		["Author when no owner", { Author: "Priya" }, "Priya"],
		["an empty owner falls back to author", { owner: "", author: "Priya" }, "Priya"],
		["a list is joined", { authors: ["@a", "@b"] }, "@a, @b"],
		["a link gives its target", { owner: "[[Dana Smith]]" }, "Dana Smith"],
		["YAML's reading of [Your Name]", { author: ["Your Name"] }, null],
		["a quoted placeholder", { author: "[Your Name]" }, null],
		["nothing", { owner: "" }, null],
	])("%s", (_name, data, expected) => {
		expect(readOwner(data)).toBe(expected);
	});
});

describe("readReviewers", () => {
	it.each([
		["names and links", { reviewers: ["Tom", "[[Lena]]", [["Kim"]]] }, ["Tom", "Lena", "Kim"]],
		["the template's [Reviewer 1] (YAML reads it as a list)", { reviewers: [["Reviewer 1"], ["Reviewer 2"]] }, []],
		["a comma-separated string", { reviewers: "Tom, Lena" }, ["Tom", "Lena"]],
		["none", {}, []],
	])("%s", (_name, data, expected) => {
		expect(readReviewers(data)).toEqual(expected);
	});
});

describe("readParent and readType", () => {
	it.each([
		["a quoted link", { parent: "[[Checkout PRD]]" }, "Checkout PRD"],
		["an unquoted link", { parent: [["Checkout PRD|PRD"]] }, "Checkout PRD"],
		["a plain name", { parent: "Checkout" }, "Checkout"],
		["{{parent}} as text", { parent: "{{parent}}" }, null],
		["YAML's reading of {{parent}}", { parent: { "[object Object]": null } }, null],
		["none", {}, null],
	])("parent: %s", (_name, data, expected) => {
		expect(readParent(data)).toBe(expected);
	});

	it.each([
		[{ type: " tech-spec " }, "tech-spec"],
		[{ type: "" }, null],
		[{}, null],
	])("type of %j is %j", (data, expected) => {
		expect(readType(data)).toBe(expected);
	});
});
