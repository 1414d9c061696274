// The package as a team installs it: `npm pack` (which builds dist/ through `prepare`), then
// `npm install -g --prefix TMP TARBALL` offline, then the installed `spec-board` run on examples/vault from another
// folder. Proves the tarball ships only what it needs and needs no dependency at run time (everything is bundled
// into dist/cli.cjs). Prints "N passed, M failed"; exits non-zero on failure.
// Usage: node tests/cli/packInstall.mjs   (KEEP_PACK_COPY=1 keeps the temporary folder)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { assert, createCheckReport } from "../support/checkReport.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { counts, check, summary } = createCheckReport();

/** Runs a program; never throws. */
function exec(program, args, cwd, extraEnv = {}) {
	const env = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", ...extraEnv };
	delete env.npm_lifecycle_event;
	delete env.npm_lifecycle_script;
	const result = spawnSync(program, args, { cwd, env, encoding: "utf8", timeout: 5 * 60_000 });
	return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", error: result.error };
}

function tail(result) {
	return `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-6).join(" | ");
}

function main() {
	const temp = mkdtempSync(path.join(tmpdir(), "spec-board-pack-"));
	const prefix = path.join(temp, "prefix");
	let keep = process.env.KEEP_PACK_COPY === "1";
	try {
		let tarball = "";
		if (
			!check("npm pack builds dist/ (prepare) and packs only what the command needs", () => {
				const before = Date.now();
				const result = exec("npm", ["pack", "--json", "--pack-destination", temp], repoRoot);
				assert(result.status === 0, `exit ${result.status}: ${tail(result)}`);
				// `prepare` ran: the bundle was rebuilt by this pack (npm 11 runs the package's own scripts; its
				// "allowScripts" warning is about dependencies' install scripts).
				const built = statSync(path.join(repoRoot, "dist", "cli.cjs")).mtimeMs;
				assert(built >= before - 1000, "dist/cli.cjs was not rebuilt by npm pack (prepare did not run)");
				const packed = JSON.parse(result.stdout.slice(result.stdout.indexOf("[")))[0];
				tarball = path.join(temp, packed.filename);
				const files = packed.files.map((f) => f.path).sort();
				const expected = [
					"LICENSE",
					"README.md",
					"bin/spec-board.js",
					"dist/cli.cjs",
					"package.json",
					"schema/spec-board.schema.json",
				];
				assert(
					JSON.stringify(files) === JSON.stringify(expected),
					`packed ${files.join(", ")}; expected ${expected.join(", ")}`,
				);
				const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
				assert(
					manifest.dependencies === undefined || Object.keys(manifest.dependencies).length === 0,
					`the package has run-time dependencies: ${Object.keys(manifest.dependencies ?? {}).join(", ")}`,
				);
				return `${files.length} files, ${Math.round(packed.size / 1024)} kB`;
			})
		)
			return;

		if (
			!check("npm install -g --prefix TMP TARBALL works offline", () => {
				const result = exec(
					"npm",
					["install", "-g", "--prefix", prefix, "--offline", "--no-audit", tarball],
					temp,
				);
				assert(result.status === 0, `exit ${result.status}: ${tail(result)}`);
				const bin = path.join(prefix, "bin", "spec-board");
				assert(existsSync(bin), `${bin} is missing`);
			})
		)
			return;

		const bin = path.join(prefix, "bin", "spec-board");
		const vault = path.join(repoRoot, "examples", "vault");
		check("the installed spec-board prints the board of examples/vault from another folder", () => {
			const result = exec(bin, [vault, "--no-color"], temp);
			assert(result.status === 0, `exit ${result.status}: ${tail(result)}`);
			assert(result.stdout.startsWith("Spec Board · "), `no board: ${tail(result)}`);
			assert(result.stderr === "", `stderr: ${result.stderr.trim()}`);
			return result.stdout.split("\n")[1];
		});

		check("the installed spec-board check and --json run, and --version is the package's", () => {
			const checked = exec(bin, ["check", vault, "--format", "json"], temp);
			assert(checked.status === 0 || checked.status === 1, `check exit ${checked.status}: ${tail(checked)}`);
			assert(Array.isArray(JSON.parse(checked.stdout).findings), "check --format json has no findings list");
			const json = exec(bin, [vault, "--json"], temp);
			assert(json.status === 0 && JSON.parse(json.stdout).schema === 1, `--json: ${tail(json)}`);
			const version = exec(bin, ["--version"], temp);
			const own = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).version;
			assert(version.stdout.trim() === own, `--version printed ${version.stdout.trim()}, expected ${own}`);
		});

		check("npx --package TARBALL spec-board runs it without installing it", () => {
			const result = exec(
				"npx",
				["--yes", "--offline", "--package", tarball, "--", "spec-board", vault, "--summary", "--no-color"],
				temp,
				{ npm_config_cache: path.join(temp, "npm-cache") },
			);
			assert(result.status === 0, `exit ${result.status}: ${tail(result)}`);
			assert(result.stdout.startsWith("Spec Board · "), `no board: ${tail(result)}`);
		});
	} finally {
		if (counts.failed > 0) keep = true;
		if (keep) process.stdout.write(`the temporary folder is kept in ${temp}\n`);
		else rmSync(temp, { recursive: true, force: true });
	}
}

main();
summary();
