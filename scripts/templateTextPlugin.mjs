// The build's template loader: each .md under templates/ becomes a string, after its frontmatter is checked.
// esbuild.config.mjs uses it; tests/core/templates/buildTemplates.test.ts holds it to failing on a broken template.
import { readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";

/** Why a template's frontmatter does not parse (a message naming the file), or null when it parses. */
export function templateFrontmatterError(text, fileName) {
	try {
		matter(text, { cache: false });
		return null;
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return `template ${fileName} has frontmatter that does not parse: ${detail}`;
	}
}

/** Templates are data: esbuild plugin that loads templates/*.md as text and fails the build on broken frontmatter. */
export const templateTextPlugin = {
	name: "template-text",
	setup(build) {
		build.onLoad({ filter: /[\\/]templates[\\/][^\\/]+\.md$/ }, async (args) => {
			const text = await readFile(args.path, "utf8");
			const error = templateFrontmatterError(text, path.basename(args.path));
			if (error !== null) return { errors: [{ text: error }] };
			return { contents: `export default ${JSON.stringify(text)};`, loader: "js", watchFiles: [args.path] };
		});
	},
};
