// The spec-board command's entry point: binds run() to this process (bundled to dist/cli.cjs, started by bin/spec-board.js).
import { run } from "./run";

// `spec-board | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (error: Error & { code?: string }) => {
	if (error.code === "EPIPE") process.exit(0);
	throw error;
});

process.exitCode = run(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	env: process.env,
	isTTY: process.stdout.isTTY === true,
	cwd: process.cwd(),
});
