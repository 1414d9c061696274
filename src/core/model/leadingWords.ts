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

/**
 * The vocabulary key whose word the value starts with (whole words: `done` matches "Done - shipped" but not
 * "Doneness"); the longest matching word wins, then the first in `order`. Null when no word matches.
 */
export function matchLeadingWords<K extends string>(raw: string, words: Vocabulary<K>, order: readonly K[]): K | null {
	const vocabulary = prepared(words, order);
	const known = vocabulary.answers.get(raw);
	if (known !== undefined) return known as K | null;
	const value = normaliseWords(raw);
	let best: string | null = null;
	if (value !== "") {
		let bestLength = 0;
		for (const [key, word] of vocabulary.pairs) {
			if (word.length > bestLength && (value === word || value.startsWith(word + " "))) {
				best = key;
				bestLength = word.length;
			}
		}
	}
	if (vocabulary.answers.size >= MAX_ANSWERS) vocabulary.answers.clear();
	// The key is copied so the cache never keeps a note's text alive through a slice of it.
	vocabulary.answers.set(detachString(raw), best);
	return best as K | null;
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
