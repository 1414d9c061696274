import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { BUILT_IN_TEMPLATES, builtInTemplateById } from "../../../src/core/templates/builtInTemplates";
import { BUILT_IN_TEMPLATE_IDS } from "../../../src/core/templates/specTemplate";
import { detectConventions } from "../../../src/core/templates/conventions";

const ROOT = path.resolve(__dirname, "../../..");
const SEEDS = path.resolve(ROOT, "../shared/seed-templates");

describe("the built-in templates", () => {
	it("are the five, with ids, names and one-line descriptions", () => {
		expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATE_IDS]);
		for (const t of BUILT_IN_TEMPLATES) {
			expect(t.name).toMatch(/^[A-Z][a-z ]+$/);
			expect(t.description).not.toMatch(/\n/);
			expect(t.fileName).toBe(`${t.id}.md`);
			expect(builtInTemplateById(t.id)).toBe(t);
		}
		expect(builtInTemplateById("nope")).toBeNull();
		expect(builtInTemplateById(null)).toBeNull();
	});

	it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t]))("%s: its frontmatter parses", (_id, t) => {
		expect(() => matter(t.text)).not.toThrow();
	});

	it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t]))(
		"%s: its declared conventions are the ones its text shows",
		(_id, t) => {
			expect(detectConventions(t.text)).toEqual(t.conventions);
		},
	);

	it("are every .md in templates/ (README aside)", () => {
		const files = readdirSync(path.join(ROOT, "templates")).filter((f) => f.endsWith(".md") && f !== "README.md");
		expect(files.sort()).toEqual(BUILT_IN_TEMPLATES.map((t) => t.fileName).sort());
	});

	const seedsPresent = existsSync(SEEDS);
	(seedsPresent ? it : it.skip)(
		"keep the seed templates' text exactly (skipped without ../shared/seed-templates)",
		() => {
			for (const t of BUILT_IN_TEMPLATES) expect(t.text).toBe(readFileSync(path.join(SEEDS, t.fileName), "utf8"));
		},
	);
});

/** Runs esbuild with the project's template plugin on an entry importing one template file. */
function buildWithTemplate(templateText: string): { ok: boolean; errors: string[] } {
	const dir = mkdtempSync(path.join(os.tmpdir(), "spec-board-template-"));
	try {
		mkdirSync(path.join(dir, "templates"));
		writeFileSync(path.join(dir, "templates", "broken-spec.md"), templateText);
		writeFileSync(
			path.join(dir, "entry.js"),
			'import text from "./templates/broken-spec.md";\nconsole.log(text.length);\n',
		);
		const script = `
			import esbuild from "esbuild";
			import { templateTextPlugin } from ${JSON.stringify(path.join(ROOT, "scripts/templateTextPlugin.mjs"))};
			try {
				await esbuild.build({ entryPoints: [${JSON.stringify(path.join(dir, "entry.js"))}], bundle: true, write: false, logLevel: "silent", plugins: [templateTextPlugin] });
				process.stdout.write(JSON.stringify({ ok: true, errors: [] }));
			} catch (error) {
				process.stdout.write(JSON.stringify({ ok: false, errors: (error.errors ?? []).map((e) => e.text) }));
			}`;
		const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
		if (run.status !== 0) throw new Error(run.stderr);
		return JSON.parse(run.stdout) as { ok: boolean; errors: string[] };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe("the build's template check", () => {
	it("fails the build with the template's file name when its frontmatter does not parse", () => {
		const result = buildWithTemplate("---\ntitle: [unclosed\nstatus: : :\n---\n# Body\n");
		expect(result.ok).toBe(false);
		expect(result.errors.join("\n")).toMatch(/template broken-spec\.md has frontmatter that does not parse/);
	});

	it("builds a template whose frontmatter parses", () => {
		expect(buildWithTemplate("---\nstatus: draft\n---\n# {{title}}\n")).toEqual({ ok: true, errors: [] });
	});
});
