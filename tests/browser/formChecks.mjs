// Browser checks of the commands' UI: the real "Create feature spec" form, the status picker, "Insert feature spec
// template" and the settings tab, over the in-memory Obsidian (formPage.ts), driven with the keyboard as a person
// would. Saves docs/screenshots/create-form-light.png, create-form-dark.png and settings-light.png; the narrow form
// and the picker go to the run's temporary folder, to be looked at.
import path from "node:path";
import { collectPageErrors, loadHarnessPage } from "./harnessPage.mjs";

const FORM = ".modal-container .modal .spec-board-create-form";

/** The paths of the vault's files, sorted. */
function vaultPaths(page) {
	return page.evaluate(() =>
		window.specForm.app.vault
			.getAllLoadedFiles()
			.filter((f) => "extension" in f)
			.map((f) => f.path)
			.sort(),
	);
}

function fileText(page, filePath) {
	return page.evaluate((p) => window.specForm.app.vault.peek(p) ?? null, filePath);
}

async function openForm(page) {
	const ran = await page.evaluate(() => window.specForm.run("create-feature-spec"));
	if (!ran) throw new Error("the command did not run");
	await page.waitForSelector(FORM, { timeout: 5000 });
}

function activeId(page) {
	return page.evaluate(() => document.activeElement?.id ?? "");
}

/** Whether an element is drawn (present, not display: none, with a size). */
function isDrawn(page, selector) {
	return page.evaluate((s) => {
		const el = document.querySelector(s);
		return el !== null && el.getClientRects().length > 0;
	}, selector);
}

/** Sets both theme classes on the body. */
function setTheme(page, theme) {
	return page.evaluate((t) => {
		document.body.classList.remove("theme-light", "theme-dark");
		document.body.classList.add(`theme-${t}`);
	}, theme);
}

/** Elements inside `root` that stick out of it sideways, or scroll sideways themselves. */
function sidewaysOverflow(page, root) {
	return page.evaluate((r) => {
		const rootEl = document.querySelector(r);
		if (!rootEl) return [`no ${r}`];
		const box = rootEl.getBoundingClientRect();
		const out = [];
		if (rootEl.scrollWidth > rootEl.clientWidth + 1)
			out.push(`${r} scrolls sideways (${rootEl.scrollWidth}>${rootEl.clientWidth})`);
		for (const el of rootEl.querySelectorAll(
			"input, select, button, label, .spec-board-form-chips, .setting-item-control, .setting-item-info",
		)) {
			const b = el.getBoundingClientRect();
			if (b.width > 0 && (b.right > box.right + 0.5 || b.left < box.left - 0.5))
				out.push(
					`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className} ${Math.round(b.left)}..${Math.round(b.right)} outside ${Math.round(box.left)}..${Math.round(box.right)}`,
				);
		}
		return out;
	}, root);
}

/** A screenshot of the page around the given elements (the modal and a popover outside it, say). */
async function shotAround(page, selectors, file) {
	const box = await page.evaluate((list) => {
		const rects = list
			.flatMap((s) => Array.from(document.querySelectorAll(s)))
			.map((el) => el.getBoundingClientRect());
		const left = Math.min(...rects.map((r) => r.left));
		const top = Math.min(...rects.map((r) => r.top));
		return {
			x: left,
			y: top,
			width: Math.max(...rects.map((r) => r.right)) - left,
			height: Math.max(...rects.map((r) => r.bottom)) - top,
		};
	}, selectors);
	await page.screenshot({ path: file, clip: box });
}

/**
 * Runs the checks on a fresh page of `browser`; `check(name, fn)` and `assert` come from run.mjs.
 * `pageFile` is the built form page, `screenshots` the docs folder, `scratch` a folder for extra screenshots.
 */
