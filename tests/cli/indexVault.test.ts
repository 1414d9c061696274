// indexVault holds the command line to the plugin's rule of which notes are specs: a custom template's headings are a
// trace, the templates folder's notes are never specs, and a body Status line with no trace makes no spec.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { indexVault } from "../../src/cli/indexVault";
import { defaultReadOptions } from "../../src/core/reading/readOptions";

describe("indexVault", () => {
	let root: string;
	beforeAll(() => {
		root = mkdtempSync(path.join(tmpdir(), "spec-board-index-vault-"));
		const files: Record<string, string> = {
			"Templates/Epic.md": "# Epic: {{title}}\n\nStatus: draft\n\n## Outcome\n\n## Bets\n",
			"Work/checkout.md": "# Epic: Checkout\n\nStatus: Draft\n",
			"Work/cart.md": "# Cart\n\nStatus: Draft\n\n## Outcome\n\n## Bets\n",
			"Work/notes.md": "# Notes\n\nStatus: Draft\n\n## Outcome\n",
			"Board.md": "---\nkanban-plugin: board\n---\n\n## Status\n\n- [ ] #spec Ship\n",
		};
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
			writeFileSync(path.join(root, file), text);
		}
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it("lists as specs what the plugin lists, with the templates folder's headings as a trace", () => {
		const index = indexVault(root, { ...defaultReadOptions(), templatesFolder: "Templates" });
		expect(index.notes.filter((n) => n.isSpec).map((n) => n.path)).toEqual(["Work/cart.md", "Work/checkout.md"]);
	});

	it("without a templates folder, the template is a note like any other and its headings no trace", () => {
		const index = indexVault(root, defaultReadOptions());
		expect(index.notes.filter((n) => n.isSpec).map((n) => n.path)).toEqual([]);
	});
});
