// Builds the browser harness page: the board bundle (esbuild, `obsidian` aliased to the in-memory fake),
// styles.css, a stand-in for Obsidian's theme variables, and a vault fixture. Used by run.mjs and the bench.
import esbuild from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Reads every .md file under `dir` into { relativePath: text }; an absent folder gives {}. */
export function readVault(dir) {
	const files = {};
	if (!existsSync(dir)) return files;
	const walk = (current) => {
		for (const name of readdirSync(current).sort()) {
			if (name.startsWith(".")) continue;
			const full = path.join(current, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md"))
				files[path.relative(dir, full).split(path.sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return files;
}

/** Bundles a page script once into `outDir`: the board page (page.ts -> board.js) unless another entry is named. */
export async function buildBundle(outDir, { entry = "page.ts", script = "board.js" } = {}) {
	mkdirSync(outDir, { recursive: true });
	await esbuild.build({
		entryPoints: [path.join(repoRoot, "tests/browser", entry)],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		alias: { obsidian: path.join(repoRoot, "tests/support/obsidianModule.ts") },
		loader: { ".md": "text" },
		outfile: path.join(outDir, script),
		logLevel: "warning",
	});
}

/**
 * Writes `outDir`/`name`.html: theme stand-in, styles.css, the fixture, and the bundle (`script`, board.js by default);
 * `platform` is the one the fake app reports ("desktop", "android", "iphone" or "ipad"); `width` the sidebar's (a number or CSS).
 */
export function writePage(
	outDir,
	name,
	{ files, theme = "light", mode = "test", width = 320, script = "board.js", platform = "desktop" },
) {
	const themeCss = readFileSync(path.join(repoRoot, "tests/browser/themeStandIn.css"), "utf8");
	const styles = readFileSync(path.join(repoRoot, "styles.css"), "utf8");
	// JSON inside a <script>: escape "<" so no note text can close the tag.
	const fixture = JSON.stringify(files).replace(/</g, "\\u003c");
	const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>Spec board harness</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${themeCss}</style>
<style>${styles}</style>
<style>.spec-board-harness-sidebar { width: ${typeof width === "number" ? `${width}px` : width}; } .spec-board-harness-sidebar.is-narrow { width: 280px; }</style>
</head>
<body class="theme-${theme}">
<div class="spec-board-harness-sidebar"><div class="workspace-leaf"></div></div>
<script>window.specBoardFixture = ${fixture}; window.specBoardMode = ${JSON.stringify(mode)}; window.specBoardPlatform = ${JSON.stringify(platform)};</script>
<script src="${script}"></script>
</body></html>`;
	const file = path.join(outDir, `${name}.html`);
	writeFileSync(file, html);
	return file;
}
