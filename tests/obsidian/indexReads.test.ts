// How many notes the index reads at start, on a small vault like a real one (bench/vaultNotes.ts): only notes whose
// cache shows a trace of a spec, never an ordinary note; the command line lists the same specs.
import { readYaml } from "../../src/cli/yamlReader";
import { defaultReadOptions } from "../../src/core/reading/readOptions";
import { readSpecNote } from "../../src/core/reading/readSpecNote";
import { SpecIndex } from "../../src/obsidian/specIndex";
import { allSpecsVault, realisticVault } from "../../bench/vaultNotes";
import { asObsidianApp, createIndexedApp } from "../support/fakeApp";

/** Starts an index over the notes and records which notes it read. */
async function startUp(notes: { path: string; text: string }[]): Promise<{ index: SpecIndex; read: string[] }> {
	// A warm start: the metadata cache holds every note when the layout is ready.
	const app = await createIndexedApp({ files: Object.fromEntries(notes.map((n) => [n.path, n.text])) });
	const read: string[] = [];
	const cachedRead = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = (file) => {
		read.push(file.path);
		return cachedRead(file);
	};
	const o = asObsidianApp(app);
	const index = new SpecIndex(
		{ vault: o.vault, metadataCache: o.metadataCache, workspace: o.workspace },
		defaultReadOptions(),
	);
	index.start(() => undefined);
	await index.whenSettled();
	return { index, read };
}

describe("reads at start", () => {
	const realistic = realisticVault(600, 60);

	it("the realistic vault holds the specs it says, for the command line", () => {
		const differ = realistic.filter(
			(n) => readSpecNote(n.path, n.text, readYaml, defaultReadOptions()).isSpec !== n.spec,
		);
		expect(differ.map((n) => n.path)).toEqual([]);
		expect(realistic.filter((n) => n.spec)).toHaveLength(60);
	});

	it("reads no ordinary note, and no more notes than show a trace, in a vault like a real one", async () => {
		const { index, read } = await startUp(realistic);
		const specs = new Set(realistic.filter((n) => n.spec).map((n) => n.path));
		expect(read.filter((path) => !specs.has(path))).toEqual([]);
		expect(read.length).toBeLessThanOrEqual(index.counts.candidates);
		expect(index.counts.reads).toBe(read.length);
		expect(read).toHaveLength(60);
		expect(
			index
				.specs()
				.map((n) => n.path)
				.sort(),
		).toEqual([...specs].sort());
	});

	it("reads each note once in a vault of specs", async () => {
		const notes = allSpecsVault(100);
		const { index, read } = await startUp(notes);
		expect(read).toHaveLength(100);
		expect(new Set(read).size).toBe(100);
		expect(index.specs()).toHaveLength(100);
	});
});
