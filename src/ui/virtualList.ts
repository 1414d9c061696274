// A virtualised list: only the items in view (plus a margin) exist in the DOM. Items have a known height,
// except those marked for measuring (expanded rows), whose height is read once rendered.

/** How the list draws its items. */
export interface VirtualListOptions<T> {
	/** A stable key per item (the DOM element is kept while the key stays in view). */
	keyOf(item: T): string;
	/** The item's height in pixels before it is measured. */
	heightOf(item: T): number;
	/** Whether the item's real height must be measured after rendering (its content wraps). */
	measure(item: T): boolean;
	/** Fills a fresh element for the item. */
	render(item: T, el: HTMLElement, index: number): void;
	/** Pixels rendered above and below the viewport. */
	margin: number;
}

/** Viewport height used when the element has none yet (hidden, or a test DOM without layout). */
const FALLBACK_VIEWPORT = 800;

/** A list inside a scrolling element; call `setItems` when the data changes and `update` on scroll or resize. */
export class VirtualList<T> {
	private items: readonly T[] = [];
	private offsets: number[] = [0];
	private readonly measured = new Map<string, number>();
	private readonly rendered = new Map<string, { el: HTMLElement; index: number }>();
	private readonly spacerEl: HTMLElement;

	/** A list drawing into `scrollEl` (which scrolls) with the given options. */
	constructor(private readonly scrollEl: HTMLElement, private readonly options: VirtualListOptions<T>) {
		this.spacerEl = scrollEl.createDiv({ cls: "spec-board-list-spacer" });
	}

	/** Replaces the items; every rendered element is rebuilt on the next update. */
	setItems(items: readonly T[]): void {
		this.items = items;
		for (const { el } of this.rendered.values()) el.remove();
		this.rendered.clear();
		this.layout();
	}

	/** How many items the list holds. */
	get length(): number {
		return this.items.length;
	}

	/** The item at an index. */
	itemAt(index: number): T | undefined {
		return this.items[index];
	}

	/** How many item elements are in the DOM now. */
	get renderedCount(): number {
		return this.rendered.size;
	}

	/** The element of a rendered item, by index. */
	elementAt(index: number): HTMLElement | undefined {
		const item = this.items[index];
		return item === undefined ? undefined : this.rendered.get(this.options.keyOf(item))?.el;
	}

	private heightAt(index: number): number {
		const item = this.items[index];
		if (this.measured.size > 0 && this.options.measure(item)) {
			const measured = this.measured.get(this.options.keyOf(item));
			if (measured !== undefined) return measured;
		}
		return this.options.heightOf(item);
	}

	private layout(): void {
		const offsets = new Array<number>(this.items.length + 1);
		offsets[0] = 0;
		for (let i = 0; i < this.items.length; i++) offsets[i + 1] = offsets[i] + this.heightAt(i);
		this.offsets = offsets;
		this.spacerEl.setCssProps({ "--spec-board-list-height": `${offsets[this.items.length]}px` });
	}

	/** The first index whose bottom is below `y`. */
	private indexAt(y: number): number {
		let lo = 0;
		let hi = this.items.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.offsets[mid + 1] <= y) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Renders the items in view and drops the others; measures new items that need it. Returns whether heights changed. */
	update(): boolean {
		const viewport = this.scrollEl.clientHeight > 0 ? this.scrollEl.clientHeight : FALLBACK_VIEWPORT;
		const top = Math.max(0, this.scrollEl.scrollTop - this.options.margin);
		const bottom = this.scrollEl.scrollTop + viewport + this.options.margin;
		const first = this.indexAt(top);
		const wanted = new Set<string>();
		const toMeasure: { key: string; el: HTMLElement }[] = [];
		for (let i = first; i < this.items.length && this.offsets[i] < bottom; i++) {
			const item = this.items[i];
			const key = this.options.keyOf(item);
			wanted.add(key);
			let entry = this.rendered.get(key);
			if (!entry) {
				const el = this.spacerEl.createDiv({ cls: "spec-board-list-item" });
				this.options.render(item, el, i);
				entry = { el, index: i };
				this.rendered.set(key, entry);
				if (this.options.measure(item)) toMeasure.push({ key, el });
			}
			entry.index = i;
			entry.el.setCssProps({ "--spec-board-item-top": `${this.offsets[i]}px` });
		}
		for (const [key, { el }] of this.rendered) {
			if (!wanted.has(key)) {
				el.remove();
				this.rendered.delete(key);
			}
		}
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
			for (const entry of this.rendered.values()) entry.el.setCssProps({ "--spec-board-item-top": `${this.offsets[entry.index]}px` });
		}
		return changed;
	}

	/** Forgets a measured height (the item's content changed). */
	forgetHeight(key: string): void {
		this.measured.delete(key);
	}

	/** Scrolls so the item at `index` is fully in view. */
	scrollIntoView(index: number): void {
		if (index < 0 || index >= this.items.length) return;
		const top = this.offsets[index];
		const bottom = this.offsets[index + 1];
		const viewport = this.scrollEl.clientHeight > 0 ? this.scrollEl.clientHeight : FALLBACK_VIEWPORT;
		if (top < this.scrollEl.scrollTop) this.scrollEl.scrollTop = top;
		else if (bottom > this.scrollEl.scrollTop + viewport) this.scrollEl.scrollTop = bottom - viewport;
	}
}
