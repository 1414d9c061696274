// Jest transform: a Markdown file imported by the code becomes its text, as esbuild does in the build.
module.exports = {
	process(sourceText) {
		return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(sourceText)} };` };
	},
};
