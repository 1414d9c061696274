// A tally for the script-style test runners (browser, README walk-through): one "ok"/"FAIL" line a check,
// then the closing "N passed, M failed" line CI reads.

/** A new tally: `report(name, ok, detail)` prints one line and counts it; `summary(extraFailures)` prints the close. */
export function createCheckReport(out = process.stdout) {
	const counts = { passed: 0, failed: 0 };
	return {
		counts,
		report(name, ok, detail = "") {
			if (ok) counts.passed += 1;
			else counts.failed += 1;
			out.write(`${ok ? "  ok  " : "  FAIL"} ${name}${detail ? ` — ${detail}` : ""}\n`);
		},
		summary(extraFailures = 0) {
			const failed = counts.failed + extraFailures;
			out.write(`${counts.passed} passed, ${failed} failed\n`);
			process.exitCode = failed > 0 ? 1 : 0;
		},
	};
}
