// Markdown tables for the `--format markdown` reports (a pull request comment, a job summary): check and changes.

/** A Markdown table cell: backslashes and pipes escaped, on one line. */
export function markdownCell(text: string): string {
	return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/**
 * Appends a table to `lines` after a blank line (cells already escaped with markdownCell where they hold text);
 * nothing without rows. Appends one line at a time: a report may have more rows than a call can take as arguments.
 */
export function appendMarkdownTable(
	lines: string[],
	headers: readonly string[],
	rows: readonly (readonly string[])[],
): void {
	if (rows.length === 0) return;
	lines.push("", `| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`);
	for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
}
