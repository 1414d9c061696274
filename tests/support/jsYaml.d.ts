// Types for the part of js-yaml 4 the test double uses (tests/support/fakeCache.ts): Obsidian reads and writes
// frontmatter with js-yaml, so the double does too. js-yaml ships no types; it comes with the toolchain.
declare module "js-yaml" {
	/** A js-yaml schema. */
	interface Schema {
		readonly brand?: "js-yaml schema";
	}
	/** YAML 1.2's core schema: strings, numbers, booleans, null; no timestamps, no merge keys, no binary. */
	export const CORE_SCHEMA: Schema;
	/** Parses one YAML document; throws a YAMLException on malformed YAML or a duplicate key. */
	export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
	/** Writes a value as YAML. */
	export function dump(
		value: unknown,
		options?: { schema?: Schema; lineWidth?: number; quotingType?: "'" | '"'; indent?: number },
	): string;
}
