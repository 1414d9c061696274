import { planSignOff } from "../../../src/core/edits/signOffEdit";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { readYaml } from "../../support/yamlReader";

const read = (text: string) => readSpecNote("n.md", text, readYaml, defaultReadOptions());

describe("signing off writes the name in the note's own convention, every other byte kept", () => {
	it.each<[string, string, string]>([
		[
			"a block list",
			"---\nstatus: approved # set by hand\nreviewers: [Alice, Dana]\napproved-by:\n    - Alice   # first\nupdated: 2026-01-02\n---\n# X\n",
			"---\nstatus: approved # set by hand\nreviewers: [Alice, Dana]\napproved-by:\n    - Alice   # first\n    - Dana\nupdated: 2026-01-02\n---\n# X\n",
		],
		[
			"a block list of links",
			'---\nsigned_off_by:\n  - "[[Alice]]"\n---\n',
			'---\nsigned_off_by:\n  - "[[Alice]]"\n  - "[[Dana]]"\n---\n',
		],
		[
			"a flow list",
			"---\napproved-by: [Alice, 'Bob']  # who agreed\n---\n",
			"---\napproved-by: [Alice, 'Bob', Dana]  # who agreed\n---\n",
		],
		["an empty flow list", "---\napproved-by: []\n---\n", "---\napproved-by: [Dana]\n---\n"],
		["an empty value", "---\napproved-by:\ntitle: X\n---\n", "---\napproved-by:\n  - Dana\ntitle: X\n---\n"],
		["a single value", "---\nApproved By: Alice\n---\n", "---\nApproved By: [Alice, Dana]\n---\n"],
		[
			"an open item naming me is ticked",
			"# X\n\n## Sign-off\n\n- [x] Alice\n- [ ] @dana\n",
			"# X\n\n## Sign-off\n\n- [x] Alice\n- [x] @dana\n",
		],
		[
			"a checked item is added under the heading",
			"# X\r\n\r\n## Approvals\r\n> - [x] [[Alice]]\r\n\r\n## Notes\r\n",
			"# X\r\n\r\n## Approvals\r\n> - [x] [[Alice]]\r\n> - [x] [[Dana]]\r\n\r\n## Notes\r\n",
		],
		[
			"a heading without items",
			"# X\n\n## Sign-off\n\n## Notes\n",
			"# X\n\n## Sign-off\n\n- [x] Dana\n\n## Notes\n",
		],
		[
			"frontmatter without a sign-off list: one is started after reviewers",
			"---\nstatus: approved\nreviewers:\n  - Alice\n  - Dana\nupdated: 2026-01-02\n---\n# X\n",
			"---\nstatus: approved\nreviewers:\n  - Alice\n  - Dana\napproved-by:\n  - Dana\nupdated: 2026-01-02\n---\n# X\n",
		],
		[
			"frontmatter without reviewers: at its end",
			"---\nstatus: approved\n---\n# X",
			"---\nstatus: approved\napproved-by:\n  - Dana\n---\n# X",
		],
		["no frontmatter, no section", "# X\n\nBody.", "# X\n\nBody.\n\n## Sign-off\n\n- [x] Dana"],
	])("%s", (_name, before, after) => {
		const plan = planSignOff(before, "Dana");
		expect(plan).toEqual({ ok: true, text: after });
		expect(read(after).signOffs.map((name) => name.toLowerCase())).toEqual(
			expect.arrayContaining([expect.stringContaining("dana")]),
		);
	});

	it("a reviewer's sign-off clears the missing sign-off problem", () => {
		const before = "---\nstatus: approved\nreviewers: [Alice, Dana]\napproved-by: [Alice]\n---\n# X\n";
		expect(read(before).problems.map((p) => p.code)).toEqual(["missing-sign-off"]);
		const plan = planSignOff(before, "dana");
		if (!plan.ok) throw new Error(plan.reason);
		expect(read(plan.text).problems).toEqual([]);
	});

	it.each([
		['---\napproved-by: ["@Dana"]\n---\n', "Dana"],
		["# X\n## Sign-off\n- [x] [[Dana]]\n", "dana"],
	])("refuses a second sign-off: %j", (text, name) => {
		expect(planSignOff(text, name)).toEqual({
			ok: false,
			reason: `${name} has already signed off on this spec.`,
		});
	});

	it("refuses without an author name", () => {
		expect(planSignOff("# X\n", "  ")).toEqual({
			ok: false,
			reason: "no author name is set. Set it in Spec Board's settings first.",
		});
	});
});
