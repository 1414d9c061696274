/** @jest-environment jsdom */
// The create form in the DOM: keyboard-first, labelled, refusing an empty title inline, creating on Enter.
import { CreateSpecModal } from "../../../src/ui/create/createSpecModal";
import type { Modal as FakeModal } from "../../support/obsidianFake";
import { notices, openModals, settle } from "../../support/fakeApp";
import { commandKit, type CommandKit } from "../../obsidian/specCommandKit";

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
		type(field<HTMLInputElement>(modal, "domains"), "a");
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

/** Presses a key as Obsidian routes it: the newest keyboard scope (an open popover) first, then the element. */
function pressRouted(kit: CommandKit, el: HTMLElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
	const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
	kit.app.keymap.handleKey(event);
	el.dispatchEvent(event);
	return event;
}

describe("create form suggestions", () => {
	// Popovers other tests left open are not this test's.
	beforeEach(() => document.querySelectorAll(".suggestion-container").forEach((el) => el.remove()));
	const MANY: Record<string, string> = { ...FILES };
	for (let i = 0; i < 300; i++)
		MANY[`Notes/Note ${i}.md`] = `---\ntags: [topic/t${i}]\ndomains: ["[[Area ${i}]]"]\n---\n# Note ${i}\n`;

	it("gathers the Domains, Tags and Parent candidates once per open form, not per keystroke", async () => {
		const kit = commandKit(MANY);
		await kit.app.metadataCache.settle();
		const modal = await openForm(kit);
		field<HTMLSelectElement>(modal, "template").value = "tech-spec";
		field<HTMLSelectElement>(modal, "template").dispatchEvent(new Event("change"));
		const scans = jest.spyOn(kit.app.vault, "getMarkdownFiles");
		const typed = { domains: "area 12", tags: "topic/t12", parent: "note 12" };
		for (const [name, word] of Object.entries(typed)) {
			const input = field<HTMLInputElement>(modal, name);
			input.focus();
			for (let length = 1; length <= word.length; length++) {
				type(input, word.slice(0, length));
				await settle();
			}
			expect(document.querySelectorAll(".suggestion-container .suggestion-item").length).toBeGreaterThan(0);
			input.blur();
		}
		// Domains (domain notes, then the index or the cache), tags (the cache) and parents (the notes): at most once each.
		expect(scans.mock.calls.length).toBeLessThanOrEqual(3);
		modal.close();
		// A new form sees the vault as it is now.
		await kit.app.vault.create("Domains/Logistics.md", "---\ntype: domain\n---\n# Logistics\n");
		await kit.app.metadataCache.settle();
		const again = await openForm(kit);
		type(field<HTMLInputElement>(again, "domains"), "logi");
		await settle();
		expect(
			[...document.querySelectorAll(".suggestion-container .suggestion-item")].map((el) => el.textContent),
		).toEqual(["Logistics"]);
		scans.mockRestore();
	});

	it.each(["domains", "tags", "parent"])(
		"an empty %s box opens no popover, on focus or when emptied",
		async (name) => {
			const kit = commandKit(FILES);
			await kit.app.metadataCache.settle();
			const modal = await openForm(kit);
			field<HTMLSelectElement>(modal, "template").value = "tech-spec";
			field<HTMLSelectElement>(modal, "template").dispatchEvent(new Event("change"));
			const input = field<HTMLInputElement>(modal, name);
			input.focus();
			await settle();
			expect(document.querySelector(".suggestion-container")).toBeNull();
			type(input, name === "tags" ? "te" : name === "domains" ? "pay" : "road");
			await settle();
			expect(document.querySelector(".suggestion-container")).not.toBeNull();
			type(input, "");
			await settle();
			expect(document.querySelector(".suggestion-container")).toBeNull();
			input.blur();
		},
	);

	it.each(["domains", "tags"])(
		"Enter in the empty %s box submits the form and adds no suggestion nobody chose",
		async (name) => {
			const kit = commandKit(FILES);
			await kit.app.metadataCache.settle();
			const modal = await openForm(kit);
			type(field<HTMLInputElement>(modal, "title"), "Quick one");
			const input = field<HTMLInputElement>(modal, name);
			input.focus();
			await settle();
			pressRouted(kit, input, "Enter");
			await flush();
			expect(modal.state.domains).toEqual([]);
			expect(modal.state.tags).toEqual([]);
			expect(modal.isOpen).toBe(false);
			const text = kit.app.vault.peek("Specs/Quick one.md") ?? "";
			expect(text).not.toContain("Payments");
			expect(text).not.toContain("team/web");
		},
	);
});

describe("create form keys while an input method is composing", () => {
	it.each([
		["isComposing", { isComposing: true }],
		["keyCode 229", { keyCode: 229 }],
	])("Enter in the title does not create (%s)", async (_name, init) => {
		const kit = commandKit(FILES);
		const before = kit.snapshot();
		const modal = await openForm(kit);
		const title = field<HTMLInputElement>(modal, "title");
		type(title, "日本語");
		const event = press(title, "Enter", init);
		await flush();
		expect(event.defaultPrevented).toBe(false);
		expect(modal.isOpen).toBe(true);
		expect(kit.snapshot()).toEqual(before);
	});

	it.each([
		["isComposing", { isComposing: true }],
		["keyCode 229", { keyCode: 229 }],
	])("Enter and Backspace in a chip box do nothing (%s)", async (_name, init) => {
		const kit = commandKit(FILES);
		const modal = await openForm(kit);
		const domains = field<HTMLInputElement>(modal, "domains");
		type(domains, "One");
		await settle();
		press(domains, "Enter");
		type(domains, "にほ");
		press(domains, "Enter", init);
		expect(modal.state.domains).toEqual(["One"]);
		type(domains, "");
		press(domains, "Backspace", init);
		expect(modal.state.domains).toEqual(["One"]);
	});
});
