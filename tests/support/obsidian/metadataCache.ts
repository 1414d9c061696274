// The metadata cache, asynchronous as Obsidian's: a note written to the vault is indexed LATER (Obsidian parses in a
// worker), so `getFileCache` is null for a new note (and stale for a changed one) until then; `changed` fires when a
// note is indexed and `resolved` once the queue is empty. Tests wait with `await app.metadataCache.settle()`.
import type { CachedMetadata } from "obsidian";
import { computeCachedMetadata, getAllTagsOf, parseFrontMatterTagsOf, parseYamlText } from "../fakeCache";
import { Events } from "./events";
import type { TFile, Vault } from "./vault";

/** The metadata cache: CachedMetadata computed from each note's text; emits changed/deleted/resolve/resolved. */
export class MetadataCache extends Events {
	private caches = new Map<string, CachedMetadata>();
	/** Notes written but not indexed yet, in the order they were written. */
	private pending = new Set<TFile>();
	private timer: ReturnType<typeof setTimeout> | null = null;
	/** Test helper: how many times `resolved` has fired. */
	resolvedCount = 0;

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

	/** Called by the vault after a write: the note is indexed later (on a timer, or by `settle`). */
	queueIndex(file: TFile): void {
		if (file.extension !== "md") return;
		this.pending.add(file);
		this.timer ??= setTimeout(() => {
			this.timer = null;
			this.indexPending();
		}, 0);
	}

	/** Whether notes are waiting to be indexed. */
	get isIndexing(): boolean {
		return this.pending.size > 0;
	}

	/** Indexes every waiting note (each emits `changed` then `resolve`), then emits `resolved` once. */
	private indexPending(): void {
		if (this.pending.size === 0) return;
		while (this.pending.size > 0) {
			const [file] = this.pending;
			this.pending.delete(file);
			const text = this.vault.peek(file.path);
			if (text === undefined) continue;
			// Obsidian parses in a worker and posts the result back: its cache holds fresh strings, never slices of the text.
			const computed = computeCachedMetadata(text);
			const cache = typeof structuredClone === "function" ? structuredClone(computed) : computed;
			this.caches.set(file.path, cache);
			this.trigger("changed", file, text, cache);
			this.trigger("resolve", file);
		}
		this.resolvedCount++;
		this.trigger("resolved");
	}

	/**
	 * Test helper: indexes every waiting note now and lets the handlers' promise callbacks run, until nothing is left
	 * to index (a handler that writes a note queues it again). Resolves when the cache matches the vault.
	 */
	async settle(): Promise<void> {
		for (let round = 0; round < 20; round++) {
			if (this.timer !== null) clearTimeout(this.timer);
			this.timer = null;
			this.indexPending();
			for (let i = 0; i < 10; i++) await Promise.resolve();
			if (this.pending.size === 0) return;
		}
		throw new Error("The metadata cache never settled: notes keep being written.");
	}

	/** Called by the vault when a note is deleted: emit "deleted" with the previous cache. */
	forgetFile(file: TFile): void {
		this.pending.delete(file);
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
}

/** Obsidian's getAllTags: frontmatter tags first, then body tags, each with '#'. */
export function getAllTags(cache: CachedMetadata): string[] | null {
	return getAllTagsOf(cache);
}

/** Obsidian's parseFrontMatterTags. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
	return parseFrontMatterTagsOf(frontmatter);
}

/** Obsidian's parseYaml. */
export function parseYaml(yaml: string): unknown {
	return parseYamlText(yaml);
}
