// Synthetic vaults for the benchmarks and the read-count tests, as { path, text, spec } lists (nothing is written here):
// - the realistic vault: 1 note in 10 a spec (the five templates' conventions, ADRs, spec-kit specs, KEPs, RFCs and
//   hand-written specs), the rest ordinary notes (daily notes, meeting notes, project and reading notes with tasks,
//   tags, links and the odd body "Status:" line that makes no spec);
// - the all-specs vault: every note a spec in one of the five templates' conventions, about 6 KB each.
// Deterministic for a seed. `spec` says whether the note is meant to be a spec (the tests hold the reader to it).

/** One generated note. */
export interface VaultNote {
	/** Vault-relative path. */
	path: string;
	/** The note's text. */
	text: string;
	/** Whether it is written as a spec. */
	spec: boolean;
}

/** A small seeded PRNG (mulberry32), so every run writes the same vault. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = (
	"the shopper grocer order payment refund ledger checkout delivery slot address card webhook queue retry index search " +
	"catalogue product basket account session token consent export deletion notification email push reminder driver route " +
	"latency throughput cache invalidation migration rollout flag metric alert dashboard report reconciliation invoice tax " +
	"must should may never always within before after when unless because so that which while during each every one two"
).split(" ");
const STATUS_WORDS = [
	"draft",
	"planning",
	"in review",
	"proposed",
	"approved",
	"designed",
	"implementing",
	"in progress",
	"done",
	"shipped",
	"deprecated",
	"on hold",
];
const PRIORITY_WORDS = ["critical", "high", "medium", "low", "p0", "p1", "p2", "p3"];
const DOMAINS = ["Payments", "Checkout", "Notifications", "Accounts", "Search", "Catalogue", "Delivery", "Analytics"];
const AREAS = [
	"area/checkout",
	"area/payments",
	"area/search",
	"area/accounts",
	"area/checkout/experiments",
	"area/platform/webhooks",
	"team/web",
	"team/mobile",
];
const PEOPLE = ["Priya Natarajan", "Lena Okafor", "Tomás Ferreira", "Sam Whitaker", "Ana Duarte", "Kenji Mori"];
const EVERYDAY_TAGS = ["journal", "idea", "reading", "errand", "health", "family", "book", "podcast", "travel", "work"];

/** Helpers over one seeded random stream. */
function writer(seed: number) {
	const rand = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
	const some = <T>(list: readonly T[], max: number): T[] => [
		...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list))),
	];
	const sentence = (): string => {
		const n = 8 + Math.floor(rand() * 14);
		const words = Array.from({ length: n }, () => pick(WORDS));
		return `${words[0][0].toUpperCase()}${words.join(" ").slice(1)}.`;
	};
	const paragraph = (): string => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(" ");
	const date = (): string =>
		`2025-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
	const title = (i: number): string =>
		`${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase());
	return { rand, pick, some, sentence, paragraph, date, title };
}

type Writer = ReturnType<typeof writer>;

/** Open and resolved questions, as tasks, plain bullets or inside a callout. */
function openQuestions(w: Writer, style: "tasks" | "bullets" | "callout"): string {
	const open = Math.floor(w.rand() * 6);
	const resolved = Math.floor(w.rand() * 3);
	const items = [
		...Array.from({ length: open }, () => `- [ ] ${w.sentence().replace(/\.$/, "?")}`),
		...Array.from({ length: resolved }, () => `- [x] ${w.sentence()}`),
	];
	if (style === "callout") return ["> [!warning] Unresolved", ">", ...items.map((item) => `> ${item}`)].join("\n");
	if (style === "bullets")
		return items
			.filter((item) => item.startsWith("- [ ] "))
			.map((item) => item.replace("- [ ] ", "- "))
			.join("\n");
	return items.join("\n");
}

