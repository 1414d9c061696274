import {
	fileNameFromTitle,
	isPathInsideVault,
	MAX_FILE_NAME_LENGTH,
	uniqueFilePath,
	uniqueNotePath,
} from "../../../src/core/model/fileName";

describe("fileNameFromTitle", () => {
	it.each([
		["Checkout retries", "Checkout retries"],
		["  Checkout   retries  ", "Checkout retries"],
		["Payments: v2 / EU", "Payments v2 EU"],
		['A\\B/C:D*E?F"G<H>I|J', "A B C D E F G H I J"],
		["Link #1 ^block [draft] | x", "Link 1 block draft x"],
		["...hidden", "hidden"],
		["trailing dots...", "trailing dots"],
		["tab\there\nnewline", "tab here newline"],
		["Café ✓ 日本語", "Café ✓ 日本語"],
		["CON", "CON spec"],
		["nul", "nul spec"],
	])("%j -> %j", (title, expected) => {
		expect(fileNameFromTitle(title)).toEqual({ name: expected, reason: null });
	});

	it.each([
		["", "The title is empty."],
		["   ", "The title is empty."],
		["///", expect.stringContaining("no character a file name can keep")],
		['?*:"<>|#^[]', expect.stringContaining("no character a file name can keep")],
		["...", expect.stringContaining("no character a file name can keep")],
	])("%j has no file name", (title, reason) => {
		expect(fileNameFromTitle(title)).toEqual({ name: null, reason });
	});

	it("caps the length without splitting a character or ending on a space", () => {
		const long = `${"word ".repeat(30)}${"😀".repeat(200)}`;
		const result = fileNameFromTitle(long);
		expect(result.name).not.toBeNull();
		expect(Array.from(result.name ?? "").length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
		expect(result.name).not.toMatch(/\s$/);
		expect(result.name).not.toMatch(/[\uD800-\uDBFF]$/);
	});
});

describe("uniqueNotePath", () => {
	const taken =
		(...paths: string[]) =>
		(path: string) =>
			paths.includes(path);

	it.each([
		["Specs", "Checkout", taken(), "Specs/Checkout.md"],
		["Specs", "Checkout", taken("Specs/Checkout.md"), "Specs/Checkout 1.md"],
		["Specs", "Checkout", taken("Specs/Checkout.md", "Specs/Checkout 1.md"), "Specs/Checkout 2.md"],
		["", "Checkout", taken(), "Checkout.md"],
		["/", "Checkout", taken(), "Checkout.md"],
		["Specs/", "Checkout", taken(), "Specs/Checkout.md"],
		["/Team//Specs/", "Checkout", taken(), "Team/Specs/Checkout.md"],
	])("%j %j", (folder, name, exists, expected) => {
		expect(uniqueNotePath(folder, name, exists)).toBe(expected);
	});

	it("never returns an existing path, and gives up (null) rather than loop forever", () => {
		expect(uniqueNotePath("Specs", "X", () => true)).toBeNull();
	});
});

describe("uniqueFilePath", () => {
	it.each([
		["Specs", "Specs", [], "Specs/Specs.base"],
		["Specs", "Specs", ["Specs/Specs.base"], "Specs/Specs 1.base"],
		["", "Specs", ["Specs.base", "Specs 1.base"], "Specs 2.base"],
		["Specs", "Specs", ["Specs/Specs.md"], "Specs/Specs.base"],
	])("%j %j with %j taken", (folder, name, taken, expected) => {
		expect(uniqueFilePath(folder, name, "base", (path) => taken.includes(path))).toBe(expected);
	});
});

describe("isPathInsideVault", () => {
	it.each([
		["Specs", true],
		["Specs/Team A", true],
		["", true],
		["Specs/..hidden", true],
		["../outside", false],
		["Specs/../../outside", false],
		["Specs\\..\\outside", false],
		["/etc", false],
		["\\\\server\\share", false],
		["C:\\Users", false],
		["c:/Users", false],
		["~/notes", false],
		["file:///etc", false],
		["Specs/\u0000", false],
	])("%j -> %s", (path, expected) => {
		expect(isPathInsideVault(path)).toBe(expected);
	});
});
