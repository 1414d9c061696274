// The timed filter changes of the board's browser figure, shared by measureVault.mjs (the bench) and
// profileRender.mjs (the profile), so both time the same span.

/**
 * Runs in the page (passed to Playwright's `evaluate`, so it holds everything it uses): five filters in turn, `runs`
 * rounds. Each change is timed from before `view.setFilter(…)` (whatever it does at once counts) through the pending
 * frame (the render) to a forced layout read (`document.body.offsetHeight`: the style and layout the new rows need
 * count too). Returns every time and the style and layout part of each (the forced read), in ms, how many specs the index holds
 * and how many elements the page has.
 */
export function timeFilterChanges(runs) {
	const { view, index, flushFrames } = window.specBoard;
	const base = view.getBoardState().filter;
	const filters = [
		{ ...base, tags: [{ tag: "area/payments", mode: "include" }] },
		{
			...base,
			tags: [
				{ tag: "area", mode: "include" },
				{ tag: "team/web", mode: "exclude" },
			],
		},
		{ ...base, text: "refund" },
		{ ...base, hasOpenQuestions: true },
		base,
	];
	const times = [];
	const layoutTimes = [];
	let sink = 0;
	for (let run = 0; run < runs; run++) {
		for (const filter of filters) {
			const started = performance.now();
			view.setFilter(filter);
			flushFrames();
			const rendered = performance.now();
			sink += document.body.offsetHeight;
			const done = performance.now();
			times.push(done - started);
			layoutTimes.push(done - rendered);
		}
	}
	return {
		times,
		layoutTimes,
		specs: index.specs().length,
		elements: document.getElementsByTagName("*").length,
		sink,
	};
}