/** A spec's body: ten sections (numbered or not), a table, a code fence with a `#` inside, tasks, links, questions. */
function specBody(
	w: Writer,
	heading: string,
	questionStyle: "tasks" | "bullets" | "callout",
	numbered: boolean,
): string {
	const sections = [
		"Overview",
		"Problem Statement",
		"Proposed Solution",
		"Data Model",
		"API Design",
		"Failure Modes",
		"Security",
		"Performance",
		"Testing Strategy",
		"Rollout",
	];
	const parts = [`# ${heading}`, ""];
	sections.forEach((name, i) => {
		parts.push(`## ${numbered ? `${i + 1}. ` : ""}${name}`, "", w.paragraph(), "");
		if (i % 5 < 3) parts.push(w.paragraph(), "");
		if (i === 3)
			parts.push(
				"| Entity | Purpose | Key fields |",
				"|---|---|---|",
				`| ${w.pick(WORDS)} | ${w.sentence()} | id, ${w.pick(WORDS)}_id |`,
				"",
			);
		if (i === 4)
			parts.push(
				"```json",
				`{ "id": "uuid", "${w.pick(WORDS)}": ${Math.floor(w.rand() * 1000)}, "tags": ["#not-a-tag"] }`,
				"```",
				"",
			);
		if (i === 8) parts.push("- [ ] Unit tests for the happy path", "- [x] Contract tests", "");
		if (i === 5) parts.push(`See [[${w.pick(DOMAINS)}]] and #${w.pick(AREAS)} for context.`, "");
	});
	parts.push(
		`## ${numbered ? "11. " : ""}Open Questions`,
		"",
		openQuestions(w, questionStyle),
		"",
		"## Related",
		"",
		`- [[${w.pick(DOMAINS)}]]`,
		"",
	);
	return parts.join("\n");
}

const yamlList = (items: readonly string[], quote = false): string =>
	items.map((item) => `  - ${quote ? `"${item}"` : item}`).join("\n");

/** The five templates' conventions, each a function of a writer and a title. */
const TEMPLATE_SPECS: ((w: Writer, title: string) => string)[] = [
	// lean: YAML status with the hint comment.
	(w, title) =>
		`---\nstatus: ${w.pick(STATUS_WORDS)}   # draft | approved | implementing | done | deprecated\nopportunity: "${w.pick(WORDS)}-${w.pick(WORDS)}"\ncreated: ${w.date()}\nupdated: ${w.date()}\nestimate: ${1 + Math.floor(w.rand() * 20)} days\nowner: "${w.pick(["team", "engineering", "product", "design"])}"\npriority: ${w.pick(PRIORITY_WORDS)}\ntags:\n${yamlList(w.some(AREAS, 3))}\n  - spec\ndomains:\n${yamlList(
			w.some(DOMAINS, 2).map((d) => `[[${d}]]`),
			true,
		)}\n---\n\n${specBody(w, title, "tasks", false)}`,
	// detailed: no frontmatter, an inline Status line, the `# Feature:` title and the template's sections.
	(w, title) =>
		`# Feature: ${title}\nStatus: ${w.pick(STATUS_WORDS)}\nCreated: ${w.date()}\nApproved By: ${w.pick(PEOPLE)}\n\n#${w.pick(AREAS)}\n\n## Problem Analysis\n\n${w.paragraph()}\n\n## Solution Design\n\n${specBody(w, "Details", "bullets", false).replace(/^# .*\n/, "")}`,
	// tech-spec: type tech-spec, parent link.
	(w, title) =>
		`---\ntype: tech-spec\nstatus: ${w.pick(STATUS_WORDS)}\npriority: ${w.pick(PRIORITY_WORDS)}\ncreated: ${w.date()}\nupdated: ${w.date()}\nparent: "[[${w.pick(DOMAINS)} PRD]]"\ntags: [${w.some(AREAS, 3).join(", ")}]\n---\n\n${specBody(w, title, "tasks", false)}`,
	// architecture: status/ and priority/ tags, Domains as wiki-links.
	(w, title) =>
		`---\ntags:\n  - status/${w.pick(STATUS_WORDS).replace(/ /g, "-")}\n  - priority/${w.pick(PRIORITY_WORDS)}\n  - architecture/feature\n${yamlList(w.some(AREAS, 2))}\nCreated: ${w.date()}\nUpdated: ${w.date()}\nDomains:\n${yamlList(
			w.some(DOMAINS, 3).map((d) => `[[${d}]]`),
			true,
		)}\n---\n${specBody(w, `Feature: ${title}`, "callout", true)}`,
	// general: title, author, reviewers.
	(w, title) =>
		`---\ntitle: ${title}\nauthor: ${w.pick(PEOPLE)}\ncreated: ${w.date()}\nupdated: ${w.date()}\nstatus: ${w.pick(STATUS_WORDS)}\nversion: 1.${Math.floor(w.rand() * 9)}\nreviewers:\n  - ${w.pick(PEOPLE)}\n  - ${w.pick(PEOPLE)}\n---\n\n${specBody(w, title, "tasks", false)}`,
];

