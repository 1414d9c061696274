// The create form's state and validation, apart from the DOM so it can be tested on its own.
import {
	SETTABLE_PRIORITIES,
	SETTABLE_STATUSES,
	type Priority,
	type SettablePriority,
	type SettableStatus,
	type Status,
} from "../../core/model/specNote";
import { cleanLinkTarget } from "../../core/model/links";

function isPickableStatus(status: Status): status is SettableStatus {
	return (SETTABLE_STATUSES as readonly Status[]).includes(status);
}

function isPickablePriority(priority: Priority): priority is SettablePriority {
	return (SETTABLE_PRIORITIES as readonly Priority[]).includes(priority);
}

/** What the form needs to know about a template it offers. */
export interface FormTemplate {
	/** Stable id (a built-in id, or the custom template's path). */
	id: string;
	/** Short name shown in the template list. */
	name: string;
	/** Whether the template has a parent link to fill (the tech spec). */
	hasParent: boolean;
}

/** Everything the form holds while a person fills it in. */
export interface CreateSpecFormState {
	/** Id of the chosen template. */
	templateId: string;
	/** The title as typed. */
	title: string;
	/** Domain names, without `[[ ]]`. */
	domains: string[];
	/** Chosen status. */
	status: SettableStatus;
	/** Chosen priority. */
	priority: SettablePriority;
	/** Extra tags, without '#'. */
	tags: string[];
	/** Link target of the parent note ("" for none). */
	parent: string;
}

/** The values the form hands over once it is valid: the state with a trimmed title, and a parent only when the template has one. */
export type CreateSpecValues = Omit<CreateSpecFormState, "parent"> & {
	/** Link target of the parent note, or null (always null for templates without a parent). */
	parent: string | null;
};

/** Which control a validation message belongs to. */
export type FormField = "template" | "title";

/** The outcome of validating the form. */
export type FormValidation = { ok: true; values: CreateSpecValues } | { ok: false; field: FormField; message: string };

/** The form as it opens: the first template, an empty title, and the default status and priority. */
export function initialFormState(
	templates: readonly FormTemplate[],
	defaults: { status: Status; priority: Priority },
): CreateSpecFormState {
	return {
		templateId: templates[0]?.id ?? "",
		title: "",
		domains: [],
		status: isPickableStatus(defaults.status) ? defaults.status : "Draft",
		priority: isPickablePriority(defaults.priority) ? defaults.priority : "Medium",
		tags: [],
		parent: "",
	};
}

/** The template the form has chosen, if it is still offered. */
export function chosenTemplate(
	state: CreateSpecFormState,
	templates: readonly FormTemplate[],
): FormTemplate | undefined {
	return templates.find((t) => t.id === state.templateId);
}

/** Whether the parent field should be shown for the chosen template. */
export function showsParent(state: CreateSpecFormState, templates: readonly FormTemplate[]): boolean {
	return chosenTemplate(state, templates)?.hasParent === true;
}

/** A chip list with one more entry, unless it is empty or already there (case-insensitive). */
export function addChip(list: readonly string[], value: string): string[] {
	if (value === "" || list.some((v) => v.toLowerCase() === value.toLowerCase())) return [...list];
	return [...list, value];
}

/** A chip list without the given entry. */
export function removeChip(list: readonly string[], value: string): string[] {
	return list.filter((v) => v !== value);
}

/**
 * Checks the form and returns the values to create from, or the first problem with the control it belongs to.
 * `titleProblem` says why a non-empty title still cannot name a file (null when it can).
 */
export function validateForm(
	state: CreateSpecFormState,
	templates: readonly FormTemplate[],
	titleProblem: (title: string) => string | null,
): FormValidation {
	const template = chosenTemplate(state, templates);
	if (!template) return { ok: false, field: "template", message: "Choose a template." };
	const title = state.title.trim();
	if (title === "") return { ok: false, field: "title", message: "A spec needs a title." };
	const problem = titleProblem(title);
	if (problem !== null) return { ok: false, field: "title", message: problem };
	const parent = template.hasParent ? cleanLinkTarget(state.parent) : "";
	return {
		ok: true,
		values: {
			templateId: template.id,
			title,
			domains: [...state.domains],
			status: state.status,
			priority: state.priority,
			tags: [...state.tags],
			parent: parent === "" ? null : parent,
		},
	};
}
