// The core reader over ../shared/realworld-specs: what a reader of each file would expect, checked by reading the files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import type { SpecNote } from "../../../src/core/model/specNote";
import { readYaml } from "../../support/yamlReader";

const specsDir = path.resolve(__dirname, "..", "../../../shared/realworld-specs");
const present = existsSync(specsDir);
if (!present) console.warn(`Skipping the core's real-world specs test: ${specsDir} is absent.`);
const describeIfPresent = present ? describe : describe.skip;

describeIfPresent("readSpecNote over ../shared/realworld-specs", () => {
	const notes = new Map<string, SpecNote>();
	const note = (fragment: string): SpecNote => {
		const found = [...notes.entries()].filter(([name]) => name.includes(fragment));
		if (found.length !== 1) throw new Error(`${found.length} notes match ${fragment}`);
		return found[0][1];
	};
	const question = (fragment: string, line: number): string | undefined =>
		note(fragment).openQuestions.find((q) => q.line === line)?.text;

	beforeAll(() => {
		for (const name of readdirSync(specsDir).filter((n) => n.endsWith(".md"))) {
			notes.set(
				name,
				readSpecNote(name, readFileSync(path.join(specsDir, name), "utf8"), readYaml, defaultReadOptions()),
			);
		}
	});

	it.each<[string, string, number, string]>([
		[
			"TEP-0088, a bullet wrapped over an indented line",
			"teps__0088",
			227,
			"Should a Result be able to have multiple summaries? e.g. what if I have a Result with multiple TaskRuns?",
		],
		[
			"TEP-0088, a bullet wrapped over two lines",
			"teps__0088",
			234,
			"What fields should we include in a summary? Should things like Git references that might not be applicable to all Results get special treatment, or should they be relegated to `annotations`?",
		],
		[
			"TEP-0088, the third wrapped bullet",
			"teps__0088",
			237,
			"Do we need a mechanism to ensure that a Result stays in sync with the underlying Record? What happens if they diverge?",
		],
		[
			"memory safety, a lazy continuation line",
			"memory-safety",
			83,
			'C# does not have a system for tracking "ownership" and "lifetime" for heap-allocated objects that can lead use-after-free violations, for example with `ArrayPool<T>.Shared.Rent` and `Return`.',
		],
		[
			"caseflow, a question finished by the bullets under it",
			"2020-02-19-controller-schemas",
			99,
			"Are the benefits of dry-rb worth the effort of writing/maintaining code for both parsing dry-logic's AST and generating documentation?",
		],
		[
			"ryoma, a bold label over its questions",
			"RFC-001-open-catalog",
			1359,
			"**Caching Strategy**: What's the right TTL for metadata cache (5min? 1hour?)? Should it be system-specific (fast for Postgres, longer for Snowflake)?",
		],
	])("%s", (_name, fragment, line, text) => {
		expect(question(fragment, line)).toBe(text);
	});

	it("keeps a question's line at the item's first line and its own words when they end the sentence", () => {
		expect(note("teps__0088").openQuestions.map((q) => q.line)).toEqual([227, 234, 237, 239]);
		// "What data will we store ...?" has a detail bullet under it, which stays out.
		expect(question("mpi-integration", 113)).toBe(
			"What data will we store, where will we store it, and how will we store it?",
		);
		expect(question("cbor", 1160)).toBe("Should we support encoding half-precision floats?");
	});

	it('reads the KEP\'s "Outstanding questions" section, leaving out bullets that are only links (KEP-3766)', () => {
		const kep = note("3766-referencegrant");
		expect(kep.hasOpenQuestionsSection).toBe(true);
		expect(kep.openQuestions.slice(0, 2).map((q) => q.line)).toEqual([557, 559]);
		for (const q of kep.openQuestions) expect(q.text).not.toMatch(/^\[[^\]]*\]\([^)]*\)$|^https?:\/\/\S+$/);
	});

	it("still reads the plain bullets under topic sub-headings (GEP-5093)", () => {
		expect(note("gep-5093").openQuestions.map((q) => q.line)).toEqual([194, 198, 202, 206]);
	});

	it("salvages the simple lines of frontmatter js-yaml rejects, and keeps the problem", () => {
		const clusterApi = note("cluster-api");
		expect([clusterApi.status, clusterApi.statusRaw, clusterApi.statusSource, clusterApi.isSpec]).toEqual([
			"Approved",
			"implementable",
			"frontmatter",
			true,
		]);
		expect([clusterApi.title, clusterApi.owner, clusterApi.created, clusterApi.updated]).toEqual([
			"In place propagation of changes affecting Kubernetes objects only",
			"@fabriziopandini, @sbueringer",
			"2022-02-10",
			"2022-02-26",
		]);
		// Implementable (Approved) with reviewers and no sign-off recorded: the missing sign-off is a problem too.
		expect(clusterApi.problems.map((p) => p.code)).toEqual(["malformed-frontmatter", "missing-sign-off"]);
		const argo = note("respect-rbac-for-resource-exclusions");
		expect([argo.title, argo.owner, argo.created, argo.status]).toEqual([
			"Respect RBAC for Resource Inclusions/Exclusions",
			"@gdsoumya, @alexmt",
			"2023-05-03",
			"No status",
		]);
		expect(argo.problems.map((p) => p.code)).toEqual(["malformed-frontmatter"]);
	});

	it("reads a status from the metadata table before the first section (Lychee 005)", () => {
		const lychee = note("005-album-list-view");
		expect([lychee.status, lychee.statusRaw, lychee.statusSource, lychee.statusLine]).toEqual([
			"Done",
			"Implemented",
			"table",
			5,
		]);
	});

	it("keeps the documented limit: questions written as paragraphs stay unread", () => {
		expect(note("0005-global-init").openQuestions).toEqual([]);
	});

	it("gives every question on one line, trimmed (no line breaks or CR left from wrapped or CRLF files)", () => {
		for (const spec of notes.values()) {
			for (const q of spec.openQuestions) expect(q.text).toMatch(/^\S(?:[^\r\n]*\S)?$/);
		}
	});
});
