import fc from "fast-check";
import { emptyFilter, type SpecFilter } from "../../../src/core/board/filter";
import { filterSpecs, specMatcher } from "../../../src/core/board/filterMatch";
import { HAS_OPEN_QUESTIONS, NOT_READY, NoteForms, OneNoteForms, searchWord } from "../../../src/core/board/noteKeys";
import { isNotReady } from "../../../src/core/board/rollup";
import { PRIORITIES, STATUSES, type SpecNote } from "../../../src/core/model/specNote";
import { specNoteWith } from "../../support/specNotes";

const note = specNoteWith;

const filter = (partial: Partial<SpecFilter>): SpecFilter => ({ ...emptyFilter(), ...partial });
const include = (...tags: string[]) => tags.map((tag) => ({ tag, mode: "include" as const }));
const exclude = (...tags: string[]) => tags.map((tag) => ({ tag, mode: "exclude" as const }));

describe("specMatcher: nested tags", () => {
	it.each([
		["area", "area", true],
		["area/checkout", "area", true],
		["area/checkout/experiments", "area", true],
		["area/checkout/experiments", "area/checkout", true],
		["areas", "area", false],
		["areas/checkout", "area", false],
		["area", "area/checkout", false],
		["area/checkoutx", "area/checkout", false],
		["Area/Checkout", "area/checkout", true],
		["area/checkout", "AREA", true],
		["area", "#area", true],
		["#area/x", "area", true],
		// An empty query tag is no constraint at all.
		["spec", "", true],
		["spec", "#", true],
		["my-area", "area", false],
		["área", "ÁREA", true],
	])("note tag %j, query %j -> %s", (noteTag, query, expected) => {
		expect(specMatcher(filter({ tags: include(query) }))(note({ path: "a.md", tags: [noteTag] }))).toBe(expected);
	});
});

describe("specMatcher", () => {
	const checkout = note({
		path: "Specs/Guest checkout.md",
		title: "Guest checkout",
		status: "Approved",
		priority: "High",
		tags: ["spec", "area/checkout", "Team/Web"],
		domains: ["Checkout", "Accounts"],
		openQuestions: [{ text: "How long do we keep a guest's address?", line: 40 }],
	});
	const payments = note({
		path: "Specs/Refunds.md",
		title: "Refund workflow",
		status: "Done",
		priority: "Critical",
		tags: ["spec", "area/payments"],
		domains: ["Payments"],
		placeholderQuestions: [{ text: "Question 1", line: 30 }],
	});
	const areas = note({ path: "Notes/Areas.md", title: "Areas of ownership", status: "No status", tags: ["areas"] });

	it.each<[string, Partial<SpecFilter>, boolean, boolean, boolean]>([
		["the empty filter", {}, true, true, true],
		["an included tag, nested", { tags: include("area") }, true, true, false],
		["'areas' does not match area/x", { tags: include("areas") }, false, false, true],
		["two included tags, all of", { tags: include("spec", "area/checkout") }, true, false, false],
		[
			"two included tags, any of",
			{ tags: include("area/checkout", "area/payments"), tagMode: "any" },
			true,
			true,
			false,
		],
		[
			"two included tags, all of, none has both",
			{ tags: include("area/checkout", "area/payments") },
			false,
			false,
			false,
		],
		["an excluded tag, nested", { tags: exclude("area/payments") }, true, false, true],
		["an excluded parent tag", { tags: exclude("area") }, false, false, true],
		["include and exclude", { tags: [...include("spec"), ...exclude("team")] }, false, true, false],
		["a tag with '#' and other case", { tags: include("#TEAM/web") }, true, false, false],
		["an empty tag choice is ignored", { tags: include("") }, true, true, true],
		["statuses any of", { statuses: ["Approved", "No status"] }, true, false, true],
		["priorities any of", { priorities: ["Critical"] }, false, true, false],
		["domains any of, case-insensitive", { domains: ["payments", "ACCOUNTS"] }, true, true, false],
		["a domain given as a wiki-link", { domains: ["[[Checkout]]"] }, true, false, false],
		["a domain given with its folder and an alias", { domains: ["[[Domains/Checkout|Shop]]"] }, true, false, false],
		["a domain given as a path", { domains: ["Domains/Payments.md"] }, false, true, false],
		["text in the title", { text: "refund" }, false, true, false],
		["text in the path", { text: "notes/" }, false, false, true],
		["text in a tag", { text: "team/web" }, true, false, false],
		["text in an open question", { text: "GUEST'S ADDRESS" }, true, false, false],
		["text words all must appear", { text: "guest web" }, true, false, false],
		["text words, one missing", { text: "guest payments" }, false, false, false],
		["text not in placeholder questions", { text: "question 1" }, false, false, false],
		["blank text is no constraint", { text: "   " }, true, true, true],
		["has open questions (placeholders do not count)", { hasOpenQuestions: true }, true, false, false],
		["not ready", { notReady: true }, true, false, false],
		[
			"everything at once",
			{
				tags: include("area"),
				statuses: ["Approved"],
				priorities: ["High"],
				domains: ["checkout"],
				text: "guest",
				hasOpenQuestions: true,
				notReady: true,
			},
			true,
			false,
			false,
		],
	])("%s", (_name, partial, expectCheckout, expectPayments, expectAreas) => {
		const f = filter(partial);
		const matches = specMatcher(f);
		expect([matches(checkout), matches(payments), matches(areas)]).toEqual([
			expectCheckout,
			expectPayments,
			expectAreas,
		]);
	});
});

