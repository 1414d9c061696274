// Created and updated dates as ISO date strings, whether YAML gave a string or a Date.
import { fieldNames, fieldValue, type Fields } from "./frontmatterFields";

const DATE_TEXT = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;

function pad(value: number): string {
	return value < 10 ? `0${value}` : String(value);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of a year from 0 to 9999, as `Date.UTC(year, month, 0)` counts them (years 0-99 are 1900-1999 there). */
function daysInMonth(year: number, month: number): number {
	if (month !== 2) return DAYS_IN_MONTH[month - 1];
	const y = year <= 99 ? year + 1900 : year;
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

function validDate(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1) return null;
	return day > daysInMonth(year, month) ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/** The value of `count` ASCII digits at text[at...], or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
	let value = 0;
	for (let i = at; i < at + count; i++) {
		const digit = text.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/** The common `yyyy-MM-dd` string, read without a regular expression; undefined when the text is not exactly that. */
function plainIsoDate(text: string): string | null | undefined {
	if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
	const year = digitsAt(text, 0, 4);
	const month = digitsAt(text, 5, 2);
	const day = digitsAt(text, 8, 2);
	return year < 0 || month < 0 || day < 0 ? undefined : validDate(year, month, day);
}

/**
 * A date value as yyyy-MM-dd: a Date by its UTC parts (YAML readers give midnight UTC for `2024-01-05`), or a string
 * starting with a year-month-day (`2024-01-05`, `2024/1/5`, `2024-07-21T12:37:00`). Template placeholders
 * (`YYYY-MM-DD`, `[DATE]`, `{{date}}`), impossible dates and anything else give null.
 */
export function isoDate(value: unknown): string | null {
	if (value instanceof Date) {
		const year = value.getUTCFullYear();
		if (Number.isNaN(year)) return null;
		// As toISOString().slice(0, 10) would write it, without making the whole string (years outside 0000-9999 aside).
		if (year < 0 || year > 9999) return value.toISOString().slice(0, 10);
		return `${year < 1000 ? String(year).padStart(4, "0") : year}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
	}
	if (Array.isArray(value) && value.length === 1) return isoDate(value[0]);
	if (typeof value !== "string") return null;
	const plain = plainIsoDate(value);
	if (plain !== undefined) return plain;
	const match = DATE_TEXT.exec(value.trim());
	return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** Frontmatter keys read as the created date, first found wins (case and `_`/`-`/space are ignored: `Created`, `createdAt`). */
export const CREATED_KEYS = fieldNames("created", "date", "created_at", "creation date");
/** Frontmatter keys read as the updated date, first found wins (case and separators ignored: `Updated`, `lastUpdated`). */
export const UPDATED_KEYS = fieldNames("updated", "last_updated", "updated_at", "modified", "last_modified");

/** The note's created date (yyyy-MM-dd) from its frontmatter, or null. */
export function createdDate(data: Fields): string | null {
	return isoDate(fieldValue(data, CREATED_KEYS));
}

/** The note's updated date (yyyy-MM-dd) from its frontmatter, or null. */
export function updatedDate(data: Fields): string | null {
	return isoDate(fieldValue(data, UPDATED_KEYS));
}
