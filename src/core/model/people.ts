// People's names as notes write them: `Alice`, `@alice`, `[[Alice]]`, `[[People/Alice Smith|Alice]]`, `Alice (2024-05-02)`.
import { linkTarget } from "./links";

/**
 * A name's compared form: lower-cased, a leading `@` dropped, a wiki-link read as its target's last path segment,
 * and a trailing note cut off (` (2024-05-02)`, ` - on leave`, ` — agreed`, `: fine`). "" when nothing is left.
 */
export function nameKey(name: string): string {
	let text = name.trim();
	const open = text.indexOf("[[");
	if (open >= 0) {
		const close = text.indexOf("]]", open + 2);
		if (close > open) {
			const target = linkTarget(text.slice(open + 2, close));
			const slash = target.lastIndexOf("/");
			text = slash >= 0 ? target.slice(slash + 1) : target;
		}
	}
	if (text.startsWith("@")) text = text.slice(1);
	const cut = /\s+(?:\(|[-–—]\s)|:\s/.exec(text);
	if (cut !== null) text = text.slice(0, cut.index);
	return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Whether two written names are the same person: case-insensitively, with or without `@` or a wiki-link. */
export function sameName(a: string, b: string): boolean {
	const key = nameKey(a);
	return key !== "" && key === nameKey(b);
}

/** Whether `name` is among the comma-separated names of `names` (an owner field such as "Alice, Bob"). */
export function namedIn(names: string | null, name: string): boolean {
	if (names === null) return false;
	const key = nameKey(name);
	if (key === "") return false;
	return names.split(",").some((part) => nameKey(part) === key);
}
