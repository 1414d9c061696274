// Every real note the tests can find, for tests that hold a shortcut to the result of the long way round:
// the fixtures, the example vault, the shipped templates, and (when ../shared is present) the real-world specs,
// the seed templates and the texts of the Obsidian cache captures (with Obsidian's own cache for them).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { CachedMetadata } from "obsidian";

const repoRoot = path.resolve(__dirname, "../..");
const shared = path.resolve(repoRoot, "../shared");

/** A note of the corpus: a vault-like path, its text, and Obsidian's real cache when a capture gave one. */
export interface CorpusNote {
	path: string;
	text: string;
	realCache?: CachedMetadata;
}

function markdownUnder(dir: string, prefix: string): CorpusNote[] {
	if (!existsSync(dir)) return [];
	const notes: CorpusNote[] = [];
	const walk = (current: string): void => {
		for (const name of readdirSync(current).sort()) {
			if (name.startsWith(".")) continue;
			const full = path.join(current, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md"))
				notes.push({
					path: `${prefix}/${path.relative(dir, full).split(path.sep).join("/")}`,
					text: readFileSync(full, "utf8"),
				});
		}
	};
	walk(dir);
	return notes;
}

function captures(): CorpusNote[] {
	const dir = path.join(shared, "obsidian-cache-captures");
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith(".json"))
		.sort()
		.map((f) => {
			const capture = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as {
				fileContents: string;
				cachedMetadata: CachedMetadata;
			};
			return {
				path: `captures/${f.replace(/\.json$/, ".md")}`,
				text: capture.fileContents,
				realCache: capture.cachedMetadata,
			};
		});
}

/** The whole corpus, in a stable order; paths are unique. */
export function noteCorpus(): CorpusNote[] {
	return [
		...markdownUnder(path.join(repoRoot, "tests/fixtures/notes"), "fixtures"),
		...markdownUnder(path.join(repoRoot, "examples/vault"), "vault"),
		...markdownUnder(path.join(repoRoot, "templates"), "templates"),
		...markdownUnder(path.join(shared, "realworld-specs"), "realworld"),
		...markdownUnder(path.join(shared, "seed-templates"), "seed"),
		...captures(),
	];
}
