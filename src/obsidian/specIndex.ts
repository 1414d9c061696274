// The live index of spec notes, read the way obsidian-tasks' Cache.indexFile reads tasks: the metadata cache only
// triages ("could this note be a spec?", the core's showsSpecTrace), and the note's text decides, through the same
// reader the command line uses (readSpecNote) with Obsidian's parsed frontmatter. The first build starts when the
// layout is ready and runs in slices that yield to the app; then "changed"/"deleted"/"rename" keep it current.
import {
	TFile,
	TFolder,
	parseYaml,
	type CachedMetadata,
	type EventRef,
	type MetadataCache,
	type TAbstractFile,
	type Vault,
	type Workspace,
} from "obsidian";
import { readSpecNote } from "../core/reading/readSpecNote";
import { withTemplateTraces, type ReadOptions } from "../core/reading/readOptions";
import { inTemplatesFolder, showsSpecTrace, templateTraceOf, type TemplateTrace } from "../core/reading/specTrace";
import { sortSpecs, withChangedSpecs } from "../core/board/rollup";
import type { SpecNote } from "../core/model/specNote";
import { cacheTraceClues } from "./specCandidate";

/** The Obsidian services the index reads; passed in, so tests can hand it the in-memory double. */
export interface SpecIndexServices {
	/** Where notes live; a note's text is read only when its cache shows a trace of a spec. */
	vault: Vault;
	/** The parsed notes (for triage and their frontmatter) and their change events. */
	metadataCache: MetadataCache;
	/** For waiting until the layout is ready. */
	workspace: Workspace;
}

/** How the index shares the main thread: a clock, and a way to let the app run before going on. */
export interface IndexScheduler {
	/** Milliseconds, monotonic. */
	now(): number;
	/** Resolves after the app had a turn (a new task of the event loop). */
	yieldToApp(): Promise<void>;
}

/** The scheduler of the app: performance.now and a zero timeout (the window's, where there is one). */
export const APP_SCHEDULER: IndexScheduler = {
	now: () => performance.now(),
	yieldToApp: () =>
		new Promise<void>((resolve) => {
			// Outside a window (the tests' Node), Node's own timer.
			const later = typeof window === "undefined" ? setTimeout : window.setTimeout.bind(window);
			later(resolve, 0);
		}),
};

/** Registers an event subscription with its owner (the plugin's `registerEvent`), so it ends on unload. */
export type RegisterEvent = (ref: EventRef) => void;

/** Called after the index changed, with its new revision. */
export type IndexListener = (revision: number) => void;

/** The longest stretch of work between two turns of the app: well inside a 16 ms frame. */
const SLICE_MS = 8;

/** Note texts asked for at a time. */
const READS_AT_ONCE = 32;

/** What the index did since it was made: for tests and the benchmark (counts, never timings). */
export interface IndexCounts {
	/** Notes whose cache showed a trace of a spec. */
	candidates: number;
	/** Note texts read (vault.cachedRead). */
	reads: number;
}

/** Reads a note's text into a SpecNote with the core's reader, the frontmatter as Obsidian parsed it. */
function readNote(path: string, text: string, cache: CachedMetadata, options: ReadOptions): SpecNote {
	return readSpecNote(path, text, parseYaml, options, cache.frontmatter);
}

/** The live index: every spec note by path, kept in board order, a revision number, and listeners told of each change. */
export class SpecIndex {
	private readonly notes = new Map<string, SpecNote>();
	private readonly generation = new Map<string, number>();
	private readonly listeners = new Set<IndexListener>();
	/** The options as given. */
	private givenOptions: ReadOptions;
	/** The options notes are read with: the given ones, plus the traces of the templates folder's notes. */
	private options: ReadOptions;
	private rev = 0;
	/** Grows with every note change, never reset, so a read from before a change can never pass for a newer one. */
	private lastGeneration = 0;
	private built = false;
	private cacheResolved = false;
	/** Whether the metadata cache has said "resolved" at least once since the index started. */
	private resolvedSeen = false;
	/** The specs in board order as of the last specs() call, or null when they must be sorted afresh. */
	private ordered: SpecNote[] | null = null;
	/** Notes replaced or removed, and notes added, since `ordered` was made. */
	private removedSince: SpecNote[] = [];
	private addedSince: SpecNote[] = [];
	/** Files to triage (and read when they show a trace), each with the generation it was queued at. */
	private queue: { file: TFile; generation: number }[] = [];
	private queueHead = 0;
	/** Notes the cache had not indexed yet when triaged: their "changed" event, or the next "resolved", brings them. */
	private readonly awaitingCache = new Set<string>();
	private running = false;
	private unannounced = false;
	private settled: Promise<void> = Promise.resolve();
	private settle: (() => void) | null = null;
	private readonly tally: IndexCounts = { candidates: 0, reads: 0 };

