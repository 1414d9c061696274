// The live index of spec notes: built from Obsidian's metadata cache when the layout is ready, then kept current
// one note at a time from the cache's "changed"/"deleted" and the vault's "rename" events.
import {
	TFile,
	TFolder,
	type CachedMetadata,
	type EventRef,
	type MetadataCache,
	type TAbstractFile,
	type Vault,
	type Workspace,
} from "obsidian";
import { isOpenQuestionsHeading } from "../core/reading/openQuestions";
import { isSignOffHeading } from "../core/reading/signOffs";
import { buildSpecNote, inSpecFolders } from "../core/reading/readSpecNote";
import type { ReadOptions } from "../core/reading/readOptions";
import { sortSpecs, withChangedSpecs } from "../core/board/rollup";
import type { SpecNote } from "../core/model/specNote";
import { bodyFactsFromCache, frontmatterFromCache, frontmatterNeedsText, mayHoldInlineField } from "./cacheFacts";
import { mayBeSpec } from "./specCandidate";

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

/** How many note texts are read at the same time in the background. */
const READS_AT_ONCE = 16;

/** Background reads applied between two notifications at most (the board redraws once per frame anyway). */
const READS_PER_NOTICE = 500;

/** Why a note's text is read in the background. */
type ReadReason =
	/** The note was built from the cache, which lacks part of it (question text, an inline Status line, bad frontmatter). */
	| "complete"
	/** The cache shows no trace of a spec: only an inline `Status:` line in the text can make it one. */
	| "inline-status";

/** A background read waiting its turn. */
interface PendingRead {
	file: TFile;
	generation: number;
	reason: ReadReason;
}

/** Builds a note from the cache alone, or with its text when given. */
function noteFrom(path: string, cache: CachedMetadata, text: string | null, options: ReadOptions): SpecNote {
	return buildSpecNote(
		{ path, frontmatter: frontmatterFromCache(cache, text), facts: bodyFactsFromCache(cache, text), text },
		options,
	);
}

/** Whether the cache shows a sign-off heading: the names in its checked items are only in the text. */
function hasSignOffHeading(cache: CachedMetadata): boolean {
	return (cache.headings ?? []).some((h) => isSignOffHeading(h.heading));
}

/**
 * Whether the cache alone leaves part of a note unknown: question text, sign-off names, an inline Status line,
 * unparsed frontmatter.
 * A note the cache shows no status for may still have an inline `Status:` line (the detailed template keeps its
 * status there), which only the text tells; so such notes are read, in the background, within the spec folders.
 * This keeps the board and the command line in agreement on which notes are specs.
 */
function needsText(note: SpecNote, cache: CachedMetadata, options: ReadOptions): boolean {
	if (!note.isSpec) return note.statusSource === "none" && inSpecFolders(note.path, options.specFolders);
	return (
		note.statusSource === "none" ||
		note.hasOpenQuestionsSection ||
		frontmatterNeedsText(cache) ||
		hasSignOffHeading(cache)
	);
}

/**
 * Whether the cache alone shows that needsText will say yes: an open-questions heading makes a note a spec whose
 * questions' text only the text has, a sign-off heading's names are only in the text, and frontmatter the cache could
 * not parse needs the text in any case.
 */
function surelyNeedsText(cache: CachedMetadata): boolean {
	return (
		frontmatterNeedsText(cache) ||
		(cache.headings ?? []).some((h) => isOpenQuestionsHeading(h.heading) || isSignOffHeading(h.heading))
	);
}

/**
 * Whether a note can be passed over without building it from the cache: outside the spec folders it is never a spec,
 * and a note whose cache shows no trace of a spec (see mayBeSpec) can only become one by an inline Status line.
 * Returns "skip" (never a spec), "inline-status" (read its text for that line) or "build".
 */
function triage(path: string, cache: CachedMetadata, options: ReadOptions): "skip" | "inline-status" | "build" {
	if (!inSpecFolders(path, options.specFolders)) return "skip";
	if (frontmatterNeedsText(cache) || mayBeSpec(cache, options)) return "build";
	return "inline-status";
}

