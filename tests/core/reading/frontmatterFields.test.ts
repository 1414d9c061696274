import { FieldReader, fieldValue, hasField } from "../../../src/core/reading/frontmatterFields";

describe("fieldValue", () => {
	it.each<[string, Record<string, unknown>, string[], unknown]>([
		["an exact key", { status: "draft" }, ["status"], "draft"],
		["case and separators ignored", { "Last Updated": "2024-01-05" }, ["last_updated"], "2024-01-05"],
		["the first name found wins", { date: "d", created: "c" }, ["created", "date"], "c"],
		[
			"a null value is skipped for the next key of the same form",
			{ Status: null, status_: "draft", STATUS: "done" },
			["status"],
			"draft",
		],
		["nothing", { other: 1 }, ["status"], undefined],
	])("%s", (_name, data, names, expected) => {
		expect(fieldValue(data, names)).toEqual(expected);
	});

	it("sees a key added to an object it has already read", () => {
		const data: Record<string, unknown> = { Title: "t" };
		expect(fieldValue(data, ["owner"])).toBeUndefined();
		data.Owner = "Ann";
		expect(fieldValue(data, ["owner"])).toBe("Ann");
		delete data.Owner;
		data.OWNER = "Bob";
		expect(fieldValue(data, ["owner"])).toBe("Bob");
		expect(hasField(data, "title")).toBe(true);
		expect(hasField(data, "owner")).toBe(true);
		expect(hasField({}, "owner")).toBe(false);
	});
});

describe("FieldReader", () => {
	it("reads one note's fields as fieldValue and hasField do, each reader on its own object", () => {
		const first = new FieldReader({ "Last Updated": "2024-01-05", Owner: "Ann" });
		const second = new FieldReader({ last_updated: "2025-02-06" });
		expect(first.value(["last_updated"])).toBe("2024-01-05");
		expect(second.value(["last_updated"])).toBe("2025-02-06");
		expect(first.value(["owner"])).toBe("Ann");
		expect(fieldValue(first, ["owner"])).toBe("Ann");
		expect(hasField(first, "owner")).toBe(true);
		expect(second.has("owner")).toBe(false);
		expect(first.value(["status"])).toBeUndefined();
	});
});
