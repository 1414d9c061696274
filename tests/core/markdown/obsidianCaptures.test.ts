// Agreement with Obsidian: scanBody on each captured note must report what Obsidian's own metadata cache reported.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { listItemTextAt, scanBody } from "../../../src/core/markdown/scanBody";
import { collectNoteTags } from "../../../src/core/model/tags";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";
import { readYaml } from "../../support/yamlReader";

const capturesDir = join(__dirname, "..", "..", "..", "..", "shared", "obsidian-cache-captures");
const shared = existsSync(capturesDir);

interface Position {
	start: { line: number; col: number };
	end: { line: number; col: number };
}
interface Capture {
	filePath: string;
	fileContents: string;
	cachedMetadata: {
		frontmatter?: Record<string, unknown>;
		headings?: { heading: string; level: number; position: Position }[];
		listItems?: { parent: number; task?: string; position: Position }[];
		tags?: { tag: string; position: Position }[];
	};
	getAllTags: string[] | null;
	parseFrontMatterTags?: string[] | null;
}

/**
 * Captures whose Obsidian behaviour the text path does not reproduce, with the reason. Empty: every capture agrees.
 * (An entry is `"file.json": "why"`; the file is then skipped in every check below.)
 */
const EXCLUDED: Record<string, string> = {};

const files = shared
	? readdirSync(capturesDir)
			.filter((f) => f.endsWith(".json") && !(f in EXCLUDED))
			.sort()
	: [];
const captures: [string, Capture][] = files.map((f) => [
	f,
	JSON.parse(readFileSync(join(capturesDir, f), "utf8")) as Capture,
]);

const sorted = (values: string[]): string[] => [...values].sort();
const noHash = (tag: string): string => tag.replace(/^#/, "");

(shared ? describe : describe.skip)(
	"scanBody agrees with Obsidian's metadata cache (../shared/obsidian-cache-captures)",
	() => {
		it("has captures to compare", () => {
			expect(captures.length).toBeGreaterThan(50);
		});

		it.each(captures)("%s: the same body tags on the same lines", (_name, capture) => {
			const expected = (capture.cachedMetadata.tags ?? []).map(
				(t) => `${noHash(t.tag)}@${t.position.start.line + 1}`,
			);
			const actual = scanBody(capture.fileContents).tags.map((t) => `${t.tag}@${t.line}`);
			expect(sorted(actual)).toEqual(sorted(expected));
		});

		it.each(captures)("%s: frontmatter tags plus body tags are getAllTags", (_name, capture) => {
			const data = readFrontmatter(capture.fileContents, readYaml).data;
			const ours = new Set([
				...collectNoteTags(data, [], []),
				...scanBody(capture.fileContents).tags.map((t) => t.tag),
			]);
			const obsidian = new Set((capture.getAllTags ?? []).map(noHash));
			expect(sorted([...ours])).toEqual(sorted([...obsidian]));
		});

		it.each(captures)(
			"%s: collectNoteTags on Obsidian's own frontmatter is parseFrontMatterTags",
			(_name, capture) => {
				const ours = collectNoteTags(capture.cachedMetadata.frontmatter ?? {}, [], []);
				expect(ours).toEqual((capture.parseFrontMatterTags ?? []).map(noHash));
			},
		);

		it.each(captures)("%s: the same list items (line, task character, parent)", (_name, capture) => {
			const expected = (capture.cachedMetadata.listItems ?? []).map((item) => ({
				line: item.position.start.line + 1,
				task: item.task,
				parent: item.parent < 0 ? item.parent : item.parent + 1,
			}));
			const actual = scanBody(capture.fileContents).listItems.map((item) => ({
				line: item.line,
				task: item.task,
				parent: item.parent,
			}));
			expect(actual).toEqual(expected);
		});

		it.each(captures)(
			"%s: item texts read over Obsidian's item positions are the text path's",
			(_name, capture) => {
				// The cache path joins an item's continuation lines up to Obsidian's position.end; the text path up to the scan's endLine.
				const lines = capture.fileContents.split(/\r?\n/);
				const fromCache = (capture.cachedMetadata.listItems ?? []).map((item) =>
					listItemTextAt(lines, item.position.start.line + 1, item.position.end.line + 1),
				);
				const fromText = scanBody(capture.fileContents).listItems.map((item) =>
					listItemTextAt(lines, item.line, item.endLine ?? item.line),
				);
				expect(fromCache).toEqual(fromText);
			},
		);

		it.each(captures)("%s: the same headings (level, text, line)", (_name, capture) => {
			const expected = (capture.cachedMetadata.headings ?? []).map((h) => ({
				level: h.level,
				text: h.heading,
				line: h.position.start.line + 1,
			}));
			expect(scanBody(capture.fileContents).headings).toEqual(expected);
		});
	},
);
