// Types for gray-matter's engine table, which the command line's YAML reader calls directly (see yamlReader.ts).
declare module "gray-matter/lib/engines" {
	/** gray-matter's built-in engines; `yaml.parse` is js-yaml's `safeLoad`, exactly what `matter()` calls. */
	const engines: { yaml: { parse: (text: string) => unknown } };
	export = engines;
}
