// Obsidian's tooltips in the browser harness: hovering any element shows its nearest `aria-label` in a `.tooltip`
// (the browser shows a `title` natively), as the app does. On iOS, a long press fires no `contextmenu`: the harness
// drops those that follow a touch, so a test cannot open a menu there by a long press either.

/** Installs Obsidian's hover tooltip on the page. */
export function installTooltips(doc: Document = document): void {
	let shown: { owner: Element; el: HTMLElement } | null = null;
	const hide = (): void => {
		shown?.el.remove();
		shown = null;
	};
	doc.addEventListener(
		"mouseover",
		(evt) => {
			const owner = (evt.target as Element | null)?.closest("[aria-label]") ?? null;
			if (owner === shown?.owner) return;
			hide();
			const text = owner?.getAttribute("aria-label") ?? "";
			if (!owner || text === "") return;
			const el = doc.body.createDiv({ cls: "tooltip", text });
			const box = owner.getBoundingClientRect();
			el.setCssProps({ left: `${box.left}px`, top: `${box.bottom + 4}px` });
			shown = { owner, el };
		},
		{ capture: true },
	);
	doc.addEventListener("scroll", hide, { capture: true });
	doc.addEventListener("mousedown", hide, { capture: true });
}

/** Drops `contextmenu` events that follow a touch, as iOS never fires them on a long press. */
export function dropTouchContextMenus(doc: Document = document): void {
	let lastPointer = "mouse";
	doc.addEventListener("pointerdown", (evt) => (lastPointer = evt.pointerType), { capture: true });
	doc.addEventListener(
		"contextmenu",
		(evt) => {
			if (lastPointer !== "touch") return;
			evt.stopImmediatePropagation();
			evt.preventDefault();
		},
		{ capture: true },
	);
}
