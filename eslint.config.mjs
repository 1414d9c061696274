// ESLint: Obsidian's community rules (eslint-plugin-obsidianmd) and typescript-eslint, plus the core's import fence.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import globals from "globals";
import tseslint from "typescript-eslint";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// The plugin reads manifest.json from the working folder; read it beside this file, so linting from elsewhere still checks it.
const { minAppVersion } = JSON.parse(readFileSync(new URL("./manifest.json", import.meta.url), "utf8"));

export default defineConfig([
	globalIgnores([
		"node_modules/",
		"main.js",
		"dist/",
		"coverage/",
		"examples/",
		"tests/browser/screenshots/",
		"**/*.cjs",
	]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
			},
		},
	},
	{
		// No Obsidian API newer than manifest.json's minAppVersion (versions.json records it per release).
		files: ["**/*.ts"],
		rules: { "obsidianmd/no-unsupported-api": ["error", { minAppVersion }] },
	},
	{
		// Plain JavaScript tools (build, scripts, bench, browser test driver): linted without type information.
		files: ["**/*.mjs", "bin/**/*.js"],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { parserOptions: { projectService: false, project: null } },
	},
	{
		// The core is pure: no Obsidian, no DOM, no Node. Its callers pass in the clock and the frontmatter reader.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [
						{ name: "obsidian", message: "src/core is pure: adapters in src/obsidian talk to Obsidian." },
						{ name: "gray-matter", message: "src/core is pure: the frontmatter reader is passed in." },
						{ name: "js-yaml", message: "src/core is pure: the frontmatter reader is passed in." },
						{ name: "yaml", message: "src/core is pure: the frontmatter reader is passed in." },
						...nodeBuiltins.map((name) => ({ name, message: "src/core is pure: no Node built-ins." })),
					],
					patterns: [
						{ group: ["obsidian/*", "@codemirror/*", "electron"], message: "src/core is pure." },
						{
							group: ["../obsidian/*", "../ui/*", "../cli/*", "../main"],
							message: "src/core imports only src/core.",
						},
					],
				},
			],
			"no-restricted-globals": [
				"error",
				...[
					"window",
					"document",
					"activeDocument",
					"activeWindow",
					"navigator",
					"localStorage",
					"process",
					"Buffer",
					"require",
					"createEl",
					"createDiv",
					"createSpan",
					"app",
				].map((name) => ({
					name,
					message: "src/core is pure: no DOM, no Node, no Obsidian globals.",
				})),
			],
			// No mutable module-level state in the core: what a read needs is prepared and passed (see ReadOptions).
			"no-restricted-syntax": [
				"error",
				...["Program > VariableDeclaration", "Program > ExportNamedDeclaration > VariableDeclaration"].flatMap(
					(declaration) => [
						{
							selector: `${declaration}[kind!='const']`,
							message: "src/core keeps no mutable module-level state: no module-level let or var.",
						},
						{
							selector: `${declaration} > VariableDeclarator > Literal[regex.flags=/[gy]/]`,
							message: "A module-level g or y regex shares its lastIndex: make it where it is used.",
						},
					],
				),
			],
		},
	},
	{
		// The plugin bundle must load on mobile: no Node built-ins outside the command line and the build.
		files: ["src/**/*.ts"],
		ignores: ["src/cli/**"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [
						{
							name: "gray-matter",
							message:
								"gray-matter serves the command line and the build; the plugin reads Obsidian's cache.",
						},
						{ name: "js-yaml", message: "The plugin reads YAML with Obsidian's parseYaml." },
						{ name: "yaml", message: "The plugin reads YAML with Obsidian's parseYaml." },
						...nodeBuiltins.map((name) => ({
							name,
							message: "The plugin runs on mobile: no Node built-ins.",
						})),
					],
				},
			],
		},
	},
	{
		// Node code: the command line, tests, benchmarks and build scripts.
		files: ["src/cli/**/*.ts", "tests/**/*.ts", "tests/**/*.mjs", "bench/**", "scripts/**", "bin/**", "*.mjs"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
		},
	},
	{
		files: ["bin/**"],
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
	{
		// The install script and the command line's vault settings run in Node, outside Obsidian, on a vault folder on
		// disk: there is no Vault#configDir to ask, and a folder is recognised as a vault by its `.obsidian` folder (the
		// default every new vault gets).
		files: ["scripts/**", "src/cli/vaultConfig.ts", "tests/cli/vaultConfig.test.ts"],
		rules: { "obsidianmd/hardcoded-config-path": "off" },
	},
	{
		// The in-memory Obsidian for tests stands in for the real thing: it may do what plugins must not.
		files: ["tests/support/**/*.ts"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"obsidianmd/prefer-window-timers": "off",
		},
	},
	{
		files: ["tests/**/*.ts"],
		languageOptions: { globals: { ...globals.jest } },
		rules: {
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/unbound-method": "off",
			"obsidianmd/ui/sentence-case": "off",
		},
	},
]);