/** The live index: every spec note by path, kept in board order, a revision number, and listeners told of each change. */
export class SpecIndex {
	private readonly notes = new Map<string, SpecNote>();
	private readonly generation = new Map<string, number>();
	private readonly listeners = new Set<IndexListener>();
	private options: ReadOptions;
	private rev = 0;
	/** Grows with every note change, never reset, so a read from before a rebuild can never pass for a newer one. */
	private lastGeneration = 0;
	private built = false;
	/** The specs in board order as of the last specs() call, or null when they must be sorted afresh. */
	private ordered: SpecNote[] | null = null;
	/** Notes replaced or removed, and notes added, since `ordered` was made. */
	private removedSince: SpecNote[] = [];
	private addedSince: SpecNote[] = [];
	private readQueue: PendingRead[] = [];
	/** The next read of readQueue to start (the queue is walked, not shifted, and dropped when done). */
	private readHead = 0;
	private readsRunning = 0;
	private readsUnannounced = 0;
	private settled: Promise<void> = Promise.resolve();
	private settle: (() => void) | null = null;

	constructor(
		private readonly services: SpecIndexServices,
		options: ReadOptions,
	) {
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

	/** Resolves when the background text reads started so far have finished (tests and the first render wait on it). */
	whenSettled(): Promise<void> {
		return this.settled;
	}

	/** New reading options (spec tag, folders, vocabularies): the whole index is rebuilt. */
	setOptions(options: ReadOptions): void {
		this.options = options;
		if (this.built) this.rebuild();
	}

	/** Reads every Markdown note from the cache, notifies once, then reads the texts the cache cannot stand for, in the background. */
	rebuild(): void {
		this.notes.clear();
		this.generation.clear();
		this.readQueue = [];
		this.readHead = 0;
		this.ordered = null;
		this.removedSince = [];
		this.addedSince = [];
		const { metadataCache, vault } = this.services;
		const options = this.options;
		const reads: PendingRead[] = [];
		for (const file of vault.getMarkdownFiles()) {
			const cache = metadataCache.getFileCache(file);
			if (!cache) continue; // Not indexed yet: its "changed" event will bring it.
			const path = file.path;
			const verdict = triage(path, cache, options);
			if (verdict === "skip") continue;
			if (verdict === "inline-status") {
				reads.push({ file, generation: this.bump(path), reason: "inline-status" });
				continue;
			}
			const note = noteFrom(path, cache, null, options);
			if (note.isSpec) this.notes.set(path, note);
			if (needsText(note, cache, options)) reads.push({ file, generation: this.bump(path), reason: "complete" });
		}
		this.built = true;
		this.readsUnannounced = 0;
		this.changed();
		this.readQueue = reads;
		this.pumpReads();
	}

	/** Marks a note as changed; a background read that started before the mark is ignored when it ends. */
	private bump(path: string): number {
		const next = ++this.lastGeneration;
		this.generation.set(path, next);
		return next;
	}

	/** Queues a background read of a note's text. */
	private queueRead(file: TFile, generation: number, reason: ReadReason): void {
		this.readQueue.push({ file, generation, reason });
		this.pumpReads();
	}

	/** Starts queued reads, at most READS_AT_ONCE at a time; announces what they changed when the queue runs dry. */
	private pumpReads(): void {
		if (this.settle === null && (this.readHead < this.readQueue.length || this.readsRunning > 0)) {
			this.settled = new Promise<void>((resolve) => {
				this.settle = resolve;
			});
		}
		while (this.readsRunning < READS_AT_ONCE && this.readHead < this.readQueue.length) {
			const read = this.readQueue[this.readHead++];
			this.readsRunning++;
			void this.readText(read).then(() => {
				this.readsRunning--;
				this.pumpReads();
			});
		}
		if (this.readHead >= this.readQueue.length) {
			this.readQueue = [];
			this.readHead = 0;
		}
		if (this.readsRunning === 0 && this.readQueue.length === 0) {
			this.announceReads();
			const settle = this.settle;
			this.settle = null;
			settle?.();
		}
	}

	/** Tells the listeners about the notes background reads changed, once for many. */
	private announceReads(): void {
		if (this.readsUnannounced === 0) return;
		this.readsUnannounced = 0;
		this.changed();
	}

	/** Reads one note's text and rebuilds it, unless a newer change to the note arrived meanwhile. */
	private async readText(read: PendingRead): Promise<void> {
		const { file, generation } = read;
		if (this.generation.get(file.path) !== generation) return;
		let text: string;
		try {
			text = await this.services.vault.cachedRead(file);
		} catch {
			return; // Gone or unreadable: the cache-only reading stays, and a "deleted" event will follow if gone.
		}
		if (this.generation.get(file.path) !== generation) return;
		const cache = this.services.metadataCache.getFileCache(file);
		if (!cache) return;
		// A note the cache shows no trace of a spec in becomes one only by an inline Status line: no such word, no spec.
		if (read.reason === "inline-status" && !mayHoldInlineField(text)) return;
		if (this.put(file.path, noteFrom(file.path, cache, text, this.options))) {
			this.readsUnannounced++;
			if (this.readsUnannounced >= READS_PER_NOTICE) this.announceReads();
		}
	}

	/** One note changed: only that note is rebuilt, from the cache and the text the event carries when needed. */
	private noteChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (!this.built) return;
		this.bump(file.path);
		const verdict = triage(file.path, cache, this.options);
		let note: SpecNote | null = null;
		if (verdict === "inline-status") {
			if (mayHoldInlineField(data)) note = noteFrom(file.path, cache, data, this.options);
		} else if (verdict === "build") {
			// Built once, with the text the event carries, when the cache shows it will be needed; else from the cache first.
			if (surelyNeedsText(cache)) note = noteFrom(file.path, cache, data, this.options);
			else {
				note = noteFrom(file.path, cache, null, this.options);
				if (needsText(note, cache, this.options)) note = noteFrom(file.path, cache, data, this.options);
			}
		}
		if (note !== null ? this.put(file.path, note) : this.remove(file.path)) this.changed();
	}

