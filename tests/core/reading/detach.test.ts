import { detachNote, detachString } from "../../../src/core/reading/detach";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { readYaml } from "../../support/yamlReader";

describe("detachString", () => {
	it.each(["", "short", "a longer piece of text, longer than twelve", "emoji 🚀 and ünïcödé text here"])(
		"gives an equal string for %j",
		(text) => {
			expect(detachString(text)).toBe(text);
		},
	);

	it("gives an equal string for a slice of a longer text", () => {
		const text = `${"x".repeat(1000)}The title of the note${"y".repeat(1000)}`;
		expect(detachString(text.slice(1000, 1021))).toBe("The title of the note");
	});
});

describe("detachNote", () => {
	it("keeps every value as it was", () => {
		const text =
			"---\nstatus: draft\ntags: [spec, area/pay]\nowner: Dana Whitfield-Long\n---\n# A title longer than twelve\n## Open Questions\n- [ ] A question that is long enough?\n";
		const note = readSpecNote("Specs/n.md", text, readYaml, defaultReadOptions());
		const copy = detachNote(structuredClone(note));
		expect(copy).toEqual(note);
	});
});
