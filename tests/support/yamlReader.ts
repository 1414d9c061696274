// The YAML reader the core tests hand to readSpecNote: gray-matter's own YAML engine (js-yaml 3, safe schema).
import matter from "gray-matter";
import type { YamlReader } from "../../src/core/model/specNote";

/** Parses YAML text as gray-matter would (Dates for unquoted dates, nested arrays for unquoted `[[links]]`); throws on bad YAML. */
export const readYaml: YamlReader = (yaml: string) => {
	// Passing options (even empty) turns off gray-matter's cache, so every call parses afresh.
	return matter(`---\n${yaml}\n---\n`, {}).data;
};
