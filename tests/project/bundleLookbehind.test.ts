// main.js must load on iPhone and iPad before iOS 16.4, whose JavaScript has no regular-expression lookbehind: the
// plugin fails to load at all. The bundle is built fresh (as `npm run build` does) and searched for `(?<=` and `(?<!`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** The two lookbehind openings, spelt in pieces so this file holds neither. */
const MARKERS = ["(?<" + "=", "(?<" + "!"];

/** Every lookbehind in a text, with a little context, for the failure message. */
function lookbehinds(text: string): string[] {
	const found: string[] = [];
	for (const marker of MARKERS) {
		let at = text.indexOf(marker);
		while (at >= 0) {
			found.push(text.slice(Math.max(0, at - 40), at + 40));
			at = text.indexOf(marker, at + 1);
		}
	}
	return found;
}

describe("main.js", () => {
	let bundle = "";

	beforeAll(() => {
		execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: "pipe" });
		bundle = readFileSync(path.join(root, "main.js"), "utf8");
	}, 120_000);

	it("is built", () => {
		expect(bundle.length).toBeGreaterThan(10_000);
	});

	it("holds no regular-expression lookbehind", () => {
		expect(lookbehinds(bundle)).toEqual([]);
	});

	it("the check itself finds both kinds", () => {
		expect(lookbehinds(`a${MARKERS[0]}b)c /${MARKERS[1]}x)y/`)).toHaveLength(2);
	});
});
