// Opening a harness page (built by buildPage.mjs) in Chromium: its errors collected, and its load waited for.
import { pathToFileURL } from "node:url";

/** Collects the page's uncaught errors and console errors into `errors` (checks fail on any). */
export function collectPageErrors(page, errors) {
	page.on("pageerror", (error) => errors.push(error.message));
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(msg.text());
	});
}

/**
 * Goes to the harness page `file` and waits until it is ready (at most `timeout` ms: a bench page of 10,000 notes
 * takes longer than a check's); throws with its error when it failed to load.
 */
export async function loadHarnessPage(page, file, what = "the page", timeout = 20000) {
	await page.goto(pathToFileURL(file).href);
	await page.waitForFunction(
		() => document.body.dataset.ready === "true" || document.body.dataset.error !== undefined,
		null,
		{ timeout },
	);
	const loadError = await page.evaluate(() => document.body.dataset.error);
	if (loadError) throw new Error(`${what} failed to load: ${loadError}`);
}
