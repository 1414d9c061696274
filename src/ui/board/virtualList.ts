// A virtualised list: only the items in view (plus a margin) exist in the DOM, and only they are asked for (an item
// list may make its items when asked). Items have a known height, except those marked for measuring (expanded rows),
// whose height is read once rendered.
// Drawing never asks the browser for layout: the viewport's height comes from a ResizeObserver and the scroll
// position from scroll events, so a re-render after a filter change costs only the rows it draws. After a filter change
// the owner may draw only the rows in view at once and the margin at its next frame (update(false), then update()).
// An element that scrolled or filtered out of view draws a new item of the same kind (`recycleKind`): patching a row's
// text costs the browser about half the style and layout of a new row, and the list creates no elements.

/**
 * The items a list shows. An item may be made when asked for (`at`): a list of thousands need not hold thousands of
 * objects, and the list asks only for the items it draws; heights are asked by index, without making the item.
 */
export interface ListItems<T> {
	readonly length: number;
	/** The item at an index (undefined outside the list). */
	at(index: number): T | undefined;
}

/**
 * How the list draws its items; `P` is what `render` keeps of an element's parts for when the element is reused, `L`
 * the owner's kind of item list, which its height callbacks read.
 */
export interface VirtualListOptions<T, P = void, L extends ListItems<T> = ListItems<T>> {
	/** A stable key per item (the DOM element is kept while the key stays in view). */
	keyOf(item: T): string;
	/** The height in pixels of the item at `index` of `items`, before it is measured. */
	heightAt(items: L, index: number): number;
	/** Whether the real height of the item at `index` must be measured once drawn (its content wraps). */
	measuredAt(items: L, index: number): boolean;
	/**
	 * Draws the item into an element: a fresh one (`reused` undefined), or one that drew another item of the same
	 * recycle kind, with what `render` returned then (`reused`), to patch. Returns what a later reuse needs.
	 */
	render(item: T, el: HTMLElement, index: number, reused: P | undefined): P;
	/** Elements drawn for items of the same kind draw each other's items (null: never reused); default: never. */
	recycleKind?(item: T): string | null;
	/** Whether an element drawn for `drawn` still shows `item` as is (same key), so it can be kept; default: never. */
	unchanged?(drawn: T, item: T): boolean;
	/** Brings a kept element up to date with its (maybe new) position in the list. */
	kept?(item: T, el: HTMLElement, index: number): void;
	/** Pixels rendered above and below the viewport. */
	margin: number;
	/** Called when the viewport's size changed (more or fewer rows fit): the owner calls `update` at its next frame. */
	resized?(): void;
}

/** Viewport height used when the element has none yet (hidden, or a test DOM without layout). */
const FALLBACK_VIEWPORT = 800;

/** An element drawn for an item. */
interface Drawn<T, P> {
	el: HTMLElement;
	item: T;
	/** What `render` returned for it. */
	parts: P;
	index: number;
	/** Where the element is placed (px from the list's top; -1: not yet). */
	top: number;
}

/** A list inside a scrolling element; call `setItems` when the data changes and `update` on scroll or resize. */
export class VirtualList<T, P = void, L extends ListItems<T> = ListItems<T>> {
	private items: L | null = null;
	/** Each item's top, and after the last the list's height; kept and grown, not made anew for every change of items. */
	private offsets = new Float64Array(1);
	private readonly measured = new Map<string, number>();
	private rendered = new Map<string, Drawn<T, P>>();
	private readonly spacerEl: HTMLElement;
	/** The viewport's height as last observed (null: not known yet). */
	private viewportHeight: number | null = null;
	/** The scroll position as last observed or set. */
	private scrollTop = 0;
	/** Rows of the margin the last update left undrawn. */
	private skipped = 0;
	private readonly observer: ResizeObserver | null = null;

	/** A list drawing into `scrollEl` (which scrolls) with the given options. */
	constructor(
		private readonly scrollEl: HTMLElement,
		private readonly options: VirtualListOptions<T, P, L>,
	) {
		this.spacerEl = scrollEl.createDiv({ cls: "spec-board-list-spacer" });
		const Observer = scrollEl.ownerDocument.defaultView?.ResizeObserver;
		if (Observer !== undefined) {
			this.observer = new Observer((entries) => {
				const height = entries[entries.length - 1]?.contentRect.height;
				if (height === undefined || height === this.viewportHeight) return;
				this.viewportHeight = height;
				this.options.resized?.();
			});
			this.observer.observe(scrollEl);
		}
	}

