/** @jest-environment jsdom */
// Sign off, add an open question, tick one: through the editor of a leaf showing the note (one undo step), else
// Vault.process; a failure is told in a notice and changes nothing.
import { MarkdownView } from "obsidian";
import { AddQuestionModal } from "../../src/ui/pickers/addQuestionModal";
import { checkOpenQuestion, signOffOnSpec } from "../../src/obsidian/reviewEdits";
import { readNote } from "../../src/obsidian/statusWriter";
import { SpecIndex } from "../../src/obsidian/specIndex";
import { defaultReadOptions } from "../../src/core/reading/readOptions";
import { asObsidianApp, fileAt, notices, obsidianFileAt, openModals, settle } from "../support/fakeApp";
import type { MarkdownView as FakeMarkdownView } from "../support/obsidianFake";
import { commandKit } from "./specCommandKit";

const NOTE = [
	"---",
	"status: approved   # draft | approved | done",
	"reviewers: [Alice, Dana]",
	"approved-by:",
	"  - Alice",
	"---",
	"# Retry queue",
	"",
	"## Open questions",
	"> [!question]",
	"> - [ ] Which queue? @dana",
	"> - [ ] How many retries?",
	"",
].join("\n");

async function openInBackground(kit: ReturnType<typeof commandKit>, path: string): Promise<FakeMarkdownView> {
	await kit.app.workspace.getLeaf(false).openFile(fileAt(kit.app, path));
	const view = kit.app.workspace.getActiveViewOfType(MarkdownView) as unknown as FakeMarkdownView;
	// The board in the sidebar takes the focus: the note is still open, no longer in the active editor.
	kit.app.workspace.setActiveLeaf(kit.app.workspace.getRightLeaf(false));
	expect(kit.app.workspace.activeEditor).toBeNull();
	return view;
}

describe("ticking an open question", () => {
	it("writes [x] with Vault.process when the note is not open, and the index follows", async () => {
		const kit = commandKit({ "Specs/a.md": NOTE });
		// Obsidian's cache is asynchronous: the note is indexed a moment after the vault has it.
		await kit.app.metadataCache.settle();
		const app = asObsidianApp(kit.app);
		const index = new SpecIndex(
			{ vault: app.vault, metadataCache: app.metadataCache, workspace: app.workspace },
			defaultReadOptions(),
		);
		index.start(() => undefined);
		await index.whenSettled();
		const question = index.get("Specs/a.md")!.openQuestions[1];
		expect(question.text).toBe("How many retries?");
		expect(await checkOpenQuestion(app, obsidianFileAt(kit.app, "Specs/a.md"), question)).toBe(true);
		expect(kit.app.vault.peek("Specs/a.md")).toBe(NOTE.replace("> - [ ] How many", "> - [x] How many"));
		await kit.app.metadataCache.settle();
		await index.whenSettled();
		expect(index.get("Specs/a.md")!.openQuestions.map((q) => q.text)).toEqual(["Which queue? @dana"]);
		expect(index.get("Specs/a.md")!.resolvedQuestions).toBe(1);
	});

	it("goes through the editor of a leaf showing the note, as one undo step, unsaved typing kept", async () => {
		const kit = commandKit({ "Specs/a.md": NOTE });
		const view = await openInBackground(kit, "Specs/a.md");
		view.editor.replaceRange("Typed, not saved. ", { line: 7, ch: 0 });
		const steps = view.editor.undoSteps;
		const question = readNote("Specs/a.md", view.editor.getValue(), kit.settings).openQuestions[0];
		await checkOpenQuestion(asObsidianApp(kit.app), obsidianFileAt(kit.app, "Specs/a.md"), question);
		expect(view.editor.getLine(10)).toBe("> - [x] Which queue? @dana");
		expect(view.editor.getLine(7)).toBe("Typed, not saved. ");
		expect(view.editor.undoSteps).toBe(steps + 1);
		expect(kit.app.vault.peek("Specs/a.md")).toBe(NOTE);
		view.editor.undo();
		expect(view.editor.getLine(10)).toBe("> - [ ] Which queue? @dana");
	});

	it("says so in a notice, and changes nothing, when the question is gone", async () => {
		const kit = commandKit({ "Specs/a.md": NOTE });
		const before = kit.snapshot();
		const gone = { text: "Was it answered?", line: 11 };
		expect(await checkOpenQuestion(asObsidianApp(kit.app), obsidianFileAt(kit.app, "Specs/a.md"), gone)).toBe(
			false,
		);
		expect(kit.snapshot()).toEqual(before);
		expect(notices.at(-1)).toBe(
			'Could not tick the question in "a": the question "Was it answered?" is no longer in the note. Nothing was changed.',
		);
	});
});

