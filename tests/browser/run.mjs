// Browser test: the real board (view, index, core) in headless Chromium over the in-memory Obsidian, with the
// example vault's specs. Clicks a tag chip, toggles grouping, expands a row, checks the layout at 280 px, and
// saves light and dark screenshots to docs/screenshots/. Then a second page (formChecks.mjs) drives the
// "Create feature spec" form, the status and template pickers and the settings tab with the keyboard, and a third
// (basesShots.mjs) the Spec board view inside a base, with its screenshots.
// Prints "N passed, M failed"; exits non-zero on failure.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import process from "node:process";
import path from "node:path";
import { buildBundle, readVault, repoRoot, writePage } from "./buildPage.mjs";
import { runFormChecks } from "./formChecks.mjs";
import { runNarrowChecks } from "./boardNarrowChecks.mjs";
import { runBasesChecks } from "./basesShots.mjs";
import { launchChromium } from "./launchChromium.mjs";
import { collectPageErrors, loadHarnessPage } from "./harnessPage.mjs";
import { assert, frames, createCheckReport } from "../support/checkReport.mjs";

const SCREENSHOTS = path.join(repoRoot, "docs/screenshots");

/** A tiny vault for when examples/vault is absent. */
const FALLBACK_VAULT = {
	"Specs/Pay by card.md":
		"---\nstatus: Approved\npriority: High\ntags: [spec, area/payments]\n---\n# Pay by card\n\n## Open questions\n\n- [ ] Which cards?\n- [ ] 3-D Secure everywhere?\n",
	"Specs/Refunds.md": "---\nstatus: Draft\npriority: Medium\ntags: [spec, area/payments]\n---\n# Refunds\n",
	"Specs/Search.md": "---\nstatus: In progress\npriority: Critical\ntags: [spec, area/search]\n---\n# Search\n",
};

const { checkAsync: check, summary } = createCheckReport();

/** Opens a harness page and waits until its board is ready; page errors go into `errors`. */
async function openPage(context, file, errors) {
	const page = await context.newPage();
	collectPageErrors(page, errors);
	await loadHarnessPage(page, file);
	await frames(page);
	return page;
}

/** The board on an iPhone: a phone-sized viewport with touch, the fake app reporting iOS. */
async function runPhoneChecks(browser, file) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 3,
		isMobile: true,
		hasTouch: true,
	});
	const errors = [];
	try {
		const page = await openPage(context, file, errors);
		await check("phone: every row shows its more button, big enough to tap, without hover", async () => {
			const buttons = await page.$$eval(".spec-board-row .spec-board-row-more", (els) =>
				els.map((el) => {
					const box = el.getBoundingClientRect();
					return { opacity: getComputedStyle(el).opacity, width: box.width, height: box.height };
				}),
			);
			const rows = await page.locator(".spec-board-row").count();
			assert(rows > 0 && buttons.length === rows, `${buttons.length} buttons for ${rows} rows`);
			const hidden = buttons.filter((b) => b.opacity !== "1" || b.width < 32 || b.height < 32);
			assert(hidden.length === 0, `not shown or too small: ${JSON.stringify(hidden[0])}`);
			return `${rows} rows`;
		});
		await check("phone: screenshot", async () => {
			await page.screenshot({ path: path.join(SCREENSHOTS, "board-phone.png") });
			return "docs/screenshots/board-phone.png";
		});
		await check("phone: tapping a row's more button opens the row menu, not the note", async () => {
			const row = page.locator(".spec-board-row").nth(1);
			await row.locator(".spec-board-row-more").tap();
			await frames(page);
			const { menus, opened } = await page.evaluate(() => ({
				menus: window.specBoard.menus(),
				opened: window.specBoard.opened(),
			}));
			assert(menus.length === 1, `${menus.length} menus`);
			assert(
				menus[0].join(", ") ===
					"Open in new tab, Set status…, Set priority…, Sign off on this spec, Add open question…, Copy link",
				`menu: ${menus[0].join(", ")}`,
			);
			assert(opened.length === 0, `opened ${JSON.stringify(opened)}`);
			return menus[0].join(", ");
		});
		await check("phone: no page errors", async () => {
			assert(errors.length === 0, errors.join(" | "));
		});
	} finally {
		await context.close();
	}
}

