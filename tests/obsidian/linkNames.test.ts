// In the plugin, a domain is named by the note its link resolves to (MetadataCache.getFirstLinkpathDest).
import { readSpecNote } from "../../src/core/reading/readSpecNote";
import { defaultSettings } from "../../src/core/settings/settings";
import { pluginReadOptions } from "../../src/obsidian/linkNames";
import { readYaml } from "../support/yamlReader";
import { asObsidianApp, createFakeApp } from "../support/fakeApp";

const spec = (domains: string[]) =>
	`---\nstatus: draft\ndomains:\n${domains.map((d) => `  - "${d}"`).join("\n")}\n---\n# A spec\n`;

describe("pluginReadOptions: domains named by the note their link leads to", () => {
	const app = asObsidianApp(
		createFakeApp({ files: { "Domains/Payments.md": "# Payments\n", "Domains/Risk Desk.md": "# Risk\n" } }),
	);
	const options = pluginReadOptions(app.metadataCache, defaultSettings());

	it.each<[string, string[], string[]]>([
		[
			"every spelling of one note is one domain",
			["[[payments]]", "[[Domains/Payments|Pay]]", "[[Payments]]"],
			["Payments"],
		],
		["a link is named by its note, not its text", ["[[risk desk]]"], ["Risk Desk"]],
		["a link to no note keeps its own name", ["[[Domains/Fraud]]", "[[Payments]]"], ["Fraud", "Payments"]],
	])("%s", (_name, domains, expected) => {
		expect(readSpecNote("Specs/a.md", spec(domains), readYaml, options).domains).toEqual(expected);
	});
});
