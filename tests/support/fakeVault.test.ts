// The in-memory vault keeps each note as UTF-8 bytes, as a disk does, and decodes it on every read, as Obsidian does.
import { createFakeApp } from "./fakeApp";

describe("fake vault: notes kept as bytes", () => {
	it("counts a file's size in UTF-8 bytes, not characters", async () => {
		const app = createFakeApp({ files: { "a.md": "é✓" } });
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("no file");
		expect(file.stat.size).toBe(5);
		await app.vault.modify(file, "abc");
		expect(file.stat.size).toBe(3);
	});

	it("drops a leading byte-order mark on every read, as TextDecoder does", async () => {
		const app = createFakeApp({ files: { "a.md": "\uFEFF# Title\n" } });
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("no file");
		expect(await app.vault.read(file)).toBe("# Title\n");
		await app.vault.modify(file, "\uFEFFStatus: Draft\n");
		expect(await app.vault.cachedRead(file)).toBe("Status: Draft\n");
		expect(file.stat.size).toBe(17);
	});

	it("keeps a note's bytes through a rename", async () => {
		const app = createFakeApp({ files: { "a.md": "one" } });
		const file = app.vault.getFileByPath("a.md");
		if (!file) throw new Error("no file");
		await app.vault.rename(file, "b/c.md");
		expect(await app.vault.read(file)).toBe("one");
		expect(app.vault.peek("a.md")).toBeUndefined();
		expect(app.vault.peek("b/c.md")).toBe("one");
	});
});
