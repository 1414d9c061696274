// The triage's view of Obsidian's metadata cache: the clues the core's showsSpecTrace judges, taken from a note's
// CachedMetadata without reading its text. The command line takes the same clues from its own scan of the text.
import type { CachedMetadata } from "obsidian";
import { specTraceClues, type SpecTraceClues } from "../core/reading/specTrace";

/** A body tag without its '#'. */
function bareTag(tag: string): string {
	return tag.charCodeAt(0) === 35 ? tag.slice(1) : tag;
}

/**
 * Whether the cache shows a frontmatter block it could not parse (no `frontmatter`, but a block with lines between its
 * `---` at the top): the note may keep its status there, so its text is read and the core names the problem.
 */
export function frontmatterIsBroken(cache: CachedMetadata): boolean {
	if (cache.frontmatter !== undefined) return false;
	const block =
		cache.frontmatterPosition ?? (cache.sections?.[0]?.type === "yaml" ? cache.sections[0].position : null);
	return block !== null && block.start.line === 0 && block.end.line > 1;
}

/** The trace clues of a note from its cache entry: frontmatter, tags and headings, as Obsidian parsed them. */
export function cacheTraceClues(path: string, cache: CachedMetadata): SpecTraceClues {
	const bodyTags = (cache.tags ?? []).map((t) => ({ tag: bareTag(t.tag) }));
	const headings = (cache.headings ?? []).map((h) => ({ level: h.level, text: h.heading }));
	return specTraceClues(path, cache.frontmatter ?? {}, frontmatterIsBroken(cache), bodyTags, headings);
}
