import { readFileSync } from "fs";
import { readSpecNote } from "../src/core/reading/readSpecNote";
import { defaultReadOptions } from "../src/core/reading/readOptions";
import { readYaml } from "../src/cli/yamlReader";
it("peek", () => {
	for (const f of (process.env.PEEK ?? "").split(",")) {
		const n = readSpecNote(f, readFileSync(f, "utf8"), readYaml, defaultReadOptions());
		console.log(JSON.stringify({ title: n.title, status: n.status, raw: n.statusRaw, src: n.statusSource, line: n.statusLine, pr: n.priority, prraw: n.priorityRaw, prsrc: n.prioritySource, q: n.openQuestions.length, dom: n.domains, probs: n.problems.map(p=>p.code) }));
	}
});
