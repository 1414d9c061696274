// Builds Spec Board and copies main.js, manifest.json and styles.css into a vault's plugin folder.
// Usage: npm run install-plugin -- /path/to/vault [--force]
//        npm run dev [-- /path/to/vault]   (watch mode: rebuilds on every change, into the vault when one is given)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];

/** Parses `VAULT [--force] [--watch]`; returns null (with a message) when the arguments are wrong. */
export function parseInstallArgs(argv) {
	const options = { vault: null, force: false, watch: false };
	for (const arg of argv) {
		if (arg === "--force") options.force = true;
		else if (arg === "--watch") options.watch = true;
		else if (arg.startsWith("-")) return { error: `unknown option ${arg}` };
		else if (options.vault === null) options.vault = arg;
		else return { error: `unexpected argument ${arg}` };
	}
	if (options.vault === null && !options.watch)
		return { error: "give the path of a vault: npm run install-plugin -- /path/to/vault" };
	return options;
}

/** The plugin folder inside a vault, or an error when the folder is not a vault (no .obsidian) and not forced. */
export function pluginFolderFor(vault, force) {
	const resolved = path.resolve(vault);
	if (!existsSync(resolved) || !statSync(resolved).isDirectory()) return { error: `${resolved} is not a folder.` };
	const configDir = path.join(resolved, ".obsidian");
	if (!existsSync(configDir) && !force) {
		return {
			error: `${resolved} does not look like an Obsidian vault (it has no .obsidian folder). Open it in Obsidian once, or pass --force.`,
		};
	}
	return { folder: path.join(configDir, "plugins", "spec-board") };
}

/** Copies the three plugin files into the folder, creating it. */
export function copyPluginFiles(folder) {
	mkdirSync(folder, { recursive: true });
	for (const file of PLUGIN_FILES) copyFileSync(path.join(root, file), path.join(folder, file));
}

function main() {
	const options = parseInstallArgs(process.argv.slice(2));
	if (options.error) {
		process.stderr.write(`install-plugin: ${options.error}\n`);
		process.exit(2);
	}
	if (options.vault === null) {
		// `npm run dev` without a vault: rebuild main.js here on every change.
		execFileSync(process.execPath, [path.join(root, "esbuild.config.mjs"), "--watch"], {
			cwd: root,
			stdio: "inherit",
		});
		return;
	}
	const target = pluginFolderFor(options.vault, options.force);
	if (target.error) {
		process.stderr.write(`install-plugin: ${target.error}\n`);
		process.exit(2);
	}
	if (options.watch) {
		// esbuild writes main.js there on every rebuild and copies manifest.json and styles.css beside it.
		mkdirSync(target.folder, { recursive: true });
		execFileSync(process.execPath, [path.join(root, "esbuild.config.mjs"), "--watch", "--out", target.folder], {
			cwd: root,
			stdio: "inherit",
		});
		return;
	}
	execFileSync(process.execPath, [path.join(root, "esbuild.config.mjs"), "production"], {
		cwd: root,
		stdio: "inherit",
	});
	copyPluginFiles(target.folder);
	process.stdout.write(
		`Installed Spec Board into ${target.folder}\nReload Obsidian, then enable Spec Board in Settings → Community plugins.\n`,
	);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
