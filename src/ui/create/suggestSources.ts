// What the create form suggests: domains, tags and parent notes, read from Obsidian's metadata cache (never from files).
import { getAllTags, type App, type CachedMetadata, type TFile } from "obsidian";
import type { SpecNote } from "../../core/model/specNote";
import { cleanLinkTarget } from "../../core/model/links";
import { cleanTag } from "../../core/model/tags";

/** The part of the live spec index the suggestions use (SpecIndex has it): the spec notes and their domains. */
export interface DomainSource {
	/** Every indexed spec note. */
	specs(): readonly Pick<SpecNote, "domains">[];
}

/** Frontmatter keys that hold domains. */
const DOMAIN_KEYS = ["domains", "Domains", "domain", "Domain"];

function uniqueSorted(values: Iterable<string>): string[] {
	const byLower = new Map<string, string>();
	for (const value of values)
		if (value !== "" && !byLower.has(value.toLowerCase())) byLower.set(value.toLowerCase(), value);
	return [...byLower.values()].sort((a, b) => a.localeCompare(b));
}

function frontmatterList(value: unknown): string[] {
	if (typeof value === "string") return [value];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
	return [];
}

function domainsInFrontmatter(cache: CachedMetadata | null): string[] {
	const frontmatter = cache?.frontmatter;
	if (!frontmatter) return [];
	return DOMAIN_KEYS.flatMap((key) => frontmatterList(frontmatter[key])).map(cleanLinkTarget);
}

function isDomainNote(file: TFile, cache: CachedMetadata | null): boolean {
	const type: unknown = cache?.frontmatter?.type;
	if (typeof type === "string" && type.trim().toLowerCase() === "domain") return true;
	return /(^|\/)domains?$/i.test(file.parent?.path ?? "");
}

/**
 * Domains to suggest: domain notes (frontmatter `type: domain`, or notes in a `Domains` folder) and domains already
 * used, from the spec index when there is one, else from every note's frontmatter in the metadata cache.
 */
export function domainSuggestions(app: App, index: DomainSource | null): string[] {
	const found: string[] = [];
	for (const file of app.vault.getMarkdownFiles()) {
		const cache = app.metadataCache.getFileCache(file);
		if (isDomainNote(file, cache)) found.push(file.basename);
		if (!index) found.push(...domainsInFrontmatter(cache));
	}
	if (index) for (const note of index.specs()) found.push(...note.domains.map(cleanLinkTarget));
	return uniqueSorted(found);
}

/** Obsidian's own tag count, an undocumented method present on desktop and mobile; absent in some versions. */
type TagCounter = { getTags?: () => Record<string, number> };

/** Tags to suggest, without '#': Obsidian's tag list when it offers one, else the tags of every cached note. */
export function tagSuggestions(app: App): string[] {
	const counter = app.metadataCache as unknown as TagCounter;
	if (typeof counter.getTags === "function") return uniqueSorted(Object.keys(counter.getTags()).map(cleanTag));
	const found: string[] = [];
	for (const file of app.vault.getMarkdownFiles()) {
		const cache = app.metadataCache.getFileCache(file);
		if (cache) found.push(...(getAllTags(cache) ?? []).map(cleanTag));
	}
	return uniqueSorted(found);
}

/** Notes to suggest as a parent, as the link text Obsidian would write (shortest unambiguous path). */
export function parentSuggestions(app: App): string[] {
	return uniqueSorted(app.vault.getMarkdownFiles().map((file) => app.metadataCache.fileToLinktext(file, "", true)));
}
