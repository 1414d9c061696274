/** Jest: TypeScript through ts-jest; templates imported as text; a fixed time zone for date tests. */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	transform: {
		"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { ignoreCodes: [151001] } }],
		"\\.md$": "<rootDir>/tests/support/markdownTransform.cjs",
	},
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/tests/support/obsidianModule.ts",
	},
	moduleFileExtensions: ["ts", "js", "cjs", "json", "md"],
	globalSetup: "<rootDir>/tests/support/globalSetup.cjs",
	setupFiles: ["<rootDir>/tests/support/textCodec.cjs"],
};
