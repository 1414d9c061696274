// The fake's DOM side: elements (inert stand-ins when a test runs without a DOM), icons and tooltips.
// Obsidian's prototype helpers (createEl, setText, ...) are installed by ../obsidianDom.ts.
import { installObsidianDom } from "../obsidianDom";

if (typeof document !== "undefined") installObsidianDom();

/** An element stand-in for node test environments: every method exists and returns the stand-in itself. */
function inertElement(): HTMLElement {
	const target = function () {
		return proxy;
	};
	const proxy: HTMLElement = new Proxy(target, {
		get(_t, prop) {
			if (prop === Symbol.toPrimitive) return () => "";
			if (prop === "then") return undefined;
			return proxy;
		},
		set: () => true,
	}) as unknown as HTMLElement;
	return proxy;
}

/** A new element (an inert stand-in when there is no DOM), with a class. */
export function newEl(tag: keyof HTMLElementTagNameMap = "div", cls?: string): HTMLElement {
	if (typeof document === "undefined") return inertElement();
	const el = document.createElement(tag);
	if (cls) el.className = cls;
	return el;
}

/** Outlines of the few Lucide icons the plugin uses, so screenshots of the fake look like Obsidian. */
const ICON_PATHS: Record<string, string[]> = {
	"chevron-right": ["m9 18 6-6-6-6"],
	"chevron-down": ["m6 9 6 6 6-6"],
	"help-circle": ["M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20", "M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3", "M12 17h.01"],
	"alert-triangle": [
		"m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3Z",
		"M12 9v4",
		"M12 17h.01",
	],
	"layout-list": ["M3 3h7v7H3z", "M3 14h7v7H3z", "M14 4h7", "M14 9h7", "M14 15h7", "M14 20h7"],
	"more-vertical": ["M12 4h.01", "M12 12h.01", "M12 20h.01"],
	x: ["M18 6 6 18", "m6 6 12 12"],
};

/** Obsidian's setIcon: the fake adds an svg (drawn for the icons above) with the icon id as data-icon. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	if (typeof document === "undefined") return;
	parent.querySelector(":scope > svg.svg-icon")?.remove();
	const ns = "http://www.w3.org/2000/svg";
	const svg = document.createElementNS(ns, "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	svg.setAttribute("viewBox", "0 0 24 24");
	for (const d of ICON_PATHS[iconId] ?? []) {
		const path = document.createElementNS(ns, "path");
		path.setAttribute("d", d);
		svg.appendChild(path);
	}
	parent.appendChild(svg);
}

/** Obsidian's setTooltip: the tooltip is the element's aria-label. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: unknown): void {
	void options;
	if (typeof document === "undefined") return;
	el.setAttribute("aria-label", tooltip);
}

if (typeof globalThis.requestAnimationFrame !== "function") {
	const g = globalThis as unknown as Record<string, unknown>;
	g.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 16) as unknown as number;
	g.cancelAnimationFrame = (id: number) => clearTimeout(id as unknown as ReturnType<typeof setTimeout>);
}
