// Finds and starts the Chromium the browser tests drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when
// installed, else the Chromium that the npm package @sparticuz/chromium ships inside itself (unpacked to /tmp on first
// use; it runs with the libraries a fresh Debian machine already has), so `npm ci && npm test` needs nothing else.
import { existsSync } from "node:fs";
import process from "node:process";
import { chromium as playwright } from "playwright-core";

/** Flags every run needs: root on a machine with a closed network, no GPU. */
export const BASE_ARGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
];

/** Where a system Chromium is looked for when CHROMIUM_PATH is not set. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** The Chromium to start and the flags it needs: { executablePath, args, source }. */
export async function findChromium() {
	if (process.env.CHROMIUM_PATH)
		return { executablePath: process.env.CHROMIUM_PATH, args: BASE_ARGS, source: "CHROMIUM_PATH" };
	if (existsSync(SYSTEM_CHROMIUM))
		return { executablePath: SYSTEM_CHROMIUM, args: BASE_ARGS, source: SYSTEM_CHROMIUM };
	const { default: packaged } = await import("@sparticuz/chromium");
	// The package's own flags (its README: pass chromium.args, headless), then ours; Playwright adds --headless.
	// Not --single-process (meant for serverless functions): closing a second browser context then ends the browser.
	const args = packaged.args.filter((arg) => !arg.startsWith("--headless") && arg !== "--single-process");
	return {
		executablePath: await packaged.executablePath(),
		args: [...args, ...BASE_ARGS],
		source: "@sparticuz/chromium",
	};
}

/** Starts headless Chromium through Playwright; `log` hears which Chromium it is. */
export async function launchChromium(log = () => undefined) {
	const found = await findChromium();
	const browser = await playwright.launch({ executablePath: found.executablePath, args: found.args, headless: true });
	log(`Chromium ${browser.version()} (${found.source})\n`);
	return browser;
}
