// Views, leaves and the workspace. As in Obsidian: `getActiveFile()` is the last active file even while a sidebar has
// the focus, `activeEditor` is null then, and an open note is reloaded (unsaved typing lost) when its file is written.
import type { OpenViewState, ViewState } from "obsidian";
import type { App } from "./app";
import { newEl } from "./dom";
import { Editor } from "./editor";
import { Component, Events } from "./events";
import type { TFile } from "./vault";

/** A view in a leaf. */
export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = newEl("div", "workspace-leaf-content");
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	onOpen(): Promise<void> {
		return Promise.resolve();
	}

	onClose(): Promise<void> {
		return Promise.resolve();
	}

	getState(): Record<string, unknown> {
		return {};
	}

	setState(state: unknown, result: unknown): Promise<void> {
		void state;
		void result;
		return Promise.resolve();
	}

	onResize(): void {}
	onPaneMenu(): void {}
}

/** A view with a header and a content element. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	actions: { icon: string; title: string; callback: (evt: MouseEvent) => unknown }[] = [];

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.appendChild(newEl("div", "view-header"));
		this.contentEl = newEl("div", "view-content");
		this.containerEl.appendChild(this.contentEl);
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		this.actions.push({ icon, title, callback });
		const el = newEl("div", "clickable-icon view-action");
		return el;
	}
}

/** A view over one file. */
export abstract class FileView extends ItemView {
	file: TFile | null = null;
	allowNoFile = false;
}

/** The empty view a fresh leaf holds. */
class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

/** A deferred leaf's placeholder: it reports the view type but is not the view's class. */
class DeferredView extends ItemView {
	constructor(
		leaf: WorkspaceLeaf,
		private readonly type: string,
	) {
		super(leaf);
	}
	getViewType(): string {
		return this.type;
	}
	getDisplayText(): string {
		return this.type;
	}
}

/** A Markdown view with an in-memory Editor over the file's text. */
export class MarkdownView extends FileView {
	editor: Editor;
	/** Test helper: the ephemeral state (line, cursor) the note was opened with. */
	openState: OpenViewState | undefined;

	/** Whether the editor holds typing not yet written to the file (Obsidian saves about two seconds later). */
	unsaved = false;

	constructor(leaf: WorkspaceLeaf, file: TFile | null = null, text = "") {
		super(leaf);
		this.file = file;
		this.editor = new Editor(text);
		this.editor.onChange = () => {
			this.unsaved = true;
		};
	}

	/** Writes the editor's text to the file, as Obsidian's save does. */
	async save(): Promise<void> {
		if (!this.file) return;
		this.unsaved = false;
		await this.app.vault.modify(this.file, this.editor.getValue());
	}

	/** The file changed on disk: the editor shows the new text and any unsaved typing is lost. */
	reload(text: string): void {
		if (text === this.editor.getValue()) return;
		this.editor.loadText(text);
		this.unsaved = false;
	}

	getViewType(): string {
		return "markdown";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "";
	}

	clear(): void {}
}

/** A leaf of the workspace. */
export class WorkspaceLeaf extends Events {
	view: View;
	app: App;
	/** Where the leaf lives: the main area or a sidebar. */
	side: "root" | "left" | "right";
	private deferredType: string | null = null;
	/** Test helper: every openFile call, newest last. */
	openedFiles: { file: TFile; openState?: OpenViewState }[] = [];

	constructor(app: App, side: "root" | "left" | "right" = "root") {
		super();
		this.app = app;
		this.side = side;
		this.view = new EmptyView(this);
	}

	get isDeferred(): boolean {
		return this.deferredType !== null;
	}

	/** Test helper: makes this leaf a deferred one that will hold a view of the type when loaded. */
	makeDeferred(type: string): void {
		this.deferredType = type;
		this.view = new DeferredView(this, type);
	}

	async loadIfDeferred(): Promise<void> {
		if (this.deferredType === null) return;
		const type = this.deferredType;
		this.deferredType = null;
		await this.setViewState({ type });
	}

	async setViewState(viewState: ViewState): Promise<void> {
		const creator = this.app.viewRegistry.get(viewState.type);
		if (!creator) throw new Error(`No view registered for ${viewState.type}`);
		await this.closeView();
		const view = creator(this);
		this.view = view;
		this.app.workspace.containerEl.appendChild(view.containerEl);
		view.load();
		await view.onOpen();
		if (viewState.state !== undefined) await view.setState(viewState.state, {});
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}

