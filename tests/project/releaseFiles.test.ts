// The release files agree: manifest.json, versions.json and package.json, and the directory's manifest rules.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(root, file), "utf8")) as Record<string, unknown>;

describe("release files", () => {
	const manifest = readJson("manifest.json");
	const pkg = readJson("package.json");
	const versions = readJson("versions.json") as Record<string, string>;

	it("manifest.json and package.json carry the same version", () => {
		expect(manifest.version).toBe(pkg.version);
	});

	it("versions.json maps the current version to the manifest's minAppVersion", () => {
		expect(versions[manifest.version as string]).toBe(manifest.minAppVersion);
	});

	it("every minAppVersion in versions.json is a version number", () => {
		for (const [version, minApp] of Object.entries(versions)) {
			expect(version).toMatch(/^\d+\.\d+\.\d+$/);
			expect(minApp).toMatch(/^\d+\.\d+\.\d+$/);
		}
	});

	it.each([
		["id", "spec-board"],
		["name", "Spec Board"],
		["isDesktopOnly", false],
	])("manifest %s is %p", (key, value) => {
		expect(manifest[key]).toBe(value);
	});

	it("the description starts with a verb, ends with a period and stays under 250 characters", () => {
		const description = manifest.description as string;
		expect(description.length).toBeLessThan(250);
		expect(description.endsWith(".")).toBe(true);
		expect(description).not.toMatch(/obsidian|this plugin/i);
		expect(description).toMatch(/^[A-Z][a-z]+ /);
	});

	it("the MIT license is present", () => {
		expect(existsSync(path.join(root, "LICENSE"))).toBe(true);
		expect(readFileSync(path.join(root, "LICENSE"), "utf8")).toMatch(/^MIT License/);
	});

	it("npm version tags have no v prefix", () => {
		expect(readFileSync(path.join(root, ".npmrc"), "utf8")).toMatch(/tag-version-prefix=""/);
	});
});