/** Hand-written specs in other communities' shapes: where each lives, and its text. */
const HAND_WRITTEN_SPECS: ((w: Writer, title: string, i: number) => { path: string; text: string })[] = [
	// An ADR (Nygard): a numbered title, a Status section, in a decisions folder.
	(w, title, i) => ({
		path: `Engineering/decisions/${String(i).padStart(4, "0")}-${title.toLowerCase().replace(/ /g, "-")}.md`,
		text: `# ${i}. ${title}\n\nDate: ${w.date()}\n\n## Status\n\n${w.pick(["Proposed", "Accepted", "Superseded by [[0001-x]]", "Deprecated"])}\n\n## Context\n\n${w.paragraph()}\n\n## Decision\n\n${w.paragraph()}\n\n## Consequences\n\n${w.paragraph()}\n`,
	}),
	// A spec-kit spec: `Feature Specification:` title and a bold Status line, in a specs folder.
	(w, title, i) => ({
		path: `Product/specs/${String(i).padStart(3, "0")}-${title.toLowerCase().replace(/ /g, "-")}/spec.md`,
		text: `# Feature Specification: ${title}\n\n**Feature Branch**: \`${i}-${w.pick(WORDS)}\`\n**Created**: ${w.date()}\n**Status**: ${w.pick(["Draft", "In review", "Approved"])}\n\n## User Scenarios & Testing\n\n${w.paragraph()}\n\n1. **Given** a shopper, **When** ${w.sentence()} **Then** it works.\n\n## Requirements\n\n- **FR-001**: ${w.sentence()}\n- **FR-002**: ${w.sentence()} [NEEDS CLARIFICATION: ${w.sentence()}]\n`,
	}),
	// A KEP: frontmatter status, a `KEP-n:` title.
	(w, title, i) => ({
		path: `Platform/keps/kep-${i}/README.md`,
		text: `---\ntitle: ${title}\nkep-number: ${i}\nauthors:\n  - "@${w.pick(WORDS)}"\nstatus: ${w.pick(["provisional", "implementable", "implemented", "deferred"])}\ncreation-date: ${w.date()}\n---\n# KEP-${i}: ${title}\n\n## Summary\n\n${w.paragraph()}\n\n## Motivation\n\n${w.paragraph()}\n\n## Unresolved Questions\n\n- ${w.sentence().replace(/\.$/, "?")}\n`,
	}),
	// An RFC: `RFC` title and a frontmatter status.
	(w, title, i) => ({
		path: `Engineering/rfcs/rfc-${i}.md`,
		text: `---\nstatus: ${w.pick(["draft", "in review", "accepted"])}\nauthor: ${w.pick(PEOPLE)}\n---\n# RFC ${i}: ${title}\n\n## Summary\n\n${w.paragraph()}\n\n## Motivation\n\n${w.paragraph()}\n\n## Unresolved questions\n\n- [ ] ${w.sentence().replace(/\.$/, "?")}\n`,
	}),
	// A hand-written note made a spec by the spec tag, with its status in a body line, outside any spec folder.
	(w, title) => ({
		path: `Projects/${w.pick(DOMAINS)}/${title}.md`,
		text: `---\ntags: [spec, ${w.pick(AREAS)}]\n---\n# ${title}\n\nStatus: ${w.pick(STATUS_WORDS)}\nPriority: ${w.pick(PRIORITY_WORDS)}\n\n${w.paragraph()}\n\n## Open questions\n\n- [ ] ${w.sentence().replace(/\.$/, "?")}\n`,
	}),
];

