// "Create feature spec": one keyboard-first form. Enter creates (Ctrl/Cmd-Enter from any field), Escape cancels.
import { Modal, type App } from "obsidian";
import { SETTABLE_PRIORITIES, SETTABLE_STATUSES, type Priority, type Status } from "../../core/model/specNote";
import { ChipField } from "./createSpecChips";
import { cleanLinkTarget } from "../../core/model/links";
import { cleanTag } from "../../core/model/tags";
import {
	initialFormState,
	showsParent,
	validateForm,
	type CreateSpecFormState,
	type CreateSpecValues,
	type FormField,
	type FormTemplate,
} from "./createSpecForm";
import { isComposingKey } from "../keys";
import { gatherOnce, TextSuggest } from "../pickers/suggestText";

/** A template as the form lists it. */
export interface CreateSpecTemplateOption extends FormTemplate {
	/** One line saying what the template is for. */
	description: string;
	/** Whether it comes from the templates folder (listed apart from the built-in ones). */
	custom: boolean;
}

/** What the create form is given. */
export interface CreateSpecModalOptions {
	/** Templates to choose from, built-in first; the first is chosen when the form opens. */
	templates: readonly CreateSpecTemplateOption[];
	/** Status and priority chosen when the form opens. */
	defaults: { status: Status; priority: Priority };
	/** Domain names to suggest (domain notes and domains already used); called at most once per open form. */
	domainCandidates: () => readonly string[];
	/** Tags to suggest, without '#'; called at most once per open form. */
	tagCandidates: () => readonly string[];
	/** Link targets of notes to suggest as the parent; called at most once per open form. */
	parentCandidates: () => readonly string[];
	/** Why a non-empty title cannot name a file, or null when it can. */
	titleProblem: (title: string) => string | null;
	/** Creates the spec; resolves true when it was created (the form then closes). */
	onSubmit: (values: CreateSpecValues) => Promise<boolean>;
}

const ID = "spec-board-create";

/** The create form. */
export class CreateSpecModal extends Modal {
	/** The form's state, readable by tests. */
	readonly state: CreateSpecFormState;
	private readonly options: CreateSpecModalOptions;
	private readonly problemEls = new Map<FormField, HTMLElement>();
	private readonly controls = new Map<FormField, HTMLElement>();
	private chipFields: ChipField[] = [];
	private parentRowEl: HTMLElement | null = null;
	private parentSuggest: TextSuggest | null = null;
	private submitting = false;

	/** A form over the given templates; nothing is shown until `open()`. */
	constructor(app: App, options: CreateSpecModalOptions) {
		super(app);
		this.options = options;
		this.state = initialFormState(options.templates, options.defaults);
	}

