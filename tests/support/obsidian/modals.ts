// Modals and suggesters: Modal, SuggestModal, FuzzySuggestModal, AbstractInputSuggest. Open ones push a keyboard
// scope, as Obsidian's do, so Escape, Enter and the arrow keys reach the newest one first.
import type { App } from "./app";
import { newEl, setIcon } from "./dom";
import { Scope } from "./keymap";

/** A suggestion list's arrow keys: ↓ and ↑ move the highlight, wrapping round at either end. */
function registerArrowKeys(
	scope: Scope,
	count: () => number,
	selected: () => number,
	highlight: (index: number) => void,
): void {
	const move = (step: number): false => {
		const n = count();
		if (n > 0) highlight((selected() + step + n) % n);
		return false;
	};
	scope.register([], "ArrowDown", () => move(1));
	scope.register([], "ArrowUp", () => move(-1));
}

/** Marks the suggestion at `index` selected among a list's `.suggestion-item`s and scrolls it into view (no DOM: nothing). */
function highlightSuggestion(container: HTMLElement, index: number): void {
	if (typeof document === "undefined") return;
	const items = Array.from(container.querySelectorAll(".suggestion-item"));
	items.forEach((el, i) => el.classList.toggle("is-selected", i === index));
	items[index]?.scrollIntoView?.({ block: "nearest" });
}

/** A modal dialog: open() attaches it to the document and calls onOpen. */
export class Modal {
	app: App;
	scope = new Scope();
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	/** Test helper: whether the modal is open. */
	isOpen = false;

	/** Obsidian's dimmed backdrop behind the dialog. */
	bgEl: HTMLElement;
	/** The × button in the dialog's corner. */
	closeButtonEl: HTMLElement;
	/** Holds the title. */
	headerEl: HTMLElement;

	constructor(app: App) {
		this.app = app;
		// Obsidian's DOM: .modal-container > .modal-bg + .modal > (.modal-close-button, .modal-header > .modal-title, .modal-content)
		this.containerEl = newEl("div", "modal-container mod-dim");
		this.bgEl = newEl("div", "modal-bg");
		this.modalEl = newEl("div", "modal");
		this.closeButtonEl = newEl("div", "modal-close-button");
		this.headerEl = newEl("div", "modal-header");
		this.titleEl = newEl("div", "modal-title");
		this.contentEl = newEl("div", "modal-content");
		if (typeof document !== "undefined") {
			this.containerEl.append(this.bgEl, this.modalEl);
			this.modalEl.append(this.closeButtonEl, this.headerEl, this.contentEl);
			this.headerEl.appendChild(this.titleEl);
			this.closeButtonEl.setAttribute("aria-label", "Close");
			setIcon(this.closeButtonEl, "x");
			this.closeButtonEl.addEventListener("click", () => this.close());
			this.bgEl.addEventListener("click", () => this.close());
		}
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
	}

	open(): void {
		this.isOpen = true;
		openModals.push(this);
		this.app.keymap.pushScope(this.scope);
		if (typeof document !== "undefined") document.body.appendChild(this.containerEl);
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		const i = openModals.indexOf(this);
		if (i >= 0) openModals.splice(i, 1);
		this.app.keymap.popScope(this.scope);
		this.onClose();
		this.containerEl.remove?.();
	}

	onOpen(): void | Promise<void> {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}
}

/** Modals currently open, oldest first (for assertions). */
export const openModals: Modal[] = [];

