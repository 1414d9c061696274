/** @jest-environment jsdom */
// The board as the team's daily page: the compact summary (attention line, stacked bars, folding), sign-off and age on
// rows, question checkboxes that write the note, the personal filters, and an empty vault with nothing but the message.
import type { TFile, WorkspaceLeaf } from "obsidian";
import { emptyFilter } from "../../../src/core/board/filter";
import * as ageing from "../../../src/core/board/ageing";
import { defaultStaleAfterDays } from "../../../src/core/board/ageing";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import type { BoardState } from "../../../src/core/settings/settings";
import type { OpenQuestion } from "../../../src/core/model/specNote";
import { SpecIndex } from "../../../src/obsidian/specIndex";
import { checkOpenQuestion } from "../../../src/obsidian/reviewEdits";
import { BoardView } from "../../../src/ui/board/boardView";
import { NoteAges } from "../../../src/ui/board/boardReview";
import {
	asObsidianApp,
	createIndexedApp,
	fileAt,
	frameQueue,
	resetFakeRecords,
	shownMenus,
} from "../../support/fakeApp";
import { specNoteWith } from "../../support/specNotes";
import type { App } from "../../support/obsidianFake";
import { noBoardActions } from "../../support/boardActions";

const NOW = new Date("2026-03-24T10:00:00Z");

const FILES: Record<string, string> = {
	"Specs/retry.md": [
		"---",
		"title: Retry queue",
		"status: in review",
		"reviewers: [Alice, Dana]",
		"approved-by: [Alice]",
		"updated: 2026-03-01",
		"tags: [spec]",
		"---",
		"# Retry queue",
		"",
		"## Open questions",
		"- [ ] Which queue? @dana",
		"- [ ] How many retries? (owner: Alice)",
		"",
	].join("\n"),
	"Specs/export.md": [
		"---",
		"title: Bulk export",
		"status: approved",
		"owner: Dana",
		"reviewers: [Bob]",
		"updated: 2026-03-20",
		"tags: [spec]",
		"---",
		"# Bulk export",
		"",
	].join("\n"),
	"Specs/odd.md": ["---", "title: Odd one", "status: pondering", "tags: [spec]", "---", "# Odd one", ""].join("\n"),
};

interface Harness {
	app: App;
	view: BoardView;
	root: HTMLElement;
	frames: ReturnType<typeof frameQueue>;
	saved: BoardState[];
	index: SpecIndex;
	checks: [string, OpenQuestion][];
}

async function openBoard(
	options: {
		files?: Record<string, string>;
		state?: Partial<BoardState>;
		author?: () => string;
		write?: boolean;
	} = {},
): Promise<Harness> {
	resetFakeRecords();
	const app = await createIndexedApp({ files: options.files ?? FILES });
	const o = asObsidianApp(app);
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		defaultReadOptions(),
	);
	index.start(() => undefined);
	await index.whenSettled();
	const frames = frameQueue();
	const saved: BoardState[] = [];
	const checks: [string, OpenQuestion][] = [];
	const state: BoardState = {
		filter: emptyFilter(),
		groupBy: "status",
		collapsedGroups: [],
		summaryFolded: false,
		...options.state,
	};
	const leaf = app.workspace.getRightLeaf(false);
	const view = new BoardView(leaf as unknown as WorkspaceLeaf, {
		index,
		loadState: () => state,
		saveState: (s) => saved.push(s),
		actions: noBoardActions({
			checkQuestion: (file: TFile, question: OpenQuestion) => {
				checks.push([file.path, question]);
				return options.write ? checkOpenQuestion(o, file, question) : Promise.resolve(true);
			},
		}),
		scheduleFrame: frames.schedule,
		review: { author: options.author ?? (() => "Dana"), staleAfterDays: defaultStaleAfterDays, now: () => NOW },
	});
	await leaf.open(view as never);
	frames.flush();
	return { app, view, root: view.contentEl, frames, saved, index, checks };
}