	/** Stops observing the viewport's size. */
	destroy(): void {
		this.observer?.disconnect();
	}

	/** Replaces the items; drawn elements are kept on the next update only where `unchanged` says so, and never with `redraw`. */
	setItems(items: L, redraw = false): void {
		this.items = items;
		if (redraw || this.options.unchanged === undefined) this.clearRendered();
		this.layout();
	}

	/** Drops every drawn element. */
	private clearRendered(): void {
		for (const { el } of this.rendered.values()) el.remove();
		this.rendered.clear();
	}

	/** Records the scroll position after the person scrolled (read in the scroll event, when layout is fresh). */
	scrolled(): void {
		this.scrollTop = this.scrollEl.scrollTop;
	}

	/** How many items the list holds. */
	get length(): number {
		return this.items?.length ?? 0;
	}

	/** The item at an index. */
	itemAt(index: number): T | undefined {
		return this.items?.at(index);
	}

	/** Whether the last update left rows of the margin undrawn: the owner calls `update` again at its next frame. */
	get pending(): boolean {
		return this.skipped > 0;
	}

	/** How many item elements are in the DOM now. */
	get renderedCount(): number {
		return this.rendered.size;
	}

	/** The element of a rendered item, by index. */
	elementAt(index: number): HTMLElement | undefined {
		const item = this.itemAt(index);
		if (item === undefined) return undefined;
		const drawn = this.rendered.get(this.options.keyOf(item));
		return drawn !== undefined && drawn.index === index ? drawn.el : undefined;
	}

	private heightAt(items: L, index: number): number {
		if (this.measured.size > 0 && this.options.measuredAt(items, index)) {
			const item = items.at(index);
			const measured = item === undefined ? undefined : this.measured.get(this.options.keyOf(item));
			if (measured !== undefined) return measured;
		}
		return this.options.heightAt(items, index);
	}

	private layout(): void {
		const items = this.items;
		const count = this.length;
		if (this.offsets.length < count + 1)
			this.offsets = new Float64Array(Math.max(count + 1, this.offsets.length * 2));
		const offsets = this.offsets;
		offsets[0] = 0;
		if (items !== null) for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + this.heightAt(items, i);
		this.spacerEl.setCssProps({ "--spec-board-list-height": `${offsets[count]}px` });
	}

	/** The first index whose bottom is below `y`. */
	private indexAt(y: number): number {
		let lo = 0;
		let hi = this.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.offsets[mid + 1] <= y) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private viewport(): number {
		// Without a ResizeObserver (a test DOM), or before its first report, the element is asked once.
		if (this.viewportHeight === null || this.observer === null) this.viewportHeight = this.scrollEl.clientHeight;
		return this.viewportHeight > 0 ? this.viewportHeight : FALLBACK_VIEWPORT;
	}

