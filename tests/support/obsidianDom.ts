// Obsidian's DOM prototype extensions (createEl, setText, addClass, ...) for jsdom tests and the browser harness.
// Obsidian adds these to the DOM at start-up; this installs the same behaviour on whatever `document` exists.

type Attrs = Record<string, string | number | boolean | null>;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function applyInfo(el: HTMLElement, info: ElementInfo | string | undefined): void {
	if (info === undefined) return;
	const o: ElementInfo = typeof info === "string" ? { cls: info } : info;
	if (o.cls !== undefined) {
		const classes = (Array.isArray(o.cls) ? o.cls : o.cls.split(" ")).filter((c) => c !== "");
		if (classes.length > 0) el.classList.add(...classes);
	}
	if (o.text !== undefined) setTextOf(el, o.text);
	if (o.attr) for (const [k, v] of Object.entries(o.attr)) setAttrOf(el, k, v);
	if (o.title !== undefined) el.title = o.title;
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
	if (o.parent) {
		if (o.prepend) o.parent.insertBefore(el, o.parent.firstChild);
		else o.parent.appendChild(el);
	}
}

function setTextOf(el: Element, text: string | DocumentFragment): void {
	if (typeof text === "string") el.textContent = text;
	else {
		el.textContent = "";
		el.appendChild(text);
	}
}

function setAttrOf(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? "" : String(value));
}

