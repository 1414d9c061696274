// Dates for templates and edits: date-fns formats that never throw.
import { format } from "date-fns";

/** The format used when the configured one cannot format a date. */
export const DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

/**
 * Formats a date with a date-fns format; null when the format is invalid. Moment-style `YYYY`/`DD` are refused
 * rather than passed to date-fns, which would read them as week-numbering year and day of year (or throw and warn).
 */
export function formatDateSafely(date: Date, dateFormat: string): string | null {
	if (dateFormat.trim() === "" || Number.isNaN(date.getTime())) return null;
	const unquoted = dateFormat.replace(/'[^']*'?/g, "");
	if (/[YD]/.test(unquoted)) return null;
	try {
		return format(date, dateFormat);
	} catch {
		return null;
	}
}

/** Formats a date with the configured format, falling back to yyyy-MM-dd when that format is invalid ("" for an invalid date). */
export function formatConfiguredDate(date: Date, dateFormat: string): string {
	return formatDateSafely(date, dateFormat) ?? formatDateSafely(date, DEFAULT_DATE_FORMAT) ?? "";
}
