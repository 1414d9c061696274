// Markdown tables for the command line's `--format markdown` reports (a pull request comment, a job summary).

/** A Markdown table cell: backslashes and pipes escaped, on one line. */
export function markdownCell(text: string): string {
	return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** A table's lines after a blank line (cells already escaped with markdownCell where they hold text); none without rows. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
	if (rows.length === 0) return [];
	return [
		"",
		`| ${headers.join(" | ")} |`,
		`|${headers.map(() => "---").join("|")}|`,
		...rows.map((row) => `| ${row.join(" | ")} |`),
	];
}
