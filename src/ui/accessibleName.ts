// Accessible names that show no tooltip. Obsidian shows a hovered element's nearest `aria-label` as a tooltip, so rows
// and containers are named by visually hidden text through `aria-labelledby`; aria-label stays on icon-only controls.

/** A document-unique id for a hidden name. */
function freshId(doc: Document): string {
	let id = "";
	do id = `spec-board-name-${Math.random().toString(36).slice(2, 10)}`;
	while (doc.getElementById(id) !== null);
	return id;
}

/** Names `el` by `text` in a visually hidden span inside it (`aria-labelledby`): read by screen readers, never hovered. */
export function nameByHiddenText(el: HTMLElement, text: string): HTMLElement {
	const id = freshId(el.ownerDocument);
	const label = el.createSpan({ cls: "spec-board-visually-hidden", text, attr: { id } });
	el.setAttr("aria-labelledby", id);
	return label;
}
