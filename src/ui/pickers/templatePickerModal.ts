// A fuzzy picker over the templates (built-in and custom), for "Insert feature spec template" and a base's "New".
import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { SpecTemplate } from "../../core/templates/specTemplate";

/** Picks a template; `onChoose` gets it. Nothing happens when the picker is dismissed. */
export class TemplatePickerModal extends FuzzySuggestModal<SpecTemplate> {
	private readonly templates: readonly SpecTemplate[];
	private readonly onChoose: (template: SpecTemplate) => void;

	/** A picker over `templates`, in their order; the placeholder says what the template is for. */
	constructor(
		app: App,
		templates: readonly SpecTemplate[],
		onChoose: (template: SpecTemplate) => void,
		placeholder = "Choose a template to insert into this note",
	) {
		super(app);
		this.templates = templates;
		this.onChoose = onChoose;
		this.setPlaceholder(placeholder);
		this.emptyStateText = "No matching template.";
	}

	/** The templates, built-in first. */
	getItems(): SpecTemplate[] {
		return [...this.templates];
	}

	/** Matched on the name and the description. */
	getItemText(template: SpecTemplate): string {
		return `${template.name} ${template.description}`;
	}

	/** Shows the name, where it comes from, and its description. */
	renderSuggestion(match: FuzzyMatch<SpecTemplate>, el: HTMLElement): void {
		const template = match.item;
		// Obsidian's two-line suggestion (mod-complex: a title and a note under it), so themes style it as their own.
		el.addClass("mod-complex");
		const content = el.createDiv({ cls: "suggestion-content" });
		content.createDiv({
			cls: "suggestion-title spec-board-template-choice-name",
			text: template.source === "custom" ? `${template.name} (${template.fileName})` : template.name,
		});
		if (template.description !== "")
			content.createDiv({
				cls: "suggestion-note spec-board-template-choice-description",
				text: template.description,
			});
	}

	/** Hands the chosen template over. */
	onChooseItem(template: SpecTemplate): void {
		this.onChoose(template);
	}
}
