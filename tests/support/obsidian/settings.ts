// Setting rows and their controls, SettingGroup and the settings tabs. `PluginSettingTab.open()` draws a tab as the
// app does: from `getSettingDefinitions()` on 1.13 and later when the tab declares them, else with `display()`.
import type { SettingDefinition, SettingDefinitionItem } from "obsidian";
import type { App, Plugin } from "./app";
import { newEl } from "./dom";
import { requireApiVersion } from "./platform";

/** Base of setting controls. */
export class BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

/** A control with a value and a change callback. */
export class ValueComponent<T> extends BaseComponent {
	protected changeCallback: ((value: T) => unknown) | null = null;

	onChange(callback: (value: T) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Test helper: sets the value as a person would, running the change callback. */
	simulateChange(value: T): unknown {
		(this as unknown as { setValue(v: T): void }).setValue(value);
		return this.changeCallback?.(value);
	}
}

/** What a single-line and a multi-line text input share, as in Obsidian's AbstractTextComponent. */
export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: E;

	constructor(containerEl: HTMLElement, tag: "input" | "textarea") {
		super();
		this.inputEl = newEl(tag) as E;
		if (typeof document !== "undefined") {
			if (this.inputEl instanceof HTMLInputElement) this.inputEl.type = "text";
			containerEl.appendChild(this.inputEl);
			this.inputEl.addEventListener("input", () => void this.changeCallback?.(this.inputEl.value));
		}
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		void this.changeCallback?.(this.inputEl.value);
	}
}

/** A text input. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl, "input");
	}
}

/** A select element. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = newEl("select", "dropdown") as HTMLSelectElement;
		if (typeof document !== "undefined") {
			containerEl.appendChild(this.selectEl);
			this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.selectEl.value));
		}
	}

	addOption(value: string, display: string): this {
		const option = newEl("option") as HTMLOptionElement;
		option.value = value;
		option.textContent = display;
		this.selectEl.appendChild(option);
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
}

/** A toggle switch. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private value = false;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = newEl("div", "checkbox-container");
		if (typeof document !== "undefined") {
			containerEl.appendChild(this.toggleEl);
			this.toggleEl.addEventListener("click", () => {
				this.setValue(!this.value);
				void this.changeCallback?.(this.value);
			});
		}
	}

	getValue(): boolean {
		return this.value;
	}

	setValue(on: boolean): this {
		this.value = on;
		this.toggleEl.classList?.toggle("is-enabled", on);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttribute("aria-label", tooltip);
		return this;
	}
}

/** A button. */
export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	private clickCallback: ((evt: MouseEvent) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = newEl("button") as HTMLButtonElement;
		if (typeof document !== "undefined") {
			containerEl.appendChild(this.buttonEl);
			this.buttonEl.addEventListener("click", (evt) => void this.clickCallback?.(evt));
		}
	}

	setButtonText(name: string): this {
		this.buttonEl.textContent = name;
		return this;
	}

	setIcon(icon: string): this {
		this.buttonEl.setAttribute("data-icon", icon);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}

	setCta(): this {
		this.buttonEl.classList?.add("mod-cta");
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.classList?.add(cls);
		return this;
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.clickCallback = callback;
		return this;
	}

	/** Test helper: clicks the button. */
	click(): unknown {
		return this.clickCallback?.(undefined as unknown as MouseEvent);
	}
}

