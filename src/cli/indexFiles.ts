// Reading notes into SpecNotes, one file at a time or on every core at once (node:worker_threads).
// Both ways give the same outcomes in the same order: the threads only share out the work.
//
// The parallel way stays synchronous, like the rest of the command: the files are claimed in small chunks through a
// shared counter (Atomics), the main thread parses chunks too, then waits (Atomics.wait) for the threads that took
// some, and collects their outcomes with receiveMessageOnPort. A thread that never started leaves its share to the
// others; any outcome missing at the end is worked out on the main thread, so nothing is ever lost.
import { availableParallelism } from "node:os";
import {
	MessageChannel,
	Worker,
	isMainThread,
	receiveMessageOnPort,
	workerData,
	type MessagePort,
} from "node:worker_threads";
import type { ReadOptions } from "../core/reading/readOptions";
import { readSpecNote } from "../core/reading/readSpecNote";
import type { NoteProblem, SpecNote } from "../core/model/specNote";
import { findNoteLines, problemsWithLines, type NoteLines } from "../core/reading/noteLines";
import { readNoteFile, type VaultFile } from "./walkVault";
import { readYaml } from "./yamlReader";

/** What reading one file gave: its note, or why it was skipped (unreadable, binary), or why the reader failed (a bug). */
export type FileOutcome =
	| { kind: "note"; note: SpecNote; lines: NoteLines }
	| { kind: "skipped"; reason: string }
	| { kind: "failed"; reason: string };

/** How a folder is shared out between threads. */
export interface ThreadOptions {
	/** Threads to use at most, the main one included (default: see defaultThreads); 1 reads on the main thread only. */
	threads?: number;
	/** Fewer files than this are read on the main thread only: starting threads costs more than it saves (default 500). */
	minFiles?: number;
	/** The script the threads run: this module's bundle (default: the running bundle, when it is one). */
	workerScript?: string;
}

/** Files claimed at a time at most: small enough to share the work evenly, large enough to keep the counter quiet. */
const MAX_CHUNK = 32;
/** The default for ThreadOptions.minFiles. */
const DEFAULT_MIN_FILES = 500;
/** The most threads used by default. */
const DEFAULT_MAX_THREADS = 8;
/** Fewer cores than this and threads do not pay: V8 already keeps a second core busy (garbage collection, compiling). */
const MIN_CORES_FOR_THREADS = 4;
/** Marks a worker thread started for indexing (workerData.kind). */
const WORKER_KIND = "spec-board-index-files";

/** A worker's state in the shared array. */
const NOT_STARTED = 0;
const RUNNING = 1;
const FINISHED = 2;
const NOT_NEEDED = 3;

/** A running thread that sends nothing for this long is taken for stopped. */
const STALLED_MS = 30_000;

/** Slot of the claim counter in the shared array; workers' states follow it. */
const NEXT = 0;

/** What a worker thread is given. */
interface WorkerInput {
	kind: typeof WORKER_KIND;
	/** Its slot in the shared array. */
	slot: number;
	shared: SharedArrayBuffer;
	files: VaultFile[];
	/** Files claimed at a time. */
	chunk: number;
	options: ReadOptions;
	port: MessagePort;
}

/** Outcomes a worker sends for one chunk. */
interface ChunkOutcomes {
	start: number;
	outcomes: FileOutcome[];
}

/**
 * Reads one note and parses it; never throws. A file that was not UTF-8 gets a "not-utf8" problem; every problem gets
 * the line it is about, and the lines of the status, title and tags are kept for the check rules.
 */
export function indexFile(file: VaultFile, options: ReadOptions): FileOutcome {
	const read = readNoteFile(file.absolutePath);
	if (!read.ok) return { kind: "skipped", reason: read.reason };
	try {
		const note = readSpecNote(file.path, read.text, readYaml, options);
		const lines = findNoteLines(read.text, note);
		const problems: NoteProblem[] =
			read.encodingProblem === undefined
				? note.problems
				: [{ code: "not-utf8", message: read.encodingProblem, line: 1 }];
		if (read.encodingProblem !== undefined) for (const problem of note.problems) problems.push(problem);
		return { kind: "note", note: { ...note, problems: problemsWithLines(problems, lines) }, lines };
	} catch (error) {
		return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
	}
}

/** Claims chunks of `files` from the shared counter until none are left, handing each chunk's outcomes to `done`. */
function workThrough(
	counter: Int32Array,
	files: readonly VaultFile[],
	chunk: number,
	options: ReadOptions,
	done: (start: number, outcomes: FileOutcome[]) => void,
): void {
	for (;;) {
		const start = Atomics.add(counter, NEXT, chunk);
		if (start >= files.length) return;
		const end = Math.min(start + chunk, files.length);
		const outcomes: FileOutcome[] = [];
		for (let i = start; i < end; i++) outcomes.push(indexFile(files[i], options));
		done(start, outcomes);
	}
}

/** The running bundle, when the threads can run it (not under ts-jest, where this module is TypeScript). */
function runningBundle(): string | undefined {
	const self = typeof __filename === "string" ? __filename : "";
	return /\.c?js$/.test(self) ? self : undefined;
}

