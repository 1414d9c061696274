// Obsidian's Events (on/off/trigger) and Component (load/unload, registered clean-ups): the base of most of the fake.

/** A subscription handle, as Obsidian's EventRef. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

/** Obsidian's Events: on/off/offref/trigger/tryTrigger. */
export class Events {
	private _handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
		const list = this._handlers.get(name) ?? [];
		list.push(ref);
		this._handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this._handlers.get(name);
		if (list)
			this._handlers.set(
				name,
				list.filter((r) => r.fn !== callback),
			);
	}

	offref(ref: EventRef): void {
		const list = this._handlers.get(ref.name);
		if (list)
			this._handlers.set(
				ref.name,
				list.filter((r) => r !== ref),
			);
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this._handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			fakeErrors.push(error);
		}
	}
}

/** Errors thrown by event handlers (Obsidian logs them; the fake keeps them for assertions). */
export const fakeErrors: unknown[] = [];

/** Obsidian's Component: load/unload lifecycle and registered clean-ups. */
export class Component {
	_loaded = false;
	private _cleanups: (() => unknown)[] = [];
	private _children: Component[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		void this.onload();
		for (const child of this._children) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const child of [...this._children]) child.unload();
		this._children = [];
		for (const cleanup of this._cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		this._children = this._children.filter((c) => c !== component);
		component.unload();
		return component;
	}

	register(cb: () => unknown): void {
		this._cleanups.push(cb);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}

	registerDomEvent(
		el: EventTarget,
		type: string,
		callback: EventListener,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}
