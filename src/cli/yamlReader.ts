// The command line's YAML reader: gray-matter's own YAML engine (js-yaml's safeLoad), as `matter()` would parse it.
import engines from "gray-matter/lib/engines";
import type { YamlReader } from "../core/model/specNote";
import { readSimpleYaml } from "./simpleYaml";

/**
 * Reads frontmatter YAML (the text between the `---` lines) into a plain value; throws on malformed YAML
 * with a one-line message ("... at line 5, column 3", counted as in the file, whose line 1 is the opening `---`).
 * It calls gray-matter's YAML engine directly: the same parser and schema as `matter(text)`, without its
 * wrapping, which costs as much again as the parsing (see bench/README.md); empty YAML reads as {}, as in gray-matter.
 * Plainly simple YAML (see simpleYaml.ts) is read by a fast reader that gives exactly what js-yaml gives.
 */
export const readYaml: YamlReader = (yaml: string): unknown => {
	if (yaml.trim() === "") return {};
	const simple = readSimpleYaml(yaml);
	if (simple !== undefined) return simple;
	try {
		// The leading newline stands for the opening `---`, so js-yaml's line numbers are the file's.
		return engines.yaml.parse(`\n${yaml}`) ?? {};
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new Error(message.split("\n")[0].replace(/:\s*$/, ""));
	}
};
