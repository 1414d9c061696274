import matter from "gray-matter";
import { fillTemplate, type FillValues } from "../../../src/core/templates/fillTemplate";
import { BUILT_IN_TEMPLATES, builtInTemplateById } from "../../../src/core/templates/builtInTemplates";
import type { SpecTemplate } from "../../../src/core/templates/specTemplate";
import { withCursor } from "../../support/cursor";

const NOW = new Date("2026-03-14T09:30:00Z");
const OPTIONS = { dateFormat: "yyyy-MM-dd" };

const VALUES: FillValues = {
	title: "Checkout retries",
	domains: ["Payments", "[[Billing]]"],
	status: "In progress",
	priority: "High",
	tags: ["#spec", "team/core"],
	author: "Ada Lovelace",
	parent: "PRD Checkout",
};

function template(id: string): SpecTemplate {
	const found = builtInTemplateById(id);
	if (!found) throw new Error(`no built-in template ${id}`);
	return found;
}

/** Fills a small template; by default nothing is added to the frontmatter (no status, priority, domains or tags). */
function fill(text: string, values: Partial<FillValues> = {}, dateFormat = "yyyy-MM-dd"): string {
	const bare: Partial<FillValues> = { domains: [], tags: [], priority: "None", status: "No status" };
	return fillTemplate(text, { ...VALUES, ...bare, ...values }, NOW, { dateFormat }).text;
}

function fillBuiltIn(id: string, values: Partial<FillValues> = {}) {
	const t = template(id);
	return fillTemplate(t.text, { ...VALUES, ...values }, NOW, { ...OPTIONS, conventions: t.conventions });
}