/** Installs Obsidian's DOM helpers on the given window (the global one by default); safe to call twice. */
export function installObsidianDom(
	win: Window & typeof globalThis = globalThis as unknown as Window & typeof globalThis,
): void {
	const doc = win.document;
	const nodeProto = win.Node.prototype as unknown as Record<string, unknown>;
	if (nodeProto.__specBoardDom === true) return;
	nodeProto.__specBoardDom = true;
	const elProto = win.Element.prototype as unknown as Record<string, unknown>;
	const htmlProto = win.HTMLElement.prototype as unknown as Record<string, unknown>;
	const svgProto = win.SVGElement.prototype as unknown as Record<string, unknown>;
	const fragProto = win.DocumentFragment.prototype as unknown as Record<string, unknown>;

	function make<K extends keyof HTMLElementTagNameMap>(
		tag: K,
		info?: ElementInfo | string,
		callback?: (el: HTMLElementTagNameMap[K]) => void,
	): HTMLElementTagNameMap[K] {
		const el = doc.createElement(tag);
		applyInfo(el, info);
		callback?.(el);
		return el;
	}

	function createChild(
		this: Node,
		tag: keyof HTMLElementTagNameMap,
		info?: ElementInfo | string,
		callback?: (el: HTMLElement) => void,
	): HTMLElement {
		const o: ElementInfo = typeof info === "string" ? { cls: info } : { ...(info ?? {}) };
		const el = make(tag, { ...o, parent: undefined });
		if (o.prepend) this.insertBefore(el, this.firstChild);
		else this.appendChild(el);
		callback?.(el);
		return el;
	}

	nodeProto.createEl = createChild;
	nodeProto.createDiv = function (this: Node, info?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return createChild.call(this, "div", info, cb);
	};
	nodeProto.createSpan = function (this: Node, info?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return createChild.call(this, "span", info, cb);
	};
	nodeProto.createSvg = function (
		this: Node,
		tag: string,
		info?: { cls?: string | string[]; attr?: Attrs } | string,
	) {
		const el = doc.createElementNS("http://www.w3.org/2000/svg", tag);
		const o = typeof info === "string" ? { cls: info } : (info ?? {});
		if (o.cls) el.classList.add(...(Array.isArray(o.cls) ? o.cls : o.cls.split(" ")).filter((c) => c !== ""));
		if (o.attr) for (const [k, v] of Object.entries(o.attr)) setAttrOf(el, k, v);
		this.appendChild(el);
		return el;
	};
	nodeProto.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	nodeProto.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	nodeProto.appendText = function (this: Node, text: string) {
		this.appendChild(doc.createTextNode(text));
	};
	nodeProto.indexOf = function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	};
	nodeProto.setChildrenInPlace = function (this: Node, children: Node[]) {
		while (this.firstChild) this.removeChild(this.firstChild);
		for (const child of children) this.appendChild(child);
	};
	nodeProto.insertAfter = function <T extends Node>(this: Node, node: T, child: Node | null): T {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	};
	nodeProto.instanceOf = function (this: Node, type: new () => unknown) {
		return this instanceof type;
	};
	Object.defineProperty(nodeProto, "doc", { configurable: true, get: () => doc });
	Object.defineProperty(nodeProto, "win", { configurable: true, get: () => win });

	elProto.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	elProto.setText = function (this: Element, text: string | DocumentFragment) {
		setTextOf(this, text);
	};
	elProto.addClass = function (this: Element, ...classes: string[]) {
		this.classList.add(...classes.filter((c) => c !== ""));
	};
	elProto.addClasses = function (this: Element, classes: string[]) {
		this.classList.add(...classes.filter((c) => c !== ""));
	};
	elProto.removeClass = function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	};
	elProto.removeClasses = function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	};
	elProto.toggleClass = function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	};
	elProto.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	elProto.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		setAttrOf(this, name, value);
	};
	elProto.setAttrs = function (this: Element, attrs: Attrs) {
		for (const [k, v] of Object.entries(attrs)) setAttrOf(this, k, v);
	};
	elProto.getAttr = function (this: Element, name: string) {
		return this.getAttribute(name);
	};
	elProto.matchParent = function (this: Element, selector: string, lastParent?: Element) {
		const found = this.closest(selector);
		return found && (!lastParent || (lastParent.contains(found) && found !== lastParent)) ? found : null;
	};
	elProto.find = function (this: Element, selector: string) {
		return this.querySelector(selector);
	};
	elProto.findAll = function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	elProto.isActiveElement = function (this: Element) {
		return doc.activeElement === this;
	};
	fragProto.find = function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	};
	fragProto.findAll = function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};

	// Obsidian hides with an inline `display: none` (which beats any stylesheet); `hidden` is set too, for tests to read.
	htmlProto.show = function (this: HTMLElement) {
		this.hidden = false;
		this.style.removeProperty("display");
	};
	htmlProto.hide = function (this: HTMLElement) {
		this.hidden = true;
		setCssProps.call(this, { display: "none" });
	};
	htmlProto.toggle = function (this: HTMLElement, show: boolean) {
		if (show) (this as HTMLElement & { show(): void }).show();
		else (this as HTMLElement & { hide(): void }).hide();
	};
	htmlProto.toggleVisibility = function (this: HTMLElement, visible: boolean) {
		this.classList.toggle("spec-board-fake-invisible", !visible);
	};
	// As in Obsidian (obsidian.d.ts), an element is shown only when attached and neither it nor any ancestor is
	// hidden with display: none, by any means: a hidden sidebar tab hides the leaf around the view, not the view.
	const shownUp = (start: HTMLElement): boolean => {
		for (let el: HTMLElement | null = start; el !== null; el = el.parentElement)
			if (el.hidden || el.style.display === "none" || win.getComputedStyle(el).display === "none") return false;
		return true;
	};
	htmlProto.isShown = function (this: HTMLElement) {
		return this.isConnected && shownUp(this);
	};
	const setCssProps = function (this: HTMLElement | SVGElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	};
	const setCssStyles = function (this: HTMLElement | SVGElement, styles: Record<string, string>) {
		Object.assign(this.style, styles);
	};
	htmlProto.setCssProps = setCssProps;
	htmlProto.setCssStyles = setCssStyles;
	svgProto.setCssProps = setCssProps;
	svgProto.setCssStyles = setCssStyles;
	htmlProto.onClickEvent = function (
		this: HTMLElement,
		listener: (ev: MouseEvent) => unknown,
		options?: boolean | AddEventListenerOptions,
	) {
		this.addEventListener("click", listener, options);
		this.addEventListener("auxclick", listener, options);
	};
	htmlProto.trigger = function (this: HTMLElement, type: string) {
		this.dispatchEvent(new win.Event(type, { bubbles: true, cancelable: true }));
	};
	htmlProto.on = function (
		this: HTMLElement,
		type: string,
		selector: string,
		listener: (ev: Event, target: HTMLElement) => unknown,
		options?: boolean | AddEventListenerOptions,
	) {
		this.addEventListener(
			type,
			(ev) => {
				const target = (ev.target as Element | null)?.closest(selector);
				if (target && this.contains(target)) listener.call(this, ev, target as HTMLElement);
			},
			options,
		);
	};
	Object.defineProperty(htmlProto, "innerWidth", {
		configurable: true,
		get(this: HTMLElement) {
			return this.clientWidth;
		},
	});
	Object.defineProperty(htmlProto, "innerHeight", {
		configurable: true,
		get(this: HTMLElement) {
			return this.clientHeight;
		},
	});

	const g = win as unknown as Record<string, unknown>;
	g.createEl = make;
	g.createDiv = (info?: ElementInfo | string, cb?: (el: HTMLElement) => void) => make("div", info, cb);
	g.createSpan = (info?: ElementInfo | string, cb?: (el: HTMLElement) => void) => make("span", info, cb);
	g.createFragment = (cb?: (frag: DocumentFragment) => void) => {
		const frag = doc.createDocumentFragment();
		cb?.(frag);
		return frag;
	};
	g.activeDocument = doc;
	g.activeWindow = win;
	g.fish = (selector: string) => doc.querySelector(selector);
	g.fishAll = (selector: string) => Array.from(doc.querySelectorAll(selector));
	if (typeof g.requestAnimationFrame !== "function") {
		g.requestAnimationFrame = (cb: (t: number) => void) => win.setTimeout(() => cb(Date.now()), 16);
		g.cancelAnimationFrame = (id: number) => win.clearTimeout(id);
	}
}
