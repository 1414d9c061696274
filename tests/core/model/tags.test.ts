import {
	cleanTag,
	collectNoteTags,
	isSameOrNestedTag,
	isValidTag,
	mergeTags,
	tagAndParents,
	tagKey,
	tagValuesUnder,
} from "../../../src/core/model/tags";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { readYaml } from "../../support/yamlReader";

describe("isValidTag", () => {
	it.each([
		["spec", true],
		["area/sub-part_2", true],
		["y1984", true],
		["3d", true],
		["café", true],
		["🚀", true],
		["1984", false],
		["", false],
		["two words", false],
		["a,b", false],
		["dot.ted", false],
	])("%j is %s", (tag, expected) => {
		expect(isValidTag(tag)).toBe(expected);
	});
});

describe("collectNoteTags: frontmatter tags as Obsidian's getAllTags reads them", () => {
	it.each([
		["a list", { tags: ["spec", "area/payments"] }, ["spec", "area/payments"]],
		["a leading # tolerated", { tags: ["#status/draft", " #x "] }, ["status/draft", "x"]],
		["one string is one tag", { tags: "journal" }, ["journal"]],
		["a comma string gives nothing, like Obsidian", { tags: "a, b" }, []],
		["a space string gives nothing, like Obsidian", { tags: "a b" }, []],
		["nulls and objects skipped", { tags: [null, "ok", { a: 1 }] }, ["ok"]],
		["numbers written out when valid", { tags: [2024, "v2"] }, ["v2"]],
		["an empty list", { tags: [] }, []],
		["no tags key", { status: "draft" }, []],
		["null tags", { tags: null }, []],
		["other spellings of the key are not tags (Obsidian ignores TAG)", { TAG: ["x"] }, []],
	])("%s", (_name, data, expected) => {
		expect(collectNoteTags(data, [], [])).toEqual(expected);
	});
});

describe("mergeTags", () => {
	it.each([
		[
			"frontmatter first, duplicates dropped case-insensitively, first spelling kept",
			[
				["Spec", "area/x"],
				["spec", "body", "AREA/X"],
			],
			["Spec", "area/x", "body"],
		],
		["empty lists", [[], []], []],
	])("%s", (_name, lists, expected) => {
		expect(mergeTags(...lists)).toEqual(expected);
	});
});

describe("collectNoteTags: frontmatter then body, merged", () => {
	it("keeps the first spelling and gives the lower-cased forms in the same order", () => {
		const lower: string[] = [];
		expect(collectNoteTags({ tags: ["Spec", "area/X"] }, [{ tag: "spec" }, { tag: "body" }], lower)).toEqual([
			"Spec",
			"area/X",
			"body",
		]);
		expect(lower).toEqual(["spec", "area/x", "body"]);
	});
});

describe("cleanTag and tagKey", () => {
	it.each([
		["#team/web", "team/web"],
		[" area ", "area"],
		["##Area", "Area"],
		["# area", "area"],
		["#", ""],
		["", ""],
	])("cleanTag(%j) is %j", (typed, clean) => {
		expect(cleanTag(typed)).toBe(clean);
	});

	it("tagKey lower-cases the cleaned tag", () => {
		expect(tagKey(" #Area/X ")).toBe("area/x");
	});
});

describe("isSameOrNestedTag (on tagKey forms)", () => {
	it.each([
		["spec", "spec", true],
		["Spec/Feature", "spec", true],
		["spec", "#SPEC", true],
		["specs", "spec", false],
		["area", "area/x", false],
		["x", "", false],
	])("%j under %j is %s", (tag, wanted, expected) => {
		expect(isSameOrNestedTag(tagKey(tag), tagKey(wanted))).toBe(expected);
	});

	it.each([
		["#spec", "spec", true],
		["#Spec/Feature", "spec", true],
		["#specs", "spec", false],
		["#spec", "#SPEC", true],
	])("the reader takes a note tagged %j as a spec for the spec tag %j: %s", (tag, specTag, expected) => {
		const note = readSpecNote("notes/a.md", `# A\n\n${tag}\n`, readYaml, { ...defaultReadOptions(), specTag });
		expect(note.isSpec).toBe(expected);
	});
});

describe("tagAndParents", () => {
	it.each([
		["a", ["a"]],
		["a/b/c", ["a", "a/b", "a/b/c"]],
	])("%j gives %j", (tag, expected) => {
		expect(tagAndParents(tag)).toEqual(expected);
	});
});

describe("tagValuesUnder", () => {
	it.each([
		[["status/draft", "Status/Done", "status/DRAFT", "other"], "status", ["draft", "Done"]],
		[["status/", "status"], "status", []],
		[["priority/p1/x"], "priority", ["p1/x"]],
	])("%j under %j gives %j", (tags, prefix, expected) => {
		expect(tagValuesUnder(tags, prefix)).toEqual(expected);
	});
});
