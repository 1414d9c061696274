#!/usr/bin/env node
// The spec-board command line: prints the status board of a folder of Markdown specs (built by `npm run build`).
require("../dist/cli.cjs");
