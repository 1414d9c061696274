// Matching a written value against a vocabulary by its leading word(s), case- and separator-insensitively.
import { detachString } from "../reading/detach";
import { scalarText } from "../reading/frontmatterFields";

/** Lower-cases text and turns every run of non-letters and non-digits into one space (`In_Progress!` gives `in progress`). */
export function normaliseWords(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

type Vocabulary<K extends string> = Readonly<Record<K, readonly string[]>>;

/** A vocabulary made ready for matching: its normalised words, and the answers given so far (values repeat across notes). */
interface PreparedVocabulary {
	order: readonly string[];
	pairs: [string, string][];
	answers: Map<string, string | null>;
}

const preparedCache = new WeakMap<object, PreparedVocabulary>();
const MAX_ANSWERS = 2000;

function prepared<K extends string>(words: Vocabulary<K>, order: readonly K[]): PreparedVocabulary {
	const cached = preparedCache.get(words);
	if (cached !== undefined && cached.order === order) return cached;
	const pairs: [string, string][] = [];
	for (const key of order) {
		for (const word of words[key] ?? []) {
			const form = normaliseWords(word);
			if (form !== "") pairs.push([key, form]);
		}
	}
	const vocabulary: PreparedVocabulary = { order, pairs, answers: new Map() };
	preparedCache.set(words, vocabulary);
	return vocabulary;
}

/** Words that negate what follows: "not approved" and "no longer active" mean no known status. */
const NEGATIONS = new Set(["not", "no", "never", "non", "nor", "isn", "aren", "wasn", "won", "don"]);

/** The key of the longest vocabulary word at word position `at` of `value` (a normalised text), and its length. */
function wordAt(vocabulary: PreparedVocabulary, value: string, at: number): { key: string; length: number } | null {
	let best: { key: string; length: number } | null = null;
	for (const [key, word] of vocabulary.pairs) {
		if (best !== null && word.length <= best.length) continue;
		if (!value.startsWith(word, at)) continue;
		const after = at + word.length;
		if (after === value.length || value.charCodeAt(after) === 32) best = { key, length: word.length };
	}
	return best;
}

/**
 * The first clause of a written value: the text before a dash, comma, semicolon, parenthesis, bracket or date
 * ("Architecture Draft — Feb 22, 2026" gives "Architecture Draft").
 */
export function firstClause(raw: string): string {
	const cut =
		/\s[-\u2013\u2014]\s|[\u2013\u2014,;:([{]|\b\d{4}\b|\b\d{1,2}[-/.]\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d/i.exec(
			raw,
		);
	return cut === null ? raw : raw.slice(0, cut.index);
}

/**
 * The vocabulary key a written value means. First its leading words (whole words, longest first: "Ready for review"
 * is In review though "ready" alone is Approved; "Done - shipped" is Done, "Doneness" nothing); else a known word or
 * phrase anywhere in its first clause ("Architecture Draft — Feb 22" is Draft; see firstClause). A negation in the
 * first clause ("not approved", "no longer active") matches nothing. Ties go to the first key in `order`.
 */
export function matchStatusWords<K extends string>(raw: string, words: Vocabulary<K>, order: readonly K[]): K | null {
	const vocabulary = prepared(words, order);
	const known = vocabulary.answers.get(raw);
	if (known !== undefined) return known as K | null;
	const best = findMeaning(vocabulary, raw);
	if (vocabulary.answers.size >= MAX_ANSWERS) vocabulary.answers.clear();
	// The key is copied so the cache never keeps a note's text alive through a slice of it.
	vocabulary.answers.set(detachString(raw), best);
	return best as K | null;
}

function findMeaning(vocabulary: PreparedVocabulary, raw: string): string | null {
	const value = normaliseWords(raw);
	if (value === "") return null;
	const clause = normaliseWords(firstClause(raw));
	for (const word of clause.split(" ")) if (NEGATIONS.has(word)) return null;
	const leading = wordAt(vocabulary, value, 0);
	if (leading !== null) return leading.key;
	for (let at = clause.indexOf(" "); at >= 0; at = clause.indexOf(" ", at + 1)) {
		const found = wordAt(vocabulary, clause, at + 1);
		if (found !== null) return found.key;
	}
	return null;
}

/**
 * The key one word or phrase stands for, exactly (case and separators aside): a key's own name ("in-progress" is
 * In progress) or one of its words ("wip"). The command line's arguments and the templates' words read words this way.
 */
export function wordMeaning<K extends string>(word: string, words: Vocabulary<K>, order: readonly K[]): K | null {
	const form = normaliseWords(word.replace(/^#/, ""));
	if (form === "") return null;
	for (const key of order) if (normaliseWords(key) === form) return key;
	for (const [key, known] of prepared(words, order).pairs) if (known === form) return key as K;
	return null;
}

/** A status or priority value as text: a scalar (see scalarText), or a list's items joined with ` | ` (several items are choices). */
export function rawValueText(value: unknown): string | null {
	if (Array.isArray(value) && value.length > 1) {
		const items = value.map((item) => scalarText(item)).filter((item): item is string => item !== null);
		return items.length === 0 ? null : items.join(" | ");
	}
	return scalarText(value);
}

/** Whether a value lists several alternatives (`Planning | In Progress | Review`): a choice left unmade. */
export function isChoiceList(raw: string): boolean {
	return raw.includes("|");
}
