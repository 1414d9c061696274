// The settings tab: one row per setting, grouped under headings; every change is checked, then saved at once.
import {
	PluginSettingTab,
	Setting,
	type App,
	type Plugin,
	type SettingDefinitionItem,
	type TextComponent,
} from "obsidian";
import { folderFromSetting } from "../../obsidian/vaultFolders";
import type { SpecBoardSettings } from "../../core/settings/settings";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_QUESTION_HEADINGS, DEFAULT_STATUS_WORDS } from "../../core/model/vocabulary";
import { FIELD_KINDS, type FieldKind, type FieldValue } from "../../core/model/fieldKinds";
import {
	formatWordList,
	parseSpecTag,
	parseStaleDays,
	parseWordList,
	previewDateFormat,
	type FieldResult,
} from "./settingsValues";
import { AGEING_STATUSES } from "../../core/board/ageing";
import type { Status } from "../../core/model/specNote";
import { TextSuggest } from "../pickers/suggestText";

/** What the settings tab needs from the plugin besides the plugin itself. */
export interface SettingsTabOptions {
	/** The plugin's live settings object; the tab changes it in place. */
	getSettings: () => SpecBoardSettings;
	/** Persists the plugin's settings object (the plugin's own saveSettings). */
	saveSettings: () => Promise<void>;
	/** The clock for the date preview (tests fix it). */
	now?: () => Date;
}

/** One setting row: its name, its description, and how its control is built on a given row. */
interface SettingRow {
	name: string;
	desc: string;
	render: (setting: Setting) => void;
}

/** Rows under one heading. */
interface SettingSection {
	heading: string;
	rows: SettingRow[];
}

/** A folder path as typed: "" stays "" (the vault root), anything else is normalised and must stay inside the vault. */
export function parseFolderSetting(text: string): FieldResult<string> {
	const folder = folderFromSetting(text, "folder");
	return folder.ok
		? { ok: true, value: folder.path }
		: { ok: false, message: `"${text.trim()}" is outside the vault.` };
}

/** Shows a row's problem under its description, or clears it. */
function showProblem(setting: Setting, message: string | null): void {
	setting.settingEl.toggleClass("spec-board-setting-invalid", message !== null);
	let problemEl = setting.descEl.querySelector<HTMLElement>(".spec-board-setting-problem");
	if (message === null) {
		problemEl?.remove();
		return;
	}
	problemEl ??= setting.descEl.createDiv({ cls: "spec-board-setting-problem" });
	problemEl.setText(message);
}

/** Spec Board's settings tab. Changes are written to the plugin's settings object and saved through `saveSettings`. */
export class SpecBoardSettingTab extends PluginSettingTab {
	private readonly options: SettingsTabOptions;

	/** A settings tab for `plugin`, reading and saving settings through `options`. */
	constructor(app: App, plugin: Plugin, options: SettingsTabOptions) {
		super(app, plugin);
		this.options = options;
	}

	/** Builds the tab with the Setting API (every Obsidian version). */
	display(): void {
		this.drawRows();
	}

