// An in-memory stand-in for Obsidian's Bases API (1.10+), shaped on node_modules/obsidian/obsidian.d.ts: BasesView,
// BasesViewConfig, BasesQueryResult, BasesEntry, BasesEntryGroup, QueryController and the view registration.
// tests/support/obsidianModule.ts re-exports it with the fake, so `import { BasesView } from "obsidian"` gets these classes in tests.
//
// As strict as the app, never kinder:
// - `app`, `config` and `data` are set on a view only after its factory returned (the constructor gets the controller);
// - every update replaces `data` with a new result whose BasesEntry objects are all new;
// - `config.get` returns what the `.base` file stores, or undefined: an option's default is NOT filled in;
// - the vault's changes update the base at once, one update per change (the app may batch; a view must cope with both).
import type {
	BasesAllOptions,
	BasesPropertyId,
	BasesSortConfig,
	BasesViewRegistration,
	CliFlags,
	CliHandler,
} from "obsidian";
import { App, Component, normalizePath, Plugin, TFile, type EventRef } from "./obsidianFake";

// ---------------------------------------------------------------------------------------------- registrations

/** A command of the app's command line, as a plugin registered it. */
export interface FakeCliCommand {
	description: string;
	flags: CliFlags | null;
	handler: CliHandler;
}

/** What an app knows of Bases views and command-line commands that plugins registered. */
export interface FakeAppRegistrations {
	/** Bases view types by id. */
	basesViews: Map<string, BasesViewRegistration>;
	/** Whether the Bases core plugin is on in this vault (registerBasesView returns false when not). */
	basesEnabled: boolean;
	/** The app's command-line commands by id (ids are global). */
	cliCommands: Map<string, FakeCliCommand>;
}

const registrationsByApp = new WeakMap<App, FakeAppRegistrations>();

/** Test helper: the Bases views and command-line commands registered on an app (Bases on unless a test turns it off). */
export function registrationsOf(app: App): FakeAppRegistrations {
	let found = registrationsByApp.get(app);
	if (found === undefined) {
		found = { basesViews: new Map(), basesEnabled: true, cliCommands: new Map() };
		registrationsByApp.set(app, found);
	}
	return found;
}

// Plugin's methods of Obsidian 1.10 and 1.12.2, given to the fake Plugin here so the whole Bases double is this file.
// A test of an older app takes them off its plugin instance (an older app's Plugin has no such methods).
declare module "./obsidianFake" {
	interface Plugin {
		/** Obsidian 1.10: a Bases view type; false when Bases is off in the vault; a taken id throws. */
		registerBasesView(viewId: string, registration: BasesViewRegistration): boolean;
		/** Obsidian 1.12.2: a command of the app's command line; ids are global, a taken id throws. */
		registerCliHandler(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void;
	}
}

Plugin.prototype.registerBasesView = function (
	this: Plugin,
	viewId: string,
	registration: BasesViewRegistration,
): boolean {
	const registrations = registrationsOf(this.app);
	if (!registrations.basesEnabled) return false;
	if (registrations.basesViews.has(viewId))
		throw new Error(`Attempting to register an existing Bases view "${viewId}"`);
	registrations.basesViews.set(viewId, registration);
	this.register(() => registrations.basesViews.delete(viewId));
	return true;
};

Plugin.prototype.registerCliHandler = function (
	this: Plugin,
	command: string,
	description: string,
	flags: CliFlags | null,
	handler: CliHandler,
): void {
	const registrations = registrationsOf(this.app);
	if (registrations.cliCommands.has(command)) throw new Error(`CLI command "${command}" is already registered`);
	registrations.cliCommands.set(command, { description, flags, handler });
	this.register(() => registrations.cliCommands.delete(command));
};

// ---------------------------------------------------------------------------------------------- the Bases API

/** A value of the Bases expression language (the fake's values are text or empty). */
export abstract class Value {
	/** The value as text. */
	abstract toString(): string;
	/** Whether the value counts as true in a filter. */
	abstract isTruthy(): boolean;
}

/** A non-empty value (text, number or list as written in the frontmatter). */
class FakeTextValue extends Value {
	constructor(private readonly text: string) {
		super();
	}
	toString(): string {
		return this.text;
	}
	isTruthy(): boolean {
		return this.text !== "";
	}
}

/** Responsible for executing the query; the fake's controller only carries the base's state for its views. */
export class QueryController extends Component {
	/** Test helper: the base this controller runs. */
	readonly base: FakeBase;
	constructor(base: FakeBase) {
		super();
		this.base = base;
	}
}

/** One row of a base: a file, and its property values. */
export class BasesEntry {
	file: TFile;
	private readonly app: App;
	constructor(app: App, file: TFile) {
		this.app = app;
		this.file = file;
	}

