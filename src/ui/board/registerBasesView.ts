// The "Spec board" view type for Obsidian's Bases (1.10.2+), registered only where the app has the API: Spec Board still
// loads on 1.7.2. The view class is made inside the feature check, because `BasesView` does not exist in older apps
// (a class extending it at the top of a module would stop the plugin from loading there).
import {
	BasesView,
	requireApiVersion,
	type BasesAllOptions,
	type HoverPopover,
	type Plugin,
	type QueryController,
} from "obsidian";
import { SPEC_BASES_OPTION_KEYS, SPEC_BASES_VIEW_TYPE } from "../../core/board/specBase";
import type { SpecBoardSettings } from "../../core/settings/settings";
import { createSpecThroughBase } from "../../obsidian/basesSpecCreator";
import { loadTemplateLibrary, noticeLibraryProblems } from "../../obsidian/templateLibrary";
import type { BoardActions } from "./boardActions";
import { BasesBoard, basesBoardOptions, type SpecLookup } from "./basesBoard";
import { TemplatePickerModal } from "../pickers/templatePickerModal";

/** What the view needs from the plugin. */
export interface SpecBasesViewDeps {
	/** The plugin's live index of specs. */
	index: SpecLookup;
	/** Set status / set priority for a row's note (the commands' implementations). */
	actions: BoardActions;
	/** The settings as they are now. */
	getSettings(): SpecBoardSettings;
	/** The clock for new specs' dates and the ages (tests fix it; the system clock without it). */
	now?(): Date;
	/** Runs a callback at the next animation frame (tests pass a manual queue). */
	scheduleFrame?: (callback: () => void) => void;
}

/** The view's options in the view menu; Bases stores their values in the `.base` file. */
export function specBasesViewOptions(): BasesAllOptions[] {
	return [
		{
			type: "dropdown",
			key: SPEC_BASES_OPTION_KEYS.groupBy,
			displayName: "Group by",
			default: "status",
			options: { status: "Status", priority: "Priority", domain: "Domain", tag: "Tag" },
		},
		{
			type: "toggle",
			key: SPEC_BASES_OPTION_KEYS.showQuestions,
			displayName: "Show open questions",
			default: false,
		},
		{ type: "toggle", key: SPEC_BASES_OPTION_KEYS.showCounts, displayName: "Show counts", default: true },
	];
}

/**
 * Registers the Spec board view type with Bases when the app has the API (1.10.2: views, options and "New");
 * returns whether it did (false on older apps, and where Bases is turned off in the vault).
 */
export function registerSpecBasesView(plugin: Plugin, deps: SpecBasesViewDeps): boolean {
	if (requireApiVersion("1.10.2") && typeof plugin.registerBasesView === "function") {
		const app = plugin.app;

		/** A base's Spec board: the base's entries as the sidebar board shows specs. */
		class SpecBasesView extends BasesView {
			readonly type = SPEC_BASES_VIEW_TYPE;
			hoverPopover: HoverPopover | null = null;
			private readonly board: BasesBoard;

			constructor(controller: QueryController, containerEl: HTMLElement) {
				super(controller);
				// `app`, `config` and `data` are set by Bases after this constructor: they are read at each render only.
				this.board = this.addChild(
					new BasesBoard(containerEl, {
						app,
						index: deps.index,
						actions: deps.actions,
						specTag: () => deps.getSettings().specTag,
						review: {
							author: () => deps.getSettings().author,
							staleAfterDays: () => deps.getSettings().staleAfterDays,
							now: () => deps.now?.() ?? new Date(),
						},
						entryPaths: () => this.entryPaths(),
						options: () => basesBoardOptions((key) => this.config?.get(key)),
						newSpec: () => void this.createFileForView(),
						hoverParent: this,
						scheduleFrame: deps.scheduleFrame,
					}),
				);
			}

			/** Bases has a new result (entries are new objects each time): the board redraws at the next frame. */
			onDataUpdated(): void {
				this.board.requestRender();
			}

			/** The paths of the current entries; neither the result nor its entries are kept. */
			private entryPaths(): string[] {
				const result = this.data as typeof this.data | undefined;
				return result ? result.data.map((entry) => entry.file.path) : [];
			}

			/**
			 * The base's "New" (the toolbar's button calls it too): a template from the create form's list, then the app's
			 * own flow makes the note (matching the base's filters) and the template is merged into it.
			 */
			override async createFileForView(
				baseFileName?: string,
				frontmatterProcessor?: (frontmatter: Record<string, unknown>) => void,
			): Promise<void> {
				const library = await loadTemplateLibrary(app, deps.getSettings().templatesFolder);
				noticeLibraryProblems(library);
				const create = (name?: string, processor?: (frontmatter: Record<string, unknown>) => void) =>
					super.createFileForView(name, processor);
				new TemplatePickerModal(
					app,
					library.templates,
					(template) =>
						void createSpecThroughBase(
							app,
							create,
							template,
							deps.getSettings(),
							(deps.now ?? (() => new Date()))(),
							baseFileName,
							frontmatterProcessor,
						),
					"Choose a template for the new spec",
				).open();
			}
		}

		try {
			return plugin.registerBasesView(SPEC_BASES_VIEW_TYPE, {
				name: "Spec board",
				icon: "layout-list",
				factory: (controller, containerEl) => new SpecBasesView(controller, containerEl),
				options: () => specBasesViewOptions(),
			});
		} catch {
			// The view type is taken: the plugin works on without it rather than fail to load.
			return false;
		}
	}
	return false;
}
