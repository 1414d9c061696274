// The board's tag and domain lists (the tag picker, the filter bar's suggestions).
import * as tags from "../../../src/core/model/tags";
import { domainsInUse, tagsInUse } from "../../../src/ui/board/boardFilterState";
import { specNoteWith } from "../../support/specNotes";

describe("tagsInUse", () => {
	it.each<[string, string[][], string[]]>([
		[
			"each tag once, with the parents of nested tags",
			[["area/pay/cards"], ["spec"]],
			["area", "area/pay", "area/pay/cards", "spec"],
		],
		["case-insensitively, the first spelling kept", [["Area/Pay"], ["area/pay", "AREA"]], ["Area", "Area/Pay"]],
		["without '#'", [["#spec"], ["spec"]], ["spec"]],
		["sorted case-insensitively", [["b"], ["A"], ["c"]], ["A", "b", "c"]],
		["no tags", [[], []], []],
	])("lists %s", (_, tags, expected) => {
		expect(tagsInUse(tags.map((t, i) => specNoteWith({ path: `${i}.md`, tags: t })))).toEqual(expected);
	});

	it("gives for thousands of notes what it gives for their distinct tags", () => {
		const notes = Array.from({ length: 3000 }, (_, i) =>
			specNoteWith({ path: `${i}.md`, tags: [`area/a${i % 7}`, i % 2 ? "Spec" : "spec", `team/t${i % 3}`] }),
		);
		expect(tagsInUse(notes)).toEqual(tagsInUse(notes.slice(0, 42)));
		expect(tagsInUse(notes)).toHaveLength(1 + 7 + 1 + 1 + 3);
		// Each tag as written is worked out once: 7 areas, "Spec", "spec" and 3 teams.
		const worked = jest.spyOn(tags, "tagAndParents");
		try {
			tagsInUse(notes);
			expect(worked).toHaveBeenCalledTimes(12);
		} finally {
			worked.mockRestore();
		}
	});
});

describe("domainsInUse", () => {
	it("lists each domain once, case-insensitively, the first spelling kept, blanks left out, sorted", () => {
		const notes = [["Payments", " "], ["payments", "Checkout"], ["accounts"]].map((domains, i) =>
			specNoteWith({ path: `${i}.md`, domains }),
		);
		expect(domainsInUse(notes)).toEqual(["accounts", "Checkout", "Payments"]);
	});
});