	/** The value of `file.*` or `note.*` (frontmatter) for this entry; null when it has none. */
	getValue(propertyId: BasesPropertyId): Value | null {
		const dot = propertyId.indexOf(".");
		const type = propertyId.slice(0, dot);
		const name = propertyId.slice(dot + 1);
		if (type === "file") {
			const file: Record<string, unknown> = {
				name: this.file.basename,
				path: this.file.path,
				ext: this.file.extension,
				folder: this.file.parent?.path ?? "",
			};
			return name in file ? new FakeTextValue(String(file[name])) : null;
		}
		if (type === "note") {
			const value = (this.app.metadataCache.getFileCache(this.file)?.frontmatter as Record<string, unknown>)?.[
				name
			];
			if (value === undefined || value === null) return null;
			const text = (v: unknown): string =>
				typeof v === "string" || typeof v === "number" || typeof v === "boolean"
					? String(v)
					: JSON.stringify(v);
			return new FakeTextValue(Array.isArray(value) ? value.map(text).join(", ") : text(value));
		}
		return null;
	}
}

/** The entries that share a value of the groupBy property. */
export class BasesEntryGroup {
	key?: Value;
	entries: BasesEntry[];
	constructor(entries: BasesEntry[], key?: Value) {
		this.entries = entries;
		this.key = key;
	}
	hasKey(): boolean {
		return this.key !== undefined;
	}
}

/** The result of running the query: the entries, filtered, sorted and limited. */
export class BasesQueryResult {
	data: BasesEntry[];
	private readonly propertyIds: BasesPropertyId[];
	constructor(data: BasesEntry[], properties: BasesPropertyId[]) {
		this.data = data;
		this.propertyIds = properties;
	}
	/** One group without a key: the fake base has no groupBy. */
	get groupedData(): BasesEntryGroup[] {
		return [new BasesEntryGroup(this.data)];
	}
	get properties(): BasesPropertyId[] {
		return [...this.propertyIds];
	}
	getSummaryValue(): Value {
		throw new Error("The Bases fake does not compute summaries.");
	}
}

/** One view's entry in the `.base` file: its name and the options stored with it. */
export class BasesViewConfig {
	name: string;
	/** Test helper: the options as the `.base` file stores them. */
	readonly stored: Record<string, unknown>;
	private readonly order: BasesPropertyId[];
	private readonly sort: BasesSortConfig[];
	constructor(name: string, stored: Record<string, unknown>, order: BasesPropertyId[], sort: BasesSortConfig[]) {
		this.name = name;
		this.stored = stored;
		this.order = order;
		this.sort = sort;
	}
	/** The stored value, or undefined: the registration's defaults are not filled in. */
	get(key: string): unknown {
		return this.stored[key];
	}
	getAsPropertyId(key: string): BasesPropertyId | null {
		const value = this.stored[key];
		return typeof value === "string" && /^(note|file|formula)\./.test(value) ? (value as BasesPropertyId) : null;
	}
	getEvaluatedFormula(): Value {
		throw new Error("The Bases fake does not evaluate formulas.");
	}
	set(key: string, value: unknown): void {
		if (value === null) delete this.stored[key];
		else this.stored[key] = value;
	}
	getOrder(): BasesPropertyId[] {
		return [...this.order];
	}
	getSort(): BasesSortConfig[] {
		return this.sort.map((s) => ({ ...s }));
	}
	getDisplayName(propertyId: BasesPropertyId): string {
		return propertyId.slice(propertyId.indexOf(".") + 1);
	}
}

/** What a plugin's Bases view extends. */
export abstract class BasesView extends Component {
	abstract type: string;
	app!: App;
	config!: BasesViewConfig;
	allProperties: BasesPropertyId[] = [];
	data!: BasesQueryResult;
	/** The controller, kept private as the app keeps it. */
	private readonly controller: QueryController;

	protected constructor(controller: QueryController) {
		super();
		this.controller = controller;
	}

	abstract onDataUpdated(): void;

