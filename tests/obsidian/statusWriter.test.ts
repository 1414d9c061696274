// "Set spec status" / "Set spec priority": the value goes where the note keeps it, and nowhere else.
import { MarkdownView } from "obsidian";
import { setSpecField, readNote, minimalReplacement } from "../../src/obsidian/statusWriter";
import { WordPickerModal } from "../../src/ui/pickers/wordPickerModal";
import { asObsidianApp, fileAt, notices, obsidianFileAt, openModals, settle } from "../support/fakeApp";
import type { MarkdownView as FakeMarkdownView } from "../support/obsidianFake";
import { commandKit, NOW, type CommandKit } from "./specCommandKit";

const FRONTMATTER_NOTE = [
	"---",
	"status: draft          # draft | approved | implementing | done | deprecated",
	"updated: 2026-01-01",
	"tags: [spec]",
	"---",
	"# Payments retry",
	"",
	"Body.",
	"",
].join("\n");
const INLINE_NOTE = [
	"# Feature: Payments retry",
	"Status: Planning",
	"Created: 2026-01-01",
	"",
	"#spec",
	"",
	"## Problem Analysis",
	"Text.",
	"",
].join("\n");
const TAG_NOTE = [
	"---",
	"tags:",
	"  - spec",
	"  - status/draft",
	"  - priority/low",
	"  - architecture/design",
	"Updated: 2026-01-01",
	"---",
	"# Feature: Payments retry",
	"",
].join("\n");
const NO_UPDATED_NOTE = ["---", "status: draft", "priority: high", "tags: [spec]", "---", "# Refunds", ""].join("\n");
const MALFORMED_NOTE = ["---", "status: [draft", "tags: spec", "---", "# Broken", ""].join("\n");

/** Sets a note's status or priority as the commands do (the note at Specs/a.md unless told); whether it was written. */
function setField(
	kit: CommandKit,
	kind: "status" | "priority",
	value: Parameters<typeof setSpecField>[3],
	path = "Specs/a.md",
): Promise<boolean> {
	return setSpecField(asObsidianApp(kit.app), obsidianFileAt(kit.app, path), kind, value, kit.settings, NOW);
}

function linesOf(text: string | undefined): string[] {
	return (text ?? "").split("\n");
}

