import { canonicalValue, fieldText } from "../../../src/core/model/fieldKinds";
import { firstClause, normaliseWords, prepareVocabulary, wordMeaning } from "../../../src/core/model/leadingWords";
import { DEFAULT_STATUS_WORDS } from "../../../src/core/model/vocabulary";
import { PRIORITIES, STATUSES } from "../../../src/core/model/specNote";
import { defaultReadOptions, readOptionsFromSettings } from "../../../src/core/reading/readOptions";
import { defaultSettings } from "../../../src/core/settings/settings";

const statusWords = defaultReadOptions().statusVocabulary.words;
const priorityWords = defaultReadOptions().priorityVocabulary.words;

const canonicalStatus = (raw: string, words = statusWords) => {
	const reading = canonicalValue("status", raw, prepareVocabulary(words, STATUSES));
	return { status: reading.value, problem: reading.problem };
};
const canonicalPriority = (raw: string, words = priorityWords) => {
	const reading = canonicalValue("priority", raw, prepareVocabulary(words, PRIORITIES));
	return { priority: reading.value, problem: reading.problem };
};
const statusText = fieldText;
const priorityText = fieldText;

describe("status words: phrases before words, a status with a tail, negation, On hold, LeanSpec and KEP", () => {
	it.each([
		["phrase before word", "Ready for review", "In review"],
		["phrase before word", "Rough draft", "Draft"],
		["percent tail", "In Progress (70%)", "In progress"],
		["emoji tail", "Complete ✅", "Done"],
		["superseded by a link", "Superseded by [[0007 Use PostgreSQL]]", "Deprecated"],
		["superseded by a Markdown link", "Superseded by [7. Use PostgreSQL](0007-use-postgresql.md)", "Deprecated"],
		["a word in the first clause", "Architecture Draft — Feb 22, 2026", "Draft"],
		["a word before a comma", "Second review, 3 March", "In review"],
		["a word before a parenthesis", "Final approved (legal)", "Approved"],
		["a word after the first clause does not count", "Architecture — draft", "Unrecognized"],
		["negation", "not approved", "Unrecognized"],
		["negation", "no longer active", "Unrecognized"],
		["negation", "Never shipped", "Unrecognized"],
		["negation in the first clause", "Design not approved yet", "Unrecognized"],
		["on hold", "On hold", "On hold"],
		["on hold", "on-hold", "On hold"],
		["on hold", "Blocked by legal review", "On hold"],
		["on hold", "Paused", "On hold"],
		["on hold", "deferred", "On hold"],
		["on hold", "Parked until Q3", "On hold"],
		["on hold", "Waiting for the vendor", "On hold"],
		["on hold", "Postponed", "On hold"],
		["LeanSpec", "planned", "Approved"],
		["LeanSpec", "in-progress", "In progress"],
		["LeanSpec", "complete", "Done"],
		["KEP", "implementable", "Approved"],
		["KEP", "provisional", "In review"],
		["KEP", "implemented", "Done"],
		["KEP", "deferred", "On hold"],
		["KEP", "replaced", "Deprecated"],
		["KEP", "withdrawn", "Deprecated"],
		["KEP", "rejected", "Deprecated"],
		["ADR", "Proposed", "In review"],
		["ADR", "Accepted", "Approved"],
	])("%s: %j is %s", (_case, raw, expected) => {
		expect(canonicalStatus(raw).status).toBe(expected);
	});

	it("keeps the raw value of a negated status, with a problem", () => {
		expect(canonicalStatus("no longer active").problem?.code).toBe("unrecognized-status");
	});

	it.each([
		["Architecture Draft — Feb 22, 2026", "Architecture Draft"],
		["Accepted (2024-01-02)", "Accepted "],
		["Done, shipped", "Done"],
		["Approved 2024-05-01", "Approved "],
		["plain", "plain"],
	])("firstClause(%j) is %j", (raw, expected) => {
		expect(firstClause(raw)).toBe(expected);
	});

	it.each([
		["on-hold", "On hold"],
		["On hold", "On hold"],
		["blocked", "On hold"],
		["in-progress", "In progress"],
		["wip", "In progress"],
		["#draft", "Draft"],
		["ready for review", "In review"],
		["nothing", null],
	])("wordMeaning(%j) is %j: one home for a word's status (command line, templates)", (word, expected) => {
		expect(wordMeaning(word, DEFAULT_STATUS_WORDS, STATUSES)).toBe(expected);
	});
});

