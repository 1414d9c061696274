/** @jest-environment jsdom */
// The create form in the DOM: keyboard-first, labelled, refusing an empty title inline, creating on Enter.
import { CreateSpecModal } from "../../src/ui/createSpecModal";
import type { Modal as FakeModal } from "../support/obsidianFake";
import { notices, openModals, settle } from "../support/fakeApp";
import { commandKit, type CommandKit } from "../obsidian/specCommandKit";

const FILES = {
	"Domains/Payments.md": "---\ntype: domain\n---\n# Payments\n",
	"Specs/Search.md": '---\ntags: [spec, team/web]\ndomains:\n  - "[[Search]]"\n---\n# Search\n',
	"Roadmap.md": "# Roadmap\n",
	"Templates/rfc.md": "---\ntemplate-name: Team RFC\n---\n# {{title}}\n",
};

/** The open create form, with the fake modal's `isOpen` record. */
type OpenForm = CreateSpecModal & Pick<FakeModal, "isOpen">;

async function openForm(kit: CommandKit): Promise<OpenForm> {
	expect(kit.run("create-feature-spec")).toBe(true);
	await settle();
	const modal = openModals.find((m) => m instanceof CreateSpecModal);
	if (!modal) throw new Error("the create form did not open");
	return modal;
}

function field<T extends HTMLElement>(modal: CreateSpecModal, name: string): T {
	const el: T | null = modal.contentEl.querySelector<T>(`#spec-board-create-${name}`);
	if (!el) throw new Error(`no ${name} control`);
	return el;
}