	/**
	 * Renders the items in view and drops the others; measures new items that need it. Returns whether heights changed.
	 * With `drawMargin` false (a render after the items changed), only the rows in view are drawn at once: rows in the
	 * margin are kept where drawn already, and new ones are left for the next update (`pending` says so).
	 */
	update(drawMargin = true): boolean {
		const options = this.options;
		const viewport = this.viewport();
		// The browser clamps the scroll position when the list got shorter; so does the list, without asking it.
		const count = this.length;
		const scrollTop = Math.max(0, Math.min(this.scrollTop, this.offsets[count] - viewport));
		const top = Math.max(0, scrollTop - options.margin);
		const bottom = scrollTop + viewport + options.margin;
		const previous = this.rendered;
		const next = new Map<string, Drawn<T, P>>();
		const toMeasure: { key: string; el: HTMLElement }[] = [];
		const first = this.indexAt(top);
		let last = first;
		while (last < count && this.offsets[last] < bottom) last++;
		// The drawn elements that no item in range keeps (gone, or changed) may draw new items of their kind, in the
		// order they stand in the DOM: rows replaced one for one stay where they are (a moved element is restyled whole).
		// Each item in range is asked for once (a list may make it when asked).
		const items: T[] = [];
		const keys: string[] = [];
		const keeps = new Set<Drawn<T, P>>();
		for (let i = first; i < last; i++) {
			const item = this.items?.at(i) as T;
			const key = options.keyOf(item);
			items.push(item);
			keys.push(key);
			const drawn = previous.get(key);
			if (drawn !== undefined && (drawn.item === item || options.unchanged?.(drawn.item, item) === true))
				keeps.add(drawn);
		}
		const free = new Map<string, Drawn<T, P>[]>();
		// The element holding the keyboard focus is never given another item: focus would move to another row unseen.
		const active = this.spacerEl.ownerDocument.activeElement;
		for (const drawn of previous.values()) {
			if (keeps.has(drawn)) continue;
			const kind =
				active !== null && drawn.el.contains(active) ? null : (options.recycleKind?.(drawn.item) ?? null);
			if (kind === null) drawn.el.remove();
			else {
				const list = free.get(kind);
				if (list === undefined) free.set(kind, [drawn]);
				else list.push(drawn);
			}
		}
		let before: HTMLElement | null = null;
		this.skipped = 0;
		for (let i = first; i < last; i++) {
			const item = items[i - first];
			const key = keys[i - first];
			let drawn = previous.get(key);
			if (drawn !== undefined && keeps.has(drawn)) {
				options.kept?.(item, drawn.el, i);
				drawn.item = item;
				drawn.index = i;
				placeAfter(this.spacerEl, drawn.el, before);
			} else {
				if (!drawMargin && (this.offsets[i + 1] <= scrollTop || this.offsets[i] >= scrollTop + viewport)) {
					this.skipped++;
					continue;
				}
				const kind = options.recycleKind?.(item) ?? null;
				const reused = kind === null ? undefined : free.get(kind)?.shift();
				if (reused !== undefined) {
					placeAfter(this.spacerEl, reused.el, before);
					drawn = { el: reused.el, item, index: i, top: reused.top, parts: undefined as P };
					drawn.parts = options.render(item, drawn.el, i, reused.parts);
				} else {
					const el = createItemElement(this.spacerEl, before);
					drawn = { el, item, index: i, top: -1, parts: undefined as P };
					drawn.parts = options.render(item, el, i, undefined);
				}
				if (this.items !== null && options.measuredAt(this.items, i)) toMeasure.push({ key, el: drawn.el });
			}
			next.set(key, drawn);
			placeAt(drawn, this.offsets[i]);
			before = drawn.el;
		}
		for (const list of free.values()) for (const { el } of list) el.remove();
		this.rendered = next;
		let changed = false;
		for (const { key, el } of toMeasure) {
			const height = el.offsetHeight;
			if (height > 0 && this.measured.get(key) !== height) {
				this.measured.set(key, height);
				changed = true;
			}
		}
		if (changed) {
			this.layout();
			for (const drawn of this.rendered.values()) placeAt(drawn, this.offsets[drawn.index]);
		}
		return changed;
	}

	/** Forgets a measured height (the item's content changed). */
	forgetHeight(key: string): void {
		this.measured.delete(key);
	}

	/** Scrolls so the item at `index` is fully in view. */
	scrollIntoView(index: number): void {
		if (index < 0 || index >= this.length) return;
		const top = this.offsets[index];
		const bottom = this.offsets[index + 1];
		const viewport = this.viewport();
		this.scrollTop = this.scrollEl.scrollTop;
		if (top < this.scrollTop) this.scrollTop = top;
		else if (bottom > this.scrollTop + viewport) this.scrollTop = bottom - viewport;
		else return;
		this.scrollEl.scrollTop = this.scrollTop;
	}
}

/** Places a drawn element `top` px from the list's top; an element already there is left alone (nothing to restyle). */
function placeAt<T, P>(drawn: Drawn<T, P>, top: number): void {
	if (drawn.top === top) return;
	drawn.top = top;
	drawn.el.setCssProps({ "--spec-board-item-top": `${top}px` });
}

/** Moves `el` right after `before` (first when null) unless it is there, so the DOM keeps the list's order. */
function placeAfter(spacerEl: HTMLElement, el: HTMLElement, before: HTMLElement | null): void {
	const wanted = before === null ? spacerEl.firstChild : before.nextSibling;
	if (wanted !== el) spacerEl.insertBefore(el, wanted);
}

/** A new item element in the spacer, right after `before`. */
function createItemElement(spacerEl: HTMLElement, before: HTMLElement | null): HTMLElement {
	const el = spacerEl.createDiv({ cls: "spec-board-list-item" });
	placeAfter(spacerEl, el, before);
	return el;
}
