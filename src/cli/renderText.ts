// The board as terminal text: a header, one summary line for statuses and one for priorities,
// the specs grouped by status (title, priority, open questions, domains; then path and tags), then every open question with its line number.
import { groupSpecs, isNotReady, type Summary } from "../core/board/rollup";
import type { Priority, SpecNote, Status } from "../core/model/specNote";
import { kindInfo, type FieldKind, type FieldValue } from "../core/model/fieldKinds";
import type { NoteHistory } from "./history";
import { displayWidth, makePalette, padEnd, padStart, truncate, type Palette } from "./terminalText";

/** What the text board shows. */
export interface TextBoard {
	/** The folder read, as the user gave it. */
	dir: string;
	/** The listed specs (already filtered), in any order. */
	notes: readonly SpecNote[];
	/** Counts over the listed specs. */
	summary: Summary;
	/** How many specs the folder has before filtering. */
	totalSpecs: number;
	/** How many notes were read but are not specs (not shown). */
	otherNotes: number;
	/** Whether a filter narrowed the list. */
	filtered: boolean;
	/** Git history per note, when there is one (the rows then say "in review for 23 days"). */
	history?: ReadonlyMap<SpecNote, NoteHistory>;
	/** --summary: the header and the counts only. */
	summaryOnly?: boolean;
}

/** The mark in front of a note's problems. */
export const PROBLEM_MARK = "⚠";

/** Titles longer than this many columns are cut with "…". */
const TITLE_MAX = 48;

/** Open questions longer than this many columns are cut with "…" (the JSON output has them whole). */
const QUESTION_MAX = 100;

type Style = (p: Palette) => (text: string) => string;

/** The colour of each canonical status and priority, side by side (the board's colours live in styles.css). */
const STYLES: { status: Record<Status, Style>; priority: Record<Priority, Style> } = {
	status: {
		Draft: (p) => p.cyan,
		"In review": (p) => p.blue,
		Approved: (p) => p.magenta,
		"In progress": (p) => p.yellow,
		"On hold": (p) => (text) => p.dim(p.yellow(text)),
		Done: (p) => p.green,
		Deprecated: (p) => p.dim,
		Unrecognized: (p) => p.red,
		"No status": (p) => p.red,
	},
	priority: {
		Critical: (p) => (text) => p.bold(p.red(text)),
		High: (p) => p.yellow,
		Medium: () => (text) => text,
		Low: (p) => p.dim,
		Unrecognized: (p) => p.red,
		None: (p) => p.dim,
	},
};

/** How a status or priority is written in the terminal. */
function valueStyle<K extends FieldKind>(kind: K, value: FieldValue<K>, p: Palette): (text: string) => string {
	return (STYLES[kind] as Record<string, Style>)[value](p);
}

/** The summary line of a kind: every value with its count; the settable ones shown even at zero. */
function kindCountsLine<K extends FieldKind>(kind: K, counts: Record<FieldValue<K>, number>, p: Palette): string {
	const info = kindInfo(kind);
	const label = info.label.charAt(0).toUpperCase() + info.label.slice(1);
	const shown = new Set<FieldValue<K>>(info.settable as readonly FieldValue<K>[]);
	return countsLine(label, info.values, counts, shown, (value) => valueStyle(kind, value, p), p);
}

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** "Status    Draft 2 · In review 1 · ..." with zero counts dimmed. */
function countsLine<K extends string>(
	label: string,
	order: readonly K[],
	counts: Record<K, number>,
	alwaysShown: ReadonlySet<K>,
	style: (key: K) => (text: string) => string,
	p: Palette,
): string {
	const parts = order
		.filter((key) => alwaysShown.has(key) || counts[key] > 0)
		.map((key) => (counts[key] > 0 ? `${style(key)(key)} ${counts[key]}` : p.dim(`${key} 0`)));
	return `${padEnd(label, 10)}${parts.join(p.dim(" · "))}`;
}

/** The cells of one spec row, before padding. */
interface RowCells {
	title: string;
	/** "in review for 23 days", where it matters (statuses that should move on), with git history. */
	days: string;
	priority: string;
	open: string;
	domains: string;
	tags: string;
}

/** Statuses whose age is worth showing: the ones a spec should move on from. */
const AGING_STATUSES: ReadonlySet<Status> = new Set<Status>(["Draft", "In review", "Approved", "In progress"]);

/** "in review for 23 days" / "draft since today", or "" when there is no history or the status is settled. */
export function daysInStatusText(note: SpecNote, history: NoteHistory | undefined): string {
	if (history === undefined || !AGING_STATUSES.has(note.status)) return "";
	const status = note.status.toLowerCase();
	return history.daysInStatus === 0
		? `${status} since today`
		: `${status} for ${plural(history.daysInStatus, "day", "days")}`;
}