	constructor(
		private readonly services: SpecIndexServices,
		options: ReadOptions,
		private readonly scheduler: IndexScheduler = APP_SCHEDULER,
	) {
		this.givenOptions = options;
		this.options = options;
	}

	/** Subscribes to the cache and vault events (through `register`) and builds the index once the layout is ready. */
	start(register: RegisterEvent): void {
		const { metadataCache, vault, workspace } = this.services;
		register(metadataCache.on("changed", (file, data, cache) => this.noteChanged(file, data, cache)));
		register(metadataCache.on("deleted", (file) => this.noteDeleted(file.path)));
		register(metadataCache.on("resolved", () => this.cacheHasResolved()));
		register(vault.on("rename", (file, oldPath) => this.fileRenamed(file, oldPath)));
		workspace.onLayoutReady(() => this.rebuild());
	}

	/** The current revision: it grows by one with every change of the listed specs. */
	get revision(): number {
		return this.rev;
	}

	/** Whether the first build has started (the layout is ready). */
	get isBuilt(): boolean {
		return this.built;
	}

	/**
	 * Whether the vault is still being read: before the layout is ready, until the metadata cache has indexed every
	 * note (its first "resolved"), and while notes are being read. The board says so instead of "No specs found".
	 */
	get isReadingVault(): boolean {
		return !this.built || !this.cacheResolved || this.running;
	}

	/** How many notes showed a trace and how many texts were read since the index was made. */
	get counts(): Readonly<IndexCounts> {
		return this.tally;
	}

