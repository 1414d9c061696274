// The release files agree: manifest.json, versions.json and package.json, and the directory's manifest rules.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const readJson = (file: string): Record<string, unknown> =>
	JSON.parse(readFileSync(path.join(root, file), "utf8")) as Record<string, unknown>;

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
		expect(description.length).toBeGreaterThanOrEqual(10);
		expect(description.length).toBeLessThan(250);
		expect(description.endsWith(".")).toBe(true);
		expect(description).not.toMatch(/obsidian|this plugin/i);
		expect(description).toMatch(/^[A-Z][a-z]+ /);
		// eslint-plugin-obsidianmd's validate-manifest: plain text, no emoji or special characters.
		expect(description).toMatch(/^[A-Za-z0-9\s.,!?'"-]+$/);
	});

	// The community directory's checks (obsidian-releases' validate-plugin-entry workflow and validate-manifest).
	it("manifest.json has exactly the directory's keys, each of its type", () => {
		const required: Record<string, string> = {
			id: "string",
			name: "string",
			version: "string",
			minAppVersion: "string",
			description: "string",
			author: "string",
			isDesktopOnly: "boolean",
		};
		const optional: Record<string, string> = { authorUrl: "string", fundingUrl: "string" };
		for (const [key, type] of Object.entries(required)) expect([key, typeof manifest[key]]).toEqual([key, type]);
		for (const key of Object.keys(manifest)) expect(Object.keys({ ...required, ...optional })).toContain(key);
	});

	it.each(["id", "name", "description"])("manifest %s uses neither 'obsidian' nor 'plugin'", (key) => {
		expect(manifest[key]).not.toMatch(/obsidian|plugin/i);
	});

	it("the id is lower-case letters, digits and dashes: the plugin's folder name", () => {
		expect(manifest.id).toMatch(/^[a-z0-9-_]+$/);
	});

	it.each(["version", "minAppVersion"])("manifest %s is numbers and dots only", (key) => {
		expect(manifest[key]).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it("the author is a name, not an e-mail address", () => {
		expect(manifest.author).not.toMatch(/^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$/);
		expect((manifest.author as string).trim()).not.toBe("");
	});

	it("minAppVersion never goes down from one release to the next", () => {
		const compare = (a: string, b: string): number => {
			const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
			for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
			return 0;
		};
		const releases = Object.keys(versions).sort(compare);
		for (let i = 1; i < releases.length; i++)
			expect(compare(versions[releases[i]], versions[releases[i - 1]])).toBeGreaterThanOrEqual(0);
	});

	it("the MIT license is present", () => {
		expect(existsSync(path.join(root, "LICENSE"))).toBe(true);
		expect(readFileSync(path.join(root, "LICENSE"), "utf8")).toMatch(/^MIT License/);
	});

	// `npm ci` (the README's first command, and CI) refuses a lock file that lacks a package the tree needs, even an
	// optional one for another platform: a lock written where the registry served only this platform's builds does.
	describe("package-lock.json lets npm ci install", () => {
		interface LockEntry {
			link?: boolean;
			version?: string;
			dependencies?: Record<string, string>;
			devDependencies?: Record<string, string>;
			optionalDependencies?: Record<string, string>;
			peerDependencies?: Record<string, string>;
			peerDependenciesMeta?: Record<string, { optional?: boolean }>;
		}
		const lock = readJson("package-lock.json") as { packages: Record<string, LockEntry> };
		const packages = lock.packages;

		it("its root carries package.json's dependencies", () => {
			const root = packages[""];
			expect(root.version).toBe(pkg.version);
			expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
			expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
		});

		it("every dependency, optional one and required peer of every package is in it", () => {
			/** Where Node would find `name` from the package at `key`: its own node_modules, then each parent's. */
			const resolves = (key: string, name: string): boolean => {
				let base = key;
				for (;;) {
					if (packages[`${base === "" ? "" : `${base}/`}node_modules/${name}`]) return true;
					if (base === "") return false;
					const at = base.lastIndexOf("node_modules/");
					base = at <= 0 ? "" : base.slice(0, at - 1);
				}
			};
			const missing: string[] = [];
			for (const [key, entry] of Object.entries(packages)) {
				if (entry.link) continue;
				const names = new Set([
					...Object.keys(entry.dependencies ?? {}),
					...Object.keys(entry.optionalDependencies ?? {}),
				]);
				if (key === "") for (const name of Object.keys(entry.devDependencies ?? {})) names.add(name);
				for (const name of Object.keys(entry.peerDependencies ?? {}))
					if (!entry.peerDependenciesMeta?.[name]?.optional) names.add(name);
				for (const name of names) if (!resolves(key, name)) missing.push(`${key || "(root)"} needs ${name}`);
			}
			expect(missing).toEqual([]);
		});
	});

	it("npm version tags have no v prefix", () => {
		expect(readFileSync(path.join(root, ".npmrc"), "utf8")).toMatch(/tag-version-prefix=""/);
	});
});
