// The findings of `spec-board check` for the terminal: the rendering lives in the core (src/core/board/checkReport.ts),
// shared with `obsidian spec-board:check`; here it gets the terminal's colours.
import { renderCheck as renderCheckReport, type CheckFormat, type CheckReport } from "../core/board/checkReport";
import { makePalette } from "./terminalText";

export { countFindings, type CheckReport } from "../core/board/checkReport";

/** Renders the report in a format (text, json, github or markdown), the text in ANSI colours when `color` is true. */
export function renderCheck(report: CheckReport, format: CheckFormat, color: boolean): string {
	return renderCheckReport(report, format, makePalette(color));
}
