// Spec Board's commands as plain data, registered in a loop: every command of the plugin, the board's included.
// Ids carry no plugin id, names no plugin name; no hotkeys.
import { Notice, type App, type Command, type TFile } from "obsidian";
import { fileNameFromTitle } from "./core/model/fileName";
import { kindInfo, type FieldKind, type SettableValue } from "./core/model/fieldKinds";
import type { SpecBoardSettings } from "./core/settings/settings";
import type { SpecTemplate } from "./core/templates/specTemplate";
import { createSpecNote, defaultFillValues } from "./obsidian/noteCreator";
import { currentText, readNote, setSpecField } from "./obsidian/statusWriter";
import { planFieldEdit } from "./core/edits/noteEdits";
import { createSpecBase } from "./obsidian/specBaseWriter";
import { exportBuiltInTemplates } from "./obsidian/templateExporter";
import { addOpenQuestion, checkOpenQuestion, signOffOnSpec } from "./obsidian/reviewEdits";
import { AddQuestionModal } from "./ui/pickers/addQuestionModal";
import { insertTemplateIntoActiveEditor } from "./obsidian/templateInserter";
import { loadTemplateLibrary, noticeLibraryProblems } from "./obsidian/templateLibrary";
import { CreateSpecModal, type CreateSpecTemplateOption } from "./ui/create/createSpecModal";
import { domainSuggestions, parentSuggestions, tagSuggestions, type DomainSource } from "./ui/create/suggestSources";
import type { BoardActions } from "./ui/board/boardActions";
import type { BoardHandle } from "./ui/board/registerBoard";
import { TagPickerModal } from "./ui/pickers/tagPickerModal";
import { TemplatePickerModal } from "./ui/pickers/templatePickerModal";
import { WordPickerModal, type WordChoice } from "./ui/pickers/wordPickerModal";

/** The command ids (Obsidian prefixes them with the plugin id: `spec-board:create-feature-spec`). */
export const SPEC_COMMAND_IDS = {
	openBoard: "open-status-board",
	filterBoardByTag: "filter-board-by-tag",
	createFeatureSpec: "create-feature-spec",
	insertTemplate: "insert-feature-spec-template",
	setStatus: "set-spec-status",
	setPriority: "set-spec-priority",
	exportTemplates: "export-built-in-templates",
	createSpecBase: "create-spec-base",
	signOff: "sign-off-on-spec",
	addQuestion: "add-open-question",
} as const;

/** What the commands need from the plugin: its app and a way to add a command. */
export interface SpecBoardPluginLike {
	/** The app (`this.app` of the plugin). */
	app: App;
	/** Obsidian's Plugin.addCommand. */
	addCommand(command: Command): Command;
}

/** What the board's commands ask of the sidebar board (the handle `registerBoard` gives back). */
export type BoardControls = Pick<BoardHandle, "openBoard" | "tagsInUse" | "filterByTag">;

/** What the commands read besides the app. */
export interface SpecCommandDeps {
	/** The plugin's live settings. */
	getSettings: () => SpecBoardSettings;
	/** The live spec index, for the domains already used (the metadata cache is read when absent). */
	specIndex?: DomainSource | null;
	/** The clock (tests fix it). */
	now?: () => Date;
	/** Whether the app has Bases with the Spec board view registered (the "Create spec base" command needs it). */
	hasBases?: () => boolean;
}

/** What the command table reads: the commands' deps and the sidebar board. */
export interface SpecCommandTableDeps extends SpecCommandDeps {
	/** The sidebar board, for "Open spec status board" and "Filter board by tag". */
	board: BoardControls;
}

function clock(deps: SpecCommandDeps): Date {
	return (deps.now ?? (() => new Date()))();
}

function formOption(template: SpecTemplate): CreateSpecTemplateOption {
	return {
		id: template.id,
		name: template.name,
		description: template.description,
		hasParent: template.conventions.hasParent,
		custom: template.source === "custom",
	};
}

