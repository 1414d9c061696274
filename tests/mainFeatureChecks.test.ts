/** @jest-environment jsdom */
// The plugin loads on every app it supports: 1.7.2 (no Bases, no app command line), 1.10 (Bases, no command line),
// 1.13 (both), and where Bases is turned off in the vault. Each newer API is used only behind its feature check.
import type { Command } from "obsidian";
import type * as FakeObsidian from "./support/obsidianModule";

type Shape = "1.7.2" | "1.10.3" | "1.13.1";

/** Names the `obsidian` module has only since 1.10 (Bases). */
const BASES_EXPORTS = [
	"BasesView",
	"BasesEntry",
	"BasesEntryGroup",
	"BasesQueryResult",
	"BasesViewConfig",
	"QueryController",
	"Value",
];

function atLeast(version: string, wanted: string): boolean {
	const a = version.split(".").map(Number);
	const b = wanted.split(".").map(Number);
	for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	return true;
}

const SPEC = ["---", "status: Draft", "tags: [spec]", "---", "# Pay", ""].join("\n");

/** Loads Spec Board's main.ts against an `obsidian` module and Plugin of the given app version. */
async function loadPlugin(shape: Shape, options: { basesEnabled?: boolean } = {}) {
	let obsidian!: typeof FakeObsidian;
	let PluginClass!: new (app: FakeObsidian.App, manifest: unknown) => FakeObsidian.Plugin;
	jest.isolateModules(() => {
		jest.doMock("obsidian", () => {
			const actual = jest.requireActual<typeof FakeObsidian>("./support/obsidianModule");
			const module: Record<string, unknown> = { ...actual, requireApiVersion: (v: string) => atLeast(shape, v) };
			if (!atLeast(shape, "1.10.0")) for (const name of BASES_EXPORTS) delete module[name];
			return module;
		});
		obsidian = jest.requireMock<typeof FakeObsidian>("obsidian");
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded inside isolateModules, after the mock
		PluginClass = (require("../src/main") as { default: typeof PluginClass }).default;
	});
	const app = new obsidian.App();
	obsidian.registrationsOf(app).basesEnabled = options.basesEnabled ?? true;
	app.vault.createSync("Specs/pay.md", SPEC);
	obsidian.fakeErrors.length = 0;
	const plugin = new PluginClass(app, {
		id: "spec-board",
		name: "Spec Board",
		version: "0.0.0",
		minAppVersion: "1.7.2",
		description: "",
		author: "",
	});
	// An older app's Plugin has no such methods at all.
	const missing: Record<string, undefined> = {};
	if (!atLeast(shape, "1.10.0")) missing.registerBasesView = undefined;
	if (!atLeast(shape, "1.12.2")) missing.registerCliHandler = undefined;
	Object.assign(plugin, missing);
	plugin.load();
	for (let i = 0; i < 10; i++) await Promise.resolve();
	return { obsidian, app, plugin };
}

function command(plugin: FakeObsidian.Plugin, id: string): Command {
	const found = plugin.commands.find((c) => c.id === id);
	if (!found) throw new Error(`no command ${id}`);
	return found;
}

describe("Spec Board loads on every supported app", () => {
	it.each<[Shape, boolean, boolean]>([
		["1.7.2", false, false],
		["1.10.3", true, false],
		["1.13.1", true, true],
	])("on %s: Bases view %s, app command line %s; the board and the commands always", async (shape, bases, cli) => {
		const { obsidian, app, plugin } = await loadPlugin(shape);
		expect("BasesView" in obsidian).toBe(atLeast(shape, "1.10.0"));
		expect(obsidian.fakeErrors).toEqual([]);
		expect(plugin.viewTypes).toEqual(["spec-board"]);
		expect([...obsidian.registrationsOf(app).basesViews.keys()]).toEqual(bases ? ["spec-board-bases"] : []);
		expect([...obsidian.registrationsOf(app).cliCommands.keys()]).toEqual(
			cli ? ["spec-board", "spec-board:check"] : [],
		);
		expect(plugin.commands.map((c) => c.id)).toEqual(
			expect.arrayContaining(["create-feature-spec", "open-status-board", "create-spec-base"]),
		);
		expect(command(plugin, "create-spec-base").checkCallback?.(true)).toBe(bases);
	});

	it("hides Create spec base where Bases is turned off in the vault", async () => {
		const { obsidian, app, plugin } = await loadPlugin("1.13.1", { basesEnabled: false });
		expect([...obsidian.registrationsOf(app).basesViews.keys()]).toEqual([]);
		expect(command(plugin, "create-spec-base").checkCallback?.(true)).toBe(false);
		expect([...obsidian.registrationsOf(app).cliCommands.keys()]).toEqual(["spec-board", "spec-board:check"]);
	});

	it("takes its Bases view and command away when unloaded", async () => {
		const { obsidian, app, plugin } = await loadPlugin("1.13.1");
		plugin.unload();
		expect([...obsidian.registrationsOf(app).basesViews.keys()]).toEqual([]);
		expect([...obsidian.registrationsOf(app).cliCommands.keys()]).toEqual([]);
	});
});
