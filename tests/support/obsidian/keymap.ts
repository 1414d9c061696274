// Obsidian's Keymap and Scope: the newest pushed scope (an open modal or suggest popover) sees keys first.

/** Obsidian's Keymap (static helpers only). */
export class Keymap {
	static isModifier(
		evt: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean },
		modifier: "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt",
	): boolean {
		if (modifier === "Mod") return evt.ctrlKey === true || evt.metaKey === true;
		if (modifier === "Ctrl") return evt.ctrlKey === true;
		if (modifier === "Meta") return evt.metaKey === true;
		if (modifier === "Shift") return evt.shiftKey === true;
		return evt.altKey === true;
	}

	static isModEvent(
		evt?: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean; button?: number } | null,
	): boolean | "tab" | "split" | "window" {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || evt.button === 1) return "tab";
		return false;
	}

	/** Keyboard scopes pushed by open modals and suggest popovers, newest last. */
	scopes: Scope[] = [];

	pushScope(scope: Scope): void {
		this.popScope(scope);
		this.scopes.push(scope);
	}

	popScope(scope: Scope): void {
		this.scopes = this.scopes.filter((s) => s !== scope);
	}

	/**
	 * Test helper: runs the newest scope's handler for a key, as Obsidian's keymap does before the focused element sees
	 * the key (a handler returning false prevents the default). True when a handler ran. Only the browser harness
	 * routes real key events here (see `listenForKeys` in fakeApp.ts); jest tests dispatch keys to elements directly.
	 */
	handleKey(evt: KeyboardEvent): boolean {
		const scope = this.scopes[this.scopes.length - 1];
		const handler = scope?.handlers.find((h) => scopeKeyMatches(h, evt));
		if (!handler) return false;
		if (handler.func(evt, { key: evt.key, modifiers: null }) === false) evt.preventDefault();
		return true;
	}
}

/** Whether a scope handler is for this key: same key (case-insensitive), and the same modifiers unless it takes any. */
function scopeKeyMatches(handler: Scope["handlers"][number], evt: KeyboardEvent): boolean {
	if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase()) return false;
	if (handler.modifiers === null || handler.modifiers === undefined) return true;
	const wanted = new Set(handler.modifiers as string[]);
	const mod = evt.ctrlKey || evt.metaKey;
	return wanted.has("Mod") === mod && wanted.has("Shift") === evt.shiftKey && wanted.has("Alt") === evt.altKey;
}

/** A keyboard scope (handlers are recorded, not run). */
export class Scope {
	handlers: { modifiers: unknown; key: string | null; func: (...args: unknown[]) => unknown }[] = [];

	constructor(parent?: Scope) {
		void parent;
	}

	register(modifiers: unknown, key: string | null, func: (...args: unknown[]) => unknown): unknown {
		const handler = { modifiers, key, func };
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: unknown): void {
		this.handlers = this.handlers.filter((h) => h !== handler);
	}
}