describe("canonicalStatus", () => {
	it.each([
		["draft", "Draft"],
		["Planning", "Draft"],
		["IDEA", "Draft"],
		["Open", "Draft"],
		["in review", "In review"],
		["In_Review", "In review"],
		["RFC", "In review"],
		["Provisional", "In review"],
		["Implementable (v1.30)", "Approved"],
		["accepted", "Approved"],
		["Ready for implementation", "Approved"],
		["In Progress - 50%", "In progress"],
		["in-progress", "In progress"],
		["in_progress", "In progress"],
		["WIP", "In progress"],
		["Working", "In progress"],
		["✅ Complete", "Done"],
		["Shipped in 2.3", "Done"],
		["Superceded entirely by 0072", "Deprecated"],
		["Won't do", "Unrecognized"],
		["Not started", "Unrecognized"],
		["Doneness", "Unrecognized"],
		["3", "Unrecognized"],
		["Planning | In Progress | Review | Complete", "Unrecognized"],
		["draft|approved", "Unrecognized"],
	])("%j is %s", (raw, expected) => {
		expect(canonicalStatus(raw, statusWords).status).toBe(expected);
	});

	it.each([
		["a known word has no problem", "draft", null],
		["an unknown word", "Won't do", "unrecognized-status"],
		[
			"an unfilled choice list is a problem, never its first choice",
			"Planning | In Progress | Review | Complete",
			"unrecognized-status",
		],
	])("%s", (_name, raw, code) => {
		expect(canonicalStatus(raw, statusWords).problem?.code ?? null).toBe(code);
	});

	it("uses the user's extra words from settings", () => {
		const settings = defaultSettings();
		settings.statusWords.Approved = ["signed off"];
		const words = readOptionsFromSettings(settings).statusVocabulary.words;
		expect(canonicalStatus("Signed-off by Legal", words).status).toBe("Approved");
		expect(canonicalStatus("draft", words).status).toBe("Draft");
	});

	it("keeps the answers of each vocabulary apart (values repeat from note to note)", () => {
		const extended = prepareVocabulary({ ...statusWords, Approved: ["signed off"] }, STATUSES);
		const builtIn = prepareVocabulary(statusWords, STATUSES);
		for (let round = 0; round < 3; round++) {
			expect(canonicalValue("status", "Signed off", extended).value).toBe("Approved");
			expect(canonicalValue("status", "Signed off", builtIn).value).toBe("Unrecognized");
			expect(canonicalValue("status", "draft", builtIn).value).toBe("Draft");
		}
	});

	it("prefers the longest matching word", () => {
		const words = { ...statusWords, Done: ["in"], Draft: ["in review draft"] };
		expect(canonicalStatus("In review draft 2", words).status).toBe("Draft");
	});
});

describe("statusText: a frontmatter status of any shape, never throwing", () => {
	it.each([
		["a string, trimmed", "  Draft ", "Draft"],
		["a number", 3, "3"],
		["a boolean", true, "true"],
		["a Date", new Date(Date.UTC(2024, 0, 5)), "2024-01-05"],
		["a one-item list is its item", ["approved"], "approved"],
		["a longer list is a choice", ["draft", "approved"], "draft | approved"],
		["an empty string", "", null],
		["null", null, null],
		["an empty list", [], null],
		["an object (YAML's reading of {{status}})", { "[object Object]": null }, null],
	])("%s", (_name, value, expected) => {
		expect(statusText(value)).toBe(expected);
	});
});

describe("canonicalPriority", () => {
	it.each([
		["P0", "Critical"],
		["urgent!", "Critical"],
		["High", "High"],
		["p1 - soon", "High"],
		["normal", "Medium"],
		["P2", "Medium"],
		["minor", "Low"],
		["p4", "Low"],
		["1", "Unrecognized"],
		["low | medium | high", "Unrecognized"],
		["highest", "Critical"],
		["not urgent", "Unrecognized"],
		["Very high", "High"],
	])("%j is %s", (raw, expected) => {
		expect(canonicalPriority(raw, priorityWords).priority).toBe(expected);
	});

	it("reports an unknown priority", () => {
		expect(canonicalPriority("whenever", priorityWords).problem?.code).toBe("unrecognized-priority");
	});

	it.each([
		[2, "2"],
		[["high"], "high"],
		[["low", "high"], "low | high"],
		[null, null],
	])("priorityText(%j) is %j", (value, expected) => {
		expect(priorityText(value)).toBe(expected);
	});
});

describe("normaliseWords", () => {
	it.each([
		["In_Progress!", "in progress"],
		["  ✅  Done ", "done"],
		["Implementable (v1.30)", "implementable v1 30"],
		["", ""],
	])("%j gives %j", (text, expected) => {
		expect(normaliseWords(text)).toBe(expected);
	});
});
