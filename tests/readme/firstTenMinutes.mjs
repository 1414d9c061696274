// A new user's first ten minutes, as the README tells them: on a clean copy of the repository, run the README's
// first command, install the plugin into a fresh vault with the README's install command, and run the README's
// command-line examples. Every command and every expected output is read from README.md itself, so the README
// cannot drift from what the code does. Prints "N passed, M failed"; exits non-zero on failure.
// Usage: node tests/readme/firstTenMinutes.mjs   (KEEP_README_COPY=1 keeps the temporary copy)
import { spawnSync } from "node:child_process";
import {
	chmodSync,
	copyFileSync,
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { assert, createCheckReport } from "../support/checkReport.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NPM_CI_FLAGS = "--prefer-offline --no-audit --no-fund";
const MINUTE = 60_000;

const { counts, check, report, summary } = createCheckReport();

// ------------------------------------------------------------------ what the README says

/** The README's fenced code blocks, in order: their language and lines. */
export function codeBlocks(markdown) {
	const blocks = [];
	let current = null;
	for (const line of markdown.split(/\r?\n/)) {
		const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
		if (current === null && fence) {
			current = { lang: fence[3].toLowerCase(), fence: fence[2], lines: [] };
		} else if (
			current !== null &&
			line.trim().startsWith(current.fence) &&
			line.trim().replace(/[`~]/g, "") === ""
		) {
			blocks.push({ lang: current.lang, lines: current.lines });
			current = null;
		} else if (current !== null) {
			current.lines.push(line);
		}
	}
	return blocks;
}

/** A shell line without its trailing `# comment`. */
function withoutComment(line) {
	return line.replace(/\s+#\s.*$/, "").trim();
}

/** Every command line of the README's sh blocks. */
function shellLines(blocks) {
	return shellLinesWithComments(blocks).map(withoutComment);
}

/** Every command line of the README's sh blocks, as written (a trailing `# comment` kept). */
function shellLinesWithComments(blocks) {
	return blocks
		.filter((b) => b.lang === "sh" || b.lang === "bash" || b.lang === "shell")
		.flatMap((b) => b.lines.map((line) => line.trim()))
		.filter((line) => withoutComment(line) !== "");
}

/** The exit status a README line's comment announces (`# exit 1: ...`), else 0. */
function expectedExit(line) {
	const match = /\s#\s.*?\bexit (\d+)\b/.exec(line);
	return match === null ? 0 : Number(match[1]);
}

/** What the test needs from the README; throws naming what is missing. */
export function readmeFacts(markdown) {
	const blocks = codeBlocks(markdown);
	const shell = shellLines(blocks);
	const firstCommand = shell[0];
	assert(firstCommand !== undefined, "the README has no sh code block");
	const install = shell.find((line) => line.startsWith("npm run install-plugin -- "));
	assert(install !== undefined, "the README has no `npm run install-plugin -- VAULT` line");
	const vaultPlaceholder = install.slice("npm run install-plugin -- ".length).trim().split(/\s+/)[0];
	const boardSample = blocks.find((b) => b.lang === "text" && (b.lines[0] ?? "").startsWith("Spec Board · "));
	assert(boardSample !== undefined, "the README shows no board output (a text block starting with `Spec Board · `)");
	const refusal = blocks
		.flatMap((b) => (b.lang === "text" ? b.lines : []))
		.find((line) => line.startsWith("install-plugin: "));
	assert(refusal !== undefined, "the README quotes no `install-plugin: ...` refusal");
	assert(
		refusal.includes(vaultPlaceholder),
		`the README's refusal does not name the install command's ${vaultPlaceholder}`,
	);
	const jsonBlock = blocks.find((b) => b.lang === "json" && b.lines.some((line) => line.includes('"notes"')));
	assert(jsonBlock !== undefined, "the README has no json block with notes (the --json sample)");
	const cliExamples = shellLinesWithComments(blocks)
		.filter((line) => /^(npx spec-board|npm run (--silent )?board)\b/.test(line))
		.map((line) => ({ command: withoutComment(line), exit: expectedExit(line) }));
	assert(cliExamples.length > 0, "the README has no command-line examples");
	// Where the README says the plugin lands, like `<vault>/<config folder>/plugins/spec-board/`.
	const pluginFolder = /`<vault>\/([^`]+?)\/?`/.exec(markdown)?.[1];
	assert(pluginFolder !== undefined, "the README does not say where the plugin lands (`<vault>/…/`)");
	return {
		pluginFolder: pluginFolder.split("/"),
		firstCommand,
		install,
		vaultPlaceholder,
		boardSample: boardSample.lines.map((l) => l.trimEnd()).filter((l) => l !== ""),
		refusal,
		jsonSample: JSON.parse(jsonBlock.lines.join("\n")),
		cliExamples,
	};
}

// ------------------------------------------------------------------ a clean copy of the repository

/** The repository's files as a new clone would have them, plus files not yet committed (never ignored ones). */
function repositoryFiles() {
	const listed = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
		cwd: repoRoot,
		encoding: "utf8",
	});
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr.trim()}`);
	return listed.stdout.split("\0").filter((file) => file !== "");
}

/** Copies the files (modes and symbolic links kept; files deleted from the working tree skipped); returns the count. */
function copyRepository(files, target) {
	let copied = 0;
	for (const file of files) {
		const from = path.join(repoRoot, file);
		const stat = lstatSync(from, { throwIfNoEntry: false });
		if (!stat || stat.isDirectory()) continue;
		const to = path.join(target, file);
		mkdirSync(path.dirname(to), { recursive: true });
		if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
		else {
			copyFileSync(from, to);
			chmodSync(to, stat.mode & 0o777);
		}
		copied += 1;
	}
	return copied;
}

/** Runs a README line with bash in the copy; never throws. */
function sh(command, cwd, timeout = 2 * MINUTE) {
	const env = { ...process.env, npm_config_yes: "false", npm_config_update_notifier: "false", NO_COLOR: "1" };
	delete env.npm_lifecycle_event;
	delete env.npm_lifecycle_script;
	const result = spawnSync("bash", ["-c", command], {
		cwd,
		env,
		encoding: "utf8",
		timeout,
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", error: result.error };
}

/** The last lines of a command's output, for a failure message. */
function tail(result) {
	const text = `${result.stdout}\n${result.stderr}`
		.trim()
		.split("\n")
		.filter((l) => !l.includes('Unknown user config "nodedir"'));
	return text.slice(-6).join(" | ") + (result.error ? ` | ${result.error.message}` : "");
}

function sameKeys(actual, documented, where) {
	const a = Object.keys(actual).sort().join(", ");
	const d = Object.keys(documented).sort().join(", ");
	assert(a === d, `${where} has keys [${a}], the README documents [${d}]`);
}

/** Runs one README command-line example in the copy and checks its output by kind. */
function runExample(example, facts, copy) {
	const { command, exit } = example;
	check(`README example: ${command}${exit !== 0 ? ` (exit ${exit})` : ""}`, () => {
		const result = sh(command, copy);
		assert(result.status === exit, `exit ${result.status}, the README says ${exit}: ${tail(result)}`);
		const format = /--format[ =](\w+)/.exec(command)?.[1] ?? (/\s--json\b/.test(command) ? "json" : "text");
		if (/\bspec-board check\b/.test(command)) {
			if (format === "github") {
				const lines = result.stdout.trim().split("\n");
				assert(
					lines.slice(0, -1).every((l) => /^::(error|warning) file=[^,]+,line=\d+,title=[a-z-]+::/.test(l)),
					"not annotations",
				);
				return lines.at(-1);
			}
			if (format === "markdown") {
				assert(/^### . Spec Board check: /.test(result.stdout), `no Markdown summary: ${tail(result)}`);
				return result.stdout.split("\n")[0];
			}
			const verdict = result.stdout.trim().split("\n").at(-1);
			assert(/^\d+ errors?, \d+ warnings? in \d+ specs? checked$/.test(verdict), `no verdict: ${tail(result)}`);
			return verdict;
		}
		if (/\bspec-board changes\b/.test(command)) {
			const expected = format === "markdown" ? /^### Spec status changes since / : /^Spec Board changes · /;
			assert(expected.test(result.stdout), `no changes report: ${tail(result)}`);
			assert(/\bnew → /.test(result.stdout), "the one commit's specs are not listed as new");
			return result.stdout.split("\n")[0];
		}
		if (format !== "json") {
			assert(result.stdout.includes("Spec Board · "), `no board in the output: ${tail(result)}`);
			if (/\s--stale\b/.test(command))
				assert(/ for \d+ days/.test(result.stdout), "no row says how long its spec has been in its status");
			return result.stdout.split("\n").find((l) => /specs?\b.*(match|open question)/.test(l)) ?? "";
		}
		let board;
		try {
			board = JSON.parse(result.stdout);
		} catch (error) {
			throw new Error(`stdout is not JSON (${error.message}): ${result.stdout.slice(0, 120)}`);
		}
		const sample = facts.jsonSample;
		sameKeys(board, sample, "the JSON");
		sameKeys(board.summary, sample.summary, "summary");
		sameKeys(board.summary.byStatus, sample.summary.byStatus, "summary.byStatus");
		sameKeys(board.summary.byPriority, sample.summary.byPriority, "summary.byPriority");
		assert(Array.isArray(board.notes), "notes is not a list");
		for (const note of board.notes) {
			sameKeys(note, sample.notes[0], `note ${note.path}`);
			for (const q of note.openQuestions) sameKeys(q, { text: "", line: 0 }, `an open question of ${note.path}`);
			for (const p of note.problems) sameKeys(p, sample.notes[0].problems[0], `a problem of ${note.path}`);
		}
		assert(
			board.summary.notes === board.notes.length,
			`summary.notes is ${board.summary.notes} for ${board.notes.length} notes`,
		);
		return `${board.notes.length} notes`;
	});
}

// ------------------------------------------------------------------ the walk-through

function main() {
	const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
	let facts;
	if (
		!check("the README names its commands and outputs", () => {
			facts = readmeFacts(readme);
			return `first command: ${facts.firstCommand}; ${facts.cliExamples.length} command-line examples`;
		})
	)
		return;

	const temp = mkdtempSync(path.join(tmpdir(), "spec-board-readme-"));
	const copy = path.join(temp, "spec-board");
	let keep = process.env.KEEP_README_COPY === "1";
	try {
		if (
			!check("a clean copy of the repository", () => {
				const count = copyRepository(repositoryFiles(), copy);
				assert(
					!existsSync(path.join(copy, "node_modules")) && !existsSync(path.join(copy, "dist")),
					"the copy holds build output",
				);
				const shared = path.resolve(repoRoot, "../shared");
				if (existsSync(shared)) symlinkSync(shared, path.join(temp, "shared"));
				return `${count} files in ${copy}${existsSync(shared) ? ", ../shared linked" : ""}`;
			})
		)
			return;

		check("before any build, the command line says to build first (exit 2)", () => {
			const result = sh("node bin/spec-board.js examples/vault", copy);
			assert(result.status === 2, `exit ${result.status}: ${tail(result)}`);
			assert(/run npm run build first/.test(result.stderr), `stderr: ${result.stderr.trim()}`);
			assert(!result.stderr.includes("MODULE_NOT_FOUND"), "a stack trace was printed");
		});

		// The README's first command, step by step (`npm ci` with flags for a quick, quiet install).
		const steps = facts.firstCommand.split("&&").map((s) => s.trim());
		let last = null;
		let stepsOk = true;
		for (const step of steps) {
			const command = step === "npm ci" ? `npm ci ${NPM_CI_FLAGS}` : step;
			stepsOk = check(`README step: ${command}`, () => {
				const result = sh(command, copy, command.startsWith("npm ci") ? 15 * MINUTE : 5 * MINUTE);
				assert(result.status === 0, `exit ${result.status}: ${tail(result)}`);
				last = result;
			});
			if (!stepsOk) break;
		}
		if (!stepsOk) {
			report("the rest of the walk-through", false, "skipped: a README step failed");
			return;
		}

		check("the first command ends with the board of the example vault, as the README shows it", () => {
			const lines = new Set(last.stdout.split("\n").map((l) => l.trimEnd()));
			const missing = facts.boardSample.filter((l) => !lines.has(l));
			assert(missing.length === 0, `not in the output: ${missing.map((l) => JSON.stringify(l)).join(", ")}`);
			return facts.boardSample[1];
		});

		check("the build made main.js and dist/cli.cjs", () => {
			for (const file of ["main.js", "dist/cli.cjs"])
				assert(existsSync(path.join(copy, file)), `${file} is missing`);
		});

		const ownManifest = JSON.parse(readFileSync(path.join(copy, "manifest.json"), "utf8"));
		const configFolder = facts.pluginFolder[0];
		const installed = (vault) => path.join(vault, ...facts.pluginFolder);
		const installInto = (vault, extra = "") =>
			sh(`${facts.install.split(facts.vaultPlaceholder).join(JSON.stringify(vault))}${extra}`, copy, 5 * MINUTE);

		const vault = path.join(temp, "My vault");
		mkdirSync(path.join(vault, configFolder), { recursive: true });
		check(`README install: ${facts.install} (a fresh vault)`, () => {
			const result = installInto(vault);
			assert(result.status === 0, `exit ${result.status}: ${tail(result)}`);
			assert(result.stdout.includes(installed(vault)), `the output does not name ${installed(vault)}`);
		});

		check(`main.js, manifest.json and styles.css landed in <vault>/${facts.pluginFolder.join("/")}/`, () => {
			for (const file of ["main.js", "manifest.json", "styles.css"]) {
				const target = path.join(installed(vault), file);
				assert(existsSync(target), `${target} is missing`);
				assert(
					readFileSync(target).equals(readFileSync(path.join(copy, file))),
					`${file} differs from the build`,
				);
			}
			const manifest = JSON.parse(readFileSync(path.join(installed(vault), "manifest.json"), "utf8"));
			assert(
				manifest.id === ownManifest.id && manifest.id === "spec-board" && manifest.name === "Spec Board",
				`the manifest is ${manifest.id} / ${manifest.name}`,
			);
			assert(
				facts.pluginFolder.at(-1) === manifest.id,
				`the README's plugin folder is not named after the id ${manifest.id}`,
			);
			return installed(vault);
		});

		const notAVault = path.join(temp, "Just a folder");
		mkdirSync(notAVault);
		check(`a folder without ${configFolder} is refused with the README's message and exit 2`, () => {
			const result = installInto(notAVault);
			assert(result.status === 2, `exit ${result.status}: ${tail(result)}`);
			const expected = facts.refusal.split(facts.vaultPlaceholder).join(notAVault);
			assert(
				result.stderr.split("\n").includes(expected),
				`expected ${JSON.stringify(expected)}, got ${JSON.stringify(result.stderr.trim())}`,
			);
			assert(!existsSync(path.join(notAVault, configFolder)), "something was written into the folder");
		});

		check("--force installs into it anyway, as the README says", () => {
			const result = installInto(notAVault, " --force");
			assert(result.status === 0, `exit ${result.status}: ${tail(result)}`);
			assert(existsSync(path.join(installed(notAVault), "main.js")), "main.js did not land");
		});

		// The board's examples run on the clean copy (no git history); the history examples (changes, --stale) run
		// after the copy is made a git repository with one commit at a fixed date, as a specs repository would be.
		const needsHistory = (command) => /\bspec-board changes\b|\s--stale\b/.test(command);
		for (const example of facts.cliExamples.filter((e) => !needsHistory(e.command)))
			runExample(example, facts, copy);
		const history = facts.cliExamples.filter((e) => needsHistory(e.command));
		if (history.length > 0) {
			const ready = check("the copy becomes a git repository (one commit of examples/, 2025-01-15)", () => {
				const env =
					"GIT_AUTHOR_NAME=Readme GIT_AUTHOR_EMAIL=readme@example.com GIT_COMMITTER_NAME=Readme GIT_COMMITTER_EMAIL=readme@example.com GIT_AUTHOR_DATE=2025-01-15T12:00:00Z GIT_COMMITTER_DATE=2025-01-15T12:00:00Z";
				const result = sh(
					`git init -q && git add examples && ${env} git -c commit.gpgsign=false commit -q -m "Specs"`,
					copy,
				);
				assert(result.status === 0, `exit ${result.status}: ${tail(result)}`);
			});
			for (const example of history) {
				if (ready) runExample(example, facts, copy);
				else report(`README example: ${example.command}`, false, "skipped: no git repository");
			}
		}
	} finally {
		if (counts.failed > 0) keep = true;
		if (keep) process.stdout.write(`the copy is kept in ${temp}\n`);
		else rmSync(temp, { recursive: true, force: true });
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main();
	summary();
}
