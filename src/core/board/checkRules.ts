// The rules `spec-board check` applies to each spec: one table, one entry per rule (name, default level, what it finds).
// Adding a rule is adding an entry; levels are changed by name (--fail-on, --warn-on, the config file).
import type { NoteProblem, SpecNote, Status } from "../model/specNote";
import type { NoteLines } from "../reading/noteLines";
import { problemLine } from "../reading/noteLines";
import { isNotReady } from "./rollup";

/** How much a rule's finding matters: an error fails the check, a warning is only shown, off is not run. */
export type RuleLevel = "error" | "warning" | "off";

/** The levels, for argument and config checking. */
export const RULE_LEVELS: readonly RuleLevel[] = ["error", "warning", "off"];

/** What a rule knows about a note besides the note. */
export interface RuleContext {
	/** Where the note writes its status, title and tags. */
	lines: NoteLines;
	/** Whole days since the last commit that changed the status (absent without git history). */
	daysInStatus?: number;
	/** A Draft or In review spec whose status has not changed for more than this many days is stale. */
	staleDays: number;
}

/** One thing a rule found, on one line of a note. */
export interface RuleHit {
	/** 1-based line to point at. */
	line: number;
	/** A sentence for people. */
	message: string;
}

/** A rule of `spec-board check`. */
export interface CheckRule {
	/** Stable name, used by --fail-on, --warn-on, the config file and the output. */
	name: string;
	/** The level when nobody says otherwise. */
	defaultLevel: RuleLevel;
	/** One line for the help and the README. */
	description: string;
	/** What it finds in one spec (empty when nothing). */
	find: (note: SpecNote, context: RuleContext) => RuleHit[];
}

/** Statuses a spec may stay in for a while before it is stale. */
const STALE_STATUSES: ReadonlySet<Status> = new Set<Status>(["Draft", "In review"]);

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** Hits for the note's reader problems with this code, each on its line. */
function problemHits(note: SpecNote, context: RuleContext, code: NoteProblem["code"]): RuleHit[] {
	const hits: RuleHit[] = [];
	for (const problem of note.problems)
		if (problem.code === code)
			hits.push({ line: problem.line ?? problemLine(problem, context.lines), message: problem.message });
	return hits;
}

/** A rule that reports the reader's problems of the same name (code), each on its line. */
function problemRule(name: NoteProblem["code"], defaultLevel: RuleLevel, description: string): CheckRule {
	return { name, defaultLevel, description, find: (note, context) => problemHits(note, context, name) };
}

/** Every rule, in the order findings are listed. */
export const CHECK_RULES: readonly CheckRule[] = [
	{
		name: "not-ready",
		defaultLevel: "error",
		description: "Approved, In progress or Done with open questions left",
		find: (note, context) => {
			if (!isNotReady(note)) return [];
			const first = note.openQuestions[0];
			return [
				{
					line: context.lines.status ?? first.line,
					message: `${note.status} with ${plural(note.openQuestions.length, "open question", "open questions")} (first on line ${first.line}: ${first.text.length > 80 ? `${first.text.slice(0, 79)}…` : first.text}).`,
				},
			];
		},
	},
	problemRule("missing-sign-off", "error", "Approved, In progress or Done without the sign-off of every reviewer"),
	{
		name: "no-status",
		defaultLevel: "warning",
		description: "a spec without a status",
		find: (note, context) =>
			note.status === "No status"
				? [
						{
							line: context.lines.title ?? 1,
							message: "The spec has no status (frontmatter, Status: line or #status/ tag).",
						},
					]
				: [],
	},
	problemRule("unrecognized-status", "error", "a status word the board does not know"),
	problemRule("several-status-tags", "error", "more than one #status/ tag left"),
	{
		name: "placeholder",
		defaultLevel: "warning",
		description: "template placeholders left in the title or the questions",
		find: (note, context) => {
			const hits = problemHits(note, context, "placeholder-title");
			for (const question of note.placeholderQuestions)
				hits.push({
					line: question.line,
					message: `The template's placeholder question "${question.text}" is still there.`,
				});
			return hits;
		},
	},
	problemRule("malformed-frontmatter", "error", "frontmatter that does not parse"),
	{
		name: "stale",
		defaultLevel: "warning",
		description: "Draft or In review with no status change for more than N days (git history; 30 by default)",
		find: (note, context) =>
			context.daysInStatus !== undefined &&
			STALE_STATUSES.has(note.status) &&
			context.daysInStatus > context.staleDays
				? [
						{
							line: context.lines.status ?? 1,
							message: `${note.status} for ${plural(context.daysInStatus, "day", "days")} (more than ${context.staleDays}).`,
						},
					]
				: [],
	},
];

/** The rule with this name, or undefined. */
export function checkRule(name: string): CheckRule | undefined {
	return CHECK_RULES.find((rule) => rule.name === name);
}

/** The default level of every rule, by name (a new object each call). */
export function defaultRuleLevels(): Record<string, RuleLevel> {
	const levels: Record<string, RuleLevel> = {};
	for (const rule of CHECK_RULES) levels[rule.name] = rule.defaultLevel;
	return levels;
}

/** One finding of a check: a rule that fired on a line of a spec, at its level. */
export interface CheckFinding extends RuleHit {
	/** The spec's path. */
	path: string;
	/** The rule's name. */
	rule: string;
	/** error or warning. */
	level: Exclude<RuleLevel, "off">;
}

/** Runs every rule that is not off on one spec; findings in rule order, then line order. */
export function checkSpec(
	note: SpecNote,
	context: RuleContext,
	levels: Readonly<Record<string, RuleLevel>>,
): CheckFinding[] {
	const findings: CheckFinding[] = [];
	for (const rule of CHECK_RULES) {
		const level = levels[rule.name] ?? rule.defaultLevel;
		if (level === "off") continue;
		const hits = rule.find(note, context);
		hits.sort((a, b) => a.line - b.line);
		for (const hit of hits)
			findings.push({ path: note.path, rule: rule.name, level, line: hit.line, message: hit.message });
	}
	return findings;
}
