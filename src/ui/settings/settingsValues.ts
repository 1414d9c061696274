// Pure helpers behind the settings tab: turning what a person types into setting values, and back.
import { formatDateSafely } from "../../core/templates/dateFormat";
import { MAX_STALE_AFTER_DAYS } from "../../core/settings/settings";
import { cleanTag } from "../../core/model/tags";

/** The outcome of checking one typed value: the value to save, or why it cannot be saved. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Splits comma-separated words into a clean list: trimmed, no empty entries, no case-insensitive repeats. */
export function parseWordList(text: string): string[] {
	const seen = new Set<string>();
	const words: string[] = [];
	for (const part of text.split(/[,\n]/)) {
		const word = part.trim();
		if (word === "" || seen.has(word.toLowerCase())) continue;
		seen.add(word.toLowerCase());
		words.push(word);
	}
	return words;
}

/** Shows a word list the way parseWordList reads it back. */
export function formatWordList(words: readonly string[]): string {
	return words.join(", ");
}

/** Today's date in a date-fns format, or why the format is not usable. */
export function previewDateFormat(dateFormat: string, now: Date): FieldResult<string> {
	if (dateFormat.trim() === "") return { ok: false, message: "The date format is empty." };
	const text = formatDateSafely(now, dateFormat);
	if (text === null)
		return {
			ok: false,
			message: "This is not a valid date-fns format (use yyyy for the year and dd for the day).",
		};
	return { ok: true, value: text };
}

/** A spec tag as typed (with or without '#'), or why it cannot be used. */
export function parseSpecTag(text: string): FieldResult<string> {
	const tag = cleanTag(text);
	if (tag === "") return { ok: false, message: "The spec tag cannot be empty." };
	if (/\s/.test(tag)) return { ok: false, message: "A tag cannot contain spaces." };
	return { ok: true, value: tag };
}

/** "Stale after N days" as typed: empty for never, else a whole number of days from 1 to 9999. */
export function parseStaleDays(text: string): FieldResult<number | null> {
	const typed = text.trim();
	if (typed === "") return { ok: true, value: null };
	if (!/^\d+$/.test(typed) || Number(typed) < 1 || Number(typed) > MAX_STALE_AFTER_DAYS)
		return {
			ok: false,
			message: `Type a whole number of days from 1 to ${MAX_STALE_AFTER_DAYS}, or leave it empty for never.`,
		};
	return { ok: true, value: Number(typed) };
}
