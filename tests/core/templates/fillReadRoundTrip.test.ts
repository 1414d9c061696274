// Fill -> read: a spec created from any built-in template reads back with the status, priority, domains, tags and title chosen.
import { fillTemplate, type FillValues } from "../../../src/core/templates/fillTemplate";
import { planFieldEdit } from "../../../src/core/edits/noteEdits";
import { SETTABLE_PRIORITIES, SETTABLE_STATUSES } from "../../../src/core/model/specNote";
import type { SettablePriority, SettableStatus } from "../../../src/core/model/specNote";
import { defaultReadOptions } from "../../../src/core/reading/readOptions";
import { readSpecNote } from "../../../src/core/reading/readSpecNote";
import { BUILT_IN_TEMPLATES } from "../../../src/core/templates/builtInTemplates";
import { readYaml } from "../../../src/cli/yamlReader";

const NOW = new Date("2026-03-14T09:30:00Z");
const STATUSES = SETTABLE_STATUSES;
const PRIORITIES = SETTABLE_PRIORITIES;

const values = (status: SettableStatus, priority: SettablePriority): FillValues => ({
	title: "Checkout retries",
	domains: ["Payments", "Risk"],
	status,
	priority,
	tags: ["spec", "team/core"],
	author: "Ada",
	parent: "PRD Checkout",
});

const cases = BUILT_IN_TEMPLATES.flatMap((t) =>
	STATUSES.map((s, n) => [t.id, s, PRIORITIES[n % PRIORITIES.length]] as const),
);

describe.each(cases)("%s filled as %s / %s", (id, status, priority) => {
	const template = BUILT_IN_TEMPLATES.find((t) => t.id === id);
	if (!template) throw new Error(id);
	const text = fillTemplate(template.text, values(status, priority), NOW, {
		dateFormat: "yyyy-MM-dd",
		conventions: template.conventions,
	}).text;

	it("reads back what was chosen", () => {
		const note = readSpecNote(`Specs/${id}.md`, text, readYaml, defaultReadOptions());
		expect({
			status: note.status,
			priority: note.priority,
			domains: note.domains,
			title: note.title,
			isSpec: note.isSpec,
		}).toEqual({
			status,
			priority,
			domains: ["Payments", "Risk"],
			title: "Checkout retries", // the `Feature:` label of `# Feature: {{title}}` is dropped
			isSpec: true,
		});
		expect(note.tags).toEqual(expect.arrayContaining(["spec", "team/core"]));
		expect(note.problems).toEqual([]);
		// The detailed template keeps its date on a body `Created:` line, which the reader does not take as the created date.
		expect(note.created).toBe(id === "detailed-feature-spec" ? null : "2026-03-14");
	});

	it("takes a new status and priority where it keeps them, and reads them back", () => {
		const note = readSpecNote(`Specs/${id}.md`, text, readYaml, defaultReadOptions());
		const nextStatus = STATUSES[(STATUSES.indexOf(status) + 1) % STATUSES.length];
		const nextPriority = PRIORITIES[(PRIORITIES.indexOf(priority) + 1) % PRIORITIES.length];
		const options = { now: new Date("2026-04-01T08:00:00Z"), dateFormat: "yyyy-MM-dd" };
		const statusEdit = planFieldEdit("status", note, text, nextStatus, options);
		const afterStatus = readSpecNote(note.path, statusEdit.text, readYaml, defaultReadOptions());
		expect([afterStatus.status, afterStatus.statusSource]).toEqual([nextStatus, note.statusSource]);
		const priorityEdit = planFieldEdit("priority", afterStatus, statusEdit.text, nextPriority, options);
		const afterPriority = readSpecNote(note.path, priorityEdit.text, readYaml, defaultReadOptions());
		expect([afterPriority.priority, afterPriority.prioritySource, afterPriority.status]).toEqual([
			nextPriority,
			note.prioritySource,
			nextStatus,
		]);
		expect(afterPriority.problems).toEqual([]);
	});
});