describe("fillTemplate on the five built-in templates", () => {
	it.each(BUILT_IN_TEMPLATES.map((t) => [t.id]))("%s: filled text with the cursor", (id) => {
		const filled = fillBuiltIn(id);
		expect(withCursor(filled.text, filled.cursor)).toMatchSnapshot();
	});

	it.each(BUILT_IN_TEMPLATES.map((t) => [t.id]))(
		"%s: the filled frontmatter parses and says what was chosen",
		(id) => {
			const { data } = matter(fillBuiltIn(id, { title: "Retries: v2 #1 [beta]" }).text);
			const lower = Object.fromEntries(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
			expect(lower.domains).toEqual(["[[Payments]]", "[[Billing]]"]);
			expect(lower.tags).toEqual(expect.arrayContaining(["spec", "team/core"]));
			if (id === "general-spec") expect(lower.title).toBe("Retries: v2 #1 [beta]");
		},
	);

	it("detects the same conventions when none are passed", () => {
		for (const t of BUILT_IN_TEMPLATES) {
			expect(fillTemplate(t.text, VALUES, NOW, OPTIONS)).toEqual(
				fillTemplate(t.text, VALUES, NOW, { ...OPTIONS, conventions: t.conventions }),
			);
		}
	});
});

describe("placeholders", () => {
	it.each([
		["{{title}}", "Checkout retries"],
		["{{ title }}", "Checkout retries"],
		["[Feature Name]", "Checkout retries"],
		["[NAME]", "Checkout retries"],
		["[Feature/Component Name]", "Checkout retries"],
		["[Specification Title]", "Checkout retries"],
		["[Name]", "[Name]"],
		["{{date}}", "2026-03-14"],
		["{{time}}", "09:30"],
		["{{date:dd.MM.yyyy}}", "14.03.2026"],
		["{{date:EEEE, d MMMM yyyy}}", "Saturday, 14 March 2026"],
		["{{date:HH:mm}}", "09:30"],
		["{{date:YYYY-MM-DD}}", "{{date:YYYY-MM-DD}}"],
		["{{date:foo}}", "{{date:foo}}"],
		["{{date:}}", "{{date:}}"],
		["{{author}}", "Ada Lovelace"],
		["[Your Name]", "Ada Lovelace"],
		["{{parent}}", "[[PRD Checkout]]"],
		["{{storyIds}}", "{{storyIds}}"],
		["{{title:upper}}", "{{title:upper}}"],
		["{{unknown thing}}", "{{unknown thing}}"],
		["{{", "{{"],
		["<% tp.file.title %>", "<% tp.file.title %>"],
		["<%* tR += tp.date.now() %>", "<%* tR += tp.date.now() %>"],
		["${title}", "${title}"],
		["`${1 + 1}`", "`${1 + 1}`"],
		["<script>alert(1)</script>", "<script>alert(1)</script>"],
		["```dataviewjs\napp.vault.delete()\n```", "```dataviewjs\napp.vault.delete()\n```"],
	])("%s in the body becomes %s", (placeholder, expected) => {
		expect(fill(`Before ${placeholder} after`)).toBe(`Before ${expected} after`);
	});

	it("fills in one pass: values that look like placeholders are not filled again", () => {
		expect(fill("# {{title}}", { title: "Use {{date}} and [NAME] and $& and $1" })).toBe(
			"# Use {{date}} and [NAME] and $& and $1",
		);
	});

	it("keeps a title on one line", () => {
		expect(fill("# {{title}}\ntitle: x", { title: " Two\r\nlines \n" })).toBe("# Two lines\ntitle: x");
	});

	it("leaves author placeholders when no author is set", () => {
		expect(fill("By [Your Name] {{author}}", { author: "" })).toBe("By [Your Name] {{author}}");
	});

	it("leaves the parent empty when none is picked", () => {
		const filled = fillBuiltIn("tech-spec", { parent: null });
		expect(filled.text).toContain("\nparent:\n");
		expect(filled.text).toContain("**Parent PRD:** \n");
	});

	it("falls back to yyyy-MM-dd when the configured format is invalid", () => {
		expect(fill("{{date}}", {}, "YYYY-MM-DD")).toBe("2026-03-14");
		expect(fill("{{date}}", {}, "d MMM yyyy")).toBe("14 Mar 2026");
	});

	it("quotes a filled frontmatter value when YAML needs it", () => {
		const text = fill("---\ntitle: {{title}}\nalias: [NAME]\n---\n", {
			title: 'Pay: "now" #1',
			domains: [],
			tags: [],
			priority: "None",
			status: "No status",
		});
		expect(text).toBe('---\ntitle: "Pay: \\"now\\" #1"\nalias: "Pay: \\"now\\" #1"\n---\n');
		expect(matter(text).data).toEqual({ title: 'Pay: "now" #1', alias: 'Pay: "now" #1' });
	});

	it("keeps CRLF line endings", () => {
		const filled = fillBuiltIn("lean-feature-spec");
		const crlf = fillTemplate(template("lean-feature-spec").text.replace(/\n/g, "\r\n"), VALUES, NOW, OPTIONS);
		expect(crlf.text).toBe(filled.text.replace(/\n/g, "\r\n"));
		expect(crlf.cursor).toEqual(filled.cursor);
	});
});

describe("which dates are filled", () => {
	// The rule: today goes into created/updated frontmatter keys, `Created:`/`Updated:` lines and {{date}};
	// every other YYYY-MM-DD / [DATE] (timelines, change logs, "Context7 Consulted", table cells) is left to the author.
	it.each([
		["lean-feature-spec", ["created: 2026-03-14", "updated: 2026-03-14"], []],
		["tech-spec", ["created: 2026-03-14"], []],
		[
			"architecture-feature-design",
			["Created: 2026-03-14", "Updated: 2026-03-14"],
			["|      |        | Initial draft |"],
		],
		[
			"general-spec",
			["created: 2026-03-14"],
			["| Phase 1 Complete | YYYY-MM-DD | Not Started |", "| 1.0 | YYYY-MM-DD | Author Name | Initial version |"],
		],
		[
			"detailed-feature-spec",
			["Created: 2026-03-14"],
			[
				"Context7 Consulted: [DATE] - [What was validated]",
				"| **Runtime** | [Language] | v[X.Y.Z] | ✅ [DATE] | [Why this version was chosen] |",
			],
		],
	])("%s", (id, filledLines, keptLines) => {
		const lines = fillBuiltIn(id).text.split("\n");
		for (const line of filledLines) expect(lines).toContain(line);
		for (const line of keptLines) expect(lines).toContain(line);
	});

	it.each([
		["Created: [DATE]", "Created: 2026-03-14"],
		["**Created:** [YYYY-MM-DD]", "**Created:** 2026-03-14"],
		["- **Updated**: YYYY-MM-DD", "- **Updated**: 2026-03-14"],
		["Updated:", "Updated: 2026-03-14"],
		["Due: [DATE]", "Due: [DATE]"],
		["| Date | [DATE] |", "| Date | [DATE] |"],
		["Target: YYYY-MM-DD", "Target: YYYY-MM-DD"],
	])("body line %s", (line, expected) => {
		expect(fill(line)).toBe(expected);
	});

	it("does not touch dates in code blocks", () => {
		expect(fill("```\nCreated: [DATE]\n```")).toBe("```\nCreated: [DATE]\n```");
	});
});

describe("status and priority in the template's own convention", () => {
	const statusLine = (id: string, status: FillValues["status"]) => {
		const text = fillBuiltIn(id, { status }).text;
		return text
			.split("\n")
			.filter((l) => /^(status|Status):|status\//.test(l))
			.join(" / ");
	};

	it.each([
		["lean-feature-spec", "Draft", "status: draft          # draft | approved | implementing | done | deprecated"],
		[
			"lean-feature-spec",
			"In progress",
			"status: implementing   # draft | approved | implementing | done | deprecated",
		],
		[
			"lean-feature-spec",
			"In review",
			"status: in review      # draft | approved | implementing | done | deprecated",
		],
		[
			"lean-feature-spec",
			"Deprecated",
			"status: deprecated     # draft | approved | implementing | done | deprecated",
		],
		["detailed-feature-spec", "Draft", "Status: Planning"],
		["detailed-feature-spec", "In progress", "Status: In Progress"],
		["detailed-feature-spec", "In review", "Status: Review"],
		["detailed-feature-spec", "Done", "Status: Complete"],
		["detailed-feature-spec", "Approved", "Status: Approved"],
		["tech-spec", "Approved", "status: approved"],
		["general-spec", "Done", "status: done"],
		["architecture-feature-design", "Draft", "  - status/draft"],
		["architecture-feature-design", "Approved", "  - status/designed"],
		["architecture-feature-design", "Done", "  - status/implemented"],
		["architecture-feature-design", "In review", "  - status/in-review"],
		["architecture-feature-design", "In progress", "  - status/in-progress"],
		[
			"lean-feature-spec",
			"No status",
			"status: draft          # draft | approved | implementing | done | deprecated",
		],
		["detailed-feature-spec", "No status", "Status: Planning | In Progress | Review | Complete"],
	] as const)("%s, %s: %s", (id, status, expected) => {
		expect(statusLine(id, status)).toBe(expected);
	});

	it.each([
		["lean-feature-spec", "High", ["priority: high"]],
		["lean-feature-spec", "None", []],
		["tech-spec", "Critical", ["priority: critical"]],
		["general-spec", "Low", ["priority: low"]],
		["detailed-feature-spec", "Medium", ["priority: medium"]],
		["architecture-feature-design", "Low", ["  - priority/low"]],
		["architecture-feature-design", "Critical", ["  - priority/critical"]],
		["architecture-feature-design", "None", []],
	] as const)("%s, priority %s", (id, priority, expected) => {
		const lines = fillBuiltIn(id, { priority }).text.split("\n");
		expect(lines.filter((l) => /priority/i.test(l) && !l.startsWith("|") && !l.includes("**"))).toEqual(expected);
	});

	it("puts the priority key right after the status key", () => {
		const lines = fillBuiltIn("lean-feature-spec").text.split("\n");
		expect(lines.indexOf("priority: high")).toBe(lines.findIndex((l) => l.startsWith("status:")) + 1);
	});

	it("keeps exactly one status and one priority tag in the architecture template, plus its architecture tags", () => {
		const { data } = matter(fillBuiltIn("architecture-feature-design", { tags: [] }).text);
		expect(data.tags).toEqual([
			"status/in-progress",
			"priority/high",
			"architecture/design",
			"architecture/feature",
		]);
	});

	it("gives a template without frontmatter one with only what is needed", () => {
		expect(
			fillBuiltIn("detailed-feature-spec", { domains: [], tags: [], priority: "None" }).text.startsWith(
				"# Feature: Checkout retries\n",
			),
		).toBe(true);
		expect(
			fillBuiltIn("detailed-feature-spec", { domains: [], tags: ["spec"], priority: "None" }).text.startsWith(
				"---\ntags:\n  - spec\n---\n# Feature",
			),
		).toBe(true);
	});

	it("gives a template with no status anywhere a status key", () => {
		expect(fill("# {{title}}\n", { domains: [], tags: [], priority: "Low", status: "Draft" })).toBe(
			"---\nstatus: draft\npriority: low\n---\n# Checkout retries\n",
		);
	});
});

describe("domains and tags", () => {
	it("drops the architecture template's [[Domain]] placeholder when no domain is chosen", () => {
		const { data } = matter(fillBuiltIn("architecture-feature-design", { domains: [] }).text);
		expect(data.Domains).toBeNull();
	});

	it("unites tags with the template's own, case-insensitively, without '#'", () => {
		const text = fill("---\ntags:\n  - Spec\n  - area/x\n---\n", {
			tags: ["#spec", "new tag", "Area/X"],
			domains: [],
			priority: "None",
			status: "No status",
		});
		expect(text).toBe("---\ntags:\n  - Spec\n  - area/x\n  - new-tag\n---\n");
	});

	it("rewrites a flow list of tags as a block list when adding", () => {
		const text = fill("---\ntags: [a, b] # kept\n---\n", {
			tags: ["c"],
			domains: [],
			priority: "None",
			status: "No status",
		});
		expect(text).toBe("---\ntags: # kept\n  - a\n  - b\n  - c\n---\n");
	});

	it("keeps domains a custom template already lists, and adds the chosen ones", () => {
		const text = fill('---\ndomains:\n  - "[[Payments]]"\n---\n', {
			domains: ["payments", "Risk"],
			tags: [],
			priority: "None",
			status: "No status",
		});
		expect(text).toBe('---\ndomains:\n  - "[[Payments]]"\n  - "[[Risk]]"\n---\n');
	});
});

describe("the cursor", () => {
	it.each([
		[
			"# {{title}}\n\n## Goal\n\nWrite [the goal] here.\n",
			"# Checkout retries\n\n## Goal\n\nWrite |[the goal] here.\n",
		],
		["# {{title}}\n\n## Goal\n\n_Why?_\n", "# Checkout retries\n\n## Goal\n\n|_Why?_\n"],
		[
			"# {{title}}\n\n## Goal\n\nPlain text\n\n## Next\n[later]\n",
			"# Checkout retries\n\n## Goal\n\n|Plain text\n\n## Next\n[later]\n",
		],
		[
			"# {{title}}\n\n## Links\n\n- [ ] task [[Note]] [link](x) > [!note] [^1]\n- [fill]\n",
			"# Checkout retries\n\n## Links\n\n- [ ] task [[Note]] [link](x) > [!note] [^1]\n- |[fill]\n",
		],
		["# {{title}}\n", "# Checkout retries|\n"],
		["No headings {{x}}", "No headings |{{x}}"],
	])("%j", (text, expected) => {
		const filled = fillTemplate(
			text,
			{ ...VALUES, domains: [], tags: [], priority: "None", status: "No status" },
			NOW,
			OPTIONS,
		);
		expect(withCursor(filled.text, filled.cursor)).toBe(expected);
	});
});