/** Opens the create form over the built-in and custom templates; resolves to the open form (for tests). */
export async function openCreateSpecForm(app: App, deps: SpecCommandDeps): Promise<CreateSpecModal> {
	const settings = deps.getSettings();
	const library = await loadTemplateLibrary(app, settings.templatesFolder);
	noticeLibraryProblems(library);
	const modal = new CreateSpecModal(app, {
		templates: library.templates.map(formOption),
		defaults: { status: settings.defaultStatus, priority: settings.defaultPriority },
		domainCandidates: () => domainSuggestions(app, deps.specIndex ?? null),
		tagCandidates: () => tagSuggestions(app),
		parentCandidates: () => parentSuggestions(app),
		titleProblem: (title) => fileNameFromTitle(title).reason,
		onSubmit: async (values) => {
			const template = library.templates.find((t) => t.id === values.templateId);
			if (!template) return false;
			return (await createSpecNote(app, template, values, deps.getSettings(), clock(deps))) !== null;
		},
	});
	modal.open();
	return modal;
}

/** Opens the template picker; the chosen template is merged into the active editor's note at the cursor. */
export async function openInsertTemplatePicker(app: App, deps: SpecCommandDeps): Promise<TemplatePickerModal> {
	const library = await loadTemplateLibrary(app, deps.getSettings().templatesFolder);
	noticeLibraryProblems(library);
	const picker = new TemplatePickerModal(app, library.templates, (template) => {
		const settings = deps.getSettings();
		const values = (noteName: string) => defaultFillValues(noteName, settings);
		insertTemplateIntoActiveEditor(app, template, values, clock(deps), settings.dateFormat);
	});
	picker.open();
	return picker;
}

/** The picker's choices: each value a person can set, with the word the note will get for it. */
async function choicesFor<K extends FieldKind>(
	app: App,
	file: TFile,
	kind: K,
	deps: SpecCommandDeps,
): Promise<WordChoice<SettableValue<K>>[] | null> {
	const settings = deps.getSettings();
	let text: string;
	try {
		text = await currentText(app, file);
	} catch (error) {
		new Notice(`Could not read "${file.basename}": ${error instanceof Error ? error.message : String(error)}`);
		return null;
	}
	const note = readNote(file.path, text, settings);
	const options = { now: clock(deps), dateFormat: settings.dateFormat };
	const current: string = kind === "status" ? note.status : note.priority;
	return kindInfo(kind).settable.map((value) => ({
		value,
		word: planFieldEdit(kind, note, text, value, options).written,
		current: current === value,
	}));
}

/**
 * Opens the status or priority picker for a note; the chosen value is written where the note keeps it (see
 * planFieldEdit), `updated` bumped when the note has that key.
 */
export async function openFieldPicker<K extends FieldKind>(
	app: App,
	file: TFile,
	kind: K,
	deps: SpecCommandDeps,
): Promise<WordPickerModal<SettableValue<K>> | null> {
	const choices = await choicesFor(app, file, kind, deps);
	if (!choices) return null;
	const picker = new WordPickerModal(
		app,
		`Choose the spec's ${kindInfo(kind).label}`,
		choices,
		(value) => void setSpecField(app, file, kind, value, deps.getSettings(), clock(deps)),
	);
	picker.open();
	return picker;
}

/** Signs off on a note as the settings' author, in the note's own convention. */
export function signOffOnNote(app: App, file: TFile, deps: SpecCommandDeps): Promise<boolean> {
	return signOffOnSpec(app, file, deps.getSettings().author);
}

/** Opens the "Add open question" form for a note; the question is added under its open-questions heading. */
export function openAddQuestionForm(app: App, file: TFile): AddQuestionModal {
	const form = new AddQuestionModal(app, file.basename, (question) => void addOpenQuestion(app, file, question));
	form.open();
	return form;
}

