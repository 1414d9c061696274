// `obsidian spec-board` (the app's own command line, 1.12.2+) prints byte for byte what the standalone
// `spec-board DIR --json` prints for the same notes, with the same filters given as the app's flags (only the YAML
// parser's wording of why a frontmatter does not parse differs: each side has its own parser).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CliData } from "obsidian";
import { run } from "../../src/cli/run";
import { readOptionsFromSettings } from "../../src/core/reading/readOptions";
import { defaultSettings, migrateSettings } from "../../src/core/settings/settings";
import { DEFAULT_PRIORITY_WORDS, DEFAULT_STATUS_WORDS } from "../../src/core/model/vocabulary";
import {
	CLI_CHECK_COMMAND,
	CLI_COMMAND,
	CLI_FLAGS,
	queryFromCliData,
	registerSpecBoardCli,
} from "../../src/obsidian/obsidianCli";
import { SpecIndex } from "../../src/obsidian/specIndex";
import { asObsidianApp, createFakeApp, createFakePlugin } from "../support/fakeApp";
import { noteCorpus } from "../support/noteCorpus";
import { registrationsOf } from "../support/basesFake";
import type { App } from "../support/obsidianFake";

// The captures' notes test Obsidian's cache, not specs; the rest are real notes, fixtures, templates and the example vault.
const corpus = noteCorpus().filter((n) => !n.path.startsWith("captures/"));
const files = Object.fromEntries(corpus.map((n) => [n.path, n.text]));

let dir = "";

beforeAll(() => {
	dir = mkdtempSync(path.join(tmpdir(), "spec-board-obsidian-cli-"));
	for (const note of corpus) {
		const full = path.join(dir, ...note.path.split("/"));
		mkdirSync(path.dirname(full), { recursive: true });
		writeFileSync(full, note.text);
	}
});

afterAll(() => {
	if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

/** The standalone command line's stdout and exit status for these arguments (the command, if any, first) over DIR. */
function standaloneRun(args: string[], env: Record<string, string> = {}): { stdout: string; status: number } {
	let stdout = "";
	const status = run(args[0] === "check" ? ["check", dir, ...args.slice(1)] : [dir, ...args], {
		stdout: (text) => (stdout += text),
		stderr: () => undefined,
		env,
		isTTY: false,
		cwd: dir,
	});
	return { stdout, status };
}

/** The standalone command line's stdout for these arguments over the corpus folder, as JSON. */
function standalone(args: string[]): string {
	return standaloneRun(["--json", ...args]).stdout;
}

/**
 * The output with the YAML parser's own words left out: a note whose frontmatter does not parse says so in both, but the
 * reason, and the line it names, come from each side's parser (Obsidian's, gray-matter's js-yaml), as
 * pluginAgreesWithCli.test.ts allows.
 */
function withoutParserWording(json: string): string {
	return json.replace(
		/"The frontmatter does not parse: (?:[^"\\]|\\.)*"(,\s*"line": \d+)?/g,
		'"The frontmatter does not parse: …"',
	);
}

/**
 * The check's output with the YAML parser's own words left out, in any format: on a line that says a frontmatter does
 * not parse, the reason and the line numbers (each side's parser's) go.
 */
function withoutCheckParserWording(output: string): string {
	if (output.startsWith("{")) {
		const report = JSON.parse(output) as { findings: { line: number; message: string }[] };
		for (const finding of report.findings)
			if (finding.message.startsWith("The frontmatter does not parse")) {
				finding.line = 0;
				finding.message = "The frontmatter does not parse: …";
			}
		return JSON.stringify(report, null, 2);
	}
	return output
		.split("\n")
		.map((line) => {
			const at = line.indexOf("The frontmatter does not parse");
			return at === -1 ? line : line.slice(0, at).replace(/\d+/g, "#");
		})
		.join("\n");
}

/** A fake app over the corpus with the plugin's index and the command registered; the layout is ready unless told. */
async function appWithCommand(
	layoutReady = true,
	command = CLI_COMMAND,
	settings = defaultSettings(),
): Promise<{ app: App; handler: (params: CliData) => string | Promise<string>; index: SpecIndex }> {
	const app = createFakeApp({ files, layoutReady });
	// The metadata cache has indexed every note (at once with a synchronous cache), as in an app that has settled.
	await (app.metadataCache as { settle?: () => Promise<void> }).settle?.();
	const { obsidianPlugin } = createFakePlugin(app);
	const o = asObsidianApp(app);
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		readOptionsFromSettings(defaultSettings()),
	);
	index.start((ref) => obsidianPlugin.registerEvent(ref));
	expect(registerSpecBoardCli(obsidianPlugin, o, index, () => settings)).toBe(true);
	const registered = registrationsOf(app).cliCommands.get(command);
	if (!registered) throw new Error("no command");
	return { app, handler: registered.handler, index };
}

