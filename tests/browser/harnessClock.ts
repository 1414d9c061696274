// The browser pages' clock: the board's ages ("In review for 23 days") count to this day, not to the machine's, and
// the notes' files were last changed on a day of their own, so the screenshots in docs/screenshots show the same
// ages whenever they are taken.
import type { createFakeApp } from "../support/fakeApp";

/** The harness's "now": a few weeks after the example vault's last `updated` dates (May 2025). */
export const HARNESS_TODAY = "2025-05-20T09:00:00Z";

/** When the harness's notes were last changed (the age of a note without an `updated` date counts from it). */
const HARNESS_FILES_CHANGED = "2025-05-08T12:00:00Z";

/** Dates every file of the page's vault as last changed on HARNESS_FILES_CHANGED, not on the double's own clock. */
export function dateHarnessFiles(app: ReturnType<typeof createFakeApp>): void {
	const changed = Date.parse(HARNESS_FILES_CHANGED);
	for (const file of app.vault.getFiles()) file.stat = { ...file.stat, ctime: changed, mtime: changed };
}
