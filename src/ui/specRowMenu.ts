// A spec row's context menu, the same in the sidebar board and the Bases view: open, set status or priority, copy link.
import { Menu, TFile, type App } from "obsidian";
import type { BoardActions } from "./boardActions";

/** Shows the row menu of the note at `path` at the pointer; nothing when the note is gone. */
export function showSpecRowMenu(app: App, path: string, evt: MouseEvent, actions: BoardActions): void {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) return;
	const menu = new Menu();
	menu.addItem((item) =>
		item
			.setTitle("Open in new tab")
			.setIcon("file-plus")
			.onClick(() => void app.workspace.openLinkText(path, "", "tab")),
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
	menu.addSeparator();
	menu.addItem((item) =>
		item
			.setTitle("Copy link")
			.setIcon("link")
			.onClick(() => void navigator.clipboard.writeText(app.fileManager.generateMarkdownLink(file, ""))),
	);
	menu.showAtMouseEvent(evt);
}
