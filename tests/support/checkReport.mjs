// A tally for the script-style test runners (browser, README walk-through): one "ok"/"FAIL" line a check,
// then the closing "N passed, M failed" line CI reads.

/** Throws `message` unless `condition` holds: a check's way to fail. */
export function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** Waits two animation frames in a Playwright page, so a requested render (and a measuring pass) has run. */
export async function frames(page) {
	await page.evaluate(
		() =>
			new Promise((resolve) =>
				window.requestAnimationFrame(() => window.requestAnimationFrame(() => resolve(undefined))),
			),
	);
}

function failureText(error) {
	return error instanceof Error ? error.message : String(error);
}

/**
 * A new tally: `report(name, ok, detail)` prints one line and counts it; `check(name, fn)` and `checkAsync(name, fn)`
 * run one check (a thrown error fails it with its message; a returned string is its detail) and say whether it
 * passed; `summary(extraFailures)` prints the close.
 */
export function createCheckReport(out = process.stdout) {
	const counts = { passed: 0, failed: 0 };
	const report = (name, ok, detail = "") => {
		if (ok) counts.passed += 1;
		else counts.failed += 1;
		out.write(`${ok ? "  ok  " : "  FAIL"} ${name}${detail ? ` — ${detail}` : ""}\n`);
	};
	return {
		counts,
		report,
		check(name, fn) {
			try {
				const detail = fn();
				report(name, true, typeof detail === "string" ? detail : "");
				return true;
			} catch (error) {
				report(name, false, failureText(error));
				return false;
			}
		},
		async checkAsync(name, fn) {
			try {
				const detail = await fn();
				report(name, true, typeof detail === "string" ? detail : "");
				return true;
			} catch (error) {
				report(name, false, failureText(error));
				return false;
			}
		},
		summary(extraFailures = 0) {
			const failed = counts.failed + extraFailures;
			out.write(`${counts.passed} passed, ${failed} failed\n`);
			process.exitCode = failed > 0 ? 1 : 0;
		},
	};
}