function type(input: HTMLInputElement, text: string): void {
	input.value = text;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Lets every pending promise and timer callback run. */
function flush(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
	const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
	el.dispatchEvent(event);
	return event;
}

describe("create feature spec form", () => {
	it("labels every control and focuses the title first", async () => {
		const kit = commandKit(FILES, { templatesFolder: "Templates" });
		const modal = await openForm(kit);
		const controls = [...modal.contentEl.querySelectorAll<HTMLElement>("input, select")];
		expect(controls.length).toBeGreaterThanOrEqual(7);
		for (const control of controls)
			expect(modal.contentEl.querySelector(`label[for="${control.id}"]`)?.textContent).toBeTruthy();
		expect(document.activeElement).toBe(field(modal, "title"));
		expect(modal.titleEl.textContent).toBe("Create feature spec");
	});

	it("offers built-in and custom templates in separate groups, and the parent only for the tech spec", async () => {
		const kit = commandKit(FILES, { templatesFolder: "Templates" });
		const modal = await openForm(kit);
		const select = field<HTMLSelectElement>(modal, "template");
		expect([...select.querySelectorAll("optgroup")].map((g) => g.label)).toEqual([
			"Built-in templates",
			"From the templates folder",
		]);
		expect([...select.options].map((o) => o.textContent)).toContain("Team RFC");
		const parentRow = field(modal, "parent").parentElement as HTMLElement;
		expect(parentRow.hidden).toBe(true);
		select.value = "tech-spec";
		select.dispatchEvent(new Event("change"));
		expect(parentRow.hidden).toBe(false);
	});

	it("refuses an empty title inline, with the reason, and creates nothing", async () => {
		const kit = commandKit(FILES);
		const before = kit.snapshot();
		const modal = await openForm(kit);
		press(field(modal, "title"), "Enter");
		await settle();
		const problem = modal.contentEl.querySelector("#spec-board-create-title-problem");
		expect(problem?.textContent).toBe("A spec needs a title.");
		expect((problem as HTMLElement).hidden).toBe(false);
		expect(field(modal, "title").getAttribute("aria-invalid")).toBe("true");
		expect(modal.isOpen).toBe(true);
		expect(kit.snapshot()).toEqual(before);
	});

	it("creates the note on Enter in the title and closes", async () => {
		const kit = commandKit(FILES);
		const modal = await openForm(kit);
		type(field<HTMLInputElement>(modal, "title"), "Checkout redesign");
		press(field(modal, "title"), "Enter");
		await flush();
		expect(modal.isOpen).toBe(false);
		expect(kit.app.vault.peek("Specs/Checkout redesign.md")).toContain("# Checkout redesign");
		expect(notices).toEqual([]);
	});

	it("suggests existing domains, takes new ones with Enter, and creates with Ctrl-Enter from any field", async () => {
		const kit = commandKit(FILES);
		const modal = await openForm(kit);
		type(field<HTMLInputElement>(modal, "title"), "Checkout redesign");
		const domains = field<HTMLInputElement>(modal, "domains");
		type(domains, "pay");
		await settle();
		const suggestion = document.querySelector<HTMLElement>(".suggestion-container .suggestion-item");
		expect(suggestion?.textContent).toBe("Payments");
		const enterWhileSuggesting = press(domains, "Enter");
		expect(enterWhileSuggesting.defaultPrevented).toBe(false);
		suggestion?.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
		expect(modal.state.domains).toEqual(["Payments"]);
		expect(domains.value).toBe("");
		type(domains, "Brand new domain");
		await settle();
		press(domains, "Enter");
		expect(modal.state.domains).toEqual(["Payments", "Brand new domain"]);
		expect(modal.isOpen).toBe(true);
		const tags = field<HTMLInputElement>(modal, "tags");
		type(tags, "#team/web");
		await settle();
		press(tags, "Enter", { ctrlKey: true });
		await flush();
		expect(modal.isOpen).toBe(false);
		const text = kit.app.vault.peek("Specs/Checkout redesign.md") ?? "";
		expect(text).toContain('"[[Payments]]"');
		expect(text).toContain('"[[Brand new domain]]"');
		expect(text).toMatch(/- team\/web/);
	});

	it("suggests the domains already used and the tags of the vault", async () => {
		const kit = commandKit(FILES);
		await kit.app.metadataCache.settle();
		const modal = await openForm(kit);
		type(field<HTMLInputElement>(modal, "domains"), "");
		await settle();
		const shown = [...document.querySelectorAll(".suggestion-container .suggestion-item")].map(
			(el) => el.textContent,
		);
		expect(shown).toEqual(expect.arrayContaining(["Payments", "Search"]));
		field<HTMLInputElement>(modal, "domains").blur();
		document.querySelectorAll(".suggestion-container").forEach((el) => el.remove());
		type(field<HTMLInputElement>(modal, "tags"), "te");
		await settle();
		expect(
			[...document.querySelectorAll(".suggestion-container .suggestion-item")].map((el) => el.textContent),
		).toContain("team/web");
	});

	it("removes a chip with its button and with Backspace in the empty box", async () => {
		const kit = commandKit(FILES);
		const modal = await openForm(kit);
		const domains = field<HTMLInputElement>(modal, "domains");
		for (const name of ["One", "Two", "Three"]) {
			type(domains, name);
			await settle();
			press(domains, "Enter");
		}
		expect(modal.state.domains).toEqual(["One", "Two", "Three"]);
		press(domains, "Backspace");
		expect(modal.state.domains).toEqual(["One", "Two"]);
		const remove = modal.contentEl.querySelector<HTMLButtonElement>('button[aria-label="Remove domain One"]');
		remove?.click();
		expect(modal.state.domains).toEqual(["Two"]);
	});

	it("closes without creating anything on Cancel", async () => {
		const kit = commandKit(FILES);
		const before = kit.snapshot();
		const modal = await openForm(kit);
		type(field<HTMLInputElement>(modal, "title"), "Never made");
		[...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Cancel")?.click();
		await settle();
		expect(modal.isOpen).toBe(false);
		expect(kit.snapshot()).toEqual(before);
	});

	it("shows the templates folder problem in a notice and still offers the built-in templates", async () => {
		const kit = commandKit(FILES, { templatesFolder: "Nowhere" });
		const modal = await openForm(kit);
		expect(notices[0]).toContain('The templates folder "Nowhere" does not exist');
		expect(field<HTMLSelectElement>(modal, "template").options).toHaveLength(5);
	});
});
