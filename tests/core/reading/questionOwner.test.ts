import { ownsQuestion, questionOwner } from "../../../src/core/reading/questionOwner";

describe("a question's owner is told apart from its text", () => {
	it.each<[string, string | null, string]>([
		["Which queue holds retries? (owner: Dana)", "Dana", "Which queue holds retries?"],
		["(Owner: @dana) Which queue holds retries?", "dana", "Which queue holds retries?"],
		["Which queue holds retries (owner: Dana Lee)?", "Dana Lee", "Which queue holds retries?"],
		["@dana: which queue holds retries?", "dana", "which queue holds retries?"],
		["Which queue holds retries? @dana", "dana", "Which queue holds retries?"],
		["Which queue holds retries @dana?", "dana", "Which queue holds retries?"],
		["Ask @dana whether the queue holds retries?", "dana", "Ask @dana whether the queue holds retries?"],
		["Mail ops@example.com about retries?", null, "Mail ops@example.com about retries?"],
		["Which queue holds retries?", null, "Which queue holds retries?"],
		["@dana", "dana", "@dana"],
		["Retries? (owner: )", null, "Retries? (owner: )"],
	])("%s", (text, owner, rest) => {
		expect(questionOwner(text)).toEqual({ owner, text: rest });
	});

	it.each([
		["Limits? @Dana", "dana", true],
		["Limits? (owner: [[Dana]])", "Dana", true],
		["Limits? @dana", "@Dana", true],
		["Limits? @danae", "dana", false],
		["Limits? @dana", "", false],
		["Limits?", "dana", false],
	])("%s is owned by %s: %s", (text, me, owns) => {
		expect(ownsQuestion(text, me)).toBe(owns);
	});
});
