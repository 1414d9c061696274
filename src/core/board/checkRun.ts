// `spec-board check` over notes, shared by the standalone command line and `obsidian spec-board:check`: the levels
// from the defaults and the flags, every rule over the checked specs, the malformed-frontmatter pass over the non-spec
// notes in spec folders, and the findings in path order. Reading the notes (and their history) is the caller's.
import type { SpecNote } from "../model/specNote";
import type { NoteLines } from "../reading/noteLines";
import { inSpecFolders, inTemplatesFolder } from "../reading/specTrace";
import { CHECK_RULES, RULE_LEVELS, checkSpec, type CheckFinding, type RuleLevel } from "./checkRules";
import { isRecord } from "../model/records";

/** A Draft or In review spec with no status change for more than this many days is stale (the check's default). */
export const DEFAULT_STALE_DAYS = 30;

/** The lines of a note whose text was not read: rules point at line 1, or at what the note itself records. */
export const NO_NOTE_LINES: NoteLines = { status: null, title: null, tags: null };

/** The rules named by --fail-on, --warn-on and --off (`fail-on=`, `warn-on=`, `off=` in the app). */
export interface LevelFlags {
	/** Rules made errors. */
	failOn: readonly string[];
	/** Rules made warnings. */
	warnOn: readonly string[];
	/** Rules not run. */
	off: readonly string[];
}

/** The level of each rule: the base levels (defaults or the config file's), then --fail-on, --warn-on, --off. */
export function checkLevels(base: Readonly<Record<string, RuleLevel>>, flags: LevelFlags): Record<string, RuleLevel> {
	const levels = { ...base };
	for (const name of flags.failOn) levels[name] = "error";
	for (const name of flags.warnOn) levels[name] = "warning";
	for (const name of flags.off) levels[name] = "off";
	return levels;
}

/**
 * Adds the rule names of a --fail-on/--warn-on/--off value ("a,b"; "all": every rule) to `into`, once each; returns
 * an error sentence naming an unknown rule (prefixed with the flag's name), or null.
 */
export function addRuleNames(flag: string, value: string, into: string[]): string | null {
	for (const part of value.split(",").map((v) => v.trim())) {
		if (part === "") continue;
		const names = part === "all" ? CHECK_RULES.map((rule) => rule.name) : [part];
		if (part !== "all" && CHECK_RULES.find((rule) => rule.name === part) === undefined)
			return `${flag}: unknown rule "${part}" (rules: ${CHECK_RULES.map((rule) => rule.name).join(", ")})`;
		for (const name of names) if (!into.includes(name)) into.push(name);
	}
	return null;
}

/**
 * Whether the malformed-frontmatter pass checks a note that is not a spec: its frontmatter does not parse (it may have
 * lost the status that made it a spec) and it lies where specs are, outside the templates folder.
 */
export function isMalformedNoteToCheck(
	note: SpecNote,
	specFolders: readonly string[],
	templatesFolder: string,
): boolean {
	if (note.isSpec || !note.problems.some((p) => p.code === "malformed-frontmatter")) return false;
	return inSpecFolders(note.path, specFolders) && !inTemplatesFolder(note.path, templatesFolder);
}

/** A note to check with what the rules need besides it. */
export interface NoteToCheck {
	/** The note. */
	note: SpecNote;
	/** Where it writes its status, title and tags (findNoteLines over its text). */
	lines: NoteLines;
	/** Whole days since its status last changed in git (absent without history: the stale rule finds nothing). */
	daysInStatus?: number;
}

/**
 * Every finding of a check, in path order: every rule not off over `specs`, and only the malformed-frontmatter rule
 * over `malformed` (non-spec notes picked by isMalformedNoteToCheck).
 */
export function runCheck(
	specs: readonly NoteToCheck[],
	malformed: readonly NoteToCheck[],
	levels: Readonly<Record<string, RuleLevel>>,
	staleDays: number,
): CheckFinding[] {
	const findings: CheckFinding[] = [];
	for (const { note, lines, daysInStatus } of specs)
		for (const finding of checkSpec(note, { lines, daysInStatus, staleDays }, levels)) findings.push(finding);
	const onlyMalformed: Record<string, RuleLevel> = {};
	for (const rule of CHECK_RULES) onlyMalformed[rule.name] = "off";
	onlyMalformed["malformed-frontmatter"] = levels["malformed-frontmatter"] ?? "error";
	for (const { note, lines } of malformed)
		for (const finding of checkSpec(note, { lines, staleDays }, onlyMalformed)) findings.push(finding);
	findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return findings;
}

/**
 * Check levels and stale days from a settings object's `check` key (the vault's data.json or a --config file), over
 * the ones given; throws a sentence naming `file` and the bad rule or level.
 */
export function applyCheckSection(
	data: Record<string, unknown>,
	file: string,
	levels: Record<string, RuleLevel>,
	stale: { days: number },
): void {
	const check = data.check;
	if (check === undefined) return;
	if (!isRecord(check)) throw new Error(`${file}: "check" is not an object`);
	if (check.rules !== undefined) {
		if (!isRecord(check.rules)) throw new Error(`${file}: "check.rules" is not an object`);
		for (const [name, level] of Object.entries(check.rules)) {
			if (!(name in levels)) throw new Error(`${file}: unknown rule "${name}" (rules: ${ruleNames()})`);
			if (typeof level !== "string" || !(RULE_LEVELS as readonly string[]).includes(level))
				throw new Error(`${file}: the level of "${name}" must be error, warning or off`);
			levels[name] = level as RuleLevel;
		}
	}
	if (check.staleDays !== undefined) {
		if (typeof check.staleDays !== "number" || !Number.isInteger(check.staleDays) || check.staleDays < 0)
			throw new Error(`${file}: "check.staleDays" must be a whole number of days`);
		stale.days = check.staleDays;
	}
}

/** The rule names, for messages. */
export function ruleNames(): string {
	return CHECK_RULES.map((rule) => rule.name).join(", ");
}