/** A modal listing suggestions for what is typed in its input. */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	/** Test helper: the suggestions currently shown. */
	currentSuggestions: T[] = [];

	/** Index of the highlighted suggestion (Enter picks it; the arrow keys move it). */
	selectedIndex = 0;

	constructor(app: App) {
		super(app);
		this.inputEl = newEl("input", "prompt-input") as HTMLInputElement;
		this.resultContainerEl = newEl("div", "prompt-results");
		if (typeof document !== "undefined") {
			// Obsidian's prompt: .prompt > .prompt-input-container > input.prompt-input, then .prompt-results; no title.
			this.modalEl.className = "prompt";
			this.inputEl.type = "text";
			this.modalEl.textContent = "";
			const inputContainer = newEl("div", "prompt-input-container");
			inputContainer.appendChild(this.inputEl);
			this.modalEl.append(inputContainer, this.resultContainerEl);
			this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		}
		registerArrowKeys(
			this.scope,
			() => this.currentSuggestions.length,
			() => this.selectedIndex,
			(index) => this.highlight(index),
		);
		this.scope.register(null, "Enter", (evt) => {
			this.selectActiveSuggestion(evt as KeyboardEvent);
			return false;
		});
	}

	private highlight(index: number): void {
		this.selectedIndex = index;
		highlightSuggestion(this.resultContainerEl, index);
	}

	open(): void {
		super.open();
		if (typeof document !== "undefined") this.inputEl.focus();
		void this.updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		if (typeof document !== "undefined") this.inputEl.placeholder = placeholder;
	}

	/** Recomputes the suggestions for the input's text (the fake calls it on open and on input). */
	async updateSuggestions(): Promise<void> {
		const query = typeof document !== "undefined" ? this.inputEl.value : "";
		const found = await this.getSuggestions(query);
		this.currentSuggestions = found.slice(0, this.limit);
		this.selectedIndex = 0;
		if (typeof document === "undefined") return;
		this.resultContainerEl.textContent = "";
		if (this.currentSuggestions.length === 0) {
			this.onNoSuggestion();
			return;
		}
		this.currentSuggestions.forEach((value, i) => {
			const el = newEl("div", "suggestion-item");
			this.resultContainerEl.appendChild(el);
			this.renderSuggestion(value, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
			el.addEventListener("mousemove", () => this.highlight(i));
		});
		this.highlight(0);
	}

	/** Test helper: types a query and waits for the suggestions. */
	async setQuery(query: string): Promise<T[]> {
		if (typeof document !== "undefined") this.inputEl.value = query;
		const found = await this.getSuggestions(query);
		this.currentSuggestions = found.slice(0, this.limit);
		if (typeof document !== "undefined") await this.updateSuggestions();
		return this.currentSuggestions;
	}

	onNoSuggestion(): void {
		if (typeof document === "undefined") return;
		const el = newEl("div", "suggestion-empty");
		el.textContent = this.emptyStateText;
		this.resultContainerEl.appendChild(el);
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const chosen = this.currentSuggestions[this.selectedIndex] ?? this.currentSuggestions[0];
		if (chosen !== undefined) this.selectSuggestion(chosen, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** A fuzzy match result. */
export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

/** Obsidian's prepareFuzzySearch, simplified: the query's characters in order, case-insensitive. */
export function prepareFuzzySearch(
	query: string,
): (text: string) => { score: number; matches: [number, number][] } | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: [number, number][] = [];
		let from = 0;
		for (const ch of q) {
			const i = t.indexOf(ch, from);
			if (i < 0) return null;
			matches.push([i, i + 1]);
			from = i + 1;
		}
		const spread = matches.length > 0 ? matches[matches.length - 1][0] - matches[0][0] : 0;
		return { score: -spread - (matches[0]?.[0] ?? 0) / 100, matches };
	};
}

/** A suggest modal that fuzzy-matches items by their text. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const out: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = query.trim() === "" ? { score: 0, matches: [] } : search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		if (query.trim() !== "") out.sort((a, b) => b.match.score - a.match.score);
		return out;
	}

	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		el.textContent = this.getItemText(item.item);
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** A popover of suggestions. */
export abstract class PopoverSuggest<T> {
	app: App;
	scope: Scope;
	/** Test helper: whether the popover is open. */
	isOpen = false;

	constructor(app: App, scope?: Scope) {
		this.app = app;
		this.scope = scope ?? new Scope();
	}

	open(): void {
		this.isOpen = true;
	}

	close(): void {
		this.isOpen = false;
	}

	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Suggestions under a text input, updated as the person types. */
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	/** Test helper: the suggestions currently shown. */
	currentSuggestions: T[] = [];
	/** The element the suggestions render into. */
	suggestEl: HTMLElement;
	private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	/** Index of the highlighted suggestion (Enter picks it; the arrow keys move it). */
	selectedIndex = 0;

	constructor(
		app: App,
		private readonly textInputEl: HTMLInputElement | HTMLDivElement,
	) {
		super(app);
		this.suggestEl = newEl("div", "suggestion-container");
		if (typeof document !== "undefined") {
			textInputEl.addEventListener("input", () => void this.showSuggestions());
			textInputEl.addEventListener("focus", () => void this.showSuggestions());
			textInputEl.addEventListener("blur", () => this.close());
			// Like Obsidian's popover: a click on a suggestion does not take the focus from the text box.
			this.suggestEl.addEventListener("mousedown", (evt) => evt.preventDefault());
		}
		registerArrowKeys(
			this.scope,
			() => this.currentSuggestions.length,
			() => this.selectedIndex,
			(index) => this.highlight(index),
		);
		this.scope.register([], "Enter", (evt) => {
			const chosen = this.currentSuggestions[this.selectedIndex];
			if (chosen !== undefined) this.selectSuggestion(chosen, evt as KeyboardEvent);
			return false;
		});
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
	}

	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.textContent = value;
	}

	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement
			? this.textInputEl.value
			: (this.textInputEl.textContent ?? "");
	}

	private highlight(index: number): void {
		this.selectedIndex = index;
		highlightSuggestion(this.suggestEl, index);
	}

	/** Computes and renders the suggestions for the input's text (the fake calls it on input and focus). */
	async showSuggestions(): Promise<T[]> {
		const found = await this.getSuggestions(this.getValue());
		this.currentSuggestions = found.slice(0, this.limit);
		this.suggestEl.textContent = "";
		if (this.currentSuggestions.length === 0) {
			this.close();
			return [];
		}
		// Obsidian's popover: .suggestion-container > .suggestion > .suggestion-item, the first one highlighted.
		const listEl = newEl("div", "suggestion");
		this.suggestEl.appendChild(listEl);
		this.currentSuggestions.forEach((value, i) => {
			const el = newEl("div", "suggestion-item");
			listEl.appendChild(el);
			this.renderSuggestion(value, el);
			el.addEventListener("mousedown", (evt) => this.selectSuggestion(value, evt));
			el.addEventListener("mousemove", () => this.highlight(i));
		});
		this.highlight(0);
		if (typeof document !== "undefined") {
			if (!this.suggestEl.isConnected) document.body.appendChild(this.suggestEl);
			this.placeUnderInput();
		}
		this.open();
		return this.currentSuggestions;
	}

	/** Puts the popover just under the text box, as wide as it (Obsidian positions its popovers inline too). */
	private placeUnderInput(): void {
		const box = this.textInputEl.getBoundingClientRect();
		this.suggestEl.style.setProperty("left", `${box.left + window.scrollX}px`);
		this.suggestEl.style.setProperty("top", `${box.bottom + window.scrollY + 4}px`);
		this.suggestEl.style.setProperty("min-width", `${box.width}px`);
	}

	open(): void {
		super.open();
		this.app.keymap.pushScope(this.scope);
	}

	close(): void {
		super.close();
		this.app.keymap.popScope(this.scope);
		this.suggestEl.remove?.();
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.selectCallback?.(value, evt);
	}

	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectCallback = callback;
		return this;
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
}
