// Generates a large synthetic vault of spec notes for benchmarks: the five templates' conventions mixed,
// realistic frontmatter, about 6 KB per note, 0-5 open questions, deterministic for a given seed.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A small seeded PRNG (mulberry32), so every run writes the same vault. */
function random(seed) {
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

/** Writes `count` notes under `dir` (in 100 sub-folders) and returns the total bytes written. */
export function generateVault(dir, count, seed = 42) {
	const rand = random(seed);
	const pick = (list) => list[Math.floor(rand() * list.length)];
	const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
	const sentence = () => {
		const n = 8 + Math.floor(rand() * 14);
		const words = Array.from({ length: n }, () => pick(WORDS));
		return `${words[0][0].toUpperCase()}${words.join(" ").slice(1)}.`;
	};
	const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(" ");
	const date = () =>
		`2025-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;

	const openQuestions = (style) => {
		const open = Math.floor(rand() * 6);
		const resolved = Math.floor(rand() * 3);
		const items = [
			...Array.from({ length: open }, () => `- [ ] ${sentence().replace(/\.$/, "?")}`),
			...Array.from({ length: resolved }, () => `- [x] ${sentence()}`),
		];
		if (style === "callout")
			return ["> [!warning] Unresolved", ">", ...items.map((item) => `> ${item}`)].join("\n");
		if (style === "bullets")
			return items
				.filter((item) => item.startsWith("- [ ] "))
				.map((item) => item.replace("- [ ] ", "- "))
				.join("\n");
		return items.join("\n");
	};

	const body = (heading, questionStyle, numbered) => {
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
			parts.push(`## ${numbered ? `${i + 1}. ` : ""}${name}`, "", paragraph(), "");
			if (i % 5 < 3) parts.push(paragraph(), "");
			if (i === 3)
				parts.push(
					"| Entity | Purpose | Key fields |",
					"|---|---|---|",
					`| ${pick(WORDS)} | ${sentence()} | id, ${pick(WORDS)}_id |`,
					"",
				);
			if (i === 4)
				parts.push(
					"```json",
					`{ "id": "uuid", "${pick(WORDS)}": ${Math.floor(rand() * 1000)}, "tags": ["#not-a-tag"] }`,
					"```",
					"",
				);
			if (i === 8) parts.push("- [ ] Unit tests for the happy path", "- [x] Contract tests", "");
			if (i === 5) parts.push(`See [[${pick(DOMAINS)}]] and #${pick(AREAS)} for context.`, "");
		});
		parts.push(
			`## ${numbered ? "11. " : ""}Open Questions`,
			"",
			openQuestions(questionStyle),
			"",
			"## Related",
			"",
			`- [[${pick(DOMAINS)}]]`,
			"",
		);
		return parts.join("\n");
	};

	const notes = [
		// lean: YAML status with the hint comment.
		(title) =>
			`---\nstatus: ${pick(STATUS_WORDS)}   # draft | approved | implementing | done | deprecated\nopportunity: "${pick(WORDS)}-${pick(WORDS)}"\ncreated: ${date()}\nupdated: ${date()}\nestimate: ${1 + Math.floor(rand() * 20)} days\nowner: "${pick(["team", "engineering", "product", "design"])}"\npriority: ${pick(PRIORITY_WORDS)}\ntags:\n${some(
				AREAS,
				3,
			)
				.map((t) => `  - ${t}`)
				.join("\n")}\n  - spec\ndomains:\n${some(DOMAINS, 2)
				.map((d) => `  - "[[${d}]]"`)
				.join("\n")}\n---\n\n${body(title, "tasks", false)}`,
		// detailed: no frontmatter, an inline Status line.
		(title) =>
			`# Feature: ${title}\nStatus: ${pick(STATUS_WORDS)}\nCreated: ${date()}\nApproved By: ${pick(PEOPLE)}\n\n#spec #${pick(AREAS)}\n\n${body("Problem Analysis", "bullets", false).replace(/^# .*\n/, "")}`,
		// tech-spec: type tech-spec, parent link.
		(title) =>
			`---\ntype: tech-spec\nstatus: ${pick(STATUS_WORDS)}\npriority: ${pick(PRIORITY_WORDS)}\ncreated: ${date()}\nupdated: ${date()}\nparent: "[[${pick(DOMAINS)} PRD]]"\ntags: [${some(AREAS, 3).join(", ")}]\n---\n\n${body(title, "tasks", false)}`,
		// architecture: status/ and priority/ tags, Domains as wiki-links.
		(title) =>
			`---\ntags:\n  - status/${pick(STATUS_WORDS).replace(/ /g, "-")}\n  - priority/${pick(PRIORITY_WORDS)}\n  - architecture/feature\n${some(
				AREAS,
				2,
			)
				.map((t) => `  - ${t}`)
				.join("\n")}\nCreated: ${date()}\nUpdated: ${date()}\nDomains:\n${some(DOMAINS, 3)
				.map((d) => `  - "[[${d}]]"`)
				.join("\n")}\n---\n${body(`Feature: ${title}`, "callout", true)}`,
		// general: title, author, reviewers.
		(title) =>
			`---\ntitle: ${title}\nauthor: ${pick(PEOPLE)}\ncreated: ${date()}\nupdated: ${date()}\nstatus: ${pick(STATUS_WORDS)}\nversion: 1.${Math.floor(rand() * 9)}\nreviewers:\n  - ${pick(PEOPLE)}\n  - ${pick(PEOPLE)}\n---\n\n${body(title, "tasks", false)}`,
	];

	let bytes = 0;
	for (let i = 0; i < count; i++) {
		const folder = path.join(dir, `Specs ${String(Math.floor(i / 100)).padStart(2, "0")}`);
		if (i % 100 === 0) mkdirSync(folder, { recursive: true });
		const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase());
		const text = notes[i % notes.length](title);
		writeFileSync(path.join(folder, `${title}.md`), text);
		bytes += Buffer.byteLength(text);
	}
	return bytes;
}
