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
	// The entries in order, as title, icon and action; null is a separator.
	const entries: ([title: string, icon: string, run: () => void] | null)[] = [
		["Open in new tab", "file-plus", () => void openSpecNote(app, path, "tab")],
		null,
		["Set status…", "circle-dot", () => actions.setStatus(file)],
		["Set priority…", "signal", () => actions.setPriority(file)],
		["Sign off on this spec", "check-circle", () => actions.signOff(file)],
		["Add open question…", "help-circle", () => actions.addQuestion(file)],
		null,
		["Copy link", "link", () => void navigator.clipboard.writeText(app.fileManager.generateMarkdownLink(file, ""))],
	];
	const menu = new Menu();
	for (const entry of entries) {
		if (entry === null) menu.addSeparator();
		else menu.addItem((item) => item.setTitle(entry[0]).setIcon(entry[1]).onClick(entry[2]));
	}
	if ("evt" in at) menu.showAtMouseEvent(at.evt);
	else {
		const box = at.under.getBoundingClientRect();
		menu.showAtPosition({ x: box.left, y: box.bottom });
	}
}