	private async closeView(): Promise<void> {
		const old = this.view;
		if (old instanceof EmptyView || old instanceof DeferredView) return;
		await old.onClose();
		old.unload();
		old.containerEl.remove?.();
	}

	async open(view: View): Promise<View> {
		await this.closeView();
		this.view = view;
		this.app.workspace.containerEl.appendChild(view.containerEl);
		view.load();
		await view.onOpen();
		return view;
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		this.openedFiles.push({ file, openState });
		await this.closeView();
		const text = this.app.vault.peek(file.path) ?? "";
		const view = new MarkdownView(this, file, text);
		view.openState = openState;
		const line = (openState?.eState as { line?: number } | undefined)?.line;
		if (typeof line === "number") view.editor.setCursor({ line, ch: 0 });
		this.view = view;
		view.load();
		if (openState?.active !== false) this.app.workspace.setActiveLeaf(this);
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}

	detach(): void {
		void this.closeView();
		this.app.workspace.removeLeaf(this);
	}
}

/** The workspace: leaves, the active leaf, links and hover events. */
export class Workspace extends Events {
	layoutReady: boolean;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	leaves: WorkspaceLeaf[] = [];
	/** Test helper: every openLinkText call, newest last. */
	openedLinks: { linktext: string; sourcePath: string; newLeaf?: unknown; openViewState?: OpenViewState }[] = [];
	/** The file of the most recently active file view (Obsidian's recent-file tracker). */
	private lastActiveFile: TFile | null = null;
	private readyCallbacks: (() => unknown)[] = [];

	constructor(
		private readonly app: App,
		layoutReady = true,
	) {
		super();
		this.layoutReady = layoutReady;
		this.containerEl = newEl("div", "workspace");
		if (typeof document !== "undefined") document.body.appendChild(this.containerEl);
		// Obsidian reloads an open note when its file is written by someone else (unsaved typing is lost).
		app.vault.on("modify", (file: TFile) => {
			for (const leaf of this.getLeavesOfType("markdown")) {
				const view = leaf.view;
				if (view instanceof MarkdownView && view.file === file) view.reload(app.vault.peek(file.path) ?? "");
			}
		});
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test helper: marks the layout ready and runs the queued callbacks. */
	setLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}

	private newLeaf(side: "root" | "left" | "right"): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		return leaf;
	}

	/** Test helper: adds a leaf (optionally deferred, holding a view type) as Obsidian restores from the layout. */
	addDeferredLeaf(type: string, side: "root" | "left" | "right" = "right"): WorkspaceLeaf {
		const leaf = this.newLeaf(side);
		leaf.makeDeferred(type);
		return leaf;
	}

	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
	}

	getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
		if (!newLeaf) {
			if (this.activeLeaf && this.activeLeaf.side === "root") return this.activeLeaf;
			const existing = this.leaves.find((l) => l.side === "root");
			if (existing) return existing;
		}
		return this.newLeaf("root");
	}

	getRightLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.newLeaf("right");
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === type);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
	}

	/** Makes a leaf active, as a click in it does (a sidebar leaf too: the board taking the focus). */
	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		if (leaf.view instanceof FileView && leaf.view.file) this.lastActiveFile = leaf.view.file;
		this.trigger("active-leaf-change", leaf);
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** As Obsidian's: the active file view's file, else the most recently active file (while the sidebar has focus). */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView && view.file) return view.file;
		return this.lastActiveFile !== null &&
			this.app.vault.getFileByPath(this.lastActiveFile.path) === this.lastActiveFile
			? this.lastActiveFile
			: null;
	}

	/** The active leaf's editor: null while a sidebar (the board) or any view without an editor has the focus. */
	get activeEditor(): { editor: Editor; file: TFile | null } | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? { editor: view.editor, file: view.file } : null;
	}

	async openLinkText(
		linktext: string,
		sourcePath: string,
		newLeaf?: boolean | "tab" | "split" | "window",
		openViewState?: OpenViewState,
	): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf, openViewState });
		const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (!file) return;
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}
}