describe("obsidian spec-board", () => {
	it("is registered as the plugin's default command, with the standalone's filters as flags", async () => {
		const { app } = await appWithCommand();
		expect([...registrationsOf(app).cliCommands.keys()]).toEqual(["spec-board", "spec-board:check"]);
		expect(Object.keys(CLI_FLAGS)).toEqual([
			"tag",
			"any-tag",
			"not-tag",
			"status",
			"priority",
			"domain",
			"open-questions",
			"not-ready",
		]);
	});

	it.each<[string[], CliData]>([
		[[], {}],
		[["--status", "draft"], { status: "draft" }],
		[["--status", "in-progress,done"], { status: "in-progress,done" }],
		[["--priority", "p1"], { priority: "p1" }],
		[["--tag", "spec"], { tag: "spec" }],
		[["--tag", "spec", "--tag", "search"], { tag: "spec,search" }],
		[["--not-tag", "spec"], { "not-tag": "spec" }],
		[["--any-tag", "search", "--any-tag", "payments"], { "any-tag": "search,payments" }],
		[["--domain", "Payments"], { domain: "Payments" }],
		[["--open-questions"], { "open-questions": "true" }],
		[["--not-ready"], { "not-ready": "true" }],
	])("prints what spec-board --json %j prints", async (args, params) => {
		const { handler } = await appWithCommand();
		const expected = standalone(args);
		expect(JSON.parse(expected).notes.length).toBeGreaterThan(args.length === 0 ? 10 : -1);
		expect(withoutParserWording(await handler(params))).toBe(withoutParserWording(expected));
	});

	it("waits for the index when the app has just started", async () => {
		const { app, handler } = await appWithCommand(false);
		const output = handler({});
		app.workspace.setLayoutReady();
		expect(withoutParserWording(await output)).toBe(withoutParserWording(standalone([])));
	});

	it.each<[CliData, string]>([
		[{ status: "nope" }, 'spec-board: unknown status "nope"'],
		[{ priority: "urgent-ish" }, 'spec-board: unknown priority "urgent-ish"'],
		[{ tag: "true" }, "spec-board: tag needs a value (tag=…)"],
		[{ "open-questions": "yes" }, "spec-board: open-questions takes no value"],
	])("says what is wrong with %j and prints no board", async (params, start) => {
		const { handler } = await appWithCommand();
		const output = await handler(params);
		expect(output.startsWith(start)).toBe(true);
		expect(output.endsWith("\n")).toBe(true);
	});

	it("takes the vault's own status and priority words, as the standalone takes the vault's settings", () => {
		const words = {
			statusWords: { ...DEFAULT_STATUS_WORDS, Draft: [...DEFAULT_STATUS_WORDS.Draft, "simmering"] },
			priorityWords: DEFAULT_PRIORITY_WORDS,
		};
		const parsed = queryFromCliData({ status: "simmering" }, words);
		expect("query" in parsed && parsed.query.filter.statuses).toEqual(["Draft"]);
		expect(queryFromCliData({ status: "simmering" })).toEqual({
			error: expect.stringContaining('unknown status "simmering"') as unknown,
		});
	});

	it("ignores parameters that are not its flags", () => {
		expect(queryFromCliData({ vault: "Work" })).toEqual(queryFromCliData({}));
	});
});