	/**
	 * The app's "New": creates a note named `baseFileName` (default "Untitled", numbered when taken) in the base's
	 * new-file folder, with the frontmatter its filters imply, then `frontmatterProcessor`'s changes. The app then shows
	 * the new note in a popover; the fake only records it. Resolves with nothing, as the app does.
	 */
	async createFileForView(
		baseFileName?: string,
		frontmatterProcessor?: (frontmatter: Record<string, unknown>) => void,
	): Promise<void> {
		const base = this.controller.base;
		const frontmatter: Record<string, unknown> = JSON.parse(JSON.stringify(base.newFileFrontmatter)) as Record<
			string,
			unknown
		>;
		frontmatterProcessor?.(frontmatter);
		const name = baseFileName ?? "Untitled";
		const folder = base.newFileFolder;
		let path = "";
		for (let n = 0; n < 1000; n++) {
			path = normalizePath(`${folder === "" ? "" : `${folder}/`}${n === 0 ? name : `${name} ${n}`}.md`);
			if (this.controller.base.app.vault.getAbstractFileByPath(path) === null) break;
		}
		const text = Object.keys(frontmatter).length > 0 ? `---\n${frontmatterYaml(frontmatter)}---\n` : "";
		const file = await base.app.vault.create(path, text);
		base.createdFiles.push(file.path);
	}
}

/** A scalar as the app writes it in YAML: plain when that reads back the same, else double-quoted. */
function yamlScalar(value: unknown): string {
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	const text = typeof value === "string" ? value : JSON.stringify(value);
	return /^[\p{L}\p{N}][\p{L}\p{N} _./-]*$/u.test(text) &&
		!/^(true|false|null|yes|no|~)$/i.test(text) &&
		!/\s$/.test(text) &&
		Number.isNaN(Number(text))
		? text
		: JSON.stringify(text);
}

/** Frontmatter as the app's "New" writes it: one key a line, lists as items. */
function frontmatterYaml(frontmatter: Record<string, unknown>): string {
	let yaml = "";
	for (const [key, value] of Object.entries(frontmatter)) {
		if (Array.isArray(value)) yaml += `${key}:\n${value.map((item) => `  - ${yamlScalar(item)}\n`).join("")}`;
		else yaml += `${key}: ${value === null ? "" : yamlScalar(value)}\n`;
	}
	return yaml;
}

/** How a fake base is set up: which files it holds and in what order, and what its view stores. */
export interface FakeBaseOptions {
	/** The base's filters, as a predicate over files (default: Markdown files). */
	filter?: (file: TFile) => boolean;
	/** The base's sort (default: by path). */
	sort?: (a: TFile, b: TFile) => number;
	/** The base's limit, if any. */
	limit?: number;
	/** The view's name. */
	name?: string;
	/** The options stored with the view in the `.base` file. */
	stored?: Record<string, unknown>;
	/** The properties the view shows. */
	order?: BasesPropertyId[];
	/** Where "New" puts new notes ("" for the vault root). */
	newFileFolder?: string;
	/** The frontmatter "New" derives from the base's filters. */
	newFileFrontmatter?: Record<string, unknown>;
	/** Where the view's container goes (default: the document's body). */
	parentEl?: HTMLElement;
}

/**
 * A base open in the app, showing one view of a registered type: runs the query, creates the view through the
 * registration's factory, and updates it on every change of the vault (and on `update()`).
 */
export class FakeBase {
	readonly app: App;
	/** The container below the toolbar, given to the factory. */
	readonly containerEl: HTMLElement;
	readonly controller: QueryController;
	readonly view: BasesView;
	readonly config: BasesViewConfig;
	readonly newFileFolder: string;
	readonly newFileFrontmatter: Record<string, unknown>;
	/** Test helper: paths of the notes "New" created. */
	readonly createdFiles: string[] = [];
	/** Test helper: how many results the base has handed to its view. */
	updates = 0;
	private readonly options: FakeBaseOptions;
	private readonly refs: EventRef[] = [];

	constructor(app: App, registration: BasesViewRegistration, options: FakeBaseOptions = {}) {
		this.app = app;
		this.options = options;
		this.newFileFolder = options.newFileFolder ?? "";
		this.newFileFrontmatter = options.newFileFrontmatter ?? {};
		this.containerEl = (options.parentEl ?? document.body).createDiv({ cls: "bases-view" });
		this.controller = new QueryController(this);
		this.config = new BasesViewConfig(
			options.name ?? "View",
			{ ...(options.stored ?? {}) },
			options.order ?? ["file.name"],
			[],
		);
		const view = registration.factory(
			this.controller as unknown as Parameters<BasesViewRegistration["factory"]>[0],
			this.containerEl,
		) as unknown as BasesView;
		// The app sets these after the factory returned: a constructor that reads them finds nothing.
		view.app = app;
		view.config = this.config;
		view.allProperties = ["file.name", "file.path"];
		this.view = view;
		this.controller.addChild(view);
		this.controller.load();
		this.update();
		const vault = app.vault;
		const cache = app.metadataCache;
		this.refs.push(
			cache.on("changed", () => this.update()),
			cache.on("deleted", () => this.update()),
			vault.on("rename", () => this.update()),
		);
	}

	/** The registration's options for this view's config (what the view menu shows). */
	static optionsOf(registration: BasesViewRegistration, config: BasesViewConfig): BasesAllOptions[] {
		return (
			registration.options?.(config as unknown as Parameters<NonNullable<BasesViewRegistration["options"]>>[0]) ??
			[]
		);
	}

	/** Runs the query again: new result, new entries, then the view's onDataUpdated. */
	update(): void {
		const filter = this.options.filter ?? ((file: TFile) => file.extension === "md");
		const sort = this.options.sort ?? ((a: TFile, b: TFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		let files = this.app.vault.getFiles().filter(filter).sort(sort);
		if (this.options.limit !== undefined) files = files.slice(0, this.options.limit);
		this.view.data = new BasesQueryResult(
			files.map((file) => new BasesEntry(this.app, file)),
			this.config.getOrder(),
		);
		this.updates++;
		this.view.onDataUpdated();
	}

	/** The person changed a view option in the view menu: it is stored, and the view gets a new result. */
	setOption(key: string, value: unknown): void {
		this.config.set(key, value);
		this.update();
	}

	/** The base is closed: the view is unloaded and the base stops following the vault. */
	close(): void {
		for (const ref of this.refs) ref.e.offref(ref);
		this.controller.unload();
		this.containerEl.remove();
	}
}
