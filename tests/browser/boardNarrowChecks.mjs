// Browser checks of the board in a 280 px sidebar (issue 12): the compact summary leaves the first spec row within
// 160 px of the top, nothing is cut mid-word (what does not fit ends with an ellipsis), nothing overflows sideways,
// and every status colour has 3:1 contrast against the background, in light and dark; screenshots of both.
import path from "node:path";

/** Sets the page's theme ("light" or "dark"). */
async function setTheme(page, theme) {
	await page.evaluate((name) => {
		document.body.classList.remove("theme-light", "theme-dark");
		document.body.classList.add(`theme-${name}`);
	}, theme);
}

/** Runs the 280 px checks on a board page already narrowed to 280 px. */
export async function runNarrowChecks({ page, check, assert, frames, screenshots }) {
	await check("at 280 px the first spec row starts within 160 px of the top of the view", async () => {
		await frames(page);
		const place = await page.evaluate(() => {
			const view = document.querySelector(".spec-board");
			const row = document.querySelector(".spec-board-row");
			if (!view || !row) return null;
			const top = view.getBoundingClientRect().top;
			const parts = [".spec-board-summary", ".spec-board-filter-bar", ".spec-board-list", ".spec-board-group"]
				.map((sel) => {
					const el = document.querySelector(sel);
					if (!el) return `${sel} none`;
					const box = el.getBoundingClientRect();
					return `${sel.slice(12)} ${Math.round(box.top - top)}+${Math.round(box.height)}`;
				})
				.join(", ");
			return {
				top: Math.round(row.getBoundingClientRect().top - top),
				width: Math.round(view.getBoundingClientRect().width),
				parts,
			};
		});
		assert(place !== null, "no spec row");
		assert(place.width <= 280, `the view is ${place.width} px wide`);
		assert(place.top <= 160, `the first spec row starts ${place.top} px below the top (${place.parts})`);
		return `${place.top} px in a ${place.width} px view (${place.parts})`;
	});

	for (const theme of ["light", "dark"]) {
		await check(`at 280 px in ${theme}: no word cut without an ellipsis, nothing overflows sideways`, async () => {
			await setTheme(page, theme);
			await frames(page);
			const problems = await page.evaluate(() => {
				const found = [];
				const texts = document.querySelectorAll(
					".spec-board-summary *, .spec-board-filter-bar *, .spec-board-row-main > *, .spec-board-row-meta > *, .spec-board-group > *",
				);
				for (const el of texts) {
					if (el.children.length > 0 || (el.textContent ?? "").trim() === "") continue;
					// Names for screen readers only (clipped on purpose) are not shown text.
					if (el.closest(".spec-board-visually-hidden")) continue;
					const style = getComputedStyle(el);
					if (style.display === "none" || el.getClientRects().length === 0) continue;
					// A closed <details> keeps its content laid out but unseen (content-visibility): not shown, not cut.
					const closed = el.closest("details:not([open])");
					if (closed && !el.closest("summary")) continue;
					// Cut: its text is wider than its box, or its box runs past its row's edge.
					const clipped = el.scrollWidth > el.clientWidth + 1;
					const row = el.closest(
						".spec-board-row-meta, .spec-board-row-main, .spec-board-summary, .spec-board-filter-bar",
					);
					const box = el.getBoundingClientRect();
					const edge = row ? row.getBoundingClientRect().right : Infinity;
					const pastEdge = box.left < edge - 1 && box.right > edge + 1;
					if ((clipped || pastEdge) && style.textOverflow !== "ellipsis")
						found.push(`${el.className || el.tagName}: "${el.textContent.slice(0, 30)}"`);
				}
				for (const el of document.querySelectorAll(
					".spec-board, .spec-board-list, .spec-board-summary, .spec-board-filter-bar",
				))
					if (el.scrollWidth > el.clientWidth + 1)
						found.push(`${el.className} overflows ${el.scrollWidth}>${el.clientWidth}`);
				return found;
			});
			assert(problems.length === 0, problems.slice(0, 6).join("; "));
		});

		await check(`status and priority colours have 3:1 contrast against the background in ${theme}`, async () => {
			await setTheme(page, theme);
			await frames(page);
			const low = await page.evaluate(() => {
				// "rgb(r, g, b)", "rgba(…)", or color-mix's "color(srgb r g b)" with 0–1 parts.
				const rgb = (text) => {
					const parts = (text.replace(/^color\(srgb/, "").match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
					return text.startsWith("color(") ? parts.map((p) => p * 255) : parts;
				};
				const opaque = (text) => !/rgba\(.*,\s*0\)$|transparent/.test(text);
				const lum = ([r, g, b]) => {
					const f = (c) => {
						const s = c / 255;
						return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
					};
					return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
				};
				const ratio = (a, b) => {
					const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
					return (x + 0.05) / (y + 0.05);
				};
				// The background the bars are drawn on: the nearest ancestor that paints one.
				let host = document.querySelector(".spec-board-bar");
				while (host && !opaque(getComputedStyle(host).backgroundColor)) host = host.parentElement;
				const painted = getComputedStyle(host ?? document.body).backgroundColor;
				const background = rgb(painted);
				const out = [];
				for (const el of document.querySelectorAll(".spec-board-bar-segment")) {
					const colour = rgb(getComputedStyle(el).borderTopColor);
					const r = ratio(colour, background);
					if (!(r >= 3)) out.push(`${el.getAttribute("data-value")} ${r.toFixed(2)}`);
				}
				if (document.querySelectorAll(".spec-board-bar-segment").length === 0) out.push("no segments");
				return { out, painted };
			});
			assert(low.out.length === 0, `${low.out.join(", ")} against ${low.painted}`);
			return `against ${low.painted}`;
		});
	}
	// The screenshots show the example vault alone: the long-list check's generated specs are removed first.
	await page.evaluate(async () => {
		const { app } = window.specBoard;
		for (const file of app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Many/")))
			await app.vault.delete(file);
	});
	await frames(page);
	for (const theme of ["light", "dark"]) {
		await check(`280 px screenshot, ${theme}`, async () => {
			await setTheme(page, theme);
			await frames(page);
			const file = `board-narrow-${theme}.png`;
			await page.locator(".spec-board-harness-sidebar").screenshot({ path: path.join(screenshots, file) });
			return `docs/screenshots/${file}`;
		});
	}
	await setTheme(page, "light");
	await frames(page);
}
