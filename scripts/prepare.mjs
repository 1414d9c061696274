// npm's `prepare` script: builds main.js and dist/cli.cjs (esbuild.config.mjs). npm runs it after `npm ci` /
// `npm install` in a clone, before `npm pack`, and when the package is installed from a git URL.
// For `npm install -g <git URL>`, npm 11 runs it in its clone without having installed the build tools there
// (npm/cli#8440: the global flag leaks into the clone's install): then they are installed into the clone first,
// with the global settings taken out, so the global install from git works too.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import process from "node:process";

const require = createRequire(import.meta.url);

/** Whether the build tools can be loaded from here. */
function hasBuildTools() {
	try {
		require.resolve("esbuild");
		return true;
	} catch {
		return false;
	}
}

if (!hasBuildTools()) {
	process.stderr.write("spec-board prepare: the build tools are missing (npm/cli#8440); installing them here\n");
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		const lower = key.toLowerCase();
		if (lower === "npm_config_global" || lower === "npm_config_prefix" || lower === "npm_config_location")
			delete env[key];
	}
	const npm = process.env.npm_execpath;
	const [command, args] = npm ? [process.execPath, [npm]] : [process.platform === "win32" ? "npm.cmd" : "npm", []];
	const installed = spawnSync(
		command,
		[
			...args,
			"install",
			"--no-save",
			"--no-package-lock",
			"--global=false",
			"--location=project",
			"--include=dev",
			"--ignore-scripts",
			"--no-audit",
			"--no-fund",
		],
		{ stdio: "inherit", env },
	);
	if (installed.status !== 0) process.exit(installed.status ?? 1);
}

const built = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
process.exit(built.status ?? 1);
