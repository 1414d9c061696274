import { cleanLinkTarget, domainLinks, linkKey, linkTarget, linkTargets } from "../../../src/core/model/links";

describe("domainLinks", () => {
	it.each([
		["quoted links", { Domains: ["[[Payments]]", "[[Billing]]"] }, ["Payments", "Billing"]],
		["an unquoted link (YAML's nested list)", { domains: [["Payments"]] }, ["Payments"]],
		["unquoted links in a list", { Domains: [[["Payments|Pay"]], [["Risk#Limits"]]] }, ["Payments", "Risk"]],
		["an alias and a heading", { Domains: ["[[Payments|Pay]]", "[[Billing#Invoices]]"] }, ["Payments", "Billing"]],
		["plain strings kept", { domains: ["Search", " Ranking "] }, ["Search", "Ranking"]],
		["one string with several links", { domains: "[[A]], [[B]]" }, ["A", "B"]],
		["duplicates dropped case-insensitively", { domains: ["[[Pay]]", "pay"] }, ["Pay"]],
		[
			"the template's [[Domain]] placeholder is kept as written (a real domain could be called Domain)",
			{ Domains: ["[[Domain]]"] },
			["Domain"],
		],
		["empty links skipped", { domains: ["[[]]", "[[|x]]", null] }, []],
		["no key", {}, []],
		["an object", { domains: { a: 1 } }, []],
	])("%s", (_name, data, expected) => {
		expect(domainLinks(data)).toEqual(expected);
	});
});

describe("linkTarget and linkTargets", () => {
	it.each([
		["Payments", "Payments"],
		["Folder/Payments|Pay", "Folder/Payments"],
		["Payments#Flows|x", "Payments"],
		["#Heading", ""],
	])("linkTarget(%j) is %j", (inner, expected) => {
		expect(linkTarget(inner)).toBe(expected);
	});

	it.each([
		[42, ["42"]],
		[true, []],
		[
			[["X"], "Y"],
			["X", "Y"],
		],
	])("linkTargets(%j) is %j", (value, expected) => {
		expect(linkTargets(value)).toEqual(expected);
	});
});

describe("cleanLinkTarget and linkKey", () => {
	it.each([
		["Payments", "Payments"],
		["[[Payments]]", "Payments"],
		['"[[Payments|Pay]]"', "Payments"],
		["[[Payments#Flows]]", "Payments"],
		[" [[ Folder/Payments ]] ", "Folder/Payments"],
		["  ", ""],
	])("cleanLinkTarget(%j) is %j", (typed, clean) => {
		expect(cleanLinkTarget(typed)).toBe(clean);
	});

	it("linkKey lower-cases the cleaned target", () => {
		expect(linkKey("[[Payments|Pay]]")).toBe(linkKey("payments"));
	});
});