	/**
	 * Every spec note in board order (see rollup's compareSpecs: status, priority, updated, title, path); the same
	 * array until the next change. After a few changes the order is patched, not sorted again.
	 */
	specs(): readonly SpecNote[] {
		if (this.ordered === null) {
			this.ordered = sortSpecs([...this.notes.values()]);
		} else if (this.removedSince.length > 0 || this.addedSince.length > 0) {
			// A note added and replaced again since the last call was never in the order: it is neither removed nor added.
			const gone = new Set(this.removedSince);
			const added = new Set(this.addedSince);
			this.ordered = withChangedSpecs(
				this.ordered,
				this.removedSince.filter((note) => !added.has(note)),
				this.addedSince.filter((note) => !gone.has(note)),
			);
		}
		this.removedSince = [];
		this.addedSince = [];
		return this.ordered;
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

	/** Resolves when the reads queued so far have been applied (tests and the benchmark wait on it). */
	whenSettled(): Promise<void> {
		return this.settled;
	}

	/** New reading options (spec tag, folders, vocabularies): the whole index is rebuilt. */
	setOptions(options: ReadOptions): void {
		this.givenOptions = options;
		this.options = options;
		if (this.built) this.rebuild();
	}

	/** The traces the templates folder's notes leave (their headings, from the cache: no template is read). */
	private customTemplateTraces(): TemplateTrace[] {
		const folder = this.givenOptions.templatesFolder;
		const traces: TemplateTrace[] = [];
		if (folder === "") return traces;
		for (const file of this.services.vault.getMarkdownFiles()) {
			if (!inTemplatesFolder(file.path, folder)) continue;
			const headings = this.services.metadataCache.getFileCache(file)?.headings ?? [];
			traces.push(templateTraceOf(headings.map((h) => ({ level: h.level, text: h.heading }))));
		}
		return traces;
	}

	/** Forgets every note and triages every Markdown note again, in slices; notes whose cache shows a trace are read. */
	rebuild(): void {
		this.notes.clear();
		this.ordered = null;
		this.removedSince = [];
		this.addedSince = [];
		this.awaitingCache.clear();
		this.options = withTemplateTraces(this.givenOptions, this.customTemplateTraces());
		const generation = this.lastGeneration;
		this.queue = this.services.vault.getMarkdownFiles().map((file) => ({ file, generation }));
		this.queueHead = 0;
		this.built = true;
		this.changed();
		this.run();
	}

	/** Marks a note as changed; a read that started before the mark is ignored when it ends. */
	private bump(path: string): number {
		const next = ++this.lastGeneration;
		this.generation.set(path, next);
		return next;
	}

	/** Whether a note changed after `generation` (its own event handled it). */
	private changedSince(path: string, generation: number): boolean {
		return (this.generation.get(path) ?? 0) > generation;
	}

	/** Whether the cache shows a trace of a spec in the note (a cache entry too odd to judge is read, to be safe). */
	private showsTrace(path: string, cache: CachedMetadata): boolean {
		try {
			return showsSpecTrace(cacheTraceClues(path, cache), this.options);
		} catch {
			return true;
		}
	}

	/** Queues files for triage and starts working through them. */
	private enqueue(files: readonly TFile[]): void {
		const generation = this.lastGeneration;
		for (const file of files) this.queue.push({ file, generation });
		this.run();
	}

	/** Works through the queue unless that is under way already. */
	private run(): void {
		if (this.running) return;
		this.running = true;
		this.settled = new Promise<void>((resolve) => {
			this.settle = resolve;
		});
		void this.runQueue();
	}

	/** Works through the queue until it stays empty; the end is settled in the same turn as the last check, so no file queued meanwhile is lost. */
	private async runQueue(): Promise<void> {
		try {
			do await this.workThroughQueue();
			while (this.queueHead < this.queue.length);
		} finally {
			this.running = false;
			this.queue = [];
			this.queueHead = 0;
			// Every note had a cache, or the cache said it resolved: no note is left for a "resolved" to bring
			// (it may have fired before the layout was ready, or before the plugin loaded).
			if (this.awaitingCache.size === 0 || this.resolvedSeen) this.cacheResolved = true;
			// The board leaves its "reading the vault" state when the reading is done, specs found or not.
			if (!this.isReadingVault) this.unannounced = true;
			this.announce();
			const settle = this.settle;
			this.settle = null;
			settle?.();
		}
	}

	/**
	 * Triages the queued files and reads the candidates' texts, a few at a time, never working longer than SLICE_MS
	 * before letting the app run; the listeners hear of the specs found at the end of each slice.
	 */
	private async workThroughQueue(): Promise<void> {
		const { scheduler } = this;
		let sliceStart = scheduler.now();
		const breathe = async (): Promise<void> => {
			if (scheduler.now() - sliceStart < SLICE_MS) return;
			this.announce();
			await scheduler.yieldToApp();
			sliceStart = scheduler.now();
		};
		while (this.queueHead < this.queue.length) {
			const batch: { file: TFile; cache: CachedMetadata; generation: number }[] = [];
			while (this.queueHead < this.queue.length && batch.length < READS_AT_ONCE) {
				const { file, generation } = this.queue[this.queueHead++];
				const path = file.path;
				if (!this.changedSince(path, generation)) {
					const cache = this.services.metadataCache.getFileCache(file);
					if (cache === null) this.awaitingCache.add(path);
					else if (this.showsTrace(path, cache)) batch.push({ file, cache, generation: this.bump(path) });
					else if (this.remove(path)) this.unannounced = true;
				}
				await breathe();
			}
			if (batch.length === 0) continue;
			this.tally.candidates += batch.length;
			const texts = await Promise.all(batch.map((read) => this.readText(read.file)));
			for (let i = 0; i < batch.length; i++) {
				const { file, generation } = batch[i];
				const text = texts[i];
				// Gone, unreadable, or changed meanwhile (its own event handled it): nothing to apply.
				if (text !== null && this.generation.get(file.path) === generation) {
					const cache = this.services.metadataCache.getFileCache(file) ?? batch[i].cache;
					if (this.put(file.path, readNote(file.path, text, cache, this.options))) this.unannounced = true;
				}
				await breathe();
			}
		}
	}

	/** A note's text, or null when it cannot be read (gone: a "deleted" event follows). */
	private async readText(file: TFile): Promise<string | null> {
		this.tally.reads++;
		try {
			return await this.services.vault.cachedRead(file);
		} catch {
			return null;
		}
	}

	/** The metadata cache has indexed every note: notes it had not indexed when triaged are triaged now. */
	private cacheHasResolved(): void {
		this.resolvedSeen = true;
		if (!this.built) return;
		const wasResolved = this.cacheResolved;
		this.cacheResolved = true;
		// The templates may have been indexed only now; notes triaged from here on see their traces.
		if (!wasResolved) this.options = withTemplateTraces(this.givenOptions, this.customTemplateTraces());
		const waiting: TFile[] = [];
		for (const path of this.awaitingCache) {
			const file = this.services.vault.getFileByPath(path);
			if (file !== null && this.services.metadataCache.getFileCache(file) !== null) waiting.push(file);
		}
		for (const file of waiting) this.awaitingCache.delete(file.path);
		if (waiting.length > 0) this.enqueue(waiting);
		else if (!wasResolved) this.changed();
	}

	/** One note changed: only that note is read again, from the text the event carries, when its cache shows a trace. */
	private noteChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (!this.built) return;
		const path = file.path;
		this.awaitingCache.delete(path);
		this.bump(path);
		let changed: boolean;
		if (this.showsTrace(path, cache)) {
			this.tally.candidates++;
			changed = this.put(path, readNote(path, data, cache, this.options));
		} else changed = this.remove(path);
		if (changed) this.changed();
	}