export async function runFormChecks({ browser, pageFile, check, assert, screenshots, scratch, frames }) {
	const page = await browser.newPage({ viewport: { width: 900, height: 860 }, deviceScaleFactor: 2 });
	const errors = [];
	collectPageErrors(page, errors);
	try {
		await loadHarnessPage(page, pageFile, "the form page");
		const before = await vaultPaths(page);

		await check(
			"create form: opens as an Obsidian modal with its title, a close button, and the title field focused",
			async () => {
				await openForm(page);
				const shape = await page.evaluate(() => ({
					title: document.querySelector(".modal-container .modal .modal-header .modal-title")?.textContent,
					close: document.querySelectorAll(".modal-container .modal > .modal-close-button").length,
				}));
				assert(shape.title === "Create feature spec", `title ${JSON.stringify(shape.title)}`);
				assert(shape.close === 1, `${shape.close} close buttons`);
				const focused = await activeId(page);
				assert(focused === "spec-board-create-title", `focus is on #${focused}`);
			},
		);

		await check("create form: every control has a visible label", async () => {
			const unlabelled = await page.evaluate((form) => {
				const root = document.querySelector(form);
				return Array.from(root.querySelectorAll("input, select")).flatMap((control) => {
					if (control.getClientRects().length === 0) return [];
					const label = root.querySelector(`label[for="${control.id}"]`);
					return label && label.getClientRects().length > 0 && label.textContent.trim() !== ""
						? []
						: [control.id || control.className];
				});
			}, FORM);
			assert(unlabelled.length === 0, `unlabelled: ${unlabelled.join(", ")}`);
			const parentShown = await isDrawn(page, "#spec-board-create-parent");
			assert(!parentShown, "the parent field shows for the lean template");
		});

		await check("create form: Enter with an empty title shows the reason inline and creates nothing", async () => {
			await page.keyboard.press("Enter");
			await frames(page);
			const problem = await page.evaluate(() => {
				const el = document.querySelector("#spec-board-create-title-problem");
				return {
					text: el?.textContent ?? "",
					drawn: el !== null && el.getClientRects().length > 0,
					invalid: document.querySelector("#spec-board-create-title")?.getAttribute("aria-invalid"),
				};
			});
			assert(problem.drawn && problem.text === "A spec needs a title.", `problem ${JSON.stringify(problem)}`);
			await shotAround(page, [".modal-container .modal"], path.join(scratch, "create-form-empty-title.png"));
			assert(problem.invalid === "true", "the title is not marked invalid");
			assert(await isDrawn(page, FORM), "the form closed");
			assert(JSON.stringify(await vaultPaths(page)) === JSON.stringify(before), "a file was created");
			assert((await activeId(page)) === "spec-board-create-title", "the title lost the focus");
		});

		let chosenDomain = "";
		await check(
			"create form: a domain picked from the suggestions with ArrowDown and Enter becomes a chip",
			async () => {
				await page.keyboard.type("Saved carts");
				const problemGone = await page.evaluate(
					() => document.querySelector("#spec-board-create-title-problem")?.getClientRects().length === 0,
				);
				assert(problemGone, "the reason stays after typing a title");
				await page.keyboard.press("Tab");
				assert(
					(await activeId(page)) === "spec-board-create-domains",
					`Tab from the title reached #${await activeId(page)}`,
				);
				await page.keyboard.type("c");
				await page.waitForSelector(".suggestion-container .suggestion-item.is-selected", { timeout: 3000 });
				const offered = await page.$$eval(".suggestion-container .suggestion-item", (els) =>
					els.map((e) => e.textContent),
				);
				assert(offered.length >= 2, `suggestions for "c": ${offered.join(", ")}`);
				await page.keyboard.press("ArrowDown");
				await shotAround(
					page,
					[".modal-container .modal", ".suggestion-container"],
					path.join(scratch, "create-form-suggestions.png"),
				);
				chosenDomain = await page.$eval(
					".suggestion-container .suggestion-item.is-selected",
					(el) => el.textContent,
				);
				assert(chosenDomain === offered[1], `ArrowDown highlighted ${chosenDomain}, not ${offered[1]}`);
				await page.keyboard.press("Enter");
				await frames(page);
				const chips = await page.$$eval(`${FORM} #spec-board-create-domains`, (els) =>
					Array.from(els[0].parentElement.querySelectorAll(".spec-board-form-chip-text")).map(
						(c) => c.textContent,
					),
				);
				assert(JSON.stringify(chips) === JSON.stringify([chosenDomain]), `chips ${chips.join(", ")}`);
				assert((await page.locator(".suggestion-container").count()) === 0, "the suggestions stay open");
				assert(await isDrawn(page, FORM), "Enter on a suggestion submitted the form");
				assert(JSON.stringify(await vaultPaths(page)) === JSON.stringify(before), "a file was created");
				return `${chosenDomain} of ${offered.join(", ")}`;
			},
		);

		await check(
			"create form: Escape in the suggestions closes them, not the form; a typed tag becomes a chip",
			async () => {
				await page.keyboard.type("Pay");
				await page.waitForSelector(".suggestion-container .suggestion-item", { timeout: 3000 });
				await page.keyboard.press("Escape");
				assert(
					(await page.locator(".suggestion-container").count()) === 0,
					"the suggestions stay open after Escape",
				);
				assert(await isDrawn(page, FORM), "Escape in the suggestions closed the form");
				await page.keyboard.press("Backspace");
				await page.keyboard.press("Backspace");
				await page.keyboard.press("Backspace");
				await page.focus("#spec-board-create-tags");
				await page.keyboard.type("team/web");
				await frames(page);
				// A tag the vault already has is suggested; Escape keeps what was typed instead.
				if ((await page.locator(".suggestion-container").count()) > 0) await page.keyboard.press("Escape");
				await page.keyboard.press("Enter");
				const tags = await page.$$eval("#spec-board-create-tags", (els) =>
					Array.from(els[0].parentElement.querySelectorAll(".spec-board-form-chip-text")).map(
						(c) => c.textContent,
					),
				);
				assert(JSON.stringify(tags) === JSON.stringify(["team/web"]), `tag chips ${tags.join(", ")}`);
				assert(await isDrawn(page, FORM), "Enter in the tag box submitted the form");
			},
		);

		await page.selectOption("#spec-board-create-status", "In progress");
		await page.selectOption("#spec-board-create-priority", "High");
		await page.focus("#spec-board-create-title");
		await frames(page);
		const modal = page.locator(".modal-container .modal");
		await check("create form: light and dark screenshots", async () => {
			await modal.screenshot({ path: path.join(screenshots, "create-form-light.png") });
			await setTheme(page, "dark");
			await frames(page);
			await modal.screenshot({ path: path.join(screenshots, "create-form-dark.png") });
			await setTheme(page, "light");
			return "docs/screenshots/create-form-light.png, create-form-dark.png";
		});

		await check("create form: nothing sticks out at 400 px (a phone's modal)", async () => {
			await page.setViewportSize({ width: 400, height: 860 });
			// A long domain name: its chip is cut with an ellipsis, not wider than the field.
			await page.focus("#spec-board-create-domains");
			await page.keyboard.type("Cross-border settlement and reconciliation for marketplaces");
			await frames(page);
			if ((await page.locator(".suggestion-container").count()) > 0) await page.keyboard.press("Escape");
			await page.keyboard.press("Enter");
			await frames(page);
			const overflow = await sidewaysOverflow(page, ".modal-container .modal");
			await modal.screenshot({ path: path.join(scratch, "create-form-narrow.png") });
			await page.keyboard.press("Backspace");
			const chips = await page.$$eval(".spec-board-create-form .spec-board-form-chip-text", (els) =>
				els.map((e) => e.textContent),
			);
			await page.setViewportSize({ width: 900, height: 860 });
			assert(
				JSON.stringify(chips) === JSON.stringify([chosenDomain, "team/web"]),
				`chips after Backspace: ${chips.join(", ")}`,
			);
			assert(overflow.length === 0, overflow.join("; "));
			return path.join(scratch, "create-form-narrow.png");
		});

		await check(
			"create form: Enter in the title creates the filled note under Specs/ and places the cursor",
			async () => {
				await page.focus("#spec-board-create-title");
				await page.keyboard.press("Enter");
				await page.waitForSelector(".modal-container", { state: "detached", timeout: 5000 });
				const text = await fileText(page, "Specs/Saved carts.md");
				assert(
					text !== null,
					`no Specs/Saved carts.md; new files: ${(await vaultPaths(page)).filter((p) => !before.includes(p)).join(", ")}`,
				);
				const expected = [
					"# Saved carts",
					"status: implementing",
					"priority: high",
					`  - "[[${chosenDomain}]]"`,
					"tags:\n  - spec\n  - team/web",
					"created: 2026-03-14",
					"owner: Ada Lovelace",
				];
				const missing = expected.filter((line) => !text.includes(line));
				assert(missing.length === 0, `missing ${JSON.stringify(missing)} in:\n${text}`);
				const opened = await page.evaluate(() => {
					const state = window.specForm.editorState();
					const leaf = window.specForm.app.workspace.activeLeaf;
					const last = leaf?.openedFiles[leaf.openedFiles.length - 1];
					return { state, line: last?.openState?.eState?.line, mode: last?.openState?.state?.mode };
				});
				assert(opened.state?.path === "Specs/Saved carts.md", `the open note is ${opened.state?.path}`);
				assert(
					typeof opened.line === "number" && opened.mode === "source",
					`opened with ${JSON.stringify(opened)}`,
				);
				const lineText = opened.state.text.split("\n")[opened.state.cursor.line];
				assert(
					opened.state.cursor.line === opened.line && opened.state.cursor.ch > 0,
					`cursor ${JSON.stringify(opened.state.cursor)} on "${lineText}"`,
				);
				return `cursor at ${opened.state.cursor.line + 1}:${opened.state.cursor.ch + 1}, before "${lineText.slice(opened.state.cursor.ch, opened.state.cursor.ch + 24)}…"`;
			},
		);

		await check("create form: choosing the tech spec shows the parent field and creates a tech spec", async () => {
			await openForm(page);
			await page.selectOption("#spec-board-create-template", "tech-spec");
			assert(await isDrawn(page, "#spec-board-create-parent"), "no parent field for the tech spec");
			const description = await page.$eval("#spec-board-create-template-description", (el) => el.textContent);
			await page.focus("#spec-board-create-title");
			await page.keyboard.type("Cart API");
			await page.keyboard.press("Enter");
			await page.waitForSelector(".modal-container", { state: "detached", timeout: 5000 });
			const text = await fileText(page, "Specs/Cart API.md");
			assert(text !== null, "no Specs/Cart API.md");
			assert(
				text.startsWith("---\ntype: tech-spec\nstatus: draft\n") && text.includes("\n# Cart API\n"),
				`not a tech spec:\n${text.slice(0, 300)}`,
			);
			assert(!text.includes("## Opportunity Context"), "the lean template's sections are in the tech spec");
			return description;
		});

		await check("create form: Escape closes it without creating anything", async () => {
			const files = await vaultPaths(page);
			await openForm(page);
			await page.keyboard.type("Never made");
			await page.keyboard.press("Escape");
			await page.waitForSelector(".modal-container", { state: "detached", timeout: 3000 });
			assert(JSON.stringify(await vaultPaths(page)) === JSON.stringify(files), "a file was created");
		});

		await check(
			"status picker: a prompt listing the words; ArrowDown and Enter write the status into the open note",
			async () => {
				const note = "Specs/Saved carts.md";
				await page.evaluate((p) => window.specForm.openNote(p, { line: 0, ch: 0 }), note);
				assert(await page.evaluate(() => window.specForm.run("set-spec-status")), "the command is unavailable");
				await page.waitForSelector(".modal-container .prompt .prompt-results .suggestion-item.is-selected", {
					timeout: 3000,
				});
				assert(
					await page.evaluate(() => document.activeElement?.classList.contains("prompt-input")),
					"the search box has no focus",
				);
				const items = await page.$$eval(".prompt-results .suggestion-item", (els) =>
					els.map((e) => e.textContent),
				);
				await page
					.locator(".modal-container .prompt")
					.screenshot({ path: path.join(scratch, "status-picker-light.png") });
				await page.keyboard.press("ArrowDown");
				await page.keyboard.press("ArrowDown");
				const chosen = await page.$eval(".prompt-results .suggestion-item.is-selected", (el) => el.textContent);
				await page.keyboard.press("Enter");
				await page.waitForSelector(".modal-container", { state: "detached", timeout: 3000 });
				await frames(page);
				const state = await page.evaluate(() => window.specForm.editorState());
				const word = /Writes "([^"]+)"/.exec(chosen)?.[1];
				assert(
					word !== undefined && state.text.includes(`status: ${word}`),
					`chose "${chosen}"; the note has ${state.text.split("\n")[1]}`,
				);
				return `${items.length} choices; chose ${chosen}`;
			},
		);

		await check(
			"insert template: the picker merges the chosen template into the open note at the cursor, in one undo step",
			async () => {
				const note = "Meetings/2025-05-06 Spec review.md";
				const original = await fileText(page, note);
				const lines = original.split("\n");
				await page.evaluate(({ p, line }) => window.specForm.openNote(p, { line, ch: 0 }), {
					p: note,
					line: lines.length - 1,
				});
				const steps = await page.evaluate(() => window.specForm.editorState().undoSteps);
				assert(
					await page.evaluate(() => window.specForm.run("insert-feature-spec-template")),
					"the command is unavailable",
				);
				await page.waitForSelector(".modal-container .prompt .suggestion-item", { timeout: 3000 });
				await page.keyboard.type("general");
				await page.waitForFunction(
					() =>
						document.querySelector(
							".prompt-results .suggestion-item.is-selected .spec-board-template-choice-name",
						)?.textContent === "General spec",
					null,
					{ timeout: 3000 },
				);
				await page
					.locator(".modal-container .prompt")
					.screenshot({ path: path.join(scratch, "template-picker-light.png") });
				await page.keyboard.press("Enter");
				await page.waitForSelector(".modal-container", { state: "detached", timeout: 3000 });
				const state = await page.evaluate(() => window.specForm.editorState());
				assert(state.undoSteps === steps + 1, `${state.undoSteps - steps} undo steps`);
				assert(
					state.text.includes("## Problem Statement") && state.text.includes("# 2025-05-06 Spec review"),
					`text after inserting:\n${state.text.slice(0, 400)}`,
				);
				const kept = lines
					.filter((l) => l.trim() !== "" && !l.startsWith("---"))
					.filter((l) => !state.text.includes(l));
				assert(kept.length === 0, `lines of the note lost: ${kept.join(" | ")}`);
				return `${state.text.split("\n").length - lines.length} lines added`;
			},
		);

		await check("settings tab: headings and labelled rows, nothing sticks out, screenshot", async () => {
			await page.evaluate(() => window.specForm.showSettings());
			await frames(page);
			const rows = await page.$$eval(".spec-board-harness-settings .setting-item", (els) =>
				els.map((el) => ({
					heading: el.classList.contains("setting-item-heading"),
					name: el.querySelector(".setting-item-name")?.textContent ?? "",
					controls: el.querySelectorAll(".setting-item-control input, .setting-item-control select").length,
				})),
			);
			const headings = rows.filter((r) => r.heading).map((r) => r.name);
			assert(headings.length >= 3, `headings ${headings.join(", ")}`);
			const bare = rows.filter((r) => !r.heading && (r.name === "" || r.controls !== 1));
			assert(bare.length === 0, `rows without a name or a control: ${JSON.stringify(bare)}`);
			const overflow = await sidewaysOverflow(page, ".spec-board-harness-settings");
			assert(overflow.length === 0, overflow.join("; "));
			await page
				.locator(".spec-board-harness-settings")
				.screenshot({ path: path.join(screenshots, "settings-light.png") });
			return `${rows.length - headings.length} settings under ${headings.join(", ")}; docs/screenshots/settings-light.png`;
		});

		await check("form page: no page errors", async () => {
			assert(errors.length === 0, errors.join(" | "));
		});
	} finally {
		await page.close();
	}
}