function rowCells(note: SpecNote, history: NoteHistory | undefined): RowCells {
	const open = note.openQuestions.length > 0 ? `${note.openQuestions.length} open` : "";
	return {
		title: truncate(note.title, TITLE_MAX),
		days: daysInStatusText(note, history),
		priority: note.priority === "None" ? "-" : note.priority,
		open: isNotReady(note) ? `${open}, not ready` : open,
		domains: note.domains.join(", "),
		tags: note.tags.map((t) => `#${t}`).join(" "),
	};
}

/** Renders the board; `color` turns on ANSI colours. */
export function renderText(board: TextBoard, color: boolean): string {
	const p = makePalette(color);
	const lines: string[] = [];
	const { summary } = board;

	lines.push(`${p.bold("Spec Board")} ${p.dim("·")} ${board.dir}`);
	const counted = board.filtered
		? `${board.notes.length} of ${plural(board.totalSpecs, "spec", "specs")} match`
		: plural(board.totalSpecs, "spec", "specs");
	let intro = `${counted}, ${plural(summary.openQuestions, "open question", "open questions")}`;
	let notReady = 0;
	for (const note of board.notes) if (isNotReady(note)) notReady += 1;
	if (notReady > 0) intro += `, ${notReady} not ready`;
	if (board.otherNotes > 0)
		intro += p.dim(
			` · ${board.otherNotes === 1 ? "1 other note is not a spec" : `${board.otherNotes} other notes are not specs`} (--all lists them)`,
		);
	lines.push(intro);

	if (board.notes.length === 0) {
		lines.push("");
		if (board.totalSpecs === 0) {
			lines.push('No specs found. A note is a spec when it has a status, an "Open questions" heading,');
			lines.push('a type ending in "spec" or the #spec tag. Use --all to list every note.');
		} else {
			lines.push("No specs match the filter.");
		}
		return `${lines.join("\n")}\n`;
	}

	lines.push("");
	lines.push(kindCountsLine("status", summary.byStatus, p));
	lines.push(kindCountsLine("priority", summary.byPriority, p));
	if (board.summaryOnly === true) return `${lines.join("\n")}\n`;

	const groups = groupSpecs(board.notes, "status");
	// Column widths by a loop: never Math.max(...list), which overflows the stack on a long enough list.
	const cells = new Map<SpecNote, RowCells>();
	let titleWidth = 0;
	let priorityWidth = 0;
	let openWidth = 0;
	let domainsWidth = 0;
	for (const note of board.notes) {
		const c = rowCells(note, board.history?.get(note));
		cells.set(note, c);
		titleWidth = Math.max(titleWidth, displayWidth(c.title));
		priorityWidth = Math.max(priorityWidth, displayWidth(c.priority));
		openWidth = Math.max(openWidth, displayWidth(c.open));
		if (c.days !== "") domainsWidth = Math.max(domainsWidth, displayWidth(c.domains));
	}

	for (const group of groups) {
		const style = valueStyle("status", group.key as Status, p);
		lines.push("");
		lines.push(`${p.bold(style(group.label))} ${p.dim(`(${group.notes.length})`)}`);
		for (const note of group.notes) {
			const c = cells.get(note) ?? rowCells(note, undefined);
			const notReady = isNotReady(note);
			const row = [
				padEnd(c.title, titleWidth),
				valueStyle("priority", note.priority, p)(padEnd(c.priority, priorityWidth)),
				notReady ? p.red(padEnd(c.open, openWidth)) : padEnd(c.open, openWidth),
				c.days === "" ? c.domains : padEnd(c.domains, domainsWidth),
				p.dim(c.days),
			];
			lines.push(`  ${row.join("  ")}`.trimEnd());
			lines.push(`    ${p.dim(c.tags === "" ? note.path : `${note.path}  ${c.tags}`)}`);
			if (note.placeholderQuestions.length > 0) {
				lines.push(
					`    ${p.dim(`${plural(note.placeholderQuestions.length, "placeholder question", "placeholder questions")} left from the template`)}`,
				);
			}
			for (const problem of note.problems) lines.push(`    ${p.yellow(`${PROBLEM_MARK} ${problem.message}`)}`);
		}
	}

	const withQuestions = groups.flatMap((g) => g.notes).filter((note) => note.openQuestions.length > 0);
	if (withQuestions.length > 0) {
		lines.push("");
		lines.push(`${p.bold("Open questions")} ${p.dim(`(${summary.openQuestions})`)}`);
		for (const note of withQuestions) {
			let lineWidth = 0;
			for (const question of note.openQuestions) lineWidth = Math.max(lineWidth, String(question.line).length);
			lines.push(`  ${p.bold(note.title)} ${p.dim(`· ${note.path}`)}`);
			for (const question of note.openQuestions) {
				lines.push(
					`    ${p.dim(padStart(String(question.line), lineWidth))}  ${truncate(question.text, QUESTION_MAX)}`,
				);
			}
		}
	}
	return `${lines.join("\n")}\n`;
}
