// The live index of spec notes: built from Obsidian's metadata cache when the layout is ready, then kept current
// one note at a time from the cache's "changed"/"deleted" and the vault's "rename" events.
import { TFile, TFolder, type CachedMetadata, type EventRef, type MetadataCache, type TAbstractFile, type Vault, type Workspace } from "obsidian";
import { buildSpecNote, inSpecFolders } from "../core/readSpecNote";
import type { ReadOptions } from "../core/readOptions";
import type { SpecNote } from "../core/specNote";
import { bodyFactsFromCache, frontmatterFromCache, frontmatterNeedsText } from "./cacheFacts";

/** The Obsidian services the index reads; passed in, so tests can hand it the in-memory fake. */
export interface SpecIndexServices {
	/** Where notes live; read only when the cache cannot answer. */
	vault: Vault;
	/** The parsed notes and their change events. */
	metadataCache: MetadataCache;
	/** For waiting until the layout is ready. */
	workspace: Workspace;
}

/** Registers an event subscription with its owner (the plugin's `registerEvent`), so it ends on unload. */
export type RegisterEvent = (ref: EventRef) => void;

/** Called after the index changed, with its new revision. */
export type IndexListener = (revision: number) => void;

/** Builds a note from the cache alone, or with its text when given. */
function noteFrom(path: string, cache: CachedMetadata, text: string | null, options: ReadOptions): SpecNote {
	return buildSpecNote({ path, frontmatter: frontmatterFromCache(cache, text), facts: bodyFactsFromCache(cache, text), text }, options);
}

/**
 * Whether the cache alone leaves part of a note unknown: question text, an inline Status line, unparsed frontmatter.
 * A note the cache shows no status for may still have an inline `Status:` line (the detailed template keeps its
 * status there), which only the text tells; so such notes are read, in the background, within the spec folders.
 * This keeps the board and the command line in agreement on which notes are specs.
 */
function needsText(note: SpecNote, cache: CachedMetadata, options: ReadOptions): boolean {
	if (!note.isSpec) return note.statusSource === "none" && inSpecFolders(note.path, options.specFolders);
	return note.statusSource === "none" || note.hasOpenQuestionsSection || frontmatterNeedsText(cache);
}

/** The live index: every spec note by path, a revision number, and listeners told of each change. */
export class SpecIndex {
	private readonly notes = new Map<string, SpecNote>();
	private readonly generation = new Map<string, number>();
	private readonly listeners = new Set<IndexListener>();
	private options: ReadOptions;
	private rev = 0;
	private built = false;
	private sorted: SpecNote[] | null = null;
	private pendingReads: Promise<void> = Promise.resolve();

	constructor(private readonly services: SpecIndexServices, options: ReadOptions) {
		this.options = options;
	}

	/** Subscribes to the cache and vault events (through `register`) and builds the index once the layout is ready. */
	start(register: RegisterEvent): void {
		const { metadataCache, vault, workspace } = this.services;
		register(metadataCache.on("changed", (file, data, cache) => this.noteChanged(file, data, cache)));
		register(metadataCache.on("deleted", (file) => this.noteDeleted(file.path)));
		register(vault.on("rename", (file, oldPath) => this.fileRenamed(file, oldPath)));
		workspace.onLayoutReady(() => this.rebuild());
	}

	/** The current revision: it grows by one with every change of the listed specs. */
	get revision(): number {
		return this.rev;
	}

	/** Whether the first build has run. */
	get isBuilt(): boolean {
		return this.built;
	}