describe("filterSpecs", () => {
	it("keeps the notes that pass, in their order, and does not change its input", () => {
		const notes = [
			note({ path: "b.md", tags: ["x/y"] }),
			note({ path: "a.md", tags: ["z"] }),
			note({ path: "c.md", tags: ["X"] }),
		];
		expect(filterSpecs(notes, filter({ tags: include("x") })).map((n) => n.path)).toEqual(["b.md", "c.md"]);
		expect(notes.map((n) => n.path)).toEqual(["b.md", "a.md", "c.md"]);
	});

	it("compiles the filter once: one matcher gives the same answers as a matcher made per note", () => {
		const f = filter({ tags: include("a"), text: "one" });
		const notes = [
			note({ path: "one.md", tags: ["a/b"] }),
			note({ path: "two.md", tags: ["a"] }),
			note({ path: "one-b.md", tags: ["b"] }),
		];
		const matcher = specMatcher(f);
		expect(notes.map(matcher)).toEqual(notes.map((n) => specMatcher(f)(n)));
		expect(notes.map(matcher)).toEqual([true, false, false]);
	});

	it("filters 10,000 notes (the benchmark's size) correctly", () => {
		const notes = Array.from({ length: 10_000 }, (_, i) =>
			note({
				path: `Specs/${i}.md`,
				tags: [`area/a${i % 50}`, "spec"],
				domains: [`D${i % 7}`],
				openQuestions: [{ text: `question ${i}`, line: 3 }],
			}),
		);
		const kept = filterSpecs(
			notes,
			filter({ tags: [...include("area/a1"), ...exclude("x")], domains: ["d1"], text: "question" }),
		);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.every((n) => n.tags[0] === "area/a1" || n.tags[0].startsWith("area/a1/"))).toBe(true);
		expect(kept.length).toBe(notes.filter((_, i) => i % 50 === 1 && i % 7 === 1).length);
	});
});

