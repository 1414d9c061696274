// The file manager: processFrontMatter re-serialises the whole YAML block, as Obsidian's does; links and trash.
import { splitFrontmatter } from "../../../src/core/markdown/frontmatter";
import { dumpYamlText, parseYamlText } from "../fakeCache";
import type { App } from "./app";
import type { TAbstractFile, TFile } from "./vault";

/** The file manager: frontmatter edits, links, trash. */
export class FileManager {
	constructor(private readonly app: App) {}

	/**
	 * Obsidian's processFrontMatter: parses the whole block, lets `fn` change the object, and writes the block again
	 * from the object (js-yaml's dump, as Obsidian does): comments go, quotes are normalised, flow lists become block
	 * lists. Throws (and writes nothing) when the block is not valid YAML.
	 */
	processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		return this.app.vault
			.process(file, (text) => {
				const block = splitFrontmatter(text);
				let data: Record<string, unknown> = {};
				if (block.yaml !== null) {
					const parsed = parseYamlText(block.yaml);
					if (
						parsed !== null &&
						parsed !== undefined &&
						(typeof parsed !== "object" || Array.isArray(parsed))
					)
						throw new Error("YAMLParseError: frontmatter is not a mapping");
					data = (parsed as Record<string, unknown> | null) ?? {};
				}
				fn(data);
				const yaml = Object.keys(data).length > 0 ? dumpYamlText(data) : "";
				return `---\n${yaml}---\n${block.body}`;
			})
			.then(() => undefined);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias?: string): string {
		const target = this.app.metadataCache.fileToLinktext(file, sourcePath, true);
		return `[[${target}${subpath}${alias ? `|${alias}` : ""}]]`;
	}

	trashFile(file: TAbstractFile): Promise<void> {
		return this.app.vault.delete(file);
	}
}
