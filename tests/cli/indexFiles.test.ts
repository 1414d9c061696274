// Indexing on several threads gives exactly what one thread gives: the same notes, skips and failures, in the same order.
// The threads run the bundled command line (as dist/cli.cjs does), so these tests bundle it first with esbuild.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import esbuild from "esbuild";
import { defaultThreads, indexFiles } from "../../src/cli/indexFiles";
import { indexVault } from "../../src/cli/indexVault";
import { threadsFromEnv } from "../../src/cli/run";
import { walkVault } from "../../src/cli/walkVault";
import { defaultReadOptions } from "../../src/core/reading/readOptions";

const repoRoot = path.resolve(__dirname, "../..");
const realworld = path.resolve(repoRoot, "../shared/realworld-specs");
let work = "";
let bundle = "";
let cliBundle = "";
let bigVault = "";

beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), "spec-board-threads-"));
	bundle = path.join(work, "index.cjs");
	cliBundle = path.join(work, "cli.cjs");
	const common = {
		bundle: true,
		format: "cjs" as const,
		platform: "node" as const,
		target: "node20",
		loader: { ".md": "text" as const },
		logLevel: "warning" as const,
		absWorkingDir: repoRoot,
	};
	esbuild.buildSync({
		...common,
		stdin: { contents: 'export { indexVault } from "./src/cli/indexVault";', resolveDir: repoRoot, loader: "ts" },
		outfile: bundle,
	});
	esbuild.buildSync({ ...common, entryPoints: [path.join(repoRoot, "src/cli/main.ts")], outfile: cliBundle });

	// A vault past the command line's threshold (500 notes), with an unreadable-as-text (binary) note and a nested folder.
	bigVault = path.join(work, "vault");
	for (let copy = 0; copy < 40; copy++)
		cpSync(path.join(repoRoot, "examples/vault"), path.join(bigVault, `Team ${String(copy).padStart(2, "0")}`), {
			recursive: true,
		});
	mkdirSync(path.join(bigVault, "Odd"), { recursive: true });
	writeFileSync(path.join(bigVault, "Odd/binary.md"), Buffer.from([0x23, 0x20, 0x00, 0x01]));
	writeFileSync(
		path.join(bigVault, "Odd/crlf.md"),
		"---\r\nstatus: Draft\r\n---\r\n# CRLF\r\n\r\n## Open questions\r\n\r\n- [ ] Why?\r\n",
	);
}, 60_000);

afterAll(() => {
	if (work !== "") rmSync(work, { recursive: true, force: true });
});

/** indexVault in a child process from the bundle, on `threads` threads (no threshold); returns its result and how many threads it started. */
function indexInChild(dir: string, threads: number): { index: ReturnType<typeof indexVault>; started: number } {
	const script = `
		const threads = require("node:worker_threads");
		const Original = threads.Worker;
		let started = 0;
		threads.Worker = class extends Original { constructor(...args) { super(...args); started++; } };
		const { indexVault } = require(${JSON.stringify(bundle)});
		const options = { ...${JSON.stringify(defaultReadOptions())} };
		const index = indexVault(${JSON.stringify(dir)}, options, { threads: ${threads}, minFiles: 0 });
		process.stdout.write(JSON.stringify({ index, started }));
	`;
	const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 256 << 20 });
	if (result.status !== 0) throw new Error(result.stderr);
	return JSON.parse(result.stdout) as { index: ReturnType<typeof indexVault>; started: number };
}

/** The in-process, single-threaded reading, as JSON would carry it. */
function indexHere(dir: string): ReturnType<typeof indexVault> {
	return JSON.parse(JSON.stringify(indexVault(dir, defaultReadOptions(), { threads: 1 }))) as ReturnType<
		typeof indexVault
	>;
}

describe("indexing on several threads", () => {
	const folders: [string, () => string][] = [
		["the example vault", () => path.join(repoRoot, "examples/vault")],
		["the fixtures", () => path.join(repoRoot, "tests/fixtures/notes")],
		["a 560-note vault with a binary note", () => bigVault],
	];
	if (existsSync(realworld)) folders.push(["the real-world specs", () => realworld]);

	it.each(folders)("gives what one thread gives: %s", (_name, dir) => {
		const expected = indexHere(dir());
		for (const threads of [2, 3]) {
			const { index, started } = indexInChild(dir(), threads);
			expect(started).toBe(threads - 1);
			expect(index).toEqual(expected);
		}
	});

	it("still reads everything on the main thread when a thread cannot start", () => {
		const dir = path.join(repoRoot, "examples/vault");
		const files = walkVault(dir).files;
		const single = indexFiles(files, defaultReadOptions(), { threads: 1 });
		const parallel = indexFiles(files, defaultReadOptions(), {
			threads: 3,
			minFiles: 0,
			workerScript: path.join(work, "no-such-script.cjs"),
		});
		expect(parallel).toEqual(single);
	});

	it("stays on one thread for small folders, and where the threads cannot run this module (TypeScript under jest)", () => {
		const files = walkVault(path.join(repoRoot, "examples/vault")).files;
		expect(indexFiles(files, defaultReadOptions(), { threads: 4 })).toEqual(
			indexFiles(files, defaultReadOptions(), { threads: 1 }),
		);
		expect(indexFiles(files, defaultReadOptions(), { threads: 4, minFiles: 0 })).toEqual(
			indexFiles(files, defaultReadOptions(), { threads: 1 }),
		);
	});

	it.each<[string, string[]]>([
		["as text", []],
		["as JSON", ["--json"]],
	])("the command line prints the same board on 1 and 2 threads, %s", (_name, flags) => {
		const runCli = (threads: string): string => {
			const args = [cliBundle, bigVault, "--all", ...flags];
			const result = spawnSync(process.execPath, args, {
				encoding: "utf8",
				env: { ...process.env, SPEC_BOARD_THREADS: threads, NO_COLOR: "1" },
				maxBuffer: 64 << 20,
			});
			expect(result.status).toBe(0);
			return `${result.stdout}\n--- stderr\n${result.stderr}`;
		};
		const one = runCli("1");
		expect(one).toContain("skipped Odd/binary.md");
		expect(runCli("2")).toBe(one);
	});
});

describe("how many threads", () => {
	it.each([
		[1, 1],
		[2, 1],
		[3, 1],
		[4, 3],
		[8, 7],
		[32, 8],
	])("%i cores: %i by default", (cores, threads) => {
		expect(defaultThreads(cores)).toBe(threads);
	});

	it.each([
		[undefined, undefined],
		["", undefined],
		["0", undefined],
		["1", 1],
		[" 4 ", 4],
		["two", undefined],
		["-2", undefined],
		["1.5", undefined],
	])("SPEC_BOARD_THREADS=%j gives %j", (value, threads) => {
		expect(threadsFromEnv(value)).toBe(threads);
	});
});
