// Runs the command line in-process with captured output, a fixed clock and git kept to the test's settings.
import { run, type CliIo } from "../../src/cli/run";
import { GIT_TEST_ENV } from "./gitRepo";

/** The tests' fixed clock: 2026-03-01T12:00:00Z. */
export const FIXED_NOW = Date.parse("2026-03-01T12:00:00Z");

/** What a run printed and returned. */
export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `spec-board argv` in cwd with the fixed clock; git is on unless env says SPEC_BOARD_GIT=none. */
export function runIn(cwd: string, argv: string[], overrides: Partial<CliIo> = {}): CliResult {
	let stdout = "";
	let stderr = "";
	const saved: Record<string, string | undefined> = {};
	for (const [key, value] of Object.entries(GIT_TEST_ENV)) {
		saved[key] = process.env[key];
		process.env[key] = value;
	}
	try {
		const code = run(argv, {
			stdout: (text) => (stdout += text),
			stderr: (text) => (stderr += text),
			env: {},
			isTTY: false,
			cwd,
			now: () => FIXED_NOW,
			...overrides,
		});
		return { code, stdout, stderr };
	} finally {
		for (const [key, value] of Object.entries(saved)) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	}
}
