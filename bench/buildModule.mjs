// Bundles TypeScript sources into one CommonJS module for a benchmark, the way esbuild.config.mjs builds dist/cli.cjs.
import esbuild from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** This run's folder for bundles, made on first use. */
let outDir = null;

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Bundles `source` (TypeScript importing from the repository, paths relative to its root) into
 * <tmp>/spec-board-bench-XXXXXX/<name>.cjs (a folder of this run's own, so benchmarks run at once never share a
 * bundle), minified like a production build; returns the file's path.
 */
export async function buildModule(name, source) {
	outDir ??= mkdtempSync(path.join(tmpdir(), "spec-board-bench-"));
	const outfile = path.join(outDir, `${name}.cjs`);
	await esbuild.build({
		stdin: { contents: source, resolveDir: repoRoot, loader: "ts", sourcefile: `${name}.ts` },
		bundle: true,
		format: "cjs",
		platform: "node",
		target: "node20",
		minify: true,
		loader: { ".md": "text" },
		outfile,
		logLevel: "warning",
	});
	return outfile;
}
