// The ready `.base` file: valid YAML in Bases' format, a filter over the spec folders or the specs folder and spec tag,
// the Spec board view first (with its options) and a table grouped by status second.
import {
	SPEC_BASES_OPTION_KEYS,
	SPEC_BASES_VIEW_TYPE,
	specBaseAlternatives,
	specBaseText,
} from "../../../src/core/board/specBase";
import { readYaml } from "../../support/yamlReader";

interface BaseFile {
	filters: { and: unknown[] };
	views: Record<string, unknown>[];
}

describe("specBaseText", () => {
	it("writes the Spec board view first, with its options, and a plain table grouped by status second", () => {
		const base = readYaml(specBaseText({ specsFolder: "Specs", specFolders: [], specTag: "spec" })) as BaseFile;
		expect(base.views).toEqual([
			{
				type: SPEC_BASES_VIEW_TYPE,
				name: "Spec board",
				[SPEC_BASES_OPTION_KEYS.groupBy]: "status",
				[SPEC_BASES_OPTION_KEYS.showQuestions]: false,
				[SPEC_BASES_OPTION_KEYS.showCounts]: true,
			},
			{
				type: "table",
				name: "Specs by status",
				groupBy: { property: "note.status", direction: "ASC" },
				order: ["file.name", "note.status", "note.priority", "file.mtime"],
			},
		]);
	});

	it.each<[string, string[], string, unknown[]]>([
		["Specs", [], "spec", ['file.ext == "md"', { or: ['file.inFolder("Specs")', 'file.hasTag("spec")'] }]],
		["", [], "#spec", ['file.ext == "md"', 'file.hasTag("spec")']],
		[
			"Specs",
			["Product/Specs", "./Team/"],
			"spec",
			['file.ext == "md"', { or: ['file.inFolder("Product/Specs")', 'file.inFolder("Team")'] }],
		],
		[
			'Team\'s "specs"',
			[],
			"rfc",
			['file.ext == "md"', { or: ['file.inFolder("Team\'s \\"specs\\"")', 'file.hasTag("rfc")'] }],
		],
	])("filters %j (spec folders %j, tag %j) as %j", (specsFolder, specFolders, specTag, expected) => {
		const base = readYaml(specBaseText({ specsFolder, specFolders, specTag })) as BaseFile;
		expect(base.filters.and).toEqual(expected);
	});

	it("leaves out the tag where spec folders are set: outside them no note is a spec", () => {
		expect(specBaseAlternatives({ specsFolder: "Specs", specFolders: ["A"], specTag: "spec" })).toEqual([
			'file.inFolder("A")',
		]);
	});
});
