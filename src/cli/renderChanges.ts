// `spec-board changes`: the status changes in a window, as text, Markdown (the weekly digest) or JSON.
import type { OutputFormat } from "./args";
import type { StatusChange, HistoryStatus } from "./gitHistory";
import { JSON_SCHEMA_VERSION } from "./renderJson";
import { isoDay } from "./history";
import { markdownCell as cell, appendMarkdownTable } from "../core/board/markdownTable";
import { displayWidth, padEnd, truncate } from "./terminalText";

/** Titles longer than this many columns are cut with "…" in the text digest. */
const TITLE_MAX = 48;

/** The changes to print, and what they are about. */
export interface ChangesReport {
	/** The folder read, as the user gave it. */
	dir: string;
	/** What the window is, for the heading ("2026-11-23 (7d)", a date, or a ref). */
	since: string;
	/** The changes in the window, oldest first, each with the spec's title today. */
	changes: readonly (StatusChange & { title: string })[];
}

function statusWord(status: HistoryStatus | null): string {
	if (status === null) return "new";
	return status.status === "Unrecognized" && status.raw !== null ? `"${status.raw}"` : status.status;
}

/** Renders the changes in a format (text, markdown or json). */
export function renderChanges(report: ChangesReport, format: OutputFormat): string {
	const count = `${report.changes.length} status change${report.changes.length === 1 ? "" : "s"}`;
	if (format === "json") {
		const changes = report.changes.map((c) => ({
			path: c.path,
			title: c.title,
			from: c.from === null ? null : c.from.status,
			fromRaw: c.from === null ? null : c.from.raw,
			to: c.to.status,
			toRaw: c.to.raw,
			date: c.date,
			commit: c.commit,
			author: c.author,
		}));
		return `${JSON.stringify({ schema: JSON_SCHEMA_VERSION, since: report.since, changes }, null, 2)}\n`;
	}
	const lines: string[] = [];
	if (format === "markdown") {
		lines.push(`### Spec status changes since ${report.since}: ${count}`);
		appendMarkdownTable(
			lines,
			["Date", "Spec", "Change", "By"],
			report.changes.map((c) => [
				isoDay(c.time),
				`${cell(c.title)} (\`${cell(c.path)}\`)`,
				`${cell(statusWord(c.from))} → ${cell(statusWord(c.to))}`,
				cell(c.author),
			]),
		);
		return `${lines.join("\n")}\n`;
	}
	lines.push(`Spec Board changes · ${report.dir} · since ${report.since}`);
	lines.push(count);
	if (report.changes.length > 0) lines.push("");
	let titleWidth = 0;
	let changeWidth = 0;
	for (const c of report.changes) {
		titleWidth = Math.max(titleWidth, displayWidth(truncate(c.title, TITLE_MAX)));
		changeWidth = Math.max(changeWidth, displayWidth(`${statusWord(c.from)} → ${statusWord(c.to)}`));
	}
	for (const c of report.changes) {
		const change = `${statusWord(c.from)} → ${statusWord(c.to)}`;
		lines.push(
			`  ${isoDay(c.time)}  ${padEnd(truncate(c.title, TITLE_MAX), titleWidth)}  ${padEnd(change, changeWidth)}  ${c.author}  ${c.path}`.trimEnd(),
		);
	}
	return `${lines.join("\n")}\n`;
}
