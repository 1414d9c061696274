// Notices and menus, recorded for assertions (`notices`, `shownMenus`): nothing here is drawn.
import { newEl } from "./dom";
import { Component } from "./events";

/** Messages shown with Notice, oldest first (for assertions; tests may empty it). */
export const notices: string[] = [];

/** A notice: records its message in `notices`. */
export class Notice {
	noticeEl: HTMLElement;
	messageEl: HTMLElement;
	containerEl: HTMLElement;
	message: string;
	duration: number | undefined;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		this.duration = duration;
		this.noticeEl = newEl("div", "notice");
		this.messageEl = this.noticeEl;
		this.containerEl = this.noticeEl;
		notices.push(this.message);
	}

	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		notices.push(this.message);
		return this;
	}

	hide(): void {}
}

/** An item of a Menu. */
export class MenuItem {
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	warning = false;
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	setWarning(warning: boolean): this {
		this.warning = warning;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	/** Test helper: clicks the item. */
	click(): unknown {
		return this.callback?.(undefined as unknown as MouseEvent);
	}
}

/** Menus shown, oldest first (for assertions). */
export const shownMenus: Menu[] = [];

/** A context menu: items are recorded; showing it records the menu in `shownMenus`. */
export class Menu extends Component {
	items: (MenuItem | "separator")[] = [];
	private hideCallbacks: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		this.items.push("separator");
		return this;
	}

	setParentElement(): this {
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		void evt;
		shownMenus.push(this);
		return this;
	}

	showAtPosition(position: { x: number; y: number }): this {
		void position;
		shownMenus.push(this);
		return this;
	}

	hide(): this {
		for (const cb of this.hideCallbacks) cb();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}

	/** Test helper: the item with this title. */
	itemTitled(title: string): MenuItem | undefined {
		return this.items.find((i): i is MenuItem => i !== "separator" && i.title === title);
	}
}
