// A spec row's note opening and context menu, the same in the sidebar board and the Bases view: open (the file, never
// its path as link text), open in new tab, set status or priority, sign off, add an open question, copy link.
import { Menu, TFile, type App, type PaneType } from "obsidian";
import type { BoardActions } from "./boardActions";
import type { MenuPlace } from "./boardRows";

/**
 * Opens a note in the leaf `newLeaf` asks for, at a 1-based line when given. The file itself is opened, never its
 * path as link text, which Obsidian would cut at a `#`, `^` or `|` in the name (and open, or create, another note).
 */
export async function openSpecNote(app: App, path: string, newLeaf: PaneType | boolean, line?: number): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) return;
	const leaf = app.workspace.getLeaf(newLeaf);
	await leaf.openFile(file, line === undefined ? undefined : { eState: { line: line - 1 } });
}

/** Shows the row menu of the note at `path`, at the pointer or under an element; nothing when the note is gone. */
export function showSpecRowMenu(app: App, path: string, at: MenuPlace, actions: BoardActions): void {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) return;
	const menu = new Menu();
	menu.addItem((item) =>
		item
			.setTitle("Open in new tab")
			.setIcon("file-plus")
			.onClick(() => void openSpecNote(app, path, "tab")),
	);
	menu.addSeparator();
	menu.addItem((item) =>
		item
			.setTitle("Set status…")
			.setIcon("circle-dot")
			.onClick(() => actions.setStatus(file)),
	);
	menu.addItem((item) =>
		item
			.setTitle("Set priority…")
			.setIcon("signal")
			.onClick(() => actions.setPriority(file)),
	);
	menu.addItem((item) =>
		item
			.setTitle("Sign off on this spec")
			.setIcon("check-circle")
			.onClick(() => actions.signOff(file)),
	);
	menu.addItem((item) =>
		item
			.setTitle("Add open question…")
			.setIcon("help-circle")
			.onClick(() => actions.addQuestion(file)),
	);
	menu.addSeparator();
	menu.addItem((item) =>
		item
			.setTitle("Copy link")
			.setIcon("link")
			.onClick(() => void navigator.clipboard.writeText(app.fileManager.generateMarkdownLink(file, ""))),
	);
	if ("evt" in at) menu.showAtMouseEvent(at.evt);
	else {
		const box = at.under.getBoundingClientRect();
		menu.showAtPosition({ x: box.left, y: box.bottom });
	}
}
