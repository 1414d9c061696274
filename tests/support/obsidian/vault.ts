// The vault: files and folders in memory, with Obsidian's events. Writes queue the note for the metadata cache,
// which indexes it later (see metadataCache.ts); reads are counted so tests can say how many a change costs.
// A file's text is kept as UTF-8 bytes, as on disk, and every read decodes it afresh, as Obsidian's does: the app holds
// no note's text between reads, a read costs a decode, a leading byte-order mark is dropped (TextDecoder's rule) and
// `stat.size` counts bytes.
import { Events } from "./events";
import type { MetadataCache } from "./metadataCache";

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

/** An in-memory vault: files in a Map, with Obsidian's events. */
export class Vault extends Events {
	configDir = ".obsidian";
	/** Test helper: how many times each kind of read was called (a start, a change, a settings edit each cost reads). */
	readCounts = { read: 0, cachedRead: 0 };
	/** Test helper: the paths read (by either read), oldest first. */
	readPaths: string[] = [];
	private files = new Map<string, TAbstractFile>();
	/** Each file's text as UTF-8 bytes (see the top of this file). */
	private contents = new Map<string, Uint8Array>();
	private readonly encoder = new TextEncoder();
	private readonly decoder = new TextDecoder();
	private root: TFolder;
	/** Set by the App: the metadata cache that indexes this vault (later, as Obsidian's worker does). */
	metadataCache: MetadataCache | null = null;

	constructor() {
		super();
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
		const bytes = this.encoder.encode(data);
		file.stat = { ctime: now, mtime: now, size: bytes.length };
		folder.children.push(file);
		this.files.set(p, file);
		this.contents.set(p, bytes);
		this.trigger("create", file);
		this.metadataCache?.queueIndex(file);
		return file;
	}

	create(path: string, data: string): Promise<TFile> {
		try {
			return Promise.resolve(this.createSync(path, data));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	/** The file's bytes; a missing file throws, as the app's read does. */
	private bytesOf(file: TFile): Uint8Array {
		const bytes = this.contents.get(file.path);
		if (bytes === undefined) throw new Error(`ENOENT: no such file ${file.path}`);
		return bytes;
	}

	private textOf(file: TFile): string {
		return this.decoder.decode(this.bytesOf(file));
	}

	/** Test helper: how many reads (read and cachedRead) have been made. */
	get reads(): number {
		return this.readCounts.read + this.readCounts.cachedRead;
	}

	read(file: TFile): Promise<string> {
		return this.countedRead("read", file);
	}

	cachedRead(file: TFile): Promise<string> {
		return this.countedRead("cachedRead", file);
	}

	/** A read, counted by its kind and path; a missing file rejects, as the app's read does. */
	private countedRead(kind: "read" | "cachedRead", file: TFile): Promise<string> {
		this.readCounts[kind]++;
		this.readPaths.push(file.path);
		try {
			return Promise.resolve(this.textOf(file));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	/** Test helper: a file's text without counting a read. */
	peek(path: string): string | undefined {
		const bytes = this.contents.get(path);
		return bytes === undefined ? undefined : this.decoder.decode(bytes);
	}

	/** Replaces a file's text synchronously (the fake's async methods wrap this). */
	modifySync(file: TFile, data: string): void {
		this.bytesOf(file);
		const bytes = this.encoder.encode(data);
		this.contents.set(file.path, bytes);
		file.stat = { ...file.stat, mtime: tick(), size: bytes.length };
		this.trigger("modify", file);
		this.metadataCache?.queueIndex(file);
	}

	modify(file: TFile, data: string): Promise<void> {
		try {
			this.modifySync(file, data);
			return Promise.resolve();
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	/** Obsidian's Vault.process: the function gets the file's current text; what it returns is written at once. */
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
			const bytes = this.contents.get(from) ?? new Uint8Array(0);
			this.contents.delete(from);
			this.contents.set(f.path, bytes);
			this.metadataCache?.moveFile(from, f.path);
		}
		for (const [f, from] of moved) this.trigger("rename", f, from);
		return Promise.resolve();
	}

	/** Obsidian's Vault.recurseChildren. */
	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		for (const child of root.children) {
			cb(child);
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
		}
	}
}
