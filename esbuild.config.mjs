// Builds the plugin (main.js, for Obsidian: desktop and mobile) and the command line (dist/cli.cjs, for Node).
// Usage: node esbuild.config.mjs [production] [--watch] [--out DIR]
import esbuild from "esbuild";
import builtins from "node:module";
import { copyFile } from "node:fs/promises";
import path from "node:path";
import { templateTextPlugin } from "./scripts/templateTextPlugin.mjs";

const production = process.argv.includes("production");
const watch = process.argv.includes("--watch");
const outIndex = process.argv.indexOf("--out");
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : null;

const nodeBuiltins = [...builtins.builtinModules, ...builtins.builtinModules.map((m) => `node:${m}`)];

const pluginOptions = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...nodeBuiltins],
	format: "cjs",
	target: "es2020",
	platform: "browser",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
	plugins: [templateTextPlugin],
};

const cliOptions = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "node",
	target: "node20",
	logLevel: "info",
	sourcemap: false,
	outfile: "dist/cli.cjs",
	plugins: [templateTextPlugin],
};

/** In watch mode with --out, keeps manifest.json and styles.css beside the rebuilt main.js. */
const copyBesidePlugin = {
	name: "copy-beside",
	setup(build) {
		build.onEnd(async () => {
			for (const file of ["manifest.json", "styles.css"]) await copyFile(file, path.join(outDir, file));
		});
	},
};

if (watch) {
	const options = outDir
		? {
				...pluginOptions,
				outfile: path.join(outDir, "main.js"),
				plugins: [...pluginOptions.plugins, copyBesidePlugin],
			}
		: pluginOptions;
	const context = await esbuild.context(options);
	await context.watch();
} else {
	await esbuild.build(pluginOptions);
	await esbuild.build(cliOptions);
}
