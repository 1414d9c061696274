// Matching a written value against a vocabulary by its leading word(s), case- and separator-insensitively.

/** Lower-cases text and turns every run of non-letters and non-digits into one space (`In_Progress!` gives `in progress`). */
export function normaliseWords(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

type Vocabulary<K extends string> = Readonly<Record<K, readonly string[]>>;

const normalisedCache = new WeakMap<object, [string, string][]>();

function normalised<K extends string>(words: Vocabulary<K>, order: readonly K[]): [K, string][] {
	const cached = normalisedCache.get(words);
	if (cached) return cached as [K, string][];
	const pairs: [K, string][] = [];
	for (const key of order) {
		for (const word of words[key] ?? []) {
			const form = normaliseWords(word);
			if (form !== "") pairs.push([key, form]);
		}
	}
	normalisedCache.set(words, pairs);
	return pairs;
}

/**
 * The vocabulary key whose word the value starts with (whole words: `done` matches "Done - shipped" but not
 * "Doneness"); the longest matching word wins, then the first in `order`. Null when no word matches.
 */
export function matchLeadingWords<K extends string>(raw: string, words: Vocabulary<K>, order: readonly K[]): K | null {
	const value = normaliseWords(raw);
	if (value === "") return null;
	let best: K | null = null;
	let bestLength = 0;
	for (const [key, word] of normalised(words, order)) {
		if (word.length > bestLength && (value === word || value.startsWith(word + " "))) {
			best = key;
			bestLength = word.length;
		}
	}
	return best;
}

/** A status or priority value as text: a scalar, or a list's items joined with ` | ` (several items are choices). */
export function rawValueText(value: unknown, scalar: (v: unknown) => string | null): string | null {
	if (Array.isArray(value) && value.length > 1) {
		const items = value.map((item) => scalar(item)).filter((item): item is string => item !== null);
		return items.length === 0 ? null : items.join(" | ");
	}
	return scalar(value);
}

/** Whether a value lists several alternatives (`Planning | In Progress | Review`): a choice left unmade. */
export function isChoiceList(raw: string): boolean {
	return raw.includes("|");
}
