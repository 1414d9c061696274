// A suggest popover for a text box, over a list of strings the caller computes (folders, notes, domains, tags).
import { AbstractInputSuggest, type App } from "obsidian";

/** How many suggestions are shown at once. */
const SUGGESTION_LIMIT = 50;

/** The candidates that match a query (a leading '#' or '[[' ignored): prefix matches first, then matches anywhere; case-insensitive. */
export function rankSuggestions(candidates: readonly string[], query: string, limit = SUGGESTION_LIMIT): string[] {
	const needle = query
		.trim()
		.replace(/^(#|\[\[)/, "")
		.toLowerCase();
	if (needle === "") return candidates.slice(0, limit);
	const prefix: string[] = [];
	const inside: string[] = [];
	for (const candidate of candidates) {
		const lower = candidate.toLowerCase();
		if (lower.startsWith(needle)) prefix.push(candidate);
		else if (lower.includes(needle)) inside.push(candidate);
	}
	return [...prefix, ...inside].slice(0, limit);
}

/**
 * `gather` called once, on first use, and its answer kept: a form gathers its suggestions (a scan of the vault and a
 * sort) once while it is open, not on every keystroke.
 */
export function gatherOnce<T>(gather: () => T): () => T {
	let gathered: { value: T } | null = null;
	return () => {
		gathered ??= { value: gather() };
		return gathered.value;
	};
}

/** Whether a query asks for nothing yet (empty, or only '#' or '[['): then no popover opens. */
export function isEmptyQuery(query: string): boolean {
	return (
		query
			.trim()
			.replace(/^(#|\[\[)/, "")
			.trim() === ""
	);
}

/**
 * Suggests strings for a text box and hands the chosen one to `onPick` (which decides what the box shows next).
 * An empty box suggests nothing, so Enter there is never taken by a suggestion nobody chose.
 */
export class TextSuggest extends AbstractInputSuggest<string> {
	/** Whether the popover is showing (a form then leaves Enter to it, to pick the highlighted suggestion). */
	popoverShown = false;
	private readonly candidates: () => readonly string[];

	/** `candidates` is called for each query (wrap it in gatherOnce when it is costly). */
	constructor(
		app: App,
		inputEl: HTMLInputElement,
		candidates: () => readonly string[],
		onPick: (value: string) => void,
	) {
		super(app, inputEl);
		this.candidates = candidates;
		this.limit = SUGGESTION_LIMIT;
		this.onSelect((value) => {
			onPick(value);
			this.close();
		});
	}

	/** Opens the popover and says so. */
	open(): void {
		super.open();
		this.popoverShown = true;
	}

	/** Closes the popover and says so. */
	close(): void {
		super.close();
		this.popoverShown = false;
	}

	/** Candidates matching what is typed. */
	protected getSuggestions(query: string): string[] {
		if (isEmptyQuery(query)) return [];
		return rankSuggestions(this.candidates(), query);
	}

	/** Shows a candidate as plain text. */
	renderSuggestion(value: string, el: HTMLElement): void {
		el.setText(value);
	}
}