	/** Builds the form and focuses the title. */
	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Create feature spec");
		contentEl.empty();
		contentEl.addClass("spec-board-create-form");
		const templateEl = this.buildTemplateRow(contentEl);
		const titleEl = this.buildTitleRow(contentEl);
		this.buildChipRow(
			contentEl,
			"domains",
			"Domains",
			"Add a domain",
			"domain",
			gatherOnce(this.options.domainCandidates),
			cleanLinkTarget,
			() => this.state.domains,
			(v) => (this.state.domains = v),
		);
		// Status and priority share a line (each takes the whole line when the form is narrow).
		const choicesEl = contentEl.createDiv({ cls: "spec-board-create-pair" });
		this.buildChoiceRow(
			choicesEl,
			"status",
			"Status",
			SETTABLE_STATUSES,
			() => this.state.status,
			(v) => (this.state.status = v),
		);
		this.buildChoiceRow(
			choicesEl,
			"priority",
			"Priority",
			SETTABLE_PRIORITIES,
			() => this.state.priority,
			(v) => (this.state.priority = v),
		);
		this.buildChipRow(
			contentEl,
			"tags",
			"Extra tags",
			"Add a tag",
			"tag",
			gatherOnce(this.options.tagCandidates),
			cleanTag,
			() => this.state.tags,
			(v) => (this.state.tags = v),
		);
		this.buildParentRow(contentEl);
		this.buildButtons(contentEl);
		this.controls.set("template", templateEl);
		this.controls.set("title", titleEl);
		contentEl.addEventListener("keydown", (evt) => this.onKeydown(evt));
		this.updateParentRow();
		titleEl.focus();
	}

	/** Empties the form. */
	onClose(): void {
		this.contentEl.empty();
	}

	/** Validates and, when valid, creates the spec; shows the reason inline otherwise. Resolves true when created. */
	async submit(): Promise<boolean> {
		if (this.submitting) return false;
		for (const field of this.chipFields) field.commitTyped();
		const result = validateForm(this.state, this.options.templates, this.options.titleProblem);
		this.showProblem(null);
		if (!result.ok) {
			this.showProblem(result.field, result.message);
			this.controls.get(result.field)?.focus();
			return false;
		}
		this.submitting = true;
		try {
			const created = await this.options.onSubmit(result.values);
			if (created) this.close();
			return created;
		} finally {
			this.submitting = false;
		}
	}

	private onKeydown(evt: KeyboardEvent): void {
		if (evt.key !== "Enter" || isComposingKey(evt) || evt.defaultPrevented) return;
		const target = evt.target;
		if (target instanceof HTMLButtonElement) return;
		const modifier = evt.ctrlKey || evt.metaKey;
		if (
			!modifier &&
			(this.chipFields.some((field) => field.inputEl === target && field.isSuggesting()) ||
				this.parentSuggest?.popoverShown === true)
		)
			return;
		evt.preventDefault();
		void this.submit();
	}

	private row(parent: HTMLElement, field: string, label: string): HTMLElement {
		const row = parent.createDiv({ cls: "spec-board-create-row" });
		row.createEl("label", { cls: "spec-board-create-label", text: label, attr: { for: `${ID}-${field}` } });
		return row;
	}

	private problemEl(row: HTMLElement, field: FormField): void {
		const el = row.createDiv({
			cls: "spec-board-create-problem",
			attr: { id: `${ID}-${field}-problem`, role: "alert" },
		});
		el.hide();
		this.problemEls.set(field, el);
	}

	private showProblem(field: FormField | null, message = ""): void {
		for (const [key, el] of this.problemEls) {
			const shown = key === field;
			el.setText(shown ? message : "");
			el.toggle(shown);
			this.controls.get(key)?.setAttr("aria-invalid", shown ? "true" : null);
		}
	}

	private buildTemplateRow(parent: HTMLElement): HTMLSelectElement {
		const row = this.row(parent, "template", "Template");
		const select = row.createEl("select", {
			cls: "dropdown",
			attr: { id: `${ID}-template`, "aria-describedby": `${ID}-template-description` },
		});
		const custom = this.options.templates.filter((t) => t.custom);
		const builtIn = this.options.templates.filter((t) => !t.custom);
		const groups =
			custom.length === 0
				? [{ label: null, templates: builtIn }]
				: [
						{ label: "Built-in templates", templates: builtIn },
						{ label: "From the templates folder", templates: custom },
					];
		for (const group of groups) {
			const parentEl: HTMLElement =
				group.label === null ? select : select.createEl("optgroup", { attr: { label: group.label } });
			for (const template of group.templates)
				parentEl.createEl("option", { text: template.name, value: template.id });
		}
		select.value = this.state.templateId;
		const descriptionEl = row.createDiv({
			cls: "spec-board-create-description setting-item-description",
			attr: { id: `${ID}-template-description` },
		});
		const describe = (): void =>
			descriptionEl.setText(
				this.options.templates.find((t) => t.id === this.state.templateId)?.description ?? "",
			);
		describe();
		select.addEventListener("change", () => {
			this.state.templateId = select.value;
			describe();
			this.updateParentRow();
		});
		this.problemEl(row, "template");
		return select;
	}

	private buildTitleRow(parent: HTMLElement): HTMLInputElement {
		const row = this.row(parent, "title", "Title");
		const input = row.createEl("input", {
			type: "text",
			cls: "spec-board-create-title",
			attr: {
				id: `${ID}-title`,
				placeholder: "Feature name",
				"aria-describedby": `${ID}-title-problem`,
				autocomplete: "off",
			},
		});
		input.addEventListener("input", () => {
			this.state.title = input.value;
			this.showProblem(null);
		});
		this.problemEl(row, "title");
		return input;
	}

	private buildChipRow(
		parent: HTMLElement,
		field: string,
		label: string,
		placeholder: string,
		itemName: string,
		candidates: () => readonly string[],
		clean: (text: string) => string,
		read: () => string[],
		write: (values: string[]) => void,
	): void {
		const row = this.row(parent, field, label);
		this.chipFields.push(
			new ChipField(this.app, row, {
				inputId: `${ID}-${field}`,
				placeholder,
				itemName,
				candidates,
				clean,
				read,
				write,
			}),
		);
	}

	private buildChoiceRow<T extends string>(
		parent: HTMLElement,
		field: string,
		label: string,
		choices: readonly T[],
		read: () => T,
		write: (value: T) => void,
	): void {
		const row = this.row(parent, field, label);
		const select = row.createEl("select", { cls: "dropdown", attr: { id: `${ID}-${field}` } });
		for (const choice of choices) select.createEl("option", { text: choice, value: choice });
		select.value = read();
		select.addEventListener("change", () => {
			const choice = choices.find((c) => c === select.value);
			if (choice !== undefined) write(choice);
		});
	}

	private buildParentRow(parent: HTMLElement): void {
		const row = this.row(parent, "parent", "Parent note");
		const input = row.createEl("input", {
			type: "text",
			attr: { id: `${ID}-parent`, placeholder: "Note this spec belongs to", autocomplete: "off" },
		});
		input.addEventListener("input", () => (this.state.parent = input.value));
		this.parentSuggest = new TextSuggest(this.app, input, gatherOnce(this.options.parentCandidates), (value) => {
			input.value = value;
			this.state.parent = value;
		});
		this.parentRowEl = row;
	}

	private updateParentRow(): void {
		this.parentRowEl?.toggle(showsParent(this.state, this.options.templates));
	}

	private buildButtons(parent: HTMLElement): void {
		const row = parent.createDiv({ cls: "modal-button-container" });
		const create = row.createEl("button", { cls: "mod-cta", text: "Create", attr: { type: "button" } });
		create.addEventListener("click", () => void this.submit());
		const cancel = row.createEl("button", { text: "Cancel", attr: { type: "button" } });
		cancel.addEventListener("click", () => this.close());
	}
}