	/** Every spec note, in path order; the same array until the next change. */
	specs(): readonly SpecNote[] {
		if (this.sorted === null) this.sorted = [...this.notes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		return this.sorted;
	}

	/** The spec note at a path, when it is one. */
	get(path: string): SpecNote | undefined {
		return this.notes.get(path);
	}

	/** Tells `listener` of every change; returns the function that stops it. */
	onChange(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Resolves when the text reads started so far have finished (tests and the first render wait on it). */
	whenSettled(): Promise<void> {
		return this.pendingReads;
	}

	/** New reading options (spec tag, folders, vocabularies): the whole index is rebuilt. */
	setOptions(options: ReadOptions): void {
		this.options = options;
		if (this.built) this.rebuild();
	}

	/** Reads every Markdown note from the cache (texts only where needed, afterwards) and notifies once. */
	rebuild(): void {
		this.notes.clear();
		this.generation.clear();
		const reads: Promise<void>[] = [];
		for (const file of this.services.vault.getMarkdownFiles()) {
			const cache = this.services.metadataCache.getFileCache(file);
			if (!cache) continue; // Not indexed yet: its "changed" event will bring it.
			const note = noteFrom(file.path, cache, null, this.options);
			if (note.isSpec) this.notes.set(file.path, note);
			if (needsText(note, cache, this.options)) reads.push(this.readText(file, this.bump(file.path)));
		}
		this.built = true;
		this.changed();
		if (reads.length > 0) this.trackReads(Promise.all(reads).then(() => undefined));
	}

	private trackReads(work: Promise<void>): void {
		const previous = this.pendingReads;
		this.pendingReads = Promise.all([previous, work]).then(() => undefined);
	}

	private bump(path: string): number {
		const next = (this.generation.get(path) ?? 0) + 1;
		this.generation.set(path, next);
		return next;
	}

	/** Reads one note's text and rebuilds it, unless a newer change to the note arrived meanwhile. */
	private async readText(file: TFile, generation: number): Promise<void> {
		let text: string;
		try {
			text = await this.services.vault.cachedRead(file);
		} catch {
			return; // Gone or unreadable: the cache-only reading stays, and a "deleted" event will follow if gone.
		}
		if (this.generation.get(file.path) !== generation) return;
		const cache = this.services.metadataCache.getFileCache(file);
		if (!cache) return;
		this.store(file.path, noteFrom(file.path, cache, text, this.options));
	}

	/** One note changed: only that note is rebuilt, from the cache and the text the event carries when needed. */
	private noteChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (!this.built) return;
		this.bump(file.path);
		let note = noteFrom(file.path, cache, null, this.options);
		if (needsText(note, cache, this.options)) note = noteFrom(file.path, cache, data, this.options);
		this.store(file.path, note);
	}

	private noteDeleted(path: string): void {
		if (!this.built) return;
		this.bump(path);
		if (this.notes.delete(path)) this.changed();
	}

	/** A file or folder moved: the notes it holds are rebuilt under their new paths (folders and title may depend on it). */
	private fileRenamed(file: TAbstractFile, oldPath: string): void {
		if (!this.built) return;
		if (file instanceof TFolder) {
			const prefix = `${oldPath}/`;
			for (const path of [...this.notes.keys()]) {
				if (!path.startsWith(prefix)) continue;
				const moved = this.services.vault.getFileByPath(file.path + path.slice(oldPath.length));
				this.noteDeleted(path);
				if (moved) this.reindexFile(moved);
			}
			return;
		}
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.bump(oldPath);
		const removed = this.notes.delete(oldPath);
		this.reindexFile(file);
		if (removed && !this.notes.has(file.path)) this.changed();
	}

	/** Reads one file again from the cache, and its text only if the cache cannot answer. */
	private reindexFile(file: TFile): void {
		const cache = this.services.metadataCache.getFileCache(file);
		if (!cache) return;
		const generation = this.bump(file.path);
		const note = noteFrom(file.path, cache, null, this.options);
		this.store(file.path, note);
		if (needsText(note, cache, this.options)) this.trackReads(this.readText(file, generation));
	}

	private store(path: string, note: SpecNote): void {
		if (note.isSpec) this.notes.set(path, note);
		else if (!this.notes.delete(path)) return;
		this.changed();
	}

	private changed(): void {
		this.sorted = null;
		this.rev++;
		for (const listener of [...this.listeners]) listener(this.rev);
	}
}