function click(el: Element | null): void {
	if (!el) throw new Error("nothing to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

function attention(root: HTMLElement): [string, string][] {
	return Array.from(root.querySelectorAll(".spec-board-attention-count")).map((b) => [
		b.querySelector(".spec-board-attention-label")?.textContent ?? "",
		b.querySelector(".spec-board-attention-value")?.textContent ?? "",
	]);
}

function titles(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll(".spec-board-row-title")).map((el) => el.textContent ?? "");
}

function rowOf(root: HTMLElement, path: string): HTMLElement {
	const row = root.querySelector<HTMLElement>(`.spec-board-row[data-path="${path}"]`);
	if (!row) throw new Error(`no row ${path}`);
	return row;
}

describe("the compact summary", () => {
	it("lists what needs attention on its first line, non-zero counts only", async () => {
		const { root } = await openBoard();
		expect(attention(root)).toEqual([
			["Stale", "1"],
			["Sign-off missing", "1"],
			["Waiting on me", "1"],
			["Questions for me", "1"],
			["Open questions", "2"],
		]);
	});

	it("filters with each attention count, and again shows all", async () => {
		const { root, frames, view } = await openBoard();
		const button = (label: string) =>
			Array.from(root.querySelectorAll(".spec-board-attention-count")).find(
				(b) => b.querySelector(".spec-board-attention-label")?.textContent === label,
			) ?? null;
		click(button("Sign-off missing"));
		frames.flush();
		expect(titles(root)).toEqual(["Bulk export"]);
		expect(button("Sign-off missing")?.getAttribute("aria-pressed")).toBe("true");
		click(button("Sign-off missing"));
		click(button("Stale"));
		frames.flush();
		expect(titles(root)).toEqual(["Retry queue"]);
		click(button("Stale"));
		click(button("Waiting on me"));
		frames.flush();
		expect(titles(root)).toEqual(["Retry queue"]);
		expect(view.getBoardState().filter.waitingOnMe).toBe(true);
	});

	it("tells Unrecognized apart by its name and stripes, and each segment filters to its status", async () => {
		const { root, frames } = await openBoard();
		const odd = root.querySelector('.spec-board-status-bar [data-value="Unrecognized"]');
		expect(odd?.getAttribute("aria-label")).toBe("Unrecognized: 1 spec");
		expect(odd?.classList.contains("is-unrecognized")).toBe(true);
		const bar = root.querySelector(".spec-board-status-bar");
		const label = document.getElementById(bar?.getAttribute("aria-labelledby") ?? "");
		expect(label?.textContent).toBe("Status");
		click(root.querySelector('.spec-board-status-bar [data-value="Approved"]'));
		frames.flush();
		expect(titles(root)).toEqual(["Bulk export"]);
	});

	it("folds to one line and remembers it", async () => {
		const { root, frames, saved } = await openBoard();
		const fold = root.querySelector(".spec-board-summary-fold");
		expect(fold?.getAttribute("aria-expanded")).toBe("true");
		click(fold);
		frames.flush();
		expect(root.querySelector(".spec-board-status-bar")).toBeNull();
		expect(root.querySelector(".spec-board-summary-fold")?.getAttribute("aria-expanded")).toBe("false");
		expect(attention(root).length).toBeGreaterThan(0);
		await new Promise((resolve) => window.setTimeout(resolve, 450));
		expect(saved.at(-1)?.summaryFolded).toBe(true);
		const again = await openBoard({ state: { summaryFolded: true } });
		expect(again.root.querySelector(".spec-board-status-bar")).toBeNull();
	});

	it("shows only the message and the create button in an empty vault", async () => {
		const { root } = await openBoard({ files: { "Notes/a.md": "# Just a note\n" } });
		expect(root.querySelector(".spec-board-summary")?.classList.contains("spec-board-hidden")).toBe(true);
		expect(root.querySelector(".spec-board-filter-bar")?.classList.contains("spec-board-hidden")).toBe(true);
		expect(root.querySelector(".spec-board-empty-title")?.textContent).toBe("No specs found");
		const visibleButtons = Array.from(root.querySelectorAll("button")).filter(
			(b) => b.closest(".spec-board-hidden") === null,
		);
		expect(visibleButtons.map((b) => b.textContent)).toEqual(["Create feature spec"]);
	});
});

describe("rows", () => {
	it("show Sign-off 1/2 and the age, with what they count from", async () => {
		const { root } = await openBoard();
		const retry = rowOf(root, "Specs/retry.md");
		const signOff = retry.querySelector(".spec-board-sign-off");
		expect(signOff?.textContent).toBe("Sign-off 1/2");
		expect(signOff?.getAttribute("aria-label")).toBe("Sign-off 1/2. Waiting for Dana; signed off by Alice.");
		const age = retry.querySelector(".spec-board-age");
		expect(age?.textContent).toBe("In review for 23 days");
		expect(age?.classList.contains("is-stale")).toBe(true);
		expect(age?.getAttribute("aria-label")).toBe(
			"In review for 23 days, stale. Counted from the note's updated date, 2026-03-01.",
		);
		expect(rowOf(root, "Specs/export.md").querySelector(".spec-board-sign-off")?.textContent).toBe("Sign-off 0/1");
		expect(rowOf(root, "Specs/odd.md").querySelector(".spec-board-age")).toBeNull();
	});

	it("count the age from the file's last change when the note has no updated date", async () => {
		const { root } = await openBoard({
			files: { "Specs/a.md": "---\nstatus: draft\ntags: [spec]\n---\n# A\n" },
		});
		const age = rowOf(root, "Specs/a.md").querySelector(".spec-board-age");
		expect(age?.getAttribute("data-source")).toBe("modified");
		expect(age?.getAttribute("aria-label")).toContain("Counted from the file's last change");
	});

	it("offer Sign off on this spec and Add open question in the row menu", async () => {
		const { root } = await openBoard();
		rowOf(root, "Specs/export.md").dispatchEvent(
			new MouseEvent("contextmenu", { bubbles: true, cancelable: true }),
		);
		const menu = shownMenus[shownMenus.length - 1];
		expect(menu.itemTitled("Sign off on this spec")).toBeDefined();
		expect(menu.itemTitled("Add open question…")).toBeDefined();
	});
});

describe("questions you can answer from the board", () => {
	it("each open question in an expanded row has a checkbox, and its owner apart", async () => {
		const { root, frames, checks } = await openBoard();
		click(rowOf(root, "Specs/retry.md").querySelector(".spec-board-expand"));
		frames.flush();
		const items = Array.from(root.querySelectorAll(".spec-board-question-item"));
		expect(
			items.map((li) => [
				li.querySelector(".spec-board-question")?.textContent,
				li.querySelector(".spec-board-question-owner")?.textContent,
			]),
		).toEqual([
			["Which queue?", "@dana"],
			["How many retries?", "@Alice"],
		]);
		const box = items[1].querySelector<HTMLInputElement>("input[type=checkbox]");
		expect(box?.getAttribute("aria-label")).toBe("Mark as answered: How many retries?");
		box!.checked = true;
		box!.dispatchEvent(new Event("change"));
		expect(checks).toEqual([["Specs/retry.md", { text: "How many retries? (owner: Alice)", line: 13 }]]);
	});

	it("ticking writes - [x] in the note and the board follows", async () => {
		const { root, frames, app, index } = await openBoard({ write: true });
		click(rowOf(root, "Specs/retry.md").querySelector(".spec-board-expand"));
		frames.flush();
		const box = root.querySelectorAll<HTMLInputElement>(".spec-board-question-check")[0];
		box.checked = true;
		box.dispatchEvent(new Event("change"));
		await new Promise((resolve) => window.setTimeout(resolve, 0));
		await app.metadataCache.settle();
		await index.whenSettled();
		expect(app.vault.peek("Specs/retry.md")).toContain("- [x] Which queue? @dana");
		frames.flush();
		const left = Array.from(root.querySelectorAll(".spec-board-question")).map((q) => q.textContent);
		expect(left).toEqual(["How many retries?"]);
	});
});

describe("the personal filters", () => {
	it("Mine and Questions for me follow the author in the settings", async () => {
		const { root, frames, view } = await openBoard({ author: () => "alice" });
		expect(attention(root).map(([label]) => label)).not.toContain("Waiting on me");
		view.setFilter({ ...view.getBoardState().filter, questionsForMe: true });
		frames.flush();
		expect(titles(root)).toEqual(["Retry queue"]);
		view.setFilter({ ...emptyFilter(), mine: true });
		frames.flush();
		expect(titles(root)).toEqual([]);
		const dana = await openBoard({ author: () => "Dana", state: { filter: { ...emptyFilter(), mine: true } } });
		expect(titles(dana.root)).toEqual(["Bulk export"]);
	});

	it("are offered under More filters", async () => {
		const { root, frames, view } = await openBoard();
		const box = (label: string) =>
			Array.from(root.querySelectorAll<HTMLInputElement>(".spec-board-filter-toggles input")).find(
				(input) => (input.closest("label")?.textContent ?? input.getAttribute("aria-label")) === label,
			);
		expect(["Mine", "Waiting on me", "Questions for me", "Stale"].map((label) => box(label) !== undefined)).toEqual(
			[true, true, true, true],
		);
		box("Mine")!.checked = true;
		box("Mine")!.dispatchEvent(new Event("change"));
		frames.flush();
		expect(view.getBoardState().filter.mine).toBe(true);
		expect(titles(root)).toEqual(["Bulk export"]);
	});

	it("follow a new author name without reading a note again", async () => {
		let me = "Bob";
		const { root, frames, view } = await openBoard({ author: () => me });
		expect(attention(root).map(([label]) => label)).toContain("Waiting on me");
		me = "Nobody";
		view.reviewSettingsChanged();
		frames.flush();
		expect(attention(root).map(([label]) => label)).not.toContain("Waiting on me");
	});
});

describe("ages worked out once", () => {
	it("keep each note's age for the day and the settings; another day, other settings or a changed note work it out again", async () => {
		const app = await createIndexedApp({ files: { "Specs/a.md": "---\nstatus: draft\ntags: [spec]\n---\n# A\n" } });
		let now = NOW;
		let staleAfter = defaultStaleAfterDays();
		const ages = new NoteAges(asObsidianApp(app), {
			author: () => "",
			staleAfterDays: () => staleAfter,
			now: () => now,
		});
		const lookups = jest.spyOn(app.vault, "getFileByPath");
		const a = specNoteWith({ path: "Specs/a.md", status: "Draft", updated: null });
		expect(ages.refresh()).toBe(true);
		const first = ages.ageOf(a);
		expect(first?.source).toBe("modified");
		expect(ages.ageOf(a)).toBe(first);
		expect([ages.computed, lookups.mock.calls.length]).toEqual([1, 1]);
		// Later the same day: the same ages.
		now = new Date(NOW.getTime() + 3_600_000);
		expect(ages.refresh()).toBe(false);
		expect(ages.ageOf(a)).toBe(first);
		// The next day: a day older.
		now = new Date(NOW.getTime() + 86_400_000);
		expect(ages.refresh()).toBe(true);
		expect(ages.ageOf(a)?.days).toBe((first?.days ?? 0) + 1);
		expect(ages.computed).toBe(2);
		// Other "stale after" days: worked out again, stale at once.
		staleAfter = { ...staleAfter, Draft: 0 };
		expect(ages.refresh()).toBe(true);
		expect(ages.ageOf(a)?.stale).toBe(true);
		// A changed note is a new object: its age is its own.
		expect(ages.ageOf({ ...a, status: "In review" })?.label).toMatch(/^In review /);
		expect(ages.computed).toBe(4);
		lookups.mockRestore();
	});

	it("on the board: a filter change works out no age; a changed note's age alone is worked out again", async () => {
		const aged = jest.spyOn(ageing, "statusAge");
		try {
			const { app, root, frames, view } = await openBoard();
			const atOpen = aged.mock.calls.length;
			expect(atOpen).toBe(Object.keys(FILES).length);
			view.setFilter({ ...emptyFilter(), text: "retry" });
			frames.flush();
			view.setFilter({ ...emptyFilter(), stale: true });
			frames.flush();
			view.setFilter(emptyFilter());
			frames.flush();
			expect(aged.mock.calls.length).toBe(atOpen);
			await app.vault.modify(
				fileAt(app, "Specs/retry.md"),
				FILES["Specs/retry.md"].replace("in review", "draft"),
			);
			await app.metadataCache.settle();
			frames.flush();
			expect(aged.mock.calls.length).toBe(atOpen + 1);
			expect(rowOf(root, "Specs/retry.md").querySelector(".spec-board-age")?.textContent).toBe(
				"Draft for 23 days",
			);
		} finally {
			aged.mockRestore();
		}
	});
});
