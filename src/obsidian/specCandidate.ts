// A cheap look at Obsidian's cache that rules out most notes that cannot be specs, before a SpecNote is built.
// It only ever answers "may be a spec" too often, never too rarely: every rule of the core that makes a note a spec
// (readSpecNote's `qualifies`) leaves a trace this looks for, and a note without any trace would not qualify.
// tests/obsidian/specCandidate.test.ts holds it to that against the core on every fixture, capture and sample vault.
import type { CachedMetadata } from "obsidian";
import type { ReadOptions } from "../core/reading/readOptions";
import { tagKey } from "../core/model/tags";
import { keyForm } from "../core/markdown/frontmatterLines";

/** Whether a frontmatter value (a string, a number, or a list of them, nested) holds one of the words, lower-cased. */
function valueMentions(value: unknown, words: readonly string[], depth = 0): boolean {
	if (typeof value === "string" || typeof value === "number") {
		const text = String(value).toLowerCase();
		return words.some((word) => text.includes(word));
	}
	if (Array.isArray(value) && depth < 4) return value.some((item) => valueMentions(item, words, depth + 1));
	return false;
}

/**
 * Whether a note may be a spec by what the cache alone shows, for `options`: `false` only when it has no status key
 * or `status/` tag, no `type`, no spec tag and no open-questions heading in the cache. A `false` note can still turn
 * out a spec by an inline `Status:` line, which only its text shows, and a note whose frontmatter the cache could not
 * parse needs its text too: the caller reads those (see SpecIndex). Spec folders are not looked at here.
 */
export function mayBeSpec(cache: CachedMetadata, options: Pick<ReadOptions, "specTag" | "everyNoteIsSpec">): boolean {
	if (options.everyNoteIsSpec) return true;
	const specTag = tagKey(options.specTag);
	const tagWords = specTag === "" ? ["status"] : ["status", specTag];
	const frontmatter: Record<string, unknown> | undefined = cache.frontmatter;
	if (frontmatter !== undefined && frontmatter !== null) {
		for (const key of Object.keys(frontmatter)) {
			const form = keyForm(key);
			if (form.includes("status") || form.includes("type")) return true;
			if (form.includes("tag") && valueMentions(frontmatter[key], tagWords)) return true;
		}
	}
	for (const tag of cache.tags ?? []) {
		const lower = tag.tag.toLowerCase();
		if (tagWords.some((word) => lower.includes(word))) return true;
	}
	for (const heading of cache.headings ?? []) {
		if (heading.heading.toLowerCase().includes("open question")) return true;
	}
	return false;
}