describe("obsidian spec-board:check", () => {
	it.each<[string[], CliData]>([
		[[], {}],
		[["--format", "json"], { format: "json" }],
		[["--format", "github"], { format: "github" }],
		[["--format", "markdown"], { format: "markdown" }],
		[
			["--format", "json", "--fail-on", "placeholder,no-status"],
			{ format: "json", "fail-on": "placeholder,no-status" },
		],
		[["--warn-on", "all"], { "warn-on": "all" }],
		[["--format", "json", "--off", "malformed-frontmatter"], { format: "json", off: "malformed-frontmatter" }],
		[
			["--format", "markdown", "--status", "approved,in-progress"],
			{ format: "markdown", status: "approved,in-progress" },
		],
		[["--format", "github", "--tag", "spec"], { format: "github", tag: "spec" }],
	])("prints what spec-board check --no-history %j prints", async (args, params) => {
		const { handler } = await appWithCommand(true, CLI_CHECK_COMMAND);
		const expected = standaloneRun(["check", "--no-history", ...args]).stdout;
		expect(expected.split("\n").length).toBeGreaterThan(3);
		expect(withoutCheckParserWording(await handler(params))).toBe(withoutCheckParserWording(expected));
	});

	it("prints what SPEC_BOARD_GIT=none spec-board check prints (no history in the app)", async () => {
		const { handler } = await appWithCommand(true, CLI_CHECK_COMMAND);
		const expected = standaloneRun(["check", "--format", "json"], { SPEC_BOARD_GIT: "none" }).stdout;
		expect(withoutCheckParserWording(await handler({ format: "json" }))).toBe(withoutCheckParserWording(expected));
	});

	it("finds errors, which the standalone exits 1 for; the app's handler returns text only, so it says them in the output", async () => {
		const { handler } = await appWithCommand(true, CLI_CHECK_COMMAND);
		const { stdout, status } = standaloneRun(["check", "--no-history", "--format", "json"]);
		expect(status).toBe(1);
		const output = await handler({ format: "json" });
		expect(typeof output).toBe("string");
		const summary = (JSON.parse(output) as { summary: { errors: number } }).summary;
		expect(summary.errors).toBeGreaterThan(0);
		expect(summary).toEqual((JSON.parse(stdout) as { summary: unknown }).summary);
		expect((await handler({})).trimEnd().split("\n").pop()).toMatch(
			/^\d+ errors?, \d+ warnings? in \d+ specs? checked$/,
		);
	});

	it("reads a spec's text only when a rule finds something in it", async () => {
		const { app, handler } = await appWithCommand(true, CLI_CHECK_COMMAND);
		await handler({ format: "json", off: "all" }); // the index has read the vault
		let before = app.vault.reads;
		const none = JSON.parse(await handler({ format: "json", off: "all" })) as { findings: unknown[] };
		expect(none.findings).toEqual([]);
		expect(app.vault.reads).toBe(before);
		before = app.vault.reads;
		const report = JSON.parse(await handler({ format: "json" })) as { findings: { path: string }[] };
		const notesWithFindings = new Set(report.findings.map((f) => f.path)).size;
		expect(notesWithFindings).toBeGreaterThan(0);
		expect(app.vault.reads - before).toBe(notesWithFindings);
	});

	it("takes the rule levels of the settings' check section, as the standalone takes them from data.json", async () => {
		const settings = migrateSettings({ check: { rules: { "no-status": "off", placeholder: "error" } } });
		const { handler } = await appWithCommand(true, CLI_CHECK_COMMAND, settings);
		const expected = standaloneRun([
			"check",
			"--no-history",
			"--format",
			"json",
			"--off",
			"no-status",
			"--fail-on",
			"placeholder",
		]).stdout;
		const output = await handler({ format: "json" });
		expect(withoutCheckParserWording(output)).toBe(withoutCheckParserWording(expected));
		const withDefaults = await (await appWithCommand(true, CLI_CHECK_COMMAND)).handler({ format: "json" });
		expect(output).not.toBe(withDefaults);
		// The flags still come last: --warn-on over the section's "error".
		const flagged = JSON.parse(await handler({ format: "json", "warn-on": "placeholder" })) as {
			findings: { rule: string; level: string }[];
		};
		const placeholders = flagged.findings.filter((f) => f.rule === "placeholder");
		expect(placeholders.length).toBeGreaterThan(0);
		expect(placeholders.every((f) => f.level === "warning")).toBe(true);
	});

	it("says what is wrong with the settings' check section, and checks nothing", async () => {
		const settings = migrateSettings({ check: { rules: { nope: "error" } } });
		const { handler } = await appWithCommand(true, CLI_CHECK_COMMAND, settings);
		expect(await handler({})).toMatch(/^spec-board: the plugin's settings \(data\.json\): unknown rule "nope"/);
	});

	it("checks the notes in spec folders whose frontmatter does not parse, though they are not specs", async () => {
		const { handler, index } = await appWithCommand(true, CLI_CHECK_COMMAND);
		const report = JSON.parse(await handler({ format: "json" })) as { findings: { path: string; rule: string }[] };
		const notSpecs = report.findings.filter((f) => index.get(f.path) === undefined);
		expect(notSpecs.length).toBeGreaterThan(0);
		expect(new Set(notSpecs.map((f) => f.rule))).toEqual(new Set(["malformed-frontmatter"]));
	});

	it.each<[CliData, string]>([
		[{ format: "xml" }, 'spec-board: format: unknown format "xml"'],
		[{ format: "true" }, "spec-board: format needs a value (format=…)"],
		[{ "fail-on": "nope" }, 'spec-board: fail-on: unknown rule "nope"'],
		[{ off: "true" }, "spec-board: off needs a value (off=…)"],
		[{ status: "nope" }, 'spec-board: unknown status "nope"'],
	])("says what is wrong with %j and checks nothing", async (params, start) => {
		const { handler } = await appWithCommand(true, CLI_CHECK_COMMAND);
		const output = await handler(params);
		expect(output.startsWith(start)).toBe(true);
		expect(output.endsWith("\n")).toBe(true);
	});
});
