import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { folderFromDir } from "../../src/cli/vaultConfig";
import { runIn } from "./cliHarness";

/** The vault's configuration folder as Obsidian names it by default (the command line reads vaults on disk). */
const CONFIG = ".obsidian";

const SETTINGS = {
	version: 2,
	specFolders: ["Product/Specs"],
	specTag: "feature",
	templatesFolder: "Product/Specs/Templates",
	statusWords: { Draft: ["simmering"], "In review": [], Approved: [], "In progress": [], Done: [], Deprecated: [] },
	priorityWords: { Critical: ["fire"] },
};

const FILES: Record<string, string> = {
	"Product/Specs/tagged.md": "# Tagged\n\n#feature\n",
	"Product/Specs/simmering.md": "---\nstatus: simmering\npriority: fire\n---\n# Simmering\n",
	"Product/Specs/Templates/Spec template.md": "---\nstatus: Draft\n---\n# {{title}}\n\n## Open questions\n",
	"Notes/elsewhere.md": "---\nstatus: Draft\n---\n# Outside the spec folders\n",
};

let vault: string;
beforeEach(() => {
	vault = mkdtempSync(path.join(tmpdir(), "spec-board-vault-"));
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(path.dirname(path.join(vault, file)), { recursive: true });
		writeFileSync(path.join(vault, file), text);
	}
	mkdirSync(path.join(vault, CONFIG, "plugins", "spec-board"), { recursive: true });
	writeFileSync(path.join(vault, CONFIG, "plugins", "spec-board", "data.json"), JSON.stringify(SETTINGS));
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

interface Listed {
	path: string;
	status: string;
	priority: string;
}

function listed(cwd: string, argv: string[]): { notes: Listed[]; stderr: string; code: number } {
	const { code, stdout, stderr } = runIn(cwd, [...argv, "--json"], { env: { SPEC_BOARD_GIT: "none" } });
	return { notes: code === 0 ? (JSON.parse(stdout) as { notes: Listed[] }).notes : [], stderr, code };
}

describe("the vault's Spec Board settings", () => {
	it("reads spec folders, spec tag, templates folder and extra words, and says so in one line", () => {
		const { notes, stderr, code } = listed(vault, ["."]);
		expect(code).toBe(0);
		expect(notes.map((n) => n.path).sort()).toEqual(["Product/Specs/simmering.md", "Product/Specs/tagged.md"]);
		expect(notes.find((n) => n.path.endsWith("simmering.md"))).toMatchObject({
			status: "Draft",
			priority: "Critical",
		});
		expect(stderr).toBe(
			`spec-board: using the vault settings in ${path.join(CONFIG, "plugins", "spec-board", "data.json")} ` +
				"(spec folders: Product/Specs; spec tag: #feature; templates folder: Product/Specs/Templates; 1 extra status word)\n",
		);
	});

	it("finds the settings from a folder inside the vault, with the folders seen from there", () => {
		const { notes, stderr } = listed(path.join(vault, "Product"), ["Specs"]);
		expect(notes.map((n) => n.path).sort()).toEqual(["simmering.md", "tagged.md"]);
		expect(stderr).toMatch(
			/^spec-board: using the vault settings in \.\.\/\.obsidian\/plugins\/spec-board\/data\.json/,
		);
		expect(listed(vault, ["Notes"]).notes).toEqual([]);
	});

	it("--status and --priority take the vault's words too; a word nobody knows exits 2 naming the choices", () => {
		const { notes } = listed(vault, [".", "--status", "simmering", "--priority", "fire"]);
		expect(notes.map((n) => n.path)).toEqual(["Product/Specs/simmering.md"]);
		const unknown = listed(vault, [".", "--status", "someday"]);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(
			/spec-board: unknown status "someday" \(use one of: draft, in-review, approved, in-progress, on-hold, done, deprecated, unrecognized, no-status, or a word of your vocabulary\)\nUsage: /,
		);
		expect(listed(vault, [".", "--status", "simmering", "--no-config"]).code).toBe(2);
	});

	it("--no-config ignores them", () => {
		const { notes, stderr } = listed(vault, [".", "--no-config"]);
		expect(stderr).toBe("");
		expect(notes.map((n) => n.path).sort()).toEqual([
			"Notes/elsewhere.md",
			"Product/Specs/Templates/Spec template.md",
			"Product/Specs/simmering.md",
		]);
		expect(notes.find((n) => n.path.endsWith("simmering.md"))?.status).toBe("Unrecognized");
	});

	it("flags override them (folders relative to DIR)", () => {
		const { notes } = listed(vault, [
			".",
			"--spec-folder",
			"Notes",
			"--spec-folder=Product/Specs",
			"--spec-tag",
			"#nothing",
			"--templates-folder",
			"Notes",
			"--status-word",
			"simmering=in-review",
			"--priority-word=fire=low",
		]);
		expect(notes.map((n) => n.path).sort()).toEqual([
			"Product/Specs/Templates/Spec template.md",
			"Product/Specs/simmering.md",
		]);
		// A flag's word wins over the vault's (simmering is Draft there, fire Critical).
		expect(notes.find((n) => n.path.endsWith("simmering.md"))).toMatchObject({
			status: "In review",
			priority: "Low",
		});
	});

	it("a --config file (data.json's keys, folders relative to DIR) goes over the vault's settings", () => {
		writeFileSync(path.join(vault, "team.json"), JSON.stringify({ specFolders: ["Notes"], specTag: "spec" }));
		const { notes } = listed(vault, [".", "--config", "team.json"]);
		expect(notes.map((n) => n.path)).toEqual(["Notes/elsewhere.md"]);
	});

	it.each([
		[["--config", "missing.json"], /^spec-board: cannot read .*missing\.json/],
		[["--status-word", "simmering"], /^spec-board: --status-word takes WORD=STATUS/],
		[["--status-word", "simmering=someday"], /^spec-board: --status-word: unknown status "someday"/],
	])("%j exits 2 with one sentence", (argv, message) => {
		const { code, stderr } = listed(vault, [".", ...argv]);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
	});

	it("a data.json that is not JSON is ignored with a line saying so", () => {
		writeFileSync(path.join(vault, CONFIG, "plugins", "spec-board", "data.json"), "{ not json");
		const { code, stderr, notes } = listed(vault, ["."]);
		expect(code).toBe(0);
		expect(stderr).toMatch(/^spec-board: ignored the vault's settings: .*data\.json is not JSON/);
		expect(notes.length).toBe(3);
	});

	it("finds the settings under a configuration folder with another name", () => {
		const other = mkdtempSync(path.join(tmpdir(), "spec-board-vault-"));
		try {
			mkdirSync(path.join(other, ".config-mobile", "plugins", "spec-board"), { recursive: true });
			writeFileSync(
				path.join(other, ".config-mobile", "plugins", "spec-board", "data.json"),
				JSON.stringify({ specTag: "feature" }),
			);
			writeFileSync(path.join(other, "a.md"), "# A\n\n#feature\n");
			const { notes, stderr } = listed(other, ["."]);
			expect(notes.map((n) => n.path)).toEqual(["a.md"]);
			expect(stderr).toMatch(/\.config-mobile\/plugins\/spec-board\/data\.json/);
		} finally {
			rmSync(other, { recursive: true, force: true });
		}
	});

	it("stops at the first vault above DIR", () => {
		const inner = path.join(vault, "Notes");
		mkdirSync(path.join(inner, CONFIG));
		expect(listed(inner, ["."]).stderr).toBe("");
	});
});

describe("folderFromDir: a vault folder seen from DIR", () => {
	it.each<[string, string, string | null]>([
		["Specs", "", "Specs"],
		["Specs", "Specs", ""],
		["Specs", "Specs/Payments", ""],
		["Product/Specs", "Product", "Specs"],
		["Product/Specs/", "product", "Specs"],
		["Specs", "Notes", null],
		["", "Notes", ""],
		["Spec", "Specs", null],
	])("%j from %j is %j", (folder, below, expected) => {
		expect(folderFromDir(folder, below)).toBe(expected);
	});
});