async function main() {
	const outDir = mkdtempSync(path.join(tmpdir(), "spec-board-browser-"));
	await buildBundle(outDir);
	await buildBundle(outDir, { entry: "formPage.ts", script: "form.js" });
	let files = readVault(path.join(repoRoot, "examples/vault"));
	if (Object.keys(files).length === 0) {
		process.stdout.write("examples/vault is absent: using a three-note fallback vault\n");
		files = FALLBACK_VAULT;
	}
	const pageFile = writePage(outDir, "board", { files, theme: "light", width: 320 });
	const formPageFile = writePage(outDir, "form", { files, theme: "light", script: "form.js" });
	const phonePageFile = writePage(outDir, "phone", { files, theme: "light", width: "100%", platform: "iphone" });
	const browser = await launchChromium((line) => process.stdout.write(line));
	const errors = [];
	try {
		const page = await browser.newPage({ viewport: { width: 320, height: 860 }, deviceScaleFactor: 2 });
		collectPageErrors(page, errors);
		await loadHarnessPage(page, pageFile);
		await frames(page);

		let drawnAtTop = 0;
		await check("the board lists every spec of the vault", async () => {
			// The list draws only the rows in view: scroll through it and collect every row it draws.
			const seen = new Set();
			drawnAtTop = await page.locator(".spec-board-row").count();
			const scrollEl = page.locator(".spec-board-list-spacer").locator("..");
			for (let step = 0; step < 100; step++) {
				const { paths, atEnd } = await scrollEl.evaluate((el) => ({
					paths: Array.from(el.querySelectorAll(".spec-board-row")).map((r) => r.getAttribute("data-path")),
					atEnd: el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
				}));
				for (const p of paths) seen.add(p);
				if (atEnd) break;
				await scrollEl.evaluate((el) => el.scrollBy(0, el.clientHeight));
				await frames(page);
			}
			await scrollEl.evaluate((el) => el.scrollTo(0, 0));
			await frames(page);
			const specs = await page.evaluate(() => window.specBoard.index.specs().length);
			assert(specs > 0, "the index found no specs");
			assert(seen.size === specs, `${seen.size} rows for ${specs} specs`);
			return `${specs} specs`;
		});

		await check("the summary shows every status in use as one stacked bar, in lifecycle order", async () => {
			const shown = await page.$$eval(".spec-board-status-bar .spec-board-bar-segment", (els) =>
				els.map((e) => e.getAttribute("data-value")),
			);
			const inUse = await page.evaluate(() => {
				const order = [
					"Draft",
					"In review",
					"Approved",
					"In progress",
					"On hold",
					"Done",
					"Deprecated",
					"Unrecognized",
					"No status",
				];
				const used = new Set(window.specBoard.index.specs().map((n) => n.status));
				return order.filter((s) => used.has(s));
			});
			assert(JSON.stringify(shown) === JSON.stringify(inUse), `${shown.join(", ")} vs ${inUse.join(", ")}`);
			return shown.join(", ");
		});

		let chosenTag = "";
		await check("clicking a tag chip keeps exactly the specs with that tag", async () => {
			// The chip whose tag keeps the most specs while still hiding some: the most telling check.
			chosenTag = await page.evaluate(() => {
				const specs = window.specBoard.index.specs();
				const matches = (tag) =>
					specs.filter((n) =>
						n.tags.some(
							(t) =>
								t.toLowerCase() === tag.toLowerCase() ||
								t.toLowerCase().startsWith(`${tag.toLowerCase()}/`),
						),
					).length;
				const chips = [
					...new Set(
						Array.from(document.querySelectorAll(".spec-board-row .spec-board-tag")).map(
							(c) => c.getAttribute("data-tag") ?? "",
						),
					),
				];
				const useful = chips.filter((t) => matches(t) < specs.length).sort((a, b) => matches(b) - matches(a));
				return useful[0] ?? chips[0] ?? "";
			});
			assert(chosenTag !== "", "no tag chip on any row");
			await page.locator(`.spec-board-row .spec-board-tag[data-tag="${chosenTag}"]`).first().click();
			await frames(page);
			const { shown, expected } = await page.evaluate((tag) => {
				const lower = tag.toLowerCase();
				const has = (t) => t.toLowerCase() === lower || t.toLowerCase().startsWith(`${lower}/`);
				const shown = Array.from(document.querySelectorAll(".spec-board-row"))
					.map((r) => r.getAttribute("data-path"))
					.sort();
				const expected = window.specBoard.index
					.specs()
					.filter((n) => n.tags.some(has))
					.map((n) => n.path)
					.sort();
				return { shown, expected };
			}, chosenTag);
			assert(shown.length > 0, "no rows left");
			assert(
				JSON.stringify(shown) === JSON.stringify(expected),
				`shown ${shown.join(", ")}; expected ${expected.join(", ")}`,
			);
			const chip = await page.locator(".spec-board-chips .spec-board-chip").allTextContents();
			assert(chip.length === 1 && chip[0] === `#${chosenTag}`, `chips: ${chip.join(", ")}`);
			return `#${chosenTag}: ${shown.length} of ${await page.evaluate(() => window.specBoard.index.specs().length)}`;
		});

		await check("the chosen tag chip cycles to exclude, then away", async () => {
			await page.locator(".spec-board-chips .spec-board-chip").click();
			await frames(page);
			const excluded = await page.evaluate((tag) => {
				const lower = tag.toLowerCase();
				return Array.from(document.querySelectorAll(".spec-board-row")).every((r) => {
					const note = window.specBoard.index.get(r.getAttribute("data-path") ?? "");
					return (
						note !== undefined &&
						!note.tags.some((t) => t.toLowerCase() === lower || t.toLowerCase().startsWith(`${lower}/`))
					);
				});
			}, chosenTag);
			assert(excluded, "an excluded spec is still shown");
			await page.locator(".spec-board-chips .spec-board-chip").click();
			await frames(page);
			// With no filter left the list draws what it drew before any filter: the same rows at the top.
			const rows = await page.locator(".spec-board-row").count();
			assert(rows === drawnAtTop, `${rows} rows after removing the tag, ${drawnAtTop} before any filter`);
		});

		await check("grouping switches to priority and back to status", async () => {
			await page.selectOption(".spec-board-group-by", "priority");
			await frames(page);
			const labels = await page.$$eval(".spec-board-group-label", (els) => els.map((e) => e.textContent));
			const order = ["Critical", "High", "Medium", "Low", "Unrecognized", "None"];
			assert(labels.length > 0 && labels.every((l) => order.includes(l)), `groups: ${labels.join(", ")}`);
			assert(
				labels.every((l, i) => i === 0 || order.indexOf(labels[i - 1]) < order.indexOf(l)),
				`out of order: ${labels.join(", ")}`,
			);
			await page.selectOption(".spec-board-group-by", "status");
			await frames(page);
			return labels.join(", ");
		});

		await check("expanding a row shows its open questions without overlapping the next row", async () => {
			const path = await page.evaluate(() => {
				const specs = [...window.specBoard.index.specs()].sort(
					(a, b) => b.openQuestions.length - a.openQuestions.length,
				);
				return specs[0] && specs[0].openQuestions.length > 0 ? specs[0].path : "";
			});
			assert(path !== "", "no spec has open questions");
			await page.locator(`.spec-board-row[data-path="${path}"] .spec-board-expand`).click();
			await frames(page);
			await frames(page);
			const result = await page.evaluate((p) => {
				const row = document.querySelector(`.spec-board-row[data-path="${CSS.escape(p)}"]`);
				const item = row?.parentElement;
				const next = item?.nextElementSibling;
				const questions = row
					? Array.from(row.querySelectorAll(".spec-board-question")).map((q) => q.textContent)
					: [];
				const expected = window.specBoard.index.get(p)?.openQuestions.map((q) => q.text) ?? [];
				const bottom = item?.getBoundingClientRect().bottom ?? 0;
				const nextTop = next?.getBoundingClientRect().top ?? Infinity;
				return { questions, expected, bottom, nextTop };
			}, path);
			assert(
				JSON.stringify(result.questions) === JSON.stringify(result.expected),
				`questions ${JSON.stringify(result.questions)}`,
			);
			assert(
				result.nextTop >= result.bottom - 1,
				`next row at ${result.nextTop}, expanded row ends at ${result.bottom}`,
			);
			return `${result.questions.length} questions in ${path}`;
		});

		mkdirSync(SCREENSHOTS, { recursive: true });
		const sidebar = page.locator(".spec-board-harness-sidebar");
		await check("light theme screenshot", async () => {
			await page.mouse.move(2, 470);
			await sidebar.screenshot({ path: path.join(SCREENSHOTS, "board-light.png") });
			return "docs/screenshots/board-light.png";
		});
		await check("dark theme screenshot", async () => {
			await page.evaluate(() => {
				document.body.classList.remove("theme-light");
				document.body.classList.add("theme-dark");
			});
			await frames(page);
			await sidebar.screenshot({ path: path.join(SCREENSHOTS, "board-dark.png") });
			await page.evaluate(() => {
				document.body.classList.remove("theme-dark");
				document.body.classList.add("theme-light");
			});
			return "docs/screenshots/board-dark.png";
		});

		await check("clicking a question opens the note at its line", async () => {
			const question = page.locator(".spec-board-question").first();
			const path = await question.evaluate((el) => el.closest(".spec-board-row")?.getAttribute("data-path"));
			await question.click();
			const opened = await page.evaluate(() => window.specBoard.opened().at(-1));
			assert(opened?.path === path && typeof opened.line === "number", `opened ${JSON.stringify(opened)}`);
		});

		await check("arrow keys move between rows and Enter opens the focused spec", async () => {
			await page.locator(".spec-board-list").focus();
			let focused = "";
			for (let i = 0; i < 6 && focused === ""; i++) {
				await page.keyboard.press("ArrowDown");
				focused = await page.evaluate(() => document.activeElement?.getAttribute("data-path") ?? "");
			}
			assert(focused !== "", "the arrow keys never reached a spec row");
			const before = await page.evaluate(() => window.specBoard.opened().length);
			await page.keyboard.press("Enter");
			const after = await page.evaluate(() => window.specBoard.opened().map((o) => o.path));
			assert(
				after.length === before + 1 && after[after.length - 1] === focused,
				`focused ${focused}, opened ${after[after.length - 1]}`,
			);
		});

		await check("Shift+F10 on the focused row opens its menu, once", async () => {
			const before = await page.evaluate(() => window.specBoard.menus().length);
			await page.keyboard.press("Shift+F10");
			await frames(page);
			const menus = await page.evaluate(() => window.specBoard.menus());
			assert(menus.length === before + 1, `${menus.length - before} menus opened`);
			assert(menus.at(-1)?.[1] === "Set status…", `menu: ${menus.at(-1)?.join(", ")}`);
		});

		await check("hovering a row or its title shows no tooltip, Obsidian's or the browser's", async () => {
			const row = page.locator(".spec-board-row").first();
			// The title, and every spot of the row that is not one of its own small labelled controls (the expand
			// arrow, the more button, the warning and age marks keep their short tooltips, checked below).
			const spots = await row.evaluate((el) => {
				const box = el.getBoundingClientRect();
				const found = [];
				for (let x = box.left + 2; x < box.right - 2; x += 6) {
					const hit = document.elementFromPoint(x, box.top + box.height / 2);
					if (hit === null || !el.contains(hit)) continue;
					const labelled = hit.closest("[aria-label]");
					if (labelled === null || !el.contains(labelled)) found.push({ x: x - box.left, y: box.height / 2 });
				}
				return found;
			});
			assert(spots.length > 0, "no spot of the row outside its labelled controls");
			const targets = [
				{ locator: row.locator(".spec-board-row-title"), position: undefined },
				...spots.filter((_, i) => i % 4 === 0).map((position) => ({ locator: row, position })),
			];
			for (const { locator, position } of targets) {
				await locator.hover(position === undefined ? {} : { position });
				const { tooltip, title } = await locator.evaluate((el) => ({
					tooltip: document.querySelector(".tooltip")?.textContent ?? null,
					title: el.closest("[title]")?.getAttribute("title") ?? null,
				}));
				assert(tooltip === null, `a tooltip: ${tooltip}`);
				assert(title === null, `a native tooltip: ${title}`);
			}
			await row.locator(".spec-board-expand, .spec-board-row-more").first().hover();
			const iconTip = await page.evaluate(() => document.querySelector(".tooltip")?.textContent ?? null);
			assert(iconTip !== null && iconTip.length < 30, `the icon's tooltip: ${iconTip}`);
			return `icon: "${iconTip}"`;
		});

		await check("hovering the warning icon shows the note's problems, one per line", async () => {
			await page.evaluate(() =>
				window.specBoard.app.vault.create(
					"Specs/Zebra problems.md",
					"---\nstatus: banana\npriority: kumquat\ntags: [spec]\n---\n# Zebra problems\n",
				),
			);
			await page.fill(".spec-board-search", "Zebra problems");
			await frames(page);
			await page.locator('.spec-board-row[data-path="Specs/Zebra problems.md"] .spec-board-warning').hover();
			const { lines, problems } = await page.evaluate(() => ({
				lines: document.querySelector(".tooltip")?.innerText.split("\n") ?? [],
				problems: window.specBoard.index.get("Specs/Zebra problems.md")?.problems.map((p) => p.message) ?? [],
			}));
			assert(problems.length >= 2, `${problems.length} problems`);
			assert(JSON.stringify(lines) === JSON.stringify(problems), `tooltip lines ${JSON.stringify(lines)}`);
			await page.fill(".spec-board-search", "");
			await page.mouse.move(2, 2);
			await frames(page);
			return `${lines.length} lines`;
		});

		await check("a hidden board shown again draws the specs as they are now", async () => {
			const sidebar = ".spec-board-harness-sidebar";
			// Hidden as Obsidian hides a sidebar tab that is not chosen: an inline display: none on the leaf.
			await page.evaluate((s) => document.querySelector(s).hide(), sidebar);
			await frames(page);
			await page.evaluate(() =>
				window.specBoard.app.vault.create(
					"Specs/Aardvark shown again.md",
					"---\nstatus: Draft\npriority: Critical\ntags: [spec]\n---\n# Aardvark shown again\n",
				),
			);
			await frames(page);
			const whileHidden = await page.locator('[data-path="Specs/Aardvark shown again.md"]').count();
			await page.evaluate((s) => document.querySelector(s).show(), sidebar);
			await frames(page);
			await frames(page);
			const shown = await page.locator('[data-path="Specs/Aardvark shown again.md"]').count();
			assert(shown === 1, "the new spec is missing after the board was shown again");
			return whileHidden === 0 ? "not drawn while hidden, drawn when shown" : "drawn";
		});

		await check("a long list draws only the rows in view, follows scrolling and a taller sidebar", async () => {
			// 600 more specs, created through the vault: the index follows, the board redraws in one frame.
			await page.evaluate(async () => {
				const { app } = window.specBoard;
				for (let i = 0; i < 600; i++)
					await app.vault.create(
						`Many/Spec ${String(i).padStart(3, "0")}.md`,
						`---\nstatus: Draft\ntags: [spec]\n---\n# Many ${i}\n`,
					);
			});
			await frames(page);
			const rowsIn = () =>
				page.evaluate(() => {
					const list = document.querySelector(".spec-board-list");
					const box = list.getBoundingClientRect();
					const rows = Array.from(document.querySelectorAll(".spec-board-list-item"));
					const visible = rows.filter((r) => {
						const b = r.getBoundingClientRect();
						return b.bottom > box.top && b.top < box.bottom;
					});
					return {
						drawn: rows.length,
						visible: visible.length,
						indexes: rows.map((r) => Number(r.getAttribute("data-index"))),
						height: box.height,
					};
				});
			const top = await rowsIn();
			assert(top.drawn < 60, `${top.drawn} rows drawn for a list of 600`);
			assert(
				top.indexes.every((n, i) => i === 0 || n === top.indexes[i - 1] + 1),
				`rows out of order: ${top.indexes.join(",")}`,
			);
			await page.evaluate(() => {
				const list = document.querySelector(".spec-board-list");
				list.scrollTop = list.scrollHeight;
			});
			await frames(page);
			const bottom = await rowsIn();
			assert(
				Math.max(...bottom.indexes) >= 600,
				`scrolled to the end, yet the last row drawn is ${Math.max(...bottom.indexes)}`,
			);
			assert(
				bottom.visible > 3 && bottom.drawn < 60,
				`${bottom.visible} rows visible, ${bottom.drawn} drawn after scrolling`,
			);
			// A taller sidebar: its ResizeObserver tells the list, which draws the rows that now fit.
			await page.evaluate(() => {
				document.querySelector(".spec-board-list").scrollTop = 0;
				document.querySelector(".spec-board-harness-sidebar").classList.add("is-tall");
			});
			await frames(page);
			await frames(page);
			const tall = await rowsIn();
			assert(
				tall.height > top.height + 500 && tall.visible > top.visible + 10,
				`list ${top.height}px -> ${tall.height}px, visible rows ${top.visible} -> ${tall.visible}`,
			);
			await page.evaluate(() =>
				document.querySelector(".spec-board-harness-sidebar").classList.remove("is-tall"),
			);
			return `${top.drawn} of ${await page.evaluate(() => window.specBoard.index.specs().length)} specs drawn; ${tall.visible} visible in a ${Math.round(tall.height)} px list`;
		});

		await check("no page errors", async () => {
			assert(errors.length === 0, errors.join(" | "));
		});

		await check("readable at 280 px: nothing overflows sideways", async () => {
			await page.evaluate(() =>
				document.querySelector(".spec-board-harness-sidebar")?.classList.add("is-narrow"),
			);
			await page.evaluate(() => window.specBoard.view.onResize());
			await frames(page);
			const overflow = await page.evaluate(() =>
				Array.from(
					document.querySelectorAll(
						".spec-board, .spec-board-list, .spec-board-summary, .spec-board-filter-bar",
					),
				)
					.filter((el) => el.scrollWidth > el.clientWidth + 1)
					.map((el) => `${el.className} ${el.scrollWidth}>${el.clientWidth}`),
			);
			assert(overflow.length === 0, overflow.join("; "));
		});

		await runNarrowChecks({ page, check, assert, frames, screenshots: SCREENSHOTS });
		await runPhoneChecks(browser, phonePageFile);

		await runFormChecks({
			browser,
			pageFile: formPageFile,
			check,
			assert,
			screenshots: SCREENSHOTS,
			scratch: outDir,
			frames,
		});

		await runBasesChecks({ browser, check, scratch: outDir });
	} finally {
		await browser.close();
	}
	process.stdout.write("\n");
	summary();
}

main().catch((error) => {
	process.stderr.write(`browser test crashed: ${error instanceof Error ? error.stack : String(error)}\n`);
	process.stdout.write("\n");
	summary(1);
});
