// A template the create form can offer: built in (compiled into main.js) or custom (a note in the templates folder);
// and the ids of the built-in ones.
import type { TemplateConventions } from "./conventions";

/** Ids of the built-in templates (the file names without `.md`), in the order the form offers them. */
export const BUILT_IN_TEMPLATE_IDS = [
	"lean-feature-spec",
	"detailed-feature-spec",
	"tech-spec",
	"architecture-feature-design",
	"general-spec",
] as const;

/** Id of a built-in template. */
export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATE_IDS)[number];

/** One template, whatever its origin. */
export interface SpecTemplate {
	/** Stable id: the built-in file name without `.md`, or `custom:` + the vault path. */
	id: string;
	/** Short name shown in the form. */
	name: string;
	/** One line shown under the name. */
	description: string;
	/** The template's text, as filled by fillTemplate. */
	text: string;
	/** Where it keeps status and priority, and its words for them. */
	conventions: TemplateConventions;
	/** Built in, or read from the vault. */
	source: "built-in" | "custom";
	/** File name to export a built-in template to, or the vault path of a custom one. */
	fileName: string;
}