describe("set spec status and priority", () => {
	it.each([
		["a frontmatter key", FRONTMATTER_NOTE, "In progress" as const],
		["an inline Status line", INLINE_NOTE, "Done" as const],
		["a status tag", TAG_NOTE, "Approved" as const],
	])("writes the status in %s", async (_place, note, status) => {
		const kit = commandKit({ "Specs/a.md": note });
		const before = readNote("Specs/a.md", note, kit.settings);
		const changed = await setField(kit, "status", status);
		expect(changed).toBe(true);
		const text = kit.app.vault.peek("Specs/a.md") ?? "";
		const after = readNote("Specs/a.md", text, kit.settings);
		expect(after.status).toBe(status);
		expect(after.statusSource).toBe(before.statusSource);
		expect(after.title).toBe(before.title);
		expect(after.priority).toBe(before.priority);
		expect(notices).toEqual([]);
	});

	it("keeps the rest of an inline-status note exactly as written", async () => {
		const kit = commandKit({ "Specs/a.md": INLINE_NOTE });
		await setField(kit, "status", "Done");
		const before = linesOf(INLINE_NOTE);
		const after = linesOf(kit.app.vault.peek("Specs/a.md"));
		expect(after).toHaveLength(before.length);
		expect(after.filter((line, i) => line !== before[i])).toEqual([after[1]]);
		expect(after[1]).toMatch(/^Status: \S/);
	});

	it("keeps exactly one status tag and bumps Updated", async () => {
		const kit = commandKit({ "Specs/a.md": TAG_NOTE });
		await setField(kit, "status", "Approved");
		const text = kit.app.vault.peek("Specs/a.md") ?? "";
		expect(text.match(/status\//g)).toHaveLength(1);
		expect(text).toContain("  - priority/low");
		expect(text).toContain("Updated: 2026-03-14");
	});

	it("bumps updated in the frontmatter convention", async () => {
		const kit = commandKit({ "Specs/a.md": FRONTMATTER_NOTE });
		await setField(kit, "status", "Done");
		await kit.app.metadataCache.settle();
		const frontmatter = kit.app.metadataCache.getCache("Specs/a.md")?.frontmatter;
		expect(String(frontmatter?.updated)).toContain("2026-03-14");
	});

	it("adds no updated key to a note without one", async () => {
		const kit = commandKit({ "Specs/a.md": NO_UPDATED_NOTE });
		await setField(kit, "status", "Approved");
		await kit.app.metadataCache.settle();
		const frontmatter = kit.app.metadataCache.getCache("Specs/a.md")?.frontmatter ?? {};
		expect(frontmatter.status).toBe("approved");
		expect(Object.keys(frontmatter)).toEqual(["status", "priority", "tags"]);
	});

	it.each([
		["a frontmatter key", NO_UPDATED_NOTE, "Low" as const],
		["a priority tag", TAG_NOTE, "High" as const],
	])("writes the priority in %s", async (_place, note, priority) => {
		const kit = commandKit({ "Specs/a.md": note });
		await setField(kit, "priority", priority);
		const text = kit.app.vault.peek("Specs/a.md") ?? "";
		const after = readNote("Specs/a.md", text, kit.settings);
		expect(after.priority).toBe(priority);
		expect(text.match(/priority/gi)).toHaveLength(1);
	});

	it("never calls processFrontMatter, which would rewrite the whole YAML block", async () => {
		const kit = commandKit({ "Specs/a.md": FRONTMATTER_NOTE });
		kit.app.fileManager.processFrontMatter = () => Promise.reject(new Error("processFrontMatter was called"));
		await setField(kit, "status", "Done");
		expect(notices).toEqual([]);
		expect(kit.app.vault.peek("Specs/a.md")).toMatch(/^status: done +# draft \| approved/m);
	});

	it("edits the note through the editor, as one undo step, when it is open in the active editor", async () => {
		const kit = commandKit({ "Specs/a.md": INLINE_NOTE });
		await kit.app.workspace.getLeaf(false).openFile(fileAt(kit.app, "Specs/a.md"));
		const view = kit.app.workspace.getActiveViewOfType(MarkdownView) as unknown as FakeMarkdownView;
		await setField(kit, "status", "Done");
		expect(readNote("Specs/a.md", view.editor.getValue(), kit.settings).status).toBe("Done");
		expect(view.editor.undoSteps).toBe(1);
		expect(kit.app.vault.peek("Specs/a.md")).toBe(INLINE_NOTE);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(INLINE_NOTE);
	});

	it("refuses a note whose frontmatter is not valid YAML, with a notice, and changes nothing", async () => {
		const kit = commandKit({ "Specs/a.md": MALFORMED_NOTE });
		const before = kit.snapshot();
		expect(await setField(kit, "status", "Done")).toBe(false);
		expect(kit.snapshot()).toEqual(before);
		expect(notices).toEqual([
			'Could not set the status of "a": its frontmatter is not valid YAML. Fix the frontmatter first. Nothing was changed.',
		]);
	});

	it("tells when the write fails, and changes nothing", async () => {
		const kit = commandKit({ "Specs/a.md": NO_UPDATED_NOTE });
		kit.app.vault.process = () => Promise.reject(new Error("EACCES: permission denied"));
		const before = kit.snapshot();
		expect(await setField(kit, "priority", "Low")).toBe(false);
		expect(kit.snapshot()).toEqual(before);
		expect(notices).toEqual([
			'Could not set the priority of "a": the note could not be written (EACCES: permission denied). Nothing was changed.',
		]);
	});

	it.each([
		["same", "same", { from: 4, to: 4, text: "" }],
		["Status: Planning", "Status: Complete", { from: 8, to: 16, text: "Complete" }],
		["a\nb\nc", "a\nc", { from: 2, to: 4, text: "" }],
	])("finds the smallest replacement from %j to %j", (before, after, expected) => {
		expect(minimalReplacement(before, after)).toEqual(expected);
	});
});

describe("the set status and set priority commands", () => {
	it("are available only when the active file is a Markdown note", async () => {
		const kit = commandKit({ "Specs/a.md": FRONTMATTER_NOTE });
		const command = kit.app.commands.commands["spec-board:set-spec-status"];
		const other = kit.app.commands.commands["spec-board:set-spec-priority"];
		expect(command.checkCallback?.(true)).toBe(false);
		expect(other.checkCallback?.(true)).toBe(false);
		kit.run("set-spec-status");
		await settle();
		expect(openModals).toHaveLength(0);
		await kit.app.workspace.getLeaf(false).openFile(fileAt(kit.app, "Specs/a.md"));
		expect(command.checkCallback?.(true)).toBe(true);
		expect(other.checkCallback?.(true)).toBe(true);
	});

	it("offers each status with the word it will write, and writes the chosen one", async () => {
		const kit = commandKit({ "Specs/a.md": INLINE_NOTE });
		await kit.app.workspace.getLeaf(false).openFile(fileAt(kit.app, "Specs/a.md"));
		kit.run("set-spec-status");
		await settle();
		const picker = openModals.find((m) => m instanceof WordPickerModal) as unknown as WordPickerModal<string>;
		const items = picker.getItems();
		expect(items.map((i) => i.value)).toEqual([
			"Draft",
			"In review",
			"Approved",
			"In progress",
			"On hold",
			"Done",
			"Deprecated",
		]);
		expect(items.find((i) => i.current)?.value).toBe("Draft");
		const done = items.find((i) => i.value === "Done");
		expect(done?.word).not.toBe("");
		picker.onChooseItem(done as never);
		await settle();
		const view = kit.app.workspace.getActiveViewOfType(MarkdownView) as unknown as FakeMarkdownView;
		expect(view.editor.getLine(1)).toBe(`Status: ${done?.word}`);
	});

	it("offers each priority with the tag it will write", async () => {
		const kit = commandKit({ "Specs/a.md": TAG_NOTE });
		await kit.app.workspace.getLeaf(false).openFile(fileAt(kit.app, "Specs/a.md"));
		kit.run("set-spec-priority");
		await settle();
		const picker = openModals.find((m) => m instanceof WordPickerModal) as unknown as WordPickerModal<string>;
		const items = picker.getItems();
		expect(items.map((i) => i.value)).toEqual(["Critical", "High", "Medium", "Low"]);
		expect(items.find((i) => i.value === "High")?.word).toBe("priority/high");
		expect(items.find((i) => i.current)?.value).toBe("Low");
	});
});
