/** @jest-environment jsdom */
// The fake's keyboard scopes (used by the browser harness): the newest open modal or suggest popover sees a key first.
import { AbstractInputSuggest, App, Modal } from "./obsidianFake";

class Words extends AbstractInputSuggest<string> {
	picked: string[] = [];

	protected getSuggestions(query: string): string[] {
		return ["Checkout", "Accounts", "Search"].filter((w) => w.toLowerCase().includes(query.toLowerCase()));
	}

	renderSuggestion(value: string, el: HTMLElement): void {
		el.setText(value);
	}

	selectSuggestion(value: string): void {
		this.picked.push(value);
		this.close();
	}
}

function key(app: App, name: string): KeyboardEvent {
	const evt = new KeyboardEvent("keydown", { key: name, cancelable: true });
	app.keymap.handleKey(evt);
	return evt;
}

describe("fake keymap", () => {
	it("draws a modal as Obsidian does and closes it on Escape", () => {
		const app = new App();
		const modal = new Modal(app).setTitle("Hello");
		modal.open();
		expect(modal.containerEl.querySelector(".modal > .modal-close-button")).not.toBeNull();
		expect(modal.containerEl.querySelector(".modal > .modal-header > .modal-title")?.textContent).toBe("Hello");
		expect(key(app, "Escape").defaultPrevented).toBe(true);
		expect(modal.isOpen).toBe(false);
		expect(app.keymap.scopes).toEqual([]);
	});

	it("lets an open popover take the arrow keys, Enter and Escape before the modal under it", async () => {
		const app = new App();
		const modal = new Modal(app);
		modal.open();
		const input = modal.contentEl.createEl("input", { type: "text" });
		const suggest = new Words(app, input);
		input.value = "c";
		input.dispatchEvent(new Event("input"));
		await Promise.resolve();
		expect(document.querySelector(".suggestion-container .is-selected")?.textContent).toBe("Checkout");
		key(app, "ArrowDown");
		expect(document.querySelector(".suggestion-container .is-selected")?.textContent).toBe("Accounts");
		expect(key(app, "Enter").defaultPrevented).toBe(true);
		expect(suggest.picked).toEqual(["Accounts"]);
		input.dispatchEvent(new Event("input"));
		await Promise.resolve();
		key(app, "Escape");
		expect(suggest.isOpen).toBe(false);
		expect(modal.isOpen).toBe(true);
		key(app, "Escape");
		expect(modal.isOpen).toBe(false);
	});
});