	private noteDeleted(path: string): void {
		if (!this.built) return;
		this.bump(path);
		this.awaitingCache.delete(path);
		if (this.remove(path)) this.changed();
	}

	/** A file or folder moved: the notes it holds are triaged again under their new paths (the place is a trace). */
	private fileRenamed(file: TAbstractFile, oldPath: string): void {
		if (!this.built) return;
		const moved: TFile[] = [];
		let removed = false;
		if (file instanceof TFolder) {
			const prefix = `${oldPath}/`;
			for (const path of [...this.notes.keys()]) {
				if (!path.startsWith(prefix)) continue;
				this.bump(path);
				removed = this.remove(path) || removed;
			}
			const newPrefix = `${file.path}/`;
			for (const note of this.services.vault.getMarkdownFiles())
				if (note.path.startsWith(newPrefix)) moved.push(note);
		} else if (file instanceof TFile && file.extension === "md") {
			this.bump(oldPath);
			removed = this.remove(oldPath);
			moved.push(file);
		}
		if (removed) this.changed();
		if (moved.length > 0) this.enqueue(moved);
	}

	/** Stores a note when it is a spec (or drops the path when it is not); returns whether the specs changed. */
	private put(path: string, note: SpecNote): boolean {
		if (!note.isSpec) return this.remove(path);
		const old = this.notes.get(path);
		this.notes.set(path, note);
		if (this.ordered !== null) {
			if (old !== undefined) this.removedSince.push(old);
			this.addedSince.push(note);
			this.forgetOrderIfBusy();
		}
		return true;
	}

	/** Drops the note at a path; returns whether there was one. */
	private remove(path: string): boolean {
		const old = this.notes.get(path);
		if (old === undefined) return false;
		this.notes.delete(path);
		if (this.ordered !== null) {
			this.removedSince.push(old);
			this.forgetOrderIfBusy();
		}
		return true;
	}

	/** When many notes changed since the order was made, sorting afresh is cheaper than patching. */
	private forgetOrderIfBusy(): void {
		if (this.ordered !== null && this.removedSince.length + this.addedSince.length > this.notes.size / 4 + 64) {
			this.ordered = null;
			this.removedSince = [];
			this.addedSince = [];
		}
	}

	/** Tells the listeners about the notes the queue changed since the last time, once for many. */
	private announce(): void {
		if (!this.unannounced) return;
		this.unannounced = false;
		this.changed();
	}

	private changed(): void {
		this.rev++;
		for (const listener of [...this.listeners]) listener(this.rev);
	}
}