	/** Draws every row into the tab's element, emptied first (display() and redrawIfShown). */
	private drawRows(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const section of this.sections()) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const row of section.rows) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc));
		}
	}

	/** Draws the tab again when it is showing (settings synced from another device), so it never shows stale values. */
	redrawIfShown(): void {
		// 1.13 has no public call that draws a showing tab again from its definitions: the same rows are drawn in place.
		if (this.containerEl.isShown()) this.drawRows();
	}

	/** The same rows, declared for Obsidian 1.13 and later so they appear in the settings search. */
	getSettingDefinitions(): SettingDefinitionItem[] {
		return this.sections().map((section) => ({
			type: "group",
			heading: section.heading,
			items: section.rows.map((row) => ({
				name: row.name,
				desc: row.desc,
				render: (setting: Setting) => row.render(setting),
			})),
		}));
	}

	private get settings(): SpecBoardSettings {
		return this.options.getSettings();
	}

	private async change(change: (settings: SpecBoardSettings) => void): Promise<void> {
		change(this.settings);
		await this.options.saveSettings();
	}

	private sections(): SettingSection[] {
		return [
			{
				heading: "New specs",
				rows: [
					this.folderRow(
						"Specs folder",
						"Folder where new specs are created. Leave empty for the vault root.",
						"specsFolder",
					),
					this.folderRow(
						"Templates folder",
						"Every note in this folder is offered as a custom template. Leave empty to use the built-in templates only.",
						"templatesFolder",
						"Example: Templates/Specs",
					),
					this.dateFormatRow(),
					this.textRow(
						"Author",
						"Name filled in as the owner or author of new specs. Signing off on a spec writes it, and the filters Mine, Waiting on me and Questions for me look for it.",
						() => this.settings.author,
						(value) => this.change((s) => (s.author = value.trim())),
					),
					this.choiceRow(
						"Default status",
						"Status chosen first in the create form.",
						FIELD_KINDS.status.settable,
						() => this.settings.defaultStatus,
						(value) => this.change((s) => (s.defaultStatus = value)),
					),
					this.choiceRow(
						"Default priority",
						"Priority chosen first in the create form.",
						FIELD_KINDS.priority.settable,
						() => this.settings.defaultPriority,
						(value) => this.change((s) => (s.defaultPriority = value)),
					),
				],
			},
			{
				heading: "Which notes are specs",
				rows: [
					this.checkedTextRow(
						"Spec tag",
						"A note with this tag, or a tag nested under it, counts as a spec.",
						() => this.settings.specTag,
						parseSpecTag,
						(value) => this.change((s) => (s.specTag = value)),
					),
					this.checkedTextRow(
						"Spec folders",
						"Only notes in these folders count as specs, comma separated. Leave empty to look everywhere.",
						() => formatWordList(this.settings.specFolders),
						parseFolderList,
						(value) => this.change((s) => (s.specFolders = value)),
						"Example: Specs, Product",
					),
					this.textRow(
						"Spec folder names",
						"With no spec folders set, notes under a folder of one of these names (any case) are looked at as possible specs, comma separated.",
						() => formatWordList(this.settings.specFolderNames),
						(typed) => this.change((s) => (s.specFolderNames = parseWordList(typed))),
					),
				],
			},
			this.wordsSection("status"),
			this.wordsSection("priority"),
			{
				heading: "Stale specs",
				rows: AGEING_STATUSES.map((status) => this.staleAfterRow(status)),
			},
			{
				heading: "Open questions",
				rows: [
					this.textRow(
						"Question headings",
						`Headings whose tasks and bullets are open questions, comma separated. Default: ${formatWordList([...DEFAULT_QUESTION_HEADINGS])}.`,
						() => formatWordList(this.settings.questionHeadings),
						(typed) =>
							this.change((s) => {
								const words = parseWordList(typed);
								s.questionHeadings = words.length > 0 ? words : [...DEFAULT_QUESTION_HEADINGS];
							}),
					),
				],
			},
		];
	}

	private folderRow(
		name: string,
		desc: string,
		key: "specsFolder" | "templatesFolder",
		placeholder = "",
	): SettingRow {
		return this.checkedTextRow(
			name,
			desc,
			() => this.settings[key],
			parseFolderSetting,
			(value) => this.change((s) => (s[key] = value)),
			placeholder,
			(text) => {
				new TextSuggest(
					this.app,
					text.inputEl,
					() => this.app.vault.getAllFolders(false).map((folder) => folder.path),
					(path) => {
						text.setValue(path);
						text.onChanged();
					},
				);
			},
		);
	}

	private dateFormatRow(): SettingRow {
		return {
			name: "Date format",
			desc: "Format of the dates filled into new specs, in date-fns tokens (yyyy-MM-dd for 2024-05-31).",
			render: (setting) => {
				const previewEl = setting.descEl.createDiv({ cls: "spec-board-setting-preview" });
				const preview = (format: string): FieldResult<string> => {
					const result = previewDateFormat(format, (this.options.now ?? (() => new Date()))());
					previewEl.setText(result.ok ? `Today: ${result.value}` : "");
					showProblem(setting, result.ok ? null : result.message);
					return result;
				};
				setting.addText((text) => {
					text.setValue(this.settings.dateFormat).onChange(async (typed) => {
						if (preview(typed).ok) await this.change((s) => (s.dateFormat = typed));
					});
					preview(this.settings.dateFormat);
				});
			},
		};
	}

	private textRow(
		name: string,
		desc: string,
		read: () => string,
		write: (value: string) => Promise<void>,
	): SettingRow {
		return this.checkedTextRow(name, desc, read, (typed) => ({ ok: true, value: typed }), write);
	}

	private checkedTextRow<T>(
		name: string,
		desc: string,
		read: () => string,
		parse: (text: string) => FieldResult<T>,
		write: (value: T) => Promise<void>,
		placeholder = "",
		decorate: (text: TextComponent) => void = () => undefined,
	): SettingRow {
		return {
			name,
			desc,
			render: (setting) => {
				setting.addText((text) => {
					decorate(text);
					text.setPlaceholder(placeholder);
					text.setValue(read()).onChange(async (typed) => {
						const result = parse(typed);
						showProblem(setting, result.ok ? null : result.message);
						if (result.ok) await write(result.value);
					});
				});
			},
		};
	}

	private choiceRow<T extends string>(
		name: string,
		desc: string,
		choices: readonly T[],
		read: () => T,
		write: (value: T) => Promise<void>,
	): SettingRow {
		return {
			name,
			desc,
			render: (setting) => {
				setting.addDropdown((dropdown) => {
					for (const choice of choices) dropdown.addOption(choice, choice);
					dropdown.setValue(read()).onChange(async (value) => {
						const choice = choices.find((c) => c === value);
						if (choice !== undefined) await write(choice);
					});
				});
			},
		};
	}

	private staleAfterRow(status: Status): SettingRow {
		return this.checkedTextRow(
			`Stale after (${status})`,
			`Days a spec may stay ${status.toLowerCase()} before the board counts it as stale, from its updated date or else the file's last change. Leave empty for never.`,
			() => {
				const days = this.settings.staleAfterDays[status];
				return days === null ? "" : String(days);
			},
			parseStaleDays,
			(value) => this.change((s) => (s.staleAfterDays[status] = value)),
			"Never",
		);
	}

	/** The extra words of one kind (status or priority): a row per value a person can set. */
	private wordsSection<K extends FieldKind>(kind: K): SettingSection {
		const info = FIELD_KINDS[kind];
		const builtIn = (kind === "status" ? DEFAULT_STATUS_WORDS : DEFAULT_PRIORITY_WORDS) as Record<
			FieldValue<K>,
			readonly string[]
		>;
		const stored = (settings: SpecBoardSettings) =>
			(kind === "status" ? settings.statusWords : settings.priorityWords) as Record<FieldValue<K>, string[]>;
		return {
			heading: `Extra ${info.label} words`,
			rows: (info.settable as readonly FieldValue<K>[]).map((value) =>
				this.wordsRow(
					value,
					builtIn[value],
					() => stored(this.settings)[value],
					(words) => this.change((s) => (stored(s)[value] = words)),
				),
			),
		};
	}

	private wordsRow(
		name: string,
		builtIn: readonly string[],
		read: () => string[],
		write: (words: string[]) => Promise<void>,
	): SettingRow {
		return this.textRow(
			name,
			`Comma separated, on top of the built-in words: ${builtIn.join(", ")}.`,
			() => formatWordList(read()),
			(typed) => write(parseWordList(typed)),
		);
	}
}

/** A comma-separated list of folders, each normalised and inside the vault. */
function parseFolderList(text: string): FieldResult<string[]> {
	const folders: string[] = [];
	for (const word of parseWordList(text)) {
		const result = parseFolderSetting(word);
		if (!result.ok) return result;
		if (result.value !== "") folders.push(result.value);
	}
	return { ok: true, value: folders };
}