	private noteDeleted(path: string): void {
		if (!this.built) return;
		this.bump(path);
		if (this.remove(path)) this.changed();
	}

	/** A file or folder moved: the notes it holds are rebuilt under their new paths (folders and title may depend on it). */
	private fileRenamed(file: TAbstractFile, oldPath: string): void {
		if (!this.built) return;
		if (file instanceof TFolder) {
			const prefix = `${oldPath}/`;
			let moved = false;
			for (const path of [...this.notes.keys()]) {
				if (!path.startsWith(prefix)) continue;
				this.bump(path);
				moved = this.remove(path) || moved;
				const target = this.services.vault.getFileByPath(file.path + path.slice(oldPath.length));
				if (target) moved = this.reindexFile(target) || moved;
			}
			if (moved) this.changed();
			return;
		}
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.bump(oldPath);
		const removed = this.remove(oldPath);
		const added = this.reindexFile(file);
		if (removed || added) this.changed();
	}

	/** Reads one file again from the cache, and its text in the background if the cache cannot answer; returns whether the specs changed. */
	private reindexFile(file: TFile): boolean {
		const cache = this.services.metadataCache.getFileCache(file);
		if (!cache) return false;
		const generation = this.bump(file.path);
		const verdict = triage(file.path, cache, this.options);
		if (verdict === "skip") return this.remove(file.path);
		if (verdict === "inline-status") {
			const removed = this.remove(file.path);
			this.queueRead(file, generation, "inline-status");
			return removed;
		}
		const note = noteFrom(file.path, cache, null, this.options);
		const changed = this.put(file.path, note);
		if (needsText(note, cache, this.options)) this.queueRead(file, generation, "complete");
		return changed;
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

	private changed(): void {
		this.rev++;
		for (const listener of [...this.listeners]) listener(this.rev);
	}
}
