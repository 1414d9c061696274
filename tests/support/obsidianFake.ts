// An in-memory stand-in for the `obsidian` module: jest maps `obsidian` here, and the browser harness aliases it.
// Behaviour follows Obsidian's where tests depend on it; test-only helpers live in tests/support/fakeApp.ts.
import type {
	CachedMetadata,
	Command,
	EditorPosition,
	EditorTransaction,
	OpenViewState,
	PluginManifest,
	ViewState,
} from "obsidian";
import {
	computeCachedMetadata,
	dumpYamlText,
	findFrontmatterBlock,
	getAllTagsOf,
	parseFrontMatterTagsOf,
	parseYamlText,
} from "./fakeCache";
import { installObsidianDom } from "./obsidianDom";

if (typeof document !== "undefined") installObsidianDom();

// ---------------------------------------------------------------------------------------------- DOM helpers

/** An element stand-in for node test environments: every method exists and returns the stand-in itself. */
function inertElement(): HTMLElement {
	const target = function () {
		return proxy;
	};
	const proxy: HTMLElement = new Proxy(target, {
		get(_t, prop) {
			if (prop === Symbol.toPrimitive) return () => "";
			if (prop === "then") return undefined;
			return proxy;
		},
		set: () => true,
	}) as unknown as HTMLElement;
	return proxy;
}

function newEl(tag: keyof HTMLElementTagNameMap = "div", cls?: string): HTMLElement {
	if (typeof document === "undefined") return inertElement();
	const el = document.createElement(tag);
	if (cls) el.className = cls;
	return el;
}

// ---------------------------------------------------------------------------------------------- events

/** A subscription handle, as Obsidian's EventRef. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

/** Obsidian's Events: on/off/offref/trigger/tryTrigger. */
export class Events {
	private _handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
		const list = this._handlers.get(name) ?? [];
		list.push(ref);
		this._handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this._handlers.get(name);
		if (list)
			this._handlers.set(
				name,
				list.filter((r) => r.fn !== callback),
			);
	}

	offref(ref: EventRef): void {
		const list = this._handlers.get(ref.name);
		if (list)
			this._handlers.set(
				ref.name,
				list.filter((r) => r !== ref),
			);
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this._handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			fakeErrors.push(error);
		}
	}

	/** Test helper: how many handlers listen to an event. */
	listenerCount(name: string): number {
		return this._handlers.get(name)?.length ?? 0;
	}
}

/** Errors thrown by event handlers (Obsidian logs them; the fake keeps them for assertions). */
export const fakeErrors: unknown[] = [];

// ---------------------------------------------------------------------------------------------- files

/** Base of files and folders. */
export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

/** Obsidian's file stat. */
export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

/** A file in the vault. */
export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

/** A folder in the vault. */
export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

function splitPath(path: string): { parent: string; name: string } {
	const i = path.lastIndexOf("/");
	return i < 0 ? { parent: "/", name: path } : { parent: path.slice(0, i), name: path.slice(i + 1) };
}

function setFilePath(file: TAbstractFile, path: string): void {
	file.path = path;
	file.name = splitPath(path).name;
	if (file instanceof TFile) {
		const dot = file.name.lastIndexOf(".");
		file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
		file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
	}
}

