// The plugin's read options: the settings' options, with links named by the note Obsidian resolves them to.
import type { MetadataCache } from "obsidian";
import { readOptionsFromSettings, type ReadOptions } from "../core/reading/readOptions";
import type { SpecBoardSettings } from "../core/settings/settings";

/**
 * Read options for the plugin: the settings' vocabularies, spec rules and question headings, and a link resolver
 * (`MetadataCache.getFirstLinkpathDest`) so that two links to the same note (`[[Payments]]`, `[[Domains/Payments]]`,
 * `[[payments]]`) are one domain, named by that note. A link to no note keeps its own name.
 */
export function pluginReadOptions(
	metadataCache: Pick<MetadataCache, "getFirstLinkpathDest">,
	settings: SpecBoardSettings,
): ReadOptions {
	return {
		...readOptionsFromSettings(settings),
		resolveLinkName: (target, fromPath) => metadataCache.getFirstLinkpathDest(target, fromPath)?.basename ?? null,
	};
}
