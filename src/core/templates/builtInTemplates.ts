// The five built-in templates: their text (compiled in from templates/*.md), names and conventions.
import leanText from "../../../templates/lean-feature-spec.md";
import detailedText from "../../../templates/detailed-feature-spec.md";
import techText from "../../../templates/tech-spec.md";
import architectureText from "../../../templates/architecture-feature-design.md";
import generalText from "../../../templates/general-spec.md";
import type { SpecTemplate } from "./specTemplate";

/** The built-in templates, in the order the form offers them. */
export const BUILT_IN_TEMPLATES: readonly SpecTemplate[] = [
	{
		id: "lean-feature-spec",
		name: "Lean feature spec",
		description: "One page: opportunity, problem, scope, constraints, requirements and contracts.",
		text: leanText,
		fileName: "lean-feature-spec.md",
		source: "built-in",
		conventions: {
			statusPlace: "frontmatter",
			statusWords: { Draft: "draft", Approved: "approved", "In progress": "implementing", Done: "done", Deprecated: "deprecated" },
			priorityPlace: "none",
			priorityWords: {},
			domainsKey: null,
			hasParent: false,
		},
	},
	{
		id: "detailed-feature-spec",
		name: "Detailed feature spec",
		description: "Full analysis: problem, solution design, acceptance criteria, architecture, rollout and risks.",
		text: detailedText,
		fileName: "detailed-feature-spec.md",
		source: "built-in",
		conventions: {
			statusPlace: "inline",
			statusWords: { Draft: "Planning", "In progress": "In Progress", "In review": "Review", Done: "Complete" },
			priorityPlace: "none",
			priorityWords: {},
			domainsKey: null,
			hasParent: false,
		},
	},
	{
		id: "tech-spec",
		name: "Tech spec",
		description: "Technical design under a parent PRD: approach, database and API changes, code structure, tests.",
		text: techText,
		fileName: "tech-spec.md",
		source: "built-in",
		conventions: {
			statusPlace: "frontmatter",
			statusWords: { Draft: "draft" },
			priorityPlace: "none",
			priorityWords: {},
			domainsKey: null,
			hasParent: true,
		},
	},
	{
		id: "architecture-feature-design",
		name: "Architecture feature design",
		description: "Data model, components, APIs, failure modes, security, scale and rollout, with status and priority tags.",
		text: architectureText,
		fileName: "architecture-feature-design.md",
		source: "built-in",
		conventions: {
			statusPlace: "tags",
			statusWords: { Draft: "draft", Done: "implemented", Approved: "designed" },
			priorityPlace: "tags",
			priorityWords: { Low: "low", Medium: "medium", High: "high" },
			domainsKey: "Domains",
			hasParent: false,
		},
	},
	{
		id: "general-spec",
		name: "General spec",
		description: "A general specification: requirements, proposed solution, implementation plan, testing and rollback.",
		text: generalText,
		fileName: "general-spec.md",
		source: "built-in",
		conventions: {
			statusPlace: "frontmatter",
			statusWords: { Draft: "draft" },
			priorityPlace: "none",
			priorityWords: {},
			domainsKey: null,
			hasParent: false,
		},
	},
];

/** The built-in template with this id, or null. */
export function builtInTemplateById(id: string | null | undefined): SpecTemplate | null {
	return BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? null;
}
