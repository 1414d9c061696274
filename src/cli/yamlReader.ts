// The command line's YAML reader: frontmatter read as Obsidian reads it (YAML 1.2's core schema, as Obsidian's js-yaml
// does): dates stay the text they are, `yes`/`no` stay words, `~` is null, and a duplicate key makes the block unreadable.
import { isCollection, parseDocument, Scalar, visit } from "yaml";
import type { YamlReader } from "../core/model/specNote";
import { readSimpleYaml } from "./simpleYaml";

/**
 * Reads frontmatter YAML (the text between the `---` lines) into a plain value; throws on malformed YAML
 * with a one-line message ("... at line 5, column 3", counted as in the file, whose line 1 is the opening `---`).
 * It parses as Obsidian does (YAML 1.2's core schema, unique keys, no merge keys; tests/cli/obsidianYaml.test.ts holds
 * it to a model of Obsidian's js-yaml reading, on chosen cases and on every note the tests know),
 * so the command line never calls a block broken that the app reads, nor reads a value otherwise; empty YAML reads
 * as {}. Plainly simple YAML (see simpleYaml.ts) is read by a fast reader that gives exactly what this parser gives.
 */
export const readYaml: YamlReader = (yaml: string): unknown => {
	if (yaml.trim() === "") return {};
	const simple = readSimpleYaml(yaml);
	if (simple !== undefined) return simple;
	try {
		// The leading newline stands for the opening `---`, so js-yaml's line numbers are the file's.
		return parseObsidianYaml(`\n${yaml}`) ?? {};
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new Error(message.split("\n")[0].replace(/:\s*$/, ""));
	}
};

/** Parses YAML as Obsidian's frontmatter reader does (YAML 1.2's core schema); throws on malformed YAML or a duplicate key. */
export function parseObsidianYaml(yaml: string): unknown {
	const doc = parseDocument(yaml, { schema: "core", uniqueKeys: true, merge: false });
	if (doc.errors.length > 0) throw doc.errors[0];
	// js-yaml names a key that is itself a map or a list "[object Object]" (`created: {{date}}` in a template).
	visit(doc, {
		Pair(_key, pair) {
			if (isCollection(pair.key)) pair.key = new Scalar("[object Object]");
		},
	});
	return doc.toJS();
}
