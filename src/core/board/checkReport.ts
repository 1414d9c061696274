// The findings of `spec-board check` in four formats: text for people, JSON for scripts, GitHub workflow
// annotations, and a Markdown summary for $GITHUB_STEP_SUMMARY or a pull-request comment. Shared by the standalone
// command line (which passes its terminal palette) and `obsidian spec-board:check` (plain text).
import { JSON_SCHEMA_VERSION } from "./boardJson";
import type { CheckFinding } from "./checkRules";
import { markdownCell as cell, appendMarkdownTable } from "./markdownTable";

/** The formats a check prints in. */
export type CheckFormat = "text" | "json" | "github" | "markdown";

/** The styles the text format uses; the identity for plain text (see PLAIN_CHECK_PALETTE). */
export interface CheckPalette {
	/** Errors. */
	red: (text: string) => string;
	/** Warnings. */
	yellow: (text: string) => string;
	/** Rule names. */
	dim: (text: string) => string;
}

const plain = (text: string): string => text;

/** No styles: the text format without colours. */
export const PLAIN_CHECK_PALETTE: CheckPalette = { red: plain, yellow: plain, dim: plain };

/** What a check found over a folder. */
export interface CheckReport {
	/** The folder read, as the user gave it. */
	dir: string;
	/** How many specs were checked. */
	specs: number;
	/** Every finding, in path, rule and line order. */
	findings: readonly CheckFinding[];
	/** Turns a spec's path (relative to DIR) into the path printed (relative to the working folder, as editors and GitHub want it). */
	filePath: (path: string) => string;
}

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** Counts of errors and warnings. */
export function countFindings(findings: readonly CheckFinding[]): { errors: number; warnings: number } {
	let errors = 0;
	for (const finding of findings) if (finding.level === "error") errors += 1;
	return { errors, warnings: findings.length - errors };
}

function verdict(report: CheckReport): string {
	const { errors, warnings } = countFindings(report.findings);
	return `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")} in ${plural(report.specs, "spec", "specs")} checked`;
}

/** A workflow command's message, escaped as GitHub reads it. */
function escapeData(text: string): string {
	return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value (file, title), escaped as GitHub reads it. */
function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Renders the report in a format (text, json, github or markdown); the text format styled with `palette`. */
export function renderCheck(
	report: CheckReport,
	format: CheckFormat,
	palette: CheckPalette = PLAIN_CHECK_PALETTE,
): string {
	const lines: string[] = [];
	switch (format) {
		case "json": {
			const { errors, warnings } = countFindings(report.findings);
			const findings = report.findings.map((f) => ({
				path: f.path,
				line: f.line,
				rule: f.rule,
				level: f.level,
				message: f.message,
			}));
			return `${JSON.stringify({ schema: JSON_SCHEMA_VERSION, findings, summary: { specs: report.specs, errors, warnings } }, null, 2)}\n`;
		}
		case "github":
			for (const f of report.findings)
				lines.push(
					`::${f.level === "error" ? "error" : "warning"} file=${escapeProperty(report.filePath(f.path))},line=${f.line},title=${escapeProperty(f.rule)}::${escapeData(f.message)}`,
				);
			lines.push(`spec-board check: ${verdict(report)}`);
			return `${lines.join("\n")}\n`;
		case "markdown": {
			const { errors } = countFindings(report.findings);
			lines.push(`### ${errors > 0 ? "❌" : "✅"} Spec Board check: ${verdict(report)}`);
			appendMarkdownTable(
				lines,
				["Level", "Spec", "Line", "Rule", "Message"],
				report.findings.map((f) => [
					f.level,
					cell(report.filePath(f.path)),
					String(f.line),
					`\`${f.rule}\``,
					cell(f.message),
				]),
			);
			return `${lines.join("\n")}\n`;
		}
		default: {
			const p = palette;
			for (const f of report.findings) {
				const level = f.level === "error" ? p.red("error  ") : p.yellow("warning");
				lines.push(`${report.filePath(f.path)}:${f.line}  ${level}  ${p.dim(f.rule)}  ${f.message}`);
			}
			if (lines.length > 0) lines.push("");
			lines.push(verdict(report));
			return `${lines.join("\n")}\n`;
		}
	}
}