/**
 * The threads used when none are asked for: one per core but one, at most 8, on machines with 4 cores or more; else 1.
 * Measured on 2 cores (bench/cliIndex.bench.mjs prints both): a second thread made indexing slower, since each
 * thread compiles and warms up the code on its own and V8's background work already keeps the second core busy.
 */
export function defaultThreads(cores: number = availableParallelism()): number {
	return cores >= MIN_CORES_FOR_THREADS ? Math.min(cores - 1, DEFAULT_MAX_THREADS) : 1;
}

/** How many threads to use for `count` files. */
function threadCount(count: number, threads: ThreadOptions): number {
	if (count < (threads.minFiles ?? DEFAULT_MIN_FILES)) return 1;
	const wanted = threads.threads ?? defaultThreads();
	return Math.max(1, Math.min(Math.floor(wanted), count));
}

/**
 * Reads and parses every file, in parallel when the folder is large and the machine has several cores; returns the
 * outcomes in the files' order, identical whichever way they were worked out.
 */
export function indexFiles(
	files: readonly VaultFile[],
	options: ReadOptions,
	threads: ThreadOptions = {},
): FileOutcome[] {
	const count = threadCount(files.length, threads);
	const script = threads.workerScript ?? runningBundle();
	if (count <= 1 || script === undefined) return files.map((file) => indexFile(file, options));
	return indexInParallel(files, options, count - 1, script);
}

function indexInParallel(
	files: readonly VaultFile[],
	options: ReadOptions,
	workerCount: number,
	script: string,
): FileOutcome[] {
	// About eight chunks per thread, so a thread that starts late or runs slow leaves little undone.
	const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(files.length / ((workerCount + 1) * 8))));
	const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (1 + workerCount));
	const counter = new Int32Array(shared);
	const outcomes = new Array<FileOutcome | undefined>(files.length);
	const workers: { worker: Worker; port: MessagePort; slot: number }[] = [];
	for (let i = 0; i < workerCount; i++) {
		const slot = 1 + i;
		try {
			const channel = new MessageChannel();
			const input: WorkerInput = {
				kind: WORKER_KIND,
				slot,
				shared,
				files: files as VaultFile[],
				chunk,
				options,
				port: channel.port2,
			};
			const worker = new Worker(script, { workerData: input, transferList: [channel.port2] });
			// A thread that fails to start never claims a file: its share stays with the others.
			worker.on("error", () => undefined);
			worker.unref();
			workers.push({ worker, port: channel.port1, slot });
		} catch {
			Atomics.store(counter, slot, NOT_NEEDED);
		}
	}

	workThrough(counter, files, chunk, options, (start, done) => {
		for (let k = 0; k < done.length; k++) outcomes[start + k] = done[k];
	});

	for (const { worker, port, slot } of workers) {
		// A thread that has not started yet is told not to; one that has is waited for, taking its outcomes as they come.
		Atomics.compareExchange(counter, slot, NOT_STARTED, NOT_NEEDED);
		let heardFrom = Date.now();
		for (;;) {
			if (collect(port, outcomes)) heardFrom = Date.now();
			if (Atomics.load(counter, slot) !== RUNNING) break;
			// A thread silent for this long has stopped (killed, out of memory): what it claimed is redone below.
			if (Date.now() - heardFrom > STALLED_MS) break;
			Atomics.wait(counter, slot, RUNNING, 100);
		}
		collect(port, outcomes);
		port.close();
		void worker.terminate();
	}

	// Anything a thread claimed but did not send (it stopped): worked out here.
	for (let i = 0; i < files.length; i++) outcomes[i] ??= indexFile(files[i], options);
	return outcomes as FileOutcome[];
}

/** Takes the outcomes a thread has sent so far; returns whether there were any. */
function collect(port: MessagePort, outcomes: (FileOutcome | undefined)[]): boolean {
	let any = false;
	for (let message = receiveMessageOnPort(port); message !== undefined; message = receiveMessageOnPort(port)) {
		const { start, outcomes: done } = message.message as ChunkOutcomes;
		for (let k = 0; k < done.length; k++) outcomes[start + k] = done[k];
		any = true;
	}
	return any;
}

/** A worker thread's work: claim chunks, send their outcomes, say when finished. */
function runWorker(input: WorkerInput): void {
	const counter = new Int32Array(input.shared);
	if (Atomics.compareExchange(counter, input.slot, NOT_STARTED, RUNNING) !== NOT_STARTED) {
		input.port.close();
		return;
	}
	try {
		workThrough(counter, input.files, input.chunk, input.options, (start, outcomes) => {
			const message: ChunkOutcomes = { start, outcomes };
			input.port.postMessage(message);
		});
	} finally {
		Atomics.store(counter, input.slot, FINISHED);
		Atomics.notify(counter, input.slot);
		input.port.close();
	}
}

/** Whether this module runs in a thread started by indexFiles (the bundle is the worker's script too). */
export const isIndexWorker = !isMainThread && (workerData as Partial<WorkerInput> | null)?.kind === WORKER_KIND;

if (isIndexWorker) runWorker(workerData as WorkerInput);