/** A row of the settings tab: name, description and controls; its controls can be retrieved for tests. */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	/** Test helper: the controls added, in order. */
	components: BaseComponent[] = [];
	/** Test helper: the name and description set as text. */
	name = "";
	desc = "";
	isHeading = false;

	constructor(containerEl: HTMLElement) {
		this.settingEl = newEl("div", "setting-item");
		this.infoEl = newEl("div", "setting-item-info");
		this.nameEl = newEl("div", "setting-item-name");
		this.descEl = newEl("div", "setting-item-description");
		this.controlEl = newEl("div", "setting-item-control");
		if (typeof document !== "undefined") {
			this.settingEl.appendChild(this.infoEl);
			this.infoEl.appendChild(this.nameEl);
			this.infoEl.appendChild(this.descEl);
			this.settingEl.appendChild(this.controlEl);
			containerEl.appendChild(this.settingEl);
		}
		allSettings.push(this);
	}

	setName(name: string | DocumentFragment): this {
		this.name = typeof name === "string" ? name : (name.textContent ?? "");
		if (typeof name === "string") this.nameEl.textContent = name;
		else this.nameEl.appendChild(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.desc = typeof desc === "string" ? desc : (desc.textContent ?? "");
		if (typeof desc === "string") this.descEl.textContent = desc;
		else this.descEl.appendChild(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.classList?.add(cls);
		return this;
	}

	setHeading(): this {
		this.isHeading = true;
		this.settingEl.classList?.add("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.classList?.toggle("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.settingEl.setAttribute("aria-label", tooltip);
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.components = [];
		this.controlEl.textContent = "";
		return this;
	}
}

/** Every Setting created, oldest first (tests find controls by name here). */
export const allSettings: Setting[] = [];

/** A settings tab. */
export abstract class SettingTab {
	app: App;
	containerEl: HTMLElement;
	icon = "";

	constructor(app: App) {
		this.app = app;
		this.containerEl = newEl("div", "vertical-tab-content");
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.textContent = "";
	}

	/** Test helper: closes the settings window as the app does (hide(), then the tab leaves the document). */
	close(): void {
		this.hide();
		this.containerEl.remove();
	}
}

/** Obsidian's SettingGroup (1.13): a heading and a list of Setting rows. */
export class SettingGroup {
	listEl: HTMLElement;
	/** Test helper: the heading text. */
	heading = "";

	constructor(containerEl: HTMLElement) {
		const groupEl = newEl("div", "setting-group");
		this.listEl = newEl("div", "setting-items");
		if (typeof document !== "undefined") {
			groupEl.appendChild(this.listEl);
			containerEl.appendChild(groupEl);
		}
	}

	setHeading(text: string | DocumentFragment): this {
		this.heading = typeof text === "string" ? text : (text.textContent ?? "");
		// Obsidian draws the heading as a heading row; the fake records it as one, so tests find it as with display().
		new Setting(this.listEl).setName(this.heading).setHeading();
		return this;
	}

	addClass(...classes: string[]): this {
		this.listEl.classList?.add(...classes);
		return this;
	}

	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
		return this;
	}
}

/** Whether a definition's `visible`/`disabled` flag holds (absent: the default). */
function flag(value: boolean | (() => boolean) | undefined, fallback: boolean): boolean {
	return value === undefined ? fallback : typeof value === "function" ? value() : value;
}

/** Draws one definition on a row, as Obsidian 1.13 does: render, a bound control, or an action. */
function renderDefinition(tab: PluginSettingTab, def: SettingDefinition, setting: Setting, group: SettingGroup): void {
	setting.setName(def.name);
	if (def.desc !== undefined) setting.setDesc(def.desc);
	if (def.render) {
		def.render(setting as never, group as never);
		return;
	}
	if (def.action) {
		const action = def.action;
		setting.settingEl.addEventListener?.("click", () => action(setting.settingEl, 0));
		return;
	}
	const control = def.control;
	if (!control) return;
	const current = tab.getControlValue(control.key) ?? control.defaultValue;
	const commit = async (value: unknown): Promise<void> => {
		const problem = await (control.validate as ((v: unknown) => unknown) | undefined)?.(value);
		if (typeof problem === "string" && problem !== "") return;
		await tab.setControlValue(control.key, value);
	};
	if (control.type === "toggle") setting.addToggle((t) => t.setValue(current === true).onChange(commit));
	else if (control.type === "dropdown")
		setting.addDropdown((d) =>
			d
				.addOptions(control.options)
				.setValue(typeof current === "string" ? current : "")
				.onChange(commit),
		);
	else if (
		control.type === "text" ||
		control.type === "folder" ||
		control.type === "file" ||
		control.type === "textarea"
	)
		setting.addText((t) =>
			t
				.setPlaceholder(control.placeholder ?? "")
				.setValue(typeof current === "string" ? current : "")
				.onChange(commit),
		);
	else throw new Error(`The fake does not draw ${control.type} controls yet.`);
}

/** A plugin's settings tab. */
export abstract class PluginSettingTab extends SettingTab {
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
	}

	/** Obsidian 1.13: the tab as data; the base class declares none (the app then calls display()). */
	getSettingDefinitions(): SettingDefinitionItem[] {
		return [];
	}

	/** Obsidian 1.13: reads `this.plugin.settings[key]`. */
	getControlValue(key: string): unknown {
		return (this.plugin as unknown as { settings?: Record<string, unknown> }).settings?.[key];
	}

	/** Obsidian 1.13: writes `this.plugin.settings[key]` and saves. */
	async setControlValue(key: string, value: unknown): Promise<void> {
		const settings = (this.plugin as unknown as { settings?: Record<string, unknown> }).settings;
		if (settings) settings[key] = value;
		await this.plugin.saveData(settings);
	}

	/**
	 * Test helper: opens the tab as the app does. On 1.13 and later (see `setApiVersion`) a tab that declares setting
	 * definitions is drawn from them, each group through a SettingGroup; otherwise `display()` builds it.
	 */
	open(): "definitions" | "display" {
		this.containerEl.textContent = "";
		// The app shows the tab inside its settings window: the tab's element is in the document while it is open.
		if (typeof document !== "undefined" && !this.containerEl.isConnected)
			document.body.appendChild(this.containerEl);
		const items = requireApiVersion("1.13.0") ? this.getSettingDefinitions() : [];
		if (items.length === 0) {
			this.display();
			return "display";
		}
		for (const item of items) {
			if ("type" in item && (item.type === "group" || item.type === "list")) {
				if (!flag(item.visible, true)) continue;
				const group = new SettingGroup(this.containerEl);
				if (item.heading !== undefined) group.setHeading(item.heading);
				for (const child of item.items ?? []) {
					if ("type" in child && child.type === "page")
						throw new Error("The fake does not draw setting pages yet.");
					const def = child as SettingDefinition;
					if (flag(def.visible, true))
						group.addSetting((setting) => renderDefinition(this, def, setting, group));
				}
			} else if ("type" in item && item.type === "page") {
				throw new Error("The fake does not draw setting pages yet.");
			} else {
				const def = item as SettingDefinition;
				const group = new SettingGroup(this.containerEl);
				if (flag(def.visible, true)) group.addSetting((setting) => renderDefinition(this, def, setting, group));
			}
		}
		return "definitions";
	}
}
