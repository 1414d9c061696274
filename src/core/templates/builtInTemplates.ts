// The five built-in templates: their text (compiled in from templates/*.md), names and conventions.
import leanText from "../../../templates/lean-feature-spec.md";
import detailedText from "../../../templates/detailed-feature-spec.md";
import techText from "../../../templates/tech-spec.md";
import architectureText from "../../../templates/architecture-feature-design.md";
import generalText from "../../../templates/general-spec.md";
import type { TemplateConventions } from "./conventions";
import type { BuiltInTemplateId, SpecTemplate } from "./specTemplate";

/** One built-in template: exported under its id as the file name, `templates/<id>.md`. */
function builtIn(
	id: BuiltInTemplateId,
	name: string,
	description: string,
	text: string,
	conventions: TemplateConventions,
): SpecTemplate {
	return { id, name, description, text, fileName: `${id}.md`, source: "built-in", conventions };
}

/** A template with no priority and no domains key (the filler adds `priority` and `domains` keys). */
const NO_PRIORITY_NO_DOMAINS = { priorityPlace: "none", priorityWords: {}, domainsKey: null } as const;

/** A template whose only lifecycle key is `status: draft` in its frontmatter. */
const DRAFT_IN_FRONTMATTER = {
	statusPlace: "frontmatter",
	statusWords: { Draft: "draft" },
	...NO_PRIORITY_NO_DOMAINS,
} as const;

/** The built-in templates, in the order the form offers them. */
export const BUILT_IN_TEMPLATES: readonly SpecTemplate[] = [
	builtIn(
		"lean-feature-spec",
		"Lean feature spec",
		"One page: opportunity, problem, scope, constraints, requirements and contracts.",
		leanText,
		{
			statusPlace: "frontmatter",
			statusWords: {
				Draft: "draft",
				Approved: "approved",
				"In progress": "implementing",
				Done: "done",
				Deprecated: "deprecated",
			},
			...NO_PRIORITY_NO_DOMAINS,
			hasParent: false,
		},
	),
	builtIn(
		"detailed-feature-spec",
		"Detailed feature spec",
		"Full analysis: problem, solution design, acceptance criteria, architecture, rollout and risks.",
		detailedText,
		{
			statusPlace: "inline",
			statusWords: { Draft: "Planning", "In progress": "In Progress", "In review": "Review", Done: "Complete" },
			...NO_PRIORITY_NO_DOMAINS,
			hasParent: false,
		},
	),
	builtIn(
		"tech-spec",
		"Tech spec",
		"Technical design under a parent PRD: approach, database and API changes, code structure, tests.",
		techText,
		{ ...DRAFT_IN_FRONTMATTER, hasParent: true },
	),
	builtIn(
		"architecture-feature-design",
		"Architecture feature design",
		"Data model, components, APIs, failure modes, security, scale and rollout, with status and priority tags.",
		architectureText,
		{
			statusPlace: "tags",
			statusWords: { Draft: "draft", Done: "implemented", Approved: "designed" },
			priorityPlace: "tags",
			priorityWords: { Low: "low", Medium: "medium", High: "high" },
			domainsKey: "Domains",
			hasParent: false,
		},
	),
	builtIn(
		"general-spec",
		"General spec",
		"A general specification: requirements, proposed solution, implementation plan, testing and rollback.",
		generalText,
		{ ...DRAFT_IN_FRONTMATTER, hasParent: false },
	),
];

/** The built-in template with this id, or null. */
export function builtInTemplateById(id: string | null | undefined): SpecTemplate | null {
	return BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? null;
}
