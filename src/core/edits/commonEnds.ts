// The common start and end of two sequences (characters of two texts, or lines of two blocks): what an edit keeps.

/** How many items two sequences share at their start, and then at their end (never overlapping the start). */
export function commonEnds<T>(before: ArrayLike<T>, after: ArrayLike<T>): { prefix: number; suffix: number } {
	let prefix = 0;
	while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
	let suffix = 0;
	while (
		suffix < before.length - prefix &&
		suffix < after.length - prefix &&
		before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
	)
		suffix++;
	return { prefix, suffix };
}
