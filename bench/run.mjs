// `npm run bench`: runs every bench/*.bench.mjs in turn, each in its own Node process (so memory peaks do not mix).
// Prints what each benchmark prints; asserts nothing. Exits non-zero only when a benchmark crashes.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
	.filter((name) => name.endsWith(".bench.mjs"))
	.filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
	.sort();

if (files.length === 0) {
	process.stderr.write(
		`No benchmarks found in ${benchDir}${only.length > 0 ? ` matching ${only.join(", ")}` : ""}.\n`,
	);
	process.exit(1);
}

let failed = 0;
for (const name of files) {
	process.stdout.write(`\n=== ${name}\n`);
	const result = spawnSync(process.execPath, [path.join(benchDir, name)], { stdio: "inherit" });
	if (result.status !== 0) {
		failed += 1;
		process.stderr.write(`${name} failed (exit ${result.status ?? result.signal})\n`);
	}
}
process.exitCode = failed > 0 ? 1 : 0;
