// Browser check and screenshots of the Spec board view inside a base: the real view over the example vault's specs,
// in a frame drawn like a base's tab (toolbar above the view), in headless Chromium. Saves
// docs/screenshots/bases-view-light.png and bases-view-dark.png. Chromium as run.mjs finds it (launchChromium.mjs).
// run.mjs (npm run test:browser) runs these checks with the others; alone: node tests/browser/basesShots.mjs, which
// prints "N passed, M failed" and exits non-zero on failure.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { buildBundle, readVault, repoRoot } from "./buildPage.mjs";
import { launchChromium } from "./launchChromium.mjs";
import { loadHarnessPage } from "./harnessPage.mjs";
import { frames, createCheckReport } from "../support/checkReport.mjs";

const SCREENSHOTS = path.join(repoRoot, "docs/screenshots");

/** The frame of a base's tab: a toolbar, then the view's container, sized like a narrow main pane. */
const FRAME_CSS = `
.spec-board-harness-base { width: 760px; height: 620px; display: flex; flex-direction: column;
	background: var(--background-primary); color: var(--text-normal); font-family: var(--font-interface);
	border: 1px solid var(--background-modifier-border); }
.spec-board-harness-base-toolbar { display: flex; gap: 12px; align-items: center; padding: 8px 12px;
	border-bottom: 1px solid var(--background-modifier-border); font-size: 13px; color: var(--text-muted); }
.spec-board-harness-base-view-name { color: var(--text-normal); font-weight: 600; margin-right: auto; }
.spec-board-harness-base-button { padding: 2px 6px; border-radius: 4px; }
.spec-board-harness-base-body { flex: 1 1 auto; min-height: 0; }
.spec-board-harness-base-body > .bases-view { height: 100%; }
`;

function writeBasesPage(outDir, files, theme) {
	const themeCss = readFileSync(path.join(repoRoot, "tests/browser/themeStandIn.css"), "utf8");
	const styles = readFileSync(path.join(repoRoot, "styles.css"), "utf8");
	const fixture = JSON.stringify(files).replace(/</g, "\\u003c");
	const file = path.join(outDir, "bases.html");
	writeFileSync(
		file,
		`<!doctype html>
<html><head><meta charset="utf-8"><title>Spec board in a base</title>
<style>${themeCss}</style><style>${styles}</style><style>${FRAME_CSS}</style>
</head>
<body class="theme-${theme}">
<div class="spec-board-harness-base"></div>
<script>window.specBoardFixture = ${fixture};</script>
<script src="bases.js"></script>
</body></html>`,
	);
	return file;
}

/** The Bases view's checks and screenshots, in a page of its own in `browser`; `scratch` is a folder for the page. */
export async function runBasesChecks({ browser, check, scratch }) {
	await buildBundle(scratch, { entry: "basesPage.ts", script: "bases.js" });
	const files = readVault(path.join(repoRoot, "examples/vault"));
	const pageFile = writeBasesPage(scratch, files, "light");
	const errors = [];
	const page = await browser.newPage({ viewport: { width: 800, height: 660 }, deviceScaleFactor: 2 });
	try {
		page.on("pageerror", (error) => errors.push(error.message));
		await loadHarnessPage(page, pageFile);
		await frames(page);

		await check("Bases view: the base's specs grouped by status, virtualised", async () => {
			const { groups, rows, entries } = await page.evaluate(() => ({
				groups: Array.from(document.querySelectorAll(".spec-board-group-label")).map((e) => e.textContent),
				rows: document.querySelectorAll(".spec-board-row").length,
				entries: window.specBase.view.data.data.length,
			}));
			if (groups.length === 0 || rows === 0) throw new Error(`groups ${groups.join(", ")}, ${rows} rows`);
			return `${entries} entries, ${rows} rows drawn, groups ${groups.join(", ")}`;
		});

		mkdirSync(SCREENSHOTS, { recursive: true });
		const frame = page.locator(".spec-board-harness-base");
		for (const theme of ["light", "dark"]) {
			await check(`Bases view: ${theme} theme screenshot`, async () => {
				await page.evaluate((t) => {
					document.body.classList.remove("theme-light", "theme-dark");
					document.body.classList.add(`theme-${t}`);
				}, theme);
				await frames(page);
				const file = `bases-view-${theme}.png`;
				await frame.screenshot({ path: path.join(SCREENSHOTS, file) });
				return `docs/screenshots/${file}`;
			});
		}
		await check("Bases view: no page errors", async () => {
			if (errors.length > 0) throw new Error(errors.join("\n"));
		});
	} finally {
		await page.close();
	}
}

async function main() {
	const { checkAsync: check, summary } = createCheckReport();
	const scratch = mkdtempSync(path.join(tmpdir(), "spec-board-bases-"));
	const browser = await launchChromium((line) => process.stdout.write(line));
	try {
		await runBasesChecks({ browser, check, scratch });
	} finally {
		await browser.close();
	}
	summary();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
	main().catch((error) => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exitCode = 1;
	});