/** Ordinary notes: daily notes, meeting notes, project notes and reading notes, with no trace of a spec. */
const ORDINARY_NOTES: ((w: Writer, i: number) => { path: string; text: string })[] = [
	// A daily note with tasks and tags.
	(w, i) => {
		const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
		return {
			path: `Daily/${day.slice(0, 4)}/${day}.md`,
			text: `# ${day}\n\n## Tasks\n\n- [ ] ${w.sentence()} #${w.pick(EVERYDAY_TAGS)}\n- [x] ${w.sentence()}\n- [ ] Call ${w.pick(PEOPLE)}\n\n## Notes\n\n${w.paragraph()} #${w.pick(EVERYDAY_TAGS)}\n\n${w.paragraph()}\n`,
		};
	},
	// A meeting note: frontmatter with date and tags, attendees, agenda, action items; a body Status line for a project.
	(w, i) => ({
		path: `Meetings/${w.date()} ${w.pick(DOMAINS)} sync ${i}.md`,
		text: `---\ndate: ${w.date()}\ntags: [meeting, ${w.pick(AREAS)}]\nattendees:\n  - "[[${w.pick(PEOPLE)}]]"\n  - "[[${w.pick(PEOPLE)}]]"\n---\n# ${w.pick(DOMAINS)} sync\n\n## Agenda\n\n1. ${w.sentence()}\n2. ${w.sentence()}\n\n## Notes\n\nStatus: on track\n\n${w.paragraph()}\n\n${w.paragraph()}\n\n## Action items\n\n- [ ] ${w.pick(PEOPLE)}: ${w.sentence()}\n- [ ] ${w.pick(PEOPLE)}: ${w.sentence()}\n- [x] ${w.sentence()}\n`,
	}),
	// A project note with tasks, tags and links, and one common section heading.
	(w, i) => ({
		path: `Projects/${w.pick(DOMAINS)}/${w.title(i)}.md`,
		text: `---\ntags: [project, ${w.pick(AREAS)}]\nowner: ${w.pick(PEOPLE)}\n---\n# ${w.title(i)}\n\n## Overview\n\n${w.paragraph()}\n\n## Next steps\n\n- [ ] ${w.sentence()}\n- [ ] ${w.sentence()}\n  - [ ] ${w.sentence()}\n- [x] ${w.sentence()}\n\nSee [[${w.pick(DOMAINS)}]] and #${w.pick(EVERYDAY_TAGS)}.\n\n${w.paragraph()}\n`,
	}),
	// A reading note: a quote, highlights, links.
	(w, i) => ({
		path: `Reading/${w.title(i)}.md`,
		text: `---\nauthor: ${w.pick(PEOPLE)}\nrating: ${1 + Math.floor(w.rand() * 5)}\ntags: [reading, ${w.pick(EVERYDAY_TAGS)}]\n---\n# ${w.title(i)}\n\n> ${w.sentence()}\n\n## Highlights\n\n- ${w.sentence()}\n- ${w.sentence()}\n- ${w.sentence()}\n\n${w.paragraph()}\n\n${w.paragraph()}\n`,
	}),
];

/** The realistic vault: `count` notes of which `specs` are specs (spread through it), the rest ordinary notes. */
export function realisticVault(count = 10_000, specs = 1_000, seed = 7): VaultNote[] {
	const w = writer(seed);
	const notes: VaultNote[] = [];
	const every = count / specs;
	let made = 0;
	for (let i = 0; i < count; i++) {
		if (made < specs && i >= made * every) {
			// Five in eight from the templates (in the Specs folder the create command uses), three in eight hand-written.
			const title = w.title(i);
			const kind = made % 8;
			if (kind < 5) notes.push({ path: `Specs/${title}.md`, text: TEMPLATE_SPECS[kind](w, title), spec: true });
			else {
				const written = HAND_WRITTEN_SPECS[(made >> 3) % HAND_WRITTEN_SPECS.length](w, title, i);
				notes.push({ ...written, spec: true });
			}
			made++;
			continue;
		}
		const written = ORDINARY_NOTES[i % ORDINARY_NOTES.length](w, i);
		notes.push({ ...written, spec: false });
	}
	return uniquePaths(notes);
}

/** The all-specs vault: `count` specs in 100 folders, the five templates' conventions in turn, about 6 KB each. */
export function allSpecsVault(count = 10_000, seed = 42): VaultNote[] {
	const w = writer(seed);
	const notes: VaultNote[] = [];
	for (let i = 0; i < count; i++) {
		const title = w.title(i);
		const folder = `Specs ${String(Math.floor(i / 100)).padStart(2, "0")}`;
		notes.push({ path: `${folder}/${title}.md`, text: TEMPLATE_SPECS[i % 5](w, title), spec: true });
	}
	return uniquePaths(notes);
}

/** Makes every path unique (a clash gets " 1", " 2"… before `.md`), as a vault's file names are. */
function uniquePaths(notes: VaultNote[]): VaultNote[] {
	const seen = new Set<string>();
	for (const note of notes) {
		let path = note.path;
		for (let n = 1; seen.has(path.toLowerCase()); n++) path = note.path.replace(/\.md$/, ` ${n}.md`);
		seen.add(path.toLowerCase());
		note.path = path;
	}
	return notes;
}