/** The matcher as first written: every form lower-cased afresh for every note on every call. */
function referenceMatch(n: SpecNote, f: SpecFilter): boolean {
	const tag = (t: string): string => (t.trim().startsWith("#") ? t.trim().slice(1) : t.trim()).toLowerCase();
	const domain = (d: string): string => {
		let x = d.trim();
		if (x.startsWith("[[") && x.endsWith("]]")) x = x.slice(2, -2);
		if (x.includes("|")) x = x.slice(0, x.indexOf("|"));
		return x.trim().toLowerCase();
	};
	const matches = (noteTag: string, query: string): boolean =>
		query !== "" && (noteTag === query || noteTag.startsWith(`${query}/`));
	const included = f.tags
		.filter((c) => c.mode === "include")
		.map((c) => tag(c.tag))
		.filter((t) => t !== "");
	const excluded = f.tags
		.filter((c) => c.mode === "exclude")
		.map((c) => tag(c.tag))
		.filter((t) => t !== "");
	const has = (query: string): boolean => n.tags.map(tag).some((t) => matches(t, query));
	const domains = f.domains.map(domain).filter((d) => d !== "");
	const words = f.text
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => w !== "");
	const haystack = [n.title, n.path, ...n.tags, ...n.openQuestions.map((q) => q.text)].join("\n").toLowerCase();
	return (
		(f.statuses.length === 0 || f.statuses.includes(n.status)) &&
		(f.priorities.length === 0 || f.priorities.includes(n.priority)) &&
		(!f.hasOpenQuestions || n.openQuestions.length > 0) &&
		(!f.notReady || isNotReady(n)) &&
		(!f.missingSignOff || n.problems.some((p) => p.code === "missing-sign-off")) &&
		(domains.length === 0 || n.domains.some((d) => domains.includes(domain(d)))) &&
		!excluded.some(has) &&
		(included.length === 0 || (f.tagMode === "any" ? included.some(has) : included.every(has))) &&
		words.every((w) => haystack.includes(w))
	);
}

describe("the matcher with each note's forms kept (NoteForms)", () => {
	const word = fc.constantFrom(
		"area",
		"Area",
		"#area",
		"area/x",
		"area/x/y",
		"areas",
		"AREA/X",
		" team/web ",
		"spec",
		"ÁREA",
		"",
	);
	const aNote = fc.record({
		i: fc.nat(1000),
		tags: fc.array(word, { maxLength: 4 }),
		domains: fc.array(fc.constantFrom("Payments", "[[Payments]]", "[[payments|Pay]]", " checkout ", "Äccounts"), {
			maxLength: 3,
		}),
		questions: fc.array(fc.constantFrom("Who pays?", "REFUND window", "áccents"), { maxLength: 2 }),
		status: fc.constantFrom("Draft", "Approved", "Done", "No status", "Unrecognized" as const),
		priority: fc.constantFrom("High", "Low", "None", "Unrecognized" as const),
		lacksSignOff: fc.boolean(),
	});
	const aFilter = fc.record({
		tags: fc.array(fc.record({ tag: word, mode: fc.constantFrom("include" as const, "exclude" as const) }), {
			maxLength: 3,
		}),
		tagMode: fc.constantFrom("all" as const, "any" as const),
		domains: fc.array(fc.constantFrom("payments", "[[Checkout]]", "äccounts", ""), { maxLength: 2 }),
		text: fc.constantFrom("", "who", "refund window", "AREA", "áccents", "n1"),
		hasOpenQuestions: fc.boolean(),
		notReady: fc.boolean(),
		missingSignOff: fc.boolean(),
		statuses: fc.subarray(["Draft", "Done", "Unrecognized", "No status"] as const).map((a) => [...a]),
		priorities: fc.subarray(["High", "None", "Unrecognized"] as const).map((a) => [...a]),
	});

	it("gives the answers of the matcher as first written, also when asked again (property)", () => {
		fc.assert(
			fc.property(
				fc.array(aNote, { maxLength: 8 }),
				fc.array(aFilter, { minLength: 1, maxLength: 3 }),
				(raw, filters) => {
					// One NoteForms for every filter: the forms made for one filter serve the next.
					const forms = new NoteForms();
					const notes = raw.map((r) =>
						note({
							path: `n${r.i}.md`,
							title: `Note ${r.i}`,
							tags: r.tags,
							domains: r.domains,
							status: r.status,
							priority: r.priority,
							problems: r.lacksSignOff
								? [{ code: "missing-sign-off", message: "Bob has not signed off." }]
								: [],
							openQuestions: r.questions.map((text) => ({ text, line: 1 })),
						}),
					);
					for (const partial of filters) {
						const f = filter(partial);
						const matcher = specMatcher(f, forms);
						for (const n of notes) if (matcher(n) !== referenceMatch(n, f)) return false;
						// The whole list through its forms side by side: the same notes, in their order.
						const listed = filterSpecs(notes, f, forms);
						const wanted = notes.filter((n) => referenceMatch(n, f));
						if (listed.length !== wanted.length || listed.some((n, i) => n !== wanted[i])) return false;
						// Before and after the forms are worked out ahead (the search's letter triples with them).
						for (const n of notes) forms.prepare(n);
					}
					return true;
				},
			),
			{ numRuns: 300 },
		);
	});

	it("works each note's forms out once and keeps them with the note", () => {
		const forms = new NoteForms();
		const n = note({
			path: "A.md",
			title: "Pay BY Card",
			tags: ["#Area/X", " spec "],
			domains: ["[[Payments|Pay]]"],
			openQuestions: [{ text: "Who?", line: 2 }],
		});
		expect(forms.noteKeys(n)).toEqual({ tags: ["area/x", "spec"], domains: ["payments"], title: "pay by card" });
		expect(forms.noteKeys(n).tags).toBe(forms.noteKeys(n).tags);
		expect(forms.searchText(n)).toBe("pay by card\na.md\n#area/x\n spec \nwho?");
		// A changed note is a new object, with its own forms.
		expect(forms.noteKeys({ ...n, tags: ["other"] }).tags).toEqual(["other"]);
	});
});

