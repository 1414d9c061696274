// The double's metadata cache against Obsidian's own: for each of the real captures in
// ../shared/obsidian-cache-captures, the fake's cache of the captured Markdown equals what Obsidian reported, in every
// field the plugin reads. The captures are the truth; when this fails, the double is wrong.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { CachedMetadata } from "obsidian";
import { computeCachedMetadata, getAllTagsOf, parseFrontMatterTagsOf } from "./fakeCache";

const capturesDir = join(__dirname, "..", "..", "..", "shared", "obsidian-cache-captures");
const present = existsSync(capturesDir);
if (!present) console.warn("../shared/obsidian-cache-captures is absent: the double's conformance test is skipped.");

interface Capture {
	fileContents: string;
	cachedMetadata: CachedMetadata;
	getAllTags: string[] | null;
	parseFrontMatterTags: string[] | null;
}

const captures: [string, Capture][] = present
	? readdirSync(capturesDir)
			.filter((f) => f.endsWith(".json"))
			.sort()
			.map((f) => [f, JSON.parse(readFileSync(join(capturesDir, f), "utf8")) as Capture])
	: [];

/** The fields the plugin reads from Obsidian's cache. */
const FIELDS = [
	"headings",
	"tags",
	"listItems",
	"sections",
	"frontmatter",
	"frontmatterLinks",
	"frontmatterPosition",
] as const;

(present ? describe : describe.skip)("the double's metadata cache is Obsidian's (../shared captures)", () => {
	it("has the 89 captures", () => {
		expect(captures).toHaveLength(89);
	});

	it.each(captures)("%s: getAllTags and parseFrontMatterTags are Obsidian's", (_name, capture) => {
		const ours = computeCachedMetadata(capture.fileContents);
		expect(getAllTagsOf(ours)).toEqual(capture.getAllTags ?? []);
		expect(parseFrontMatterTagsOf(ours.frontmatter)).toEqual(capture.parseFrontMatterTags);
	});

	describe.each(FIELDS)("%s", (field) => {
		it.each(captures)("%s", (_name, capture) => {
			const ours = computeCachedMetadata(capture.fileContents);
			expect(ours[field]).toEqual(capture.cachedMetadata[field]);
		});
	});
});