/** Obsidian's normalizePath: forward slashes, no doubled, leading or trailing slashes, NFC, plain spaces. */
export function normalizePath(path: string): string {
	let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	if (p === "") p = "/";
	return p.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

let clock = 1_700_000_000_000;
function tick(): number {
	clock += 1000;
	return clock;
}

/** The vault's storage adapter (only what plugins commonly touch). */
export class FakeDataAdapter {
	constructor(private readonly vault: Vault) {}

	exists(path: string): Promise<boolean> {
		return Promise.resolve(this.vault.getAbstractFileByPath(normalizePath(path)) !== null);
	}

	read(path: string): Promise<string> {
		const file = this.vault.getFileByPath(normalizePath(path));
		if (!file) return Promise.reject(new Error(`ENOENT: ${path}`));
		return this.vault.read(file);
	}

	write(path: string, data: string): Promise<void> {
		const file = this.vault.getFileByPath(normalizePath(path));
		if (file) return this.vault.modify(file, data);
		return this.vault.create(path, data).then(() => undefined);
	}

	getName(): string {
		return "fake";
	}
}

/** An in-memory vault: files in a Map, with Obsidian's events. */
export class Vault extends Events {
	configDir = ".obsidian";
	adapter: FakeDataAdapter;
	/** Test helper: how many times each kind of read was called. */
	readCounts = { read: 0, cachedRead: 0 };
	private files = new Map<string, TAbstractFile>();
	private contents = new Map<string, string>();
	private root: TFolder;
	/** Set by the App: the metadata cache that indexes this vault. */
	metadataCache: MetadataCache | null = null;

	constructor() {
		super();
		this.adapter = new FakeDataAdapter(this);
		this.root = new TFolder();
		this.root.vault = this;
		this.root.path = "/";
		this.root.name = "";
		this.files.set("/", this.root);
	}

	getName(): string {
		return "Fake vault";
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(path === "" ? "/" : path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.files.get(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this.files.get(path === "" ? "/" : path);
		return f instanceof TFolder ? f : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.files.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return [...this.files.values()].filter(
			(f): f is TFolder => f instanceof TFolder && (includeRoot || f !== this.root),
		);
	}

	getFiles(): TFile[] {
		return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	private ensureFolder(path: string): TFolder {
		if (path === "/" || path === "") return this.root;
		const existing = this.files.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`A file already exists at ${path}`);
		const { parent } = splitPath(path);
		const parentFolder = this.ensureFolder(parent);
		const folder = new TFolder();
		folder.vault = this;
		setFilePath(folder, path);
		folder.parent = parentFolder;
		parentFolder.children.push(folder);
		this.files.set(path, folder);
		this.trigger("create", folder);
		return folder;
	}

	createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.files.has(p)) return Promise.reject(new Error("Folder already exists."));
		return Promise.resolve(this.ensureFolder(p));
	}

	/** Creates a file synchronously (the fake's async methods wrap this). */
	createSync(path: string, data: string): TFile {
		const p = normalizePath(path);
		if (this.files.has(p)) throw new Error("File already exists.");
		const { parent } = splitPath(p);
		const folder = this.ensureFolder(parent);
		const file = new TFile();
		file.vault = this;
		setFilePath(file, p);
		file.parent = folder;
		const now = tick();
		file.stat = { ctime: now, mtime: now, size: data.length };
		folder.children.push(file);
		this.files.set(p, file);
		this.contents.set(p, data);
		this.trigger("create", file);
		this.metadataCache?.indexFile(file, data);
		return file;
	}

	create(path: string, data: string): Promise<TFile> {
		try {
			return Promise.resolve(this.createSync(path, data));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	private textOf(file: TFile): string {
		const text = this.contents.get(file.path);
		if (text === undefined) throw new Error(`ENOENT: no such file ${file.path}`);
		return text;
	}

	read(file: TFile): Promise<string> {
		this.readCounts.read++;
		try {
			return Promise.resolve(this.textOf(file));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	cachedRead(file: TFile): Promise<string> {
		this.readCounts.cachedRead++;
		try {
			return Promise.resolve(this.textOf(file));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	/** Test helper: a file's text without counting a read. */
	peek(path: string): string | undefined {
		return this.contents.get(path);
	}

	/** Replaces a file's text synchronously (the fake's async methods wrap this). */
	modifySync(file: TFile, data: string): void {
		this.textOf(file);
		this.contents.set(file.path, data);
		file.stat = { ...file.stat, mtime: tick(), size: data.length };
		this.trigger("modify", file);
		this.metadataCache?.indexFile(file, data);
	}

	modify(file: TFile, data: string): Promise<void> {
		try {
			this.modifySync(file, data);
			return Promise.resolve();
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	append(file: TFile, data: string): Promise<void> {
		return this.modify(file, this.textOf(file) + data);
	}

	process(file: TFile, fn: (data: string) => string): Promise<string> {
		try {
			const next = fn(this.textOf(file));
			this.modifySync(file, next);
			return Promise.resolve(next);
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	delete(file: TAbstractFile): Promise<void> {
		if (!this.files.has(file.path)) return Promise.reject(new Error(`ENOENT: ${file.path}`));
		if (file instanceof TFolder) for (const child of [...file.children]) void this.delete(child);
		this.files.delete(file.path);
		this.contents.delete(file.path);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		this.trigger("delete", file);
		if (file instanceof TFile) this.metadataCache?.forgetFile(file);
		return Promise.resolve();
	}

	trash(file: TAbstractFile): Promise<void> {
		return this.delete(file);
	}

	rename(file: TAbstractFile, newPath: string): Promise<void> {
		const p = normalizePath(newPath);
		if (this.files.has(p)) return Promise.reject(new Error("Destination file already exists!"));
		const oldPath = file.path;
		const folder = this.ensureFolder(splitPath(p).parent);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		this.files.delete(oldPath);
		setFilePath(file, p);
		file.parent = folder;
		folder.children.push(file);
		this.files.set(p, file);
		const moved: [TAbstractFile, string][] = [[file, oldPath]];
		if (file instanceof TFolder) {
			// Descendants move too; Obsidian reports a rename for each of them.
			Vault.recurseChildren(file, (child) => {
				const childOld = child.path;
				this.files.delete(childOld);
				setFilePath(child, p + childOld.slice(oldPath.length));
				this.files.set(child.path, child);
				moved.push([child, childOld]);
			});
		}
		for (const [f, from] of moved) {
			if (!(f instanceof TFile)) continue;
			const text = this.contents.get(from) ?? "";
			this.contents.delete(from);
			this.contents.set(f.path, text);
			this.metadataCache?.moveFile(from, f.path);
		}
		for (const [f, from] of moved) this.trigger("rename", f, from);
		return Promise.resolve();
	}

	copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (!(file instanceof TFile)) return Promise.reject(new Error("Only files can be copied by the fake."));
		return this.create(newPath, this.textOf(file)) as unknown as Promise<T>;
	}

	getResourcePath(file: TFile): string {
		return `app://fake/${file.path}`;
	}

	/** Obsidian's Vault.recurseChildren. */
	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		for (const child of root.children) {
			cb(child);
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
		}
	}
}

// ---------------------------------------------------------------------------------------------- metadata cache

/** The metadata cache: CachedMetadata computed from each note's text; emits changed/deleted/resolved. */
export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private caches = new Map<string, CachedMetadata>();

	constructor(private readonly vault: Vault) {
		super();
		vault.metadataCache = this;
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		void sourcePath;
		const path = linkpath.split("#")[0];
		const direct = this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`);
		if (direct) return direct;
		const lower = path.toLowerCase();
		return (
			this.vault.getFiles().find((f) => f.basename.toLowerCase() === lower || f.name.toLowerCase() === lower) ??
			null
		);
	}

	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		void sourcePath;
		const unique = this.vault.getFiles().filter((f) => f.basename === file.basename).length === 1;
		const name = omitMdExtension && file.extension === "md" ? file.path.slice(0, -3) : file.path;
		return unique ? (omitMdExtension && file.extension === "md" ? file.basename : file.name) : name;
	}

	/** Called by the vault when a note is created or modified: recompute and emit "changed" (markdown only). */
	indexFile(file: TFile, text: string): void {
		if (file.extension !== "md") return;
		// Obsidian parses in a worker and posts the result back: its cache holds fresh strings, never slices of the text.
		const cache =
			typeof structuredClone === "function"
				? structuredClone(computeCachedMetadata(text))
				: computeCachedMetadata(text);
		this.caches.set(file.path, cache);
		this.trigger("changed", file, text, cache);
		this.trigger("resolve", file);
	}

	/** Called by the vault when a note is deleted: emit "deleted" with the previous cache. */
	forgetFile(file: TFile): void {
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		if (file.extension === "md") this.trigger("deleted", file, prev);
	}

	/** Called by the vault on rename: the cache moves with the file. */
	moveFile(oldPath: string, newPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(newPath, cache);
	}

	/** Test helper: emit "resolved", as Obsidian does when indexing settles. */
	resolveAll(): void {
		this.trigger("resolved");
	}
}

// ---------------------------------------------------------------------------------------------- file manager

/** The file manager: frontmatter edits, links, trash. */
export class FileManager {
	constructor(private readonly app: App) {}

	processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		return this.app.vault
			.process(file, (text) => {
				const lines = text.split("\n");
				const block = findFrontmatterBlock(lines);
				let data: Record<string, unknown> = {};
				if (block) {
					const parsed = parseYamlText(block.yaml);
					if (
						parsed !== null &&
						parsed !== undefined &&
						(typeof parsed !== "object" || Array.isArray(parsed))
					)
						throw new Error("YAMLParseError: frontmatter is not a mapping");
					data = (parsed as Record<string, unknown> | null) ?? {};
				}
				fn(data);
				const yaml = Object.keys(data).length > 0 ? dumpYamlText(data) : "";
				const body = block ? lines.slice(block.end + 1).join("\n") : text;
				return `---\n${yaml}---\n${body}`;
			})
			.then(() => undefined);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias?: string): string {
		const target = this.app.metadataCache.fileToLinktext(file, sourcePath, true);
		return `[[${target}${subpath}${alias ? `|${alias}` : ""}]]`;
	}

	trashFile(file: TAbstractFile): Promise<void> {
		return this.app.vault.delete(file);
	}

	renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		return this.app.vault.rename(file, newPath);
	}

	getNewFileParent(sourcePath: string): TFolder {
		void sourcePath;
		return this.app.vault.getRoot();
	}
}

// ---------------------------------------------------------------------------------------------- components

/** Obsidian's Component: load/unload lifecycle and registered clean-ups. */
export class Component {
	_loaded = false;
	private _cleanups: (() => unknown)[] = [];
	private _children: Component[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		void this.onload();
		for (const child of this._children) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const child of [...this._children]) child.unload();
		this._children = [];
		for (const cleanup of this._cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		this._children = this._children.filter((c) => c !== component);
		component.unload();
		return component;
	}

	register(cb: () => unknown): void {
		this._cleanups.push(cb);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}

	registerDomEvent(
		el: EventTarget,
		type: string,
		callback: EventListener,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}

	/** Test helper: how many clean-ups are registered (events, DOM listeners, intervals). */
	registeredCount(): number {
		return this._cleanups.length;
	}
}

// ---------------------------------------------------------------------------------------------- editor

/** An in-memory Editor over a string; counts undo steps so "one undo step" can be asserted. */
export class Editor {
	private text: string;
	private cursor: { anchor: EditorPosition; head: EditorPosition } = {
		anchor: { line: 0, ch: 0 },
		head: { line: 0, ch: 0 },
	};
	private history: string[] = [];
	private future: string[] = [];

	constructor(text = "") {
		this.text = text;
	}

	/** Test helper: the number of undoable steps made so far. */
	get undoSteps(): number {
		return this.history.length;
	}

	private record(): void {
		this.history.push(this.text);
		this.future = [];
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.record();
		this.text = content;
		this.setCursor(this.clip(this.cursor.head));
	}

	private lines(): string[] {
		return this.text.split("\n");
	}

	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.lines();
		const p = this.clip(pos);
		let offset = 0;
		for (let i = 0; i < p.line; i++) offset += lines[i].length + 1;
		return offset + p.ch;
	}

	offsetToPos(offset: number): EditorPosition {
		const lines = this.lines();
		let rest = Math.max(0, Math.min(offset, this.text.length));
		for (let line = 0; line < lines.length; line++) {
			if (rest <= lines[line].length) return { line, ch: rest };
			rest -= lines[line].length + 1;
		}
		return { line: lines.length - 1, ch: lines[lines.length - 1].length };
	}

	private clip(pos: EditorPosition): EditorPosition {
		const lines = this.lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		return { line, ch: Math.max(0, Math.min(pos.ch, lines[line].length)) };
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	getSelection(): string {
		const [a, b] = [this.posToOffset(this.cursor.anchor), this.posToOffset(this.cursor.head)].sort((x, y) => x - y);
		return this.text.slice(a, b);
	}

	somethingSelected(): boolean {
		return this.getSelection() !== "";
	}

	private applyChange(replacement: string, from: number, to: number): void {
		this.text = this.text.slice(0, from) + replacement + this.text.slice(to);
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		const head = this.posToOffset(this.cursor.head);
		this.record();
		this.applyChange(replacement, a, b);
		if (head >= b) this.setCursor(this.offsetToPos(head + replacement.length - (b - a)));
	}

	replaceSelection(replacement: string): void {
		const [a, b] = [this.posToOffset(this.cursor.anchor), this.posToOffset(this.cursor.head)].sort((x, y) => x - y);
		this.record();
		this.applyChange(replacement, a, b);
		this.setCursor(this.offsetToPos(a + replacement.length));
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const { anchor, head } = this.cursor;
		const ordered = this.posToOffset(anchor) <= this.posToOffset(head) ? [anchor, head] : [head, anchor];
		if (side === "from") return { ...ordered[0] };
		if (side === "to") return { ...ordered[1] };
		return { ...this.cursor[side] };
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		const c = this.clip(p);
		this.cursor = { anchor: c, head: c };
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.cursor = { anchor: this.clip(anchor), head: this.clip(head ?? anchor) };
	}

	listSelections(): { anchor: EditorPosition; head: EditorPosition }[] {
		return [{ anchor: { ...this.cursor.anchor }, head: { ...this.cursor.head } }];
	}

	setSelections(ranges: { anchor: EditorPosition; head?: EditorPosition }[]): void {
		if (ranges[0]) this.setSelection(ranges[0].anchor, ranges[0].head);
	}

	/** Applies every change at once against the original text, as CodeMirror does: one undo step. */
	transaction(tx: EditorTransaction): void {
		this.record();
		const changes = [
			...(tx.changes ?? []),
			...(tx.replaceSelection !== undefined
				? [{ from: this.getCursor("from"), to: this.getCursor("to"), text: tx.replaceSelection }]
				: []),
		]
			.map((c) => ({
				from: this.posToOffset(c.from),
				to: c.to ? this.posToOffset(c.to) : this.posToOffset(c.from),
				text: c.text,
			}))
			.sort((x, y) => y.from - x.from);
		for (const c of changes) this.applyChange(c.text, c.from, c.to);
		const selection = tx.selection ?? tx.selections?.[0];
		if (selection) {
			const from = this.clip(selection.from);
			this.cursor = { anchor: from, head: this.clip(selection.to ?? selection.from) };
		}
	}

	undo(): void {
		const prev = this.history.pop();
		if (prev === undefined) return;
		this.future.push(this.text);
		this.text = prev;
	}

	redo(): void {
		const next = this.future.pop();
		if (next === undefined) return;
		this.history.push(this.text);
		this.text = next;
	}

	focus(): void {}
	blur(): void {}
	hasFocus(): boolean {
		return false;
	}
	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}
	scrollTo(): void {}
	scrollIntoView(): void {}
	exec(): void {}
	wordAt(): null {
		return null;
	}
}

// ---------------------------------------------------------------------------------------------- views and leaves

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

	getIcon(): string {
		return this.icon;
	}

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

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(state: unknown): void {
		void state;
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

	constructor(leaf: WorkspaceLeaf, file: TFile | null = null, text = "") {
		super(leaf);
		this.file = file;
		this.editor = new Editor(text);
	}

	getViewType(): string {
		return "markdown";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string): void {
		this.editor.setValue(data);
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
	pinned = false;

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

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		const creator = this.app.viewRegistry.get(viewState.type);
		if (!creator) throw new Error(`No view registered for ${viewState.type}`);
		await this.closeView();
		const view = creator(this);
		this.view = view;
		this.app.workspace.containerEl.appendChild(view.containerEl);
		view.load();
		await view.onOpen();
		if (viewState.state !== undefined) await view.setState(viewState.state, {});
		if (eState !== undefined) view.setEphemeralState(eState);
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState() };
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

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
	}

	togglePinned(): void {
		this.pinned = !this.pinned;
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): string {
		return this.view.getIcon();
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
	/** Test helper: the leaves revealed, newest last. */
	revealedLeaves: WorkspaceLeaf[] = [];
	private readyCallbacks: (() => unknown)[] = [];

	constructor(
		private readonly app: App,
		layoutReady = true,
	) {
		super();
		this.layoutReady = layoutReady;
		this.containerEl = newEl("div", "workspace");
		if (typeof document !== "undefined") document.body.appendChild(this.containerEl);
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

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	getRightLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.newLeaf("right");
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.newLeaf("left");
	}

	async ensureSideLeaf(
		type: string,
		side: "left" | "right",
		options: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown } = {},
	): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type)[0];
		const leaf = existing ?? this.newLeaf(side);
		if (!existing)
			await leaf.setViewState({
				type,
				active: options.active,
				state: options.state as Record<string, unknown> | undefined,
			});
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === type);
	}

	detachLeavesOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.side === "root")) callback(leaf);
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealedLeaves.push(leaf);
		await leaf.loadIfDeferred();
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof FileView ? view.file : null;
	}

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

	requestSaveLayout(): void {}
}

// ---------------------------------------------------------------------------------------------- app and plugin

/** Obsidian's Keymap (static helpers only). */
export class Keymap {
	static isModifier(
		evt: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean },
		modifier: "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt",
	): boolean {
		if (modifier === "Mod") return evt.ctrlKey === true || evt.metaKey === true;
		if (modifier === "Ctrl") return evt.ctrlKey === true;
		if (modifier === "Meta") return evt.metaKey === true;
		if (modifier === "Shift") return evt.shiftKey === true;
		return evt.altKey === true;
	}

	static isModEvent(
		evt?: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean; button?: number } | null,
	): boolean | "tab" | "split" | "window" {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || evt.button === 1) return "tab";
		return false;
	}

	/** Keyboard scopes pushed by open modals and suggest popovers, newest last. */
	scopes: Scope[] = [];

	pushScope(scope: Scope): void {
		this.popScope(scope);
		this.scopes.push(scope);
	}

	popScope(scope: Scope): void {
		this.scopes = this.scopes.filter((s) => s !== scope);
	}

	/**
	 * Test helper: runs the newest scope's handler for a key, as Obsidian's keymap does before the focused element sees
	 * the key (a handler returning false prevents the default). True when a handler ran. Only the browser harness
	 * routes real key events here (see `listenForKeys` in fakeApp.ts); jest tests dispatch keys to elements directly.
	 */
	handleKey(evt: KeyboardEvent): boolean {
		const scope = this.scopes[this.scopes.length - 1];
		const handler = scope?.handlers.find((h) => scopeKeyMatches(h, evt));
		if (!handler) return false;
		if (handler.func(evt, { key: evt.key, modifiers: null }) === false) evt.preventDefault();
		return true;
	}
}

/** Whether a scope handler is for this key: same key (case-insensitive), and the same modifiers unless it takes any. */
function scopeKeyMatches(handler: Scope["handlers"][number], evt: KeyboardEvent): boolean {
	if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase()) return false;
	if (handler.modifiers === null || handler.modifiers === undefined) return true;
	const wanted = new Set(handler.modifiers as string[]);
	const mod = evt.ctrlKey || evt.metaKey;
	return wanted.has("Mod") === mod && wanted.has("Shift") === evt.shiftKey && wanted.has("Alt") === evt.altKey;
}

/** A keyboard scope (handlers are recorded, not run). */
export class Scope {
	handlers: { modifiers: unknown; key: string | null; func: (...args: unknown[]) => unknown }[] = [];

	constructor(parent?: Scope) {
		void parent;
	}

	register(modifiers: unknown, key: string | null, func: (...args: unknown[]) => unknown): unknown {
		const handler = { modifiers, key, func };
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: unknown): void {
		this.handlers = this.handlers.filter((h) => h !== handler);
	}
}

type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** The app's command registry (`app.commands`, not in the public typings but used by plugins). */
export class Commands {
	commands: Record<string, Command> = {};
	/** Test helper: every command id executed, newest last. */
	executed: string[] = [];

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	executeCommandById(id: string): boolean {
		this.executed.push(id);
		const command = this.commands[id];
		if (!command) return false;
		if (command.callback) void command.callback();
		else if (command.checkCallback) command.checkCallback(false);
		else if (command.editorCallback || command.editorCheckCallback) {
			const editor = this.app.workspace.activeEditor;
			if (!editor) return false;
			const view = this.app.workspace.activeLeaf?.view as never;
			if (command.editorCallback) void command.editorCallback(editor.editor as never, view);
			else command.editorCheckCallback?.(false, editor.editor as never, view);
		}
		return true;
	}

	constructor(private readonly app: App) {}
}

/** The app: vault, metadata cache, file manager, workspace, commands. */
export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	keymap = new Keymap();
	scope = new Scope();
	commands: Commands;
	lastEvent: unknown = null;
	/** View creators registered by plugins. */
	viewRegistry = new Map<string, ViewCreator>();
	private localStorage = new Map<string, unknown>();
	darkMode = false;

	constructor(options: { layoutReady?: boolean } = {}) {
		this.vault = new Vault();
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this);
		this.workspace = new Workspace(this, options.layoutReady ?? true);
		this.commands = new Commands(this);
	}

	isDarkMode(): boolean {
		return this.darkMode;
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}
}

/** A plugin: commands, ribbon icons, views, setting tabs and data, all in memory. */
export class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Test helper: the commands added, with their short ids. */
	commands: Command[] = [];
	/** Test helper: ribbon icons added. */
	ribbonIcons: { icon: string; title: string; callback: (evt: MouseEvent) => unknown; el: HTMLElement }[] = [];
	/** Test helper: setting tabs added. */
	settingTabs: PluginSettingTab[] = [];
	/** Test helper: registered view types. */
	viewTypes: string[] = [];
	/** Test helper: what saveData last stored (JSON-cloned, as a file would). */
	data: unknown = null;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.commands.push(command);
		this.app.commands.addCommand(full);
		this.register(() => this.app.commands.removeCommand(full.id));
		return full;
	}

	removeCommand(id: string): void {
		this.commands = this.commands.filter((c) => c.id !== id);
		this.app.commands.removeCommand(`${this.manifest.id}:${id}`);
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = newEl("div", "side-dock-ribbon-action clickable-icon");
		if (typeof document !== "undefined") {
			el.setAttribute("aria-label", title);
			el.addEventListener("click", (evt) => void callback(evt));
		}
		this.ribbonIcons.push({ icon, title, callback, el });
		return el;
	}

	addStatusBarItem(): HTMLElement {
		return newEl("div", "status-bar-item");
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}

	registerView(type: string, creator: ViewCreator): void {
		if (this.app.viewRegistry.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.app.viewRegistry.set(type, creator);
		this.viewTypes.push(type);
		this.register(() => this.app.viewRegistry.delete(type));
	}

	registerHoverLinkSource(id: string, info: unknown): void {
		void id;
		void info;
	}

	registerExtensions(): void {}
	registerEditorExtension(): void {}
	registerMarkdownPostProcessor(): void {}
	registerEditorSuggest(): void {}
	registerObsidianProtocolHandler(): void {}

	loadData(): Promise<unknown> {
		return Promise.resolve(this.data === null ? null : JSON.parse(JSON.stringify(this.data)));
	}

	saveData(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data ?? null));
		return Promise.resolve();
	}
}

// ---------------------------------------------------------------------------------------------- modals and suggesters

/** A modal dialog: open() attaches it to the document and calls onOpen. */
export class Modal {
	app: App;
	scope = new Scope();
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	/** Test helper: whether the modal is open. */
	isOpen = false;
	private closeCallback: (() => unknown) | null = null;

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
		this.closeCallback?.();
		this.containerEl.remove?.();
	}

	onOpen(): void | Promise<void> {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		if (typeof content === "string") this.contentEl.textContent = content;
		else this.contentEl.appendChild(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
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
	private placeholder = "";
	instructions: { command: string; purpose: string }[] = [];

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
		this.scope.register([], "ArrowDown", () => this.moveSelection(1));
		this.scope.register([], "ArrowUp", () => this.moveSelection(-1));
		this.scope.register(null, "Enter", (evt) => {
			this.selectActiveSuggestion(evt as KeyboardEvent);
			return false;
		});
	}

	private moveSelection(step: number): false {
		const count = this.currentSuggestions.length;
		if (count > 0) this.highlight((this.selectedIndex + step + count) % count);
		return false;
	}

	private highlight(index: number): void {
		this.selectedIndex = index;
		if (typeof document === "undefined") return;
		const items = Array.from(this.resultContainerEl.querySelectorAll(".suggestion-item"));
		items.forEach((el, i) => el.classList.toggle("is-selected", i === index));
		items[index]?.scrollIntoView?.({ block: "nearest" });
	}

	open(): void {
		super.open();
		if (typeof document !== "undefined") this.inputEl.focus();
		void this.updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.placeholder = placeholder;
		if (typeof document !== "undefined") this.inputEl.placeholder = placeholder;
	}

	/** Test helper: the placeholder set. */
	getPlaceholder(): string {
		return this.placeholder;
	}

	setInstructions(instructions: { command: string; purpose: string }[]): void {
		this.instructions = instructions;
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

/** Obsidian's prepareSimpleSearch: every blank-separated word appears, case-insensitive. */
export function prepareSimpleSearch(
	query: string,
): (text: string) => { score: number; matches: [number, number][] } | null {
	const words = query
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => w !== "");
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: [number, number][] = [];
		for (const w of words) {
			const i = t.indexOf(w);
			if (i < 0) return null;
			matches.push([i, i + w.length]);
		}
		return { score: 0, matches };
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
		this.scope.register([], "ArrowDown", () => this.moveSelection(1));
		this.scope.register([], "ArrowUp", () => this.moveSelection(-1));
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

	private moveSelection(step: number): false {
		const count = this.currentSuggestions.length;
		if (count > 0) this.highlight((this.selectedIndex + step + count) % count);
		return false;
	}

	private highlight(index: number): void {
		this.selectedIndex = index;
		if (typeof document === "undefined") return;
		const items = Array.from(this.suggestEl.querySelectorAll(".suggestion-item"));
		items.forEach((el, i) => el.classList.toggle("is-selected", i === index));
		items[index]?.scrollIntoView?.({ block: "nearest" });
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

// ---------------------------------------------------------------------------------------------- settings

/** Base of setting controls. */
export class BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

/** A control with a value and a change callback. */
export class ValueComponent<T> extends BaseComponent {
	protected changeCallback: ((value: T) => unknown) | null = null;

	onChange(callback: (value: T) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Test helper: sets the value as a person would, running the change callback. */
	simulateChange(value: T): unknown {
		(this as unknown as { setValue(v: T): void }).setValue(value);
		return this.changeCallback?.(value);
	}

	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		void listeners;
		void key;
		return this;
	}
}

/** What a single-line and a multi-line text input share, as in Obsidian's AbstractTextComponent. */
export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: E;

	constructor(containerEl: HTMLElement, tag: "input" | "textarea") {
		super();
		this.inputEl = newEl(tag) as E;
		if (typeof document !== "undefined") {
			if (this.inputEl instanceof HTMLInputElement) this.inputEl.type = "text";
			containerEl.appendChild(this.inputEl);
			this.inputEl.addEventListener("input", () => void this.changeCallback?.(this.inputEl.value));
		}
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		void this.changeCallback?.(this.inputEl.value);
	}
}

/** A text input. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl, "input");
	}
}

/** A search input (a text input with Obsidian's search styling). */
export class SearchComponent extends TextComponent {
	clearButtonEl: HTMLElement = newEl("div", "search-input-clear-button");
}

/** A multi-line text input. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl, "textarea");
	}
}

/** A select element. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = newEl("select", "dropdown") as HTMLSelectElement;
		if (typeof document !== "undefined") {
			containerEl.appendChild(this.selectEl);
			this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.selectEl.value));
		}
	}

	addOption(value: string, display: string): this {
		const option = newEl("option") as HTMLOptionElement;
		option.value = value;
		option.textContent = display;
		this.selectEl.appendChild(option);
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
}

/** A toggle switch. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private value = false;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = newEl("div", "checkbox-container");
		if (typeof document !== "undefined") {
			containerEl.appendChild(this.toggleEl);
			this.toggleEl.addEventListener("click", () => {
				this.setValue(!this.value);
				void this.changeCallback?.(this.value);
			});
		}
	}

	getValue(): boolean {
		return this.value;
	}

	setValue(on: boolean): this {
		this.value = on;
		this.toggleEl.classList?.toggle("is-enabled", on);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttribute("aria-label", tooltip);
		return this;
	}
}

/** A button. */
export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	private clickCallback: ((evt: MouseEvent) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = newEl("button") as HTMLButtonElement;
		if (typeof document !== "undefined") {
			containerEl.appendChild(this.buttonEl);
			this.buttonEl.addEventListener("click", (evt) => void this.clickCallback?.(evt));
		}
	}

	setButtonText(name: string): this {
		this.buttonEl.textContent = name;
		return this;
	}

	setIcon(icon: string): this {
		this.buttonEl.setAttribute("data-icon", icon);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}

	setCta(): this {
		this.buttonEl.classList?.add("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.classList?.remove("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.classList?.add("mod-warning");
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.classList?.add(cls);
		return this;
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.clickCallback = callback;
		return this;
	}

	/** Test helper: clicks the button. */
	click(): unknown {
		return this.clickCallback?.(undefined as unknown as MouseEvent);
	}
}

/** A small icon button. */
export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	private clickCallback: (() => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = newEl("div", "clickable-icon extra-setting-button");
		if (typeof document !== "undefined") {
			containerEl.appendChild(this.extraSettingsEl);
			this.extraSettingsEl.addEventListener("click", () => void this.clickCallback?.());
		}
	}

	setIcon(icon: string): this {
		this.extraSettingsEl.setAttribute("data-icon", icon);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttribute("aria-label", tooltip);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.clickCallback = callback;
		return this;
	}

	/** Test helper: clicks the button. */
	click(): unknown {
		return this.clickCallback?.();
	}
}

/** A row of the settings tab: name, description and controls; its controls can be retrieved for tests. */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	/** Test helper: the controls added, in order. */
	components: BaseComponent[] = [];
	/** Test helper: the name and description set as text. */
	name = "";
	desc = "";
	isHeading = false;

	constructor(containerEl: HTMLElement) {
		this.settingEl = newEl("div", "setting-item");
		this.infoEl = newEl("div", "setting-item-info");
		this.nameEl = newEl("div", "setting-item-name");
		this.descEl = newEl("div", "setting-item-description");
		this.controlEl = newEl("div", "setting-item-control");
		if (typeof document !== "undefined") {
			this.settingEl.appendChild(this.infoEl);
			this.infoEl.appendChild(this.nameEl);
			this.infoEl.appendChild(this.descEl);
			this.settingEl.appendChild(this.controlEl);
			containerEl.appendChild(this.settingEl);
		}
		allSettings.push(this);
	}

	setName(name: string | DocumentFragment): this {
		this.name = typeof name === "string" ? name : (name.textContent ?? "");
		if (typeof name === "string") this.nameEl.textContent = name;
		else this.nameEl.appendChild(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.desc = typeof desc === "string" ? desc : (desc.textContent ?? "");
		if (typeof desc === "string") this.descEl.textContent = desc;
		else this.descEl.appendChild(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.classList?.add(cls);
		return this;
	}

	setHeading(): this {
		this.isHeading = true;
		this.settingEl.classList?.add("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.classList?.toggle("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.settingEl.setAttribute("aria-label", tooltip);
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.components = [];
		this.controlEl.textContent = "";
		return this;
	}
}

/** Every Setting created, oldest first (tests find controls by name here). */
export const allSettings: Setting[] = [];

/** A settings tab. */
export abstract class SettingTab {
	app: App;
	containerEl: HTMLElement;
	icon = "";

	constructor(app: App) {
		this.app = app;
		this.containerEl = newEl("div", "vertical-tab-content");
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.textContent = "";
	}
}

/** A plugin's settings tab. */
export abstract class PluginSettingTab extends SettingTab {
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
	}
}

// ---------------------------------------------------------------------------------------------- notices and menus

/** Messages shown with Notice, oldest first (for assertions; tests may empty it). */
export const notices: string[] = [];

/** A notice: records its message in `notices`. */
export class Notice {
	noticeEl: HTMLElement;
	messageEl: HTMLElement;
	containerEl: HTMLElement;
	message: string;
	duration: number | undefined;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		this.duration = duration;
		this.noticeEl = newEl("div", "notice");
		this.messageEl = this.noticeEl;
		this.containerEl = this.noticeEl;
		notices.push(this.message);
	}

	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		notices.push(this.message);
		return this;
	}

	hide(): void {}
}

/** An item of a Menu. */
export class MenuItem {
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	warning = false;
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	setWarning(warning: boolean): this {
		this.warning = warning;
		return this;
	}

	setIsLabel(): this {
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	/** Test helper: clicks the item. */
	click(): unknown {
		return this.callback?.(undefined as unknown as MouseEvent);
	}
}

/** Menus shown, oldest first (for assertions). */
export const shownMenus: Menu[] = [];

/** A context menu: items are recorded; showing it records the menu in `shownMenus`. */
export class Menu extends Component {
	items: (MenuItem | "separator")[] = [];
	private hideCallbacks: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}

	setUseNativeMenu(): this {
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		this.items.push("separator");
		return this;
	}

	setParentElement(): this {
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		void evt;
		shownMenus.push(this);
		return this;
	}

	showAtPosition(position: { x: number; y: number }): this {
		void position;
		shownMenus.push(this);
		return this;
	}

	hide(): this {
		for (const cb of this.hideCallbacks) cb();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}

	/** Test helper: the item with this title. */
	itemTitled(title: string): MenuItem | undefined {
		return this.items.find((i): i is MenuItem => i !== "separator" && i.title === title);
	}

	static forEvent(evt: MouseEvent): Menu {
		void evt;
		return new Menu();
	}
}

// ---------------------------------------------------------------------------------------------- functions

/** Obsidian's getAllTags: frontmatter tags first, then body tags, each with '#'. */
export function getAllTags(cache: CachedMetadata): string[] | null {
	return getAllTagsOf(cache);
}

/** Obsidian's parseFrontMatterTags. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
	return parseFrontMatterTagsOf(frontmatter);
}

/** Obsidian's parseFrontMatterAliases. */
export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
	if (frontmatter === null || typeof frontmatter !== "object") return null;
	const value = (frontmatter as Record<string, unknown>).aliases ?? (frontmatter as Record<string, unknown>).alias;
	if (Array.isArray(value)) return value.map(String);
	if (typeof value === "string")
		return value
			.split(",")
			.map((s) => s.trim())
			.filter((s) => s !== "");
	return null;
}

/** Obsidian's parseYaml. */
export function parseYaml(yaml: string): unknown {
	return parseYamlText(yaml);
}

/** Obsidian's stringifyYaml. */
export function stringifyYaml(value: unknown): string {
	return dumpYamlText(value);
}

/** Obsidian's getFrontMatterInfo. */
export function getFrontMatterInfo(content: string): {
	exists: boolean;
	frontmatter: string;
	from: number;
	to: number;
	contentStart: number;
} {
	const lines = content.split("\n");
	const block = findFrontmatterBlock(lines);
	if (!block) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const from = 4;
	const to = lines.slice(0, block.end).join("\n").length + 1;
	const contentStart = Math.min(content.length, lines.slice(0, block.end + 1).join("\n").length + 1);
	return { exists: true, frontmatter: block.yaml + "\n", from, to, contentStart };
}

/** Obsidian's getLinkpath: the link's path part. */
export function getLinkpath(linktext: string): string {
	return linktext.split(/[#|]/)[0];
}

/** Obsidian's parseLinktext. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const i = linktext.indexOf("#");
	return i < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

/** Outlines of the few Lucide icons the plugin uses, so screenshots of the fake look like Obsidian. */
const ICON_PATHS: Record<string, string[]> = {
	"chevron-right": ["m9 18 6-6-6-6"],
	"chevron-down": ["m6 9 6 6 6-6"],
	"help-circle": ["M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20", "M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3", "M12 17h.01"],
	"alert-triangle": [
		"m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3Z",
		"M12 9v4",
		"M12 17h.01",
	],
	"layout-list": ["M3 3h7v7H3z", "M3 14h7v7H3z", "M14 4h7", "M14 9h7", "M14 15h7", "M14 20h7"],
	x: ["M18 6 6 18", "m6 6 12 12"],
};

/** Obsidian's setIcon: the fake adds an svg (drawn for the icons above) with the icon id as data-icon. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	if (typeof document === "undefined") return;
	parent.querySelector(":scope > svg.svg-icon")?.remove();
	const ns = "http://www.w3.org/2000/svg";
	const svg = document.createElementNS(ns, "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	svg.setAttribute("viewBox", "0 0 24 24");
	for (const d of ICON_PATHS[iconId] ?? []) {
		const path = document.createElementNS(ns, "path");
		path.setAttribute("d", d);
		svg.appendChild(path);
	}
	parent.appendChild(svg);
}

/** Obsidian's setTooltip: the tooltip is the element's aria-label. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: unknown): void {
	void options;
	if (typeof document === "undefined") return;
	el.setAttribute("aria-label", tooltip);
}

/** Obsidian's debounce, with cancel() and run(). */
export function debounce<T extends unknown[], V>(
	cb: (...args: [...T]) => V,
	timeout = 0,
	resetTimer = false,
): ((...args: [...T]) => void) & { cancel(): void; run(): V | void } {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: [...T] | null = null;
	const run = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (lastArgs === null) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const debounced = (...args: [...T]): void => {
		lastArgs = args;
		if (timer !== null && !resetTimer) return;
		if (timer !== null) clearTimeout(timer);
		timer = setTimeout(run, timeout);
	};
	return Object.assign(debounced, {
		cancel: () => {
			if (timer !== null) clearTimeout(timer);
			timer = null;
			lastArgs = null;
		},
		run,
	});
}

/** Obsidian's Platform: the fake is a desktop app. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake/",
};

/** Obsidian's requireApiVersion: the fake is the newest. */
export function requireApiVersion(version: string): boolean {
	void version;
	return true;
}

/** Obsidian's apiVersion. */
export const apiVersion = "1.13.1";

/** Obsidian's addIcon (recorded, not drawn). */
export function addIcon(iconId: string, svgContent: string): void {
	void iconId;
	void svgContent;
}

/** Obsidian's sanitizeHTMLToDom, reduced to text (the fake never parses HTML). */
export function sanitizeHTMLToDom(html: string): DocumentFragment {
	const frag = document.createDocumentFragment();
	frag.appendChild(document.createTextNode(html));
	return frag;
}

if (typeof globalThis.requestAnimationFrame !== "function") {
	const g = globalThis as unknown as Record<string, unknown>;
	g.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 16) as unknown as number;
	g.cancelAnimationFrame = (id: number) => clearTimeout(id as unknown as ReturnType<typeof setTimeout>);
}