describe("NoteForms: what a filter change reads", () => {
	const letters = fc.stringMatching(/^[a-cA-CéΣσİ \n/#-]{0,40}$/);

	it("screens a search by letter triples without ever missing a match (property)", () => {
		fc.assert(
			fc.property(letters, letters, letters, fc.boolean(), (title, tag, question, prepared) => {
				const forms = new NoteForms();
				const n = note({ path: "Ab/Σa.md", title, tags: [tag], openQuestions: [{ text: question, line: 1 }] });
				if (prepared) forms.prepare(n);
				const text = forms.searchText(n);
				// Every piece of the text (line breaks between its parts included), and words that are not in it.
				const words = [
					text.slice(0, 5),
					text.slice(3, 9),
					text.slice(-4),
					"abc",
					"cab",
					"é-a",
					"aé",
					"ας",
					"i̇a",
				];
				// Fresh columns each time: a word's rows are kept, and each word is asked once here anyway.
				return words.every((w) => (forms.columns([n]).wordRows(searchWord(w))[0] === 1) === text.includes(w));
			}),
			{ numRuns: 500 },
		);
	});

	it("keeps every note's triples apart when thousands share the pool's blocks", () => {
		const forms = new NoteForms();
		const notes = Array.from({ length: 5000 }, (_, i) =>
			note({ path: `n${i}.md`, title: `note ${i} q${i % 97}z` }),
		);
		for (const n of notes) forms.prepare(n);
		const columns = forms.columns(notes);
		columns.fillAll();
		for (let k = 0; k < 97; k += 7) {
			const rows = columns.wordRows(searchWord(`q${k}z`));
			notes.forEach((n, i) => expect(rows[i]).toBe(forms.searchText(n).includes(`q${k}z`) ? 1 : 0));
			expect(rows.reduce((sum, r) => sum + r, 0)).toBeGreaterThan(0);
		}
	});

	it("keeps the forms of a list side by side until the list is another array", () => {
		const forms = new NoteForms();
		const notes = [note({ path: "a.md", title: "A" }), note({ path: "b.md", title: "B" })];
		const table = forms.table(notes);
		expect(table.map((f) => f.note)).toEqual(notes);
		expect(forms.table(notes)).toBe(table);
		const changed = [notes[0], { ...notes[1], title: "B2" }];
		const next = forms.table(changed);
		expect(next).not.toBe(table);
		// The unchanged note keeps its forms; the changed one (a new object) gets its own.
		expect(next[0]).toBe(table[0]);
		expect(next[1]).not.toBe(table[1]);
		expect(next[1].searchText()).toBe("b2\nb.md");
	});

	it("fills a list's filter columns a row at a time, notes tagged alike sharing one tag set id", () => {
		const forms = new NoteForms();
		const notes = [
			note({ path: "a.md", status: "Done", priority: "High", tags: ["spec", "Area/X"], domains: ["[[Pay]]"] }),
			note({ path: "b.md", tags: ["spec", "Area/X"], openQuestions: [{ text: "Why?", line: 3 }] }),
			note({ path: "c.md", status: "Approved", tags: ["area/y"], openQuestions: [{ text: "Who?", line: 3 }] }),
		];
		const columns = forms.columns(notes);
		expect(forms.columns(notes)).toBe(columns);
		// Nothing is worked out before a row is asked for.
		expect(forms.of(notes[0]).gramsSlot()).toBe(-1);
		for (let i = 0; i < notes.length; i++) columns.fill(i);
		// Every row filled (as the board's background work leaves them): filling all looks at no row again.
		const fill = jest.spyOn(columns, "fill");
		columns.fillAll();
		expect(fill).not.toHaveBeenCalled();
		fill.mockRestore();
		expect([...columns.status]).toEqual(["Done", "Draft", "Approved"].map((s) => STATUSES.indexOf(s as never)));
		expect([...columns.priority]).toEqual(["High", "None", "None"].map((p) => PRIORITIES.indexOf(p as never)));
		expect([...columns.flags]).toEqual([0, HAS_OPEN_QUESTIONS, HAS_OPEN_QUESTIONS | NOT_READY]);
		expect(columns.tagSet[1]).toBe(columns.tagSet[0]);
		expect(columns.tagSet[2]).not.toBe(columns.tagSet[0]);
		expect([...columns.tagPaths(columns.tagSet[2])]).toEqual(["area", "area/y"]);
		expect(columns.domainKeys(columns.domainSet[0])).toEqual(["pay"]);
		// A search before and after the triples are worked out gives the same answers.
		const why = searchWord("why");
		expect([...columns.wordRows(why)]).toEqual([0, 1, 0]);
		for (let i = 0; i < notes.length; i++) columns.prepare(i);
		expect(forms.of(notes[0]).gramsSlot()).toBeGreaterThanOrEqual(0);
		// Kept from the first search; a search in fresh columns of the same list reads the triples.
		expect([...forms.columns([...notes]).wordRows(why)]).toEqual([0, 1, 0]);
		// Another list (a changed note is a new array) gets columns of its own.
		expect(forms.columns([...notes])).not.toBe(columns);
	});

	it("keeps which rows hold a searched word: asked again it reads no text, typed on it reads only those rows", () => {
		const forms = new NoteForms();
		const titles = ["Refund window", "Reference card", "Red button", "Blue refunds", "Nothing else"];
		const notes = titles.map((title, i) => note({ path: `n${i}.md`, title }));
		const columns = forms.columns(notes);
		columns.fillAll();
		const has = jest.spyOn(OneNoteForms.prototype, "searchText");
		const rows = (text: string) => [...columns.wordRows(searchWord(text))];
		try {
			expect(rows("re")).toEqual([1, 1, 1, 1, 0]);
			expect(has).toHaveBeenCalledTimes(5);
			expect(rows("re")).toEqual([1, 1, 1, 1, 0]);
			expect(has).toHaveBeenCalledTimes(5);
			// "ref" contains "re": only the four rows that hold "re" are read.
			expect(rows("ref")).toEqual([1, 1, 0, 1, 0]);
			expect(has).toHaveBeenCalledTimes(9);
			expect(rows("refund")).toEqual([1, 0, 0, 1, 0]);
			expect(has).toHaveBeenCalledTimes(12);
			// The same answers as reading every text.
			for (const word of ["re", "ref", "refund", "fund", "x"])
				expect(rows(word)).toEqual(notes.map((n) => (forms.searchText(n).includes(word) ? 1 : 0)));
		} finally {
			has.mockRestore();
		}
		// Another list has its own rows.
		expect([...forms.columns([notes[4], notes[0]]).wordRows(searchWord("refund"))]).toEqual([0, 1]);
	});

	it("with the list's triple index, looks only at the rows that have all of a word's triples", () => {
		const forms = new NoteForms();
		const notes = Array.from({ length: 3000 }, (_, i) =>
			note({ path: `n${i}.md`, title: i % 10 === 0 ? `Refund window ${i}` : `Ledger entry ${i}` }),
		);
		const brute = (text: string) => notes.map((n) => (forms.searchText(n).includes(text) ? 1 : 0));
		const columns = forms.columns(notes);
		/** How many rows a search looked at, once its answer is checked. */
		const search = (text: string) => {
			const expected = brute(text);
			expect([...columns.wordRows(searchWord(text))]).toEqual(expected);
			return columns.rowsLookedAt;
		};
		// Every row but the last in the index: a search still looks at every row, as without it.
		for (let i = 0; i < notes.length - 1; i++) columns.indexGrams(i);
		expect(search("window")).toBe(notes.length);
		columns.indexGrams(notes.length - 1);
		// Indexed: the 300 rows that hold "refund" (and the odd row whose triples only seem to), not the other 2,700.
		const refund = search("refund");
		expect(refund).toBeGreaterThanOrEqual(300);
		expect(refund).toBeLessThan(330);
		// Typed on: at most the kept word's rows.
		expect(search("refund window 1")).toBeLessThanOrEqual(300);
		// A word under three letters has no triples: every row is looked at.
		expect(search("3")).toBe(notes.length);
		// Indexing a row twice changes nothing.
		columns.indexGrams(0);
		expect(search("entry 2")).toBeLessThan(notes.length / 2);
	});

	it("finds with the triple index exactly what reading every text finds (property)", () => {
		const words = fc.stringMatching(/^[a-cé \n]{0,6}$/);
		fc.assert(
			fc.property(fc.array(fc.stringMatching(/^[a-cé \n]{0,30}$/), { maxLength: 70 }), words, (titles, word) => {
				const forms = new NoteForms();
				const notes = titles.map((title, i) => note({ path: `${i}.md`, title }));
				const columns = forms.columns(notes);
				for (let i = notes.length - 1; i >= 0; i--) columns.indexGrams(i);
				const expected = notes.map((n) => (forms.searchText(n).includes(word) ? 1 : 0));
				return [...columns.wordRows(searchWord(word))].join() === expected.join();
			}),
			{ numRuns: 300 },
		);
	});

	it("decides a tag or domain choice once per distinct set, not once per note", () => {
		const forms = new NoteForms();
		const notes = Array.from({ length: 1000 }, (_, i) =>
			note({ path: `n${i}.md`, tags: [`area/a${i % 3}`], domains: [`[[D${i % 2}]]`] }),
		);
		const has = jest.spyOn(Set.prototype, "has");
		try {
			const shown = filterSpecs(notes, filter({ tags: include("area/a1"), domains: ["d1"] }), forms);
			expect(shown.length).toBe(notes.filter((_, i) => i % 3 === 1 && i % 2 === 1).length);
			// Three tag sets and two domain sets decided, plus the filter's own sets: far fewer than a thousand notes.
			expect(has.mock.calls.length).toBeLessThan(20);
		} finally {
			has.mockRestore();
		}
	});

	it("shares the tag and domain forms of notes tagged alike", () => {
		const forms = new NoteForms();
		const a = note({ path: "a.md", tags: ["spec", "Area/X"], domains: ["[[Payments]]"] });
		const b = note({ path: "b.md", tags: ["spec", "Area/X"], domains: ["[[Payments]]"] });
		const c = note({ path: "c.md", tags: ["spec", "area/y"], domains: [] });
		expect(forms.tagPaths(b)).toBe(forms.tagPaths(a));
		expect(forms.domainKeys(b)).toBe(forms.domainKeys(a));
		expect([...forms.tagPaths(a)]).toEqual(["spec", "area", "area/x"]);
		expect([...forms.tagPaths(c)]).toEqual(["spec", "area", "area/y"]);
		// Names that would join alike are never taken for one another.
		const joined = note({ path: "d.md", tags: ["spec", "area/y"] });
		const one = note({ path: "e.md", tags: ["spec\u0000area/y"] });
		expect([...forms.tagPaths(joined)]).toEqual(["spec", "area", "area/y"]);
		expect([...forms.tagPaths(one)]).toEqual(["spec\u0000area", "spec\u0000area/y"]);
	});
});
