#!/usr/bin/env node
// The spec-board command line: prints the status board of a folder of Markdown specs (built by `npm run build`).
const { existsSync } = require("node:fs");
const path = require("node:path");

const cli = path.join(__dirname, "..", "dist", "cli.cjs");
if (!existsSync(cli)) {
	process.stderr.write(
		"spec-board: the command line is not built yet (dist/cli.cjs is missing): run npm run build first.\n",
	);
	process.exit(2);
}
require(cli);
