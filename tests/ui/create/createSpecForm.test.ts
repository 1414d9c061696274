// The create form's state and validation, without the DOM.
import { fileNameFromTitle } from "../../../src/core/model/fileName";
import {
	addChip,
	initialFormState,
	removeChip,
	showsParent,
	validateForm,
	type FormTemplate,
} from "../../../src/ui/create/createSpecForm";

const TEMPLATES: FormTemplate[] = [
	{ id: "lean-feature-spec", name: "Lean feature spec", hasParent: false },
	{ id: "tech-spec", name: "Tech spec", hasParent: true },
];
const titleProblem = (title: string) => fileNameFromTitle(title).reason;

describe("create form state", () => {
	it("opens on the first template with the default status and priority", () => {
		expect(initialFormState(TEMPLATES, { status: "In review", priority: "High" })).toEqual({
			templateId: "lean-feature-spec",
			title: "",
			domains: [],
			status: "In review",
			priority: "High",
			tags: [],
			parent: "",
		});
	});

	it("falls back to Draft and Medium when the defaults are not values a person can pick", () => {
		const state = initialFormState(TEMPLATES, { status: "No status", priority: "None" });
		expect([state.status, state.priority]).toEqual(["Draft", "Medium"]);
	});

	it.each([
		["an empty title", "", "title", "A spec needs a title."],
		["a title of spaces", "   ", "title", "A spec needs a title."],
		["a title of only forbidden characters", "#[]|", "title", "The title has no character a file name can keep"],
	])("refuses %s, with the reason, on the title field", (_case, title, field, message) => {
		const result = validateForm(
			{ ...initialFormState(TEMPLATES, { status: "Draft", priority: "Medium" }), title },
			TEMPLATES,
			titleProblem,
		);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.field).toBe(field);
			expect(result.message).toContain(message);
		}
	});

	it("refuses a template that is no longer offered", () => {
		const result = validateForm(
			{ ...initialFormState(TEMPLATES, { status: "Draft", priority: "Medium" }), templateId: "gone", title: "X" },
			TEMPLATES,
			titleProblem,
		);
		expect(result).toEqual({ ok: false, field: "template", message: "Choose a template." });
	});

	it("hands over trimmed values, and a parent only for a template that has one", () => {
		const base = {
			...initialFormState(TEMPLATES, { status: "Draft", priority: "Medium" }),
			title: "  Checkout  ",
			parent: "[[Roadmap]]",
			domains: ["Payments"],
			tags: ["team/web"],
		};
		expect(validateForm(base, TEMPLATES, titleProblem)).toEqual({
			ok: true,
			values: {
				templateId: "lean-feature-spec",
				title: "Checkout",
				domains: ["Payments"],
				status: "Draft",
				priority: "Medium",
				tags: ["team/web"],
				parent: null,
			},
		});
		const tech = validateForm({ ...base, templateId: "tech-spec" }, TEMPLATES, titleProblem);
		expect(tech.ok && tech.values.parent).toBe("Roadmap");
		expect(showsParent(base, TEMPLATES)).toBe(false);
		expect(showsParent({ ...base, templateId: "tech-spec" }, TEMPLATES)).toBe(true);
	});

	it("adds a chip once (ignoring case) and removes it", () => {
		const chips = addChip(addChip(["Payments"], "payments"), "Search");
		expect(chips).toEqual(["Payments", "Search"]);
		expect(addChip(chips, "")).toEqual(chips);
		expect(removeChip(chips, "Payments")).toEqual(["Search"]);
	});
});
