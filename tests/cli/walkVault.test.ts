import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkRoot, readNoteFile, walkVault } from "../../src/cli/walkVault";

let root: string;

function write(relative: string, content: string | Buffer): void {
	const file = path.join(root, relative);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, content);
}

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), "spec-board-walk-"));
});

afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

describe("walkVault", () => {
	it("lists .md files recursively, sorted by path with forward slashes", () => {
		write("b.md", "# B");
		write("a.md", "# A");
		write("Specs/z.md", "# Z");
		write("Specs/Deep/er/note.md", "# deep");
		write("Specs/Upper.MD", "# upper-case extension");
		write("Specs/image.png", "not a note");
		write("Specs/notes.txt", "not a note");
		write("a b/with space.md", "# space");
		const walk = walkVault(root);
		// By code unit, the same on every machine: capitals first, a space before a dot.
		expect(walk.files.map((f) => f.path)).toEqual([
			"Specs/Deep/er/note.md",
			"Specs/Upper.MD",
			"Specs/z.md",
			"a b/with space.md",
			"a.md",
			"b.md",
		]);
		expect(walk.files[4].absolutePath).toBe(path.join(root, "a.md"));
		expect(walk.skipped).toEqual([]);
	});

	// Obsidian's config folder is a dot-folder like these (its name is configurable, so the rule is "every dot-folder").
	it.each([".config", ".trash", ".git", ".hidden", "node_modules", "Specs/node_modules", "Specs/.cache"])(
		"skips %s",
		(folder) => {
			write(`${folder}/inside.md`, "# hidden");
			write("kept.md", "# kept");
			expect(walkVault(root).files.map((f) => f.path)).toEqual(["kept.md"]);
		},
	);

	it("skips dot-files", () => {
		write(".draft.md", "# hidden");
		write("kept.md", "# kept");
		expect(walkVault(root).files.map((f) => f.path)).toEqual(["kept.md"]);
	});

	it("follows a symbolic link to a folder once, and ends on a link loop", () => {
		write("Specs/a.md", "# a");
		symlinkSync(root, path.join(root, "Specs", "loop"), "dir");
		symlinkSync(path.join(root, "Specs"), path.join(root, "again"), "dir");
		const outside = mkdtempSync(path.join(tmpdir(), "spec-board-outside-"));
		try {
			writeFileSync(path.join(outside, "linked.md"), "# linked");
			symlinkSync(outside, path.join(root, "Linked"), "dir");
			const paths = walkVault(root).files.map((f) => f.path);
			expect(paths).toEqual(["Linked/linked.md", "Specs/a.md"]);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});

	it("follows a symbolic link to a file and reports a broken link to a note", () => {
		write("real.md", "# real");
		symlinkSync(path.join(root, "real.md"), path.join(root, "alias.md"));
		symlinkSync(path.join(root, "missing.md"), path.join(root, "broken.md"));
		const walk = walkVault(root);
		expect(walk.files.map((f) => f.path)).toEqual(["alias.md", "real.md"]);
		expect(walk.skipped).toEqual([
			{
				path: "broken.md",
				reason: "cannot follow the link: not found (a broken link, or deleted while reading)",
			},
		]);
	});

	it("reports a folder it cannot list and goes on (when not running as root)", () => {
		write("open/a.md", "# a");
		write("locked/b.md", "# b");
		chmodSync(path.join(root, "locked"), 0o000);
		try {
			const walk = walkVault(root);
			const rootCanReadAnything = walk.files.some((f) => f.path === "locked/b.md");
			if (rootCanReadAnything) {
				// Running as root: permissions do not stop the walk; both notes are listed.
				expect(walk.files.map((f) => f.path)).toEqual(["locked/b.md", "open/a.md"]);
			} else {
				expect(walk.files.map((f) => f.path)).toEqual(["open/a.md"]);
				expect(walk.skipped).toEqual([{ path: "locked", reason: "cannot list the folder: permission denied" }]);
			}
		} finally {
			chmodSync(path.join(root, "locked"), 0o755);
		}
	});
});

describe("readNoteFile", () => {
	it("reads UTF-8 text, BOM and CRLF kept for the parser", () => {
		write("a.md", "\uFEFF# Café\r\nStatus: Draft\r\n");
		expect(readNoteFile(path.join(root, "a.md"))).toEqual({ ok: true, text: "\uFEFF# Café\r\nStatus: Draft\r\n" });
	});

	it("refuses a binary file (a NUL byte)", () => {
		write("binary.md", Buffer.from([0x23, 0x20, 0x41, 0x00, 0x42, 0x0a]));
		expect(readNoteFile(path.join(root, "binary.md"))).toEqual({
			ok: false,
			reason: "binary file (it contains a NUL byte)",
		});
	});

	it("reports a file it cannot read (permission denied when not root)", () => {
		write("secret.md", "# secret");
		const file = path.join(root, "secret.md");
		chmodSync(file, 0o000);
		try {
			let readableAnyway = true;
			try {
				readFileSync(file);
			} catch {
				readableAnyway = false;
			}
			const outcome = readNoteFile(file);
			if (readableAnyway) expect(outcome).toEqual({ ok: true, text: "# secret" });
			else expect(outcome).toEqual({ ok: false, reason: "cannot read: permission denied" });
		} finally {
			chmodSync(file, 0o644);
		}
	});

	it("reports a folder named like a note", () => {
		mkdirSync(path.join(root, "folder.md"));
		expect(readNoteFile(path.join(root, "folder.md"))).toEqual({ ok: false, reason: "cannot read: is a folder" });
	});
});

describe("checkRoot", () => {
	it("accepts a readable folder", () => {
		expect(checkRoot(root)).toBeNull();
	});

	it("refuses a missing folder", () => {
		const missing = path.join(root, "nope");
		expect(checkRoot(missing)).toBe(`no such folder: ${missing}`);
	});

	it("refuses a file", () => {
		write("a.md", "# a");
		expect(checkRoot(path.join(root, "a.md"))).toBe(`${path.join(root, "a.md")} is not a folder`);
	});
});