/** Opens the tag picker over the tags the listed specs use; the chosen tag filters the board, which opens. */
export function openBoardTagPicker(app: App, board: BoardControls): TagPickerModal {
	const picker = new TagPickerModal(app, board.tagsInUse(), (tag) => board.filterByTag(tag));
	picker.open();
	return picker;
}

/** What the board offers (row menu edits, the empty board's create button), done by the same pickers and form as the commands. */
export function specBoardActions(app: App, deps: SpecCommandDeps): BoardActions {
	return {
		setStatus: (file) => void openFieldPicker(app, file, "status", deps),
		setPriority: (file) => void openFieldPicker(app, file, "priority", deps),
		signOff: (file) => void signOffOnNote(app, file, deps),
		addQuestion: (file) => void openAddQuestionForm(app, file),
		checkQuestion: (file, question, checked) => checkOpenQuestion(app, file, question, checked),
		createSpec: () => void openCreateSpecForm(app, deps),
	};
}

/** The active file when it is a Markdown note. */
function activeNote(app: App): TFile | null {
	const file = app.workspace.getActiveFile();
	return file && file.extension === "md" ? file : null;
}

/** A check callback that offers a command only while a Markdown note is active, and runs it on that note. */
function onActiveNote(app: App, run: (file: TFile) => void): (checking: boolean) => boolean {
	return (checking) => {
		const file = activeNote(app);
		if (!file) return false;
		if (!checking) run(file);
		return true;
	};
}

/** Spec Board's commands, as data. */
export function specCommands(app: App, deps: SpecCommandTableDeps): Command[] {
	return [
		{
			id: SPEC_COMMAND_IDS.openBoard,
			name: "Open spec status board",
			callback: () => void deps.board.openBoard(),
		},
		{
			id: SPEC_COMMAND_IDS.filterBoardByTag,
			name: "Filter board by tag",
			callback: () => void openBoardTagPicker(app, deps.board),
		},
		{
			id: SPEC_COMMAND_IDS.createFeatureSpec,
			name: "Create feature spec",
			callback: () => void openCreateSpecForm(app, deps),
		},
		{
			id: SPEC_COMMAND_IDS.insertTemplate,
			name: "Insert feature spec template",
			editorCallback: () => void openInsertTemplatePicker(app, deps),
		},
		{
			id: SPEC_COMMAND_IDS.setStatus,
			name: "Set spec status",
			checkCallback: onActiveNote(app, (file) => void openFieldPicker(app, file, "status", deps)),
		},
		{
			id: SPEC_COMMAND_IDS.setPriority,
			name: "Set spec priority",
			checkCallback: onActiveNote(app, (file) => void openFieldPicker(app, file, "priority", deps)),
		},
		{
			id: SPEC_COMMAND_IDS.signOff,
			name: "Sign off on this spec",
			checkCallback: onActiveNote(app, (file) => void signOffOnNote(app, file, deps)),
		},
		{
			id: SPEC_COMMAND_IDS.addQuestion,
			name: "Add open question",
			checkCallback: onActiveNote(app, (file) => void openAddQuestionForm(app, file)),
		},
		{
			id: SPEC_COMMAND_IDS.exportTemplates,
			name: "Export built-in templates to the templates folder",
			callback: () => void exportBuiltInTemplates(app, deps.getSettings().templatesFolder),
		},
		{
			id: SPEC_COMMAND_IDS.createSpecBase,
			name: "Create spec base",
			checkCallback: (checking) => {
				if (deps.hasBases?.() !== true) return false;
				if (!checking) void createSpecBase(app, deps.getSettings());
				return true;
			},
		},
	];
}

/** Registers every Spec Board command on the plugin (call once from onload). */
export function registerSpecCommands(plugin: SpecBoardPluginLike, deps: SpecCommandTableDeps): void {
	for (const command of specCommands(plugin.app, deps)) plugin.addCommand(command);
}