describe("Sign off on this spec", () => {
	it("the command adds the author in the note's convention, every other byte kept", async () => {
		const kit = commandKit({ "Specs/a.md": NOTE }, { author: "Dana" });
		expect(kit.app.commands.commands["spec-board:sign-off-on-spec"].checkCallback?.(true)).toBe(false);
		await kit.app.workspace.getLeaf(false).openFile(fileAt(kit.app, "Specs/a.md"));
		const view = kit.app.workspace.getActiveViewOfType(MarkdownView) as unknown as FakeMarkdownView;
		expect(kit.run("sign-off-on-spec")).toBe(true);
		await settle();
		expect(view.editor.getValue()).toBe(NOTE.replace("  - Alice\n", "  - Alice\n  - Dana\n"));
		expect(readNote("Specs/a.md", view.editor.getValue(), kit.settings).problems).toEqual([]);
	});

	it("writes with Vault.process when the note is not open", async () => {
		const kit = commandKit({ "Specs/a.md": NOTE }, { author: "Dana" });
		expect(await signOffOnSpec(asObsidianApp(kit.app), obsidianFileAt(kit.app, "Specs/a.md"), "Dana")).toBe(true);
		expect(kit.app.vault.peek("Specs/a.md")).toBe(NOTE.replace("  - Alice\n", "  - Alice\n  - Dana\n"));
	});

	it.each([
		[
			"",
			'Could not sign off on "a": no author name is set. Set it in Spec Board\'s settings first. Nothing was changed.',
		],
		["alice", 'Could not sign off on "a": alice has already signed off on this spec. Nothing was changed.'],
	])("refuses for author %j, with a notice, changing nothing", async (author, notice) => {
		const kit = commandKit({ "Specs/a.md": NOTE }, { author });
		const before = kit.snapshot();
		expect(await signOffOnSpec(asObsidianApp(kit.app), obsidianFileAt(kit.app, "Specs/a.md"), author)).toBe(false);
		expect(kit.snapshot()).toEqual(before);
		expect(notices.at(-1)).toBe(notice);
	});
});

describe("Add open question", () => {
	it("the command asks for the question and appends it to the note's list", async () => {
		const kit = commandKit({ "Specs/a.md": NOTE });
		await kit.app.workspace.getLeaf(false).openFile(fileAt(kit.app, "Specs/a.md"));
		const view = kit.app.workspace.getActiveViewOfType(MarkdownView) as unknown as FakeMarkdownView;
		expect(kit.run("add-open-question")).toBe(true);
		const form = openModals.find((m) => m instanceof AddQuestionModal) as unknown as AddQuestionModal & {
			isOpen: boolean;
		};
		expect(form).toBeDefined();
		expect(form.submit()).toBe(false);
		expect(form.isOpen).toBe(true);
		form.inputEl.value = "Who owns the dead letters? (owner: Alice)";
		// jsdom has no isComposing: an input method's Enter is made by hand.
		const composing = new KeyboardEvent("keydown", { key: "Enter" });
		Object.defineProperty(composing, "isComposing", { value: true });
		form.inputEl.dispatchEvent(composing);
		expect(form.isOpen).toBe(true);
		form.inputEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await settle();
		expect(form.isOpen).toBe(false);
		expect(view.editor.getValue()).toBe(
			NOTE.replace(
				"How many retries?\n",
				"How many retries?\n> - [ ] Who owns the dead letters? (owner: Alice)\n",
			),
		);
	});
});
