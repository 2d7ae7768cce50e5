import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, BusyError, ShuttingDownError } from '../errors';
import type { HEAVY_JOBS } from './heavy-jobs';
import { restoreLongArrays } from './result-slices';

/** The jobs a worker runs, by name (`heavy-jobs.ts`); payloads and results are plain data. */
export type Jobs = typeof HEAVY_JOBS;
export type JobName = keyof Jobs;
type Payload<K extends JobName> = Parameters<Jobs[K]>[0];
type Result<K extends JobName> = Awaited<ReturnType<Jobs[K]>>;

/**
 * Workers: one per core, less the one the event loop (HTTP, DuckDB calls) needs, and at
 * least one. More workers than cores would only slice the same CPU thinner.
 */
export const WORKER_COUNT = Math.max(1, availableParallelism() - 1);

/**
 * Heavy jobs that may wait for a free worker. A plan, an import or an XLSX takes seconds, so
 * a longer queue only makes clients time out in it; past it the answer is 503 at once.
 */
export const MAX_QUEUED_JOBS = 8;

/** What a client is told to wait (`Retry-After`) when the queue is full. */
export const BUSY_RETRY_AFTER_S = 5;

export interface PoolOptions {
	size?: number;
	maxQueued?: number;
}

interface Task {
	job: JobName;
	payload: unknown;
	transfer: ArrayBuffer[];
	resolve(value: unknown): void;
	reject(error: unknown): void;
}

interface Slot {
	worker: Worker;
	task: Task | null;
	/** Long arrays of the running task's result, arriving slice by slice (result-slices.ts). */
	slices: Map<string, unknown[][]>;
	/** Settles when the worker has loaded its modules (or died trying). */
	ready: Promise<void>;
}

type WorkerMessage =
	| 'ready'
	| { slice: string; items: unknown[] }
	| { ok: true; result: unknown }
	| { ok: false; error: WorkerFailure };

/** An error as it crosses from the worker: an AppError keeps its status and code. */
export interface WorkerFailure {
	status?: AppError['status'];
	code?: string;
	message: string;
	details?: unknown;
	stack?: string;
}

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./worker-main.ts', import.meta.url).href;

/**
 * A small pool of worker threads for CPU-bound jobs, so the event loop keeps answering
 * (`/api/health` among others) while a plan is solved or a file parsed. Workers start on the
 * first job (or `warm()`), are unref'd while idle, and are replaced if one dies.
 */
export class WorkerPool {
	readonly size: number;
	readonly maxQueued: number;
	private readonly slots: Slot[] = [];
	private readonly queue: Task[] = [];
	private closing = false;

	constructor(options: PoolOptions = {}) {
		this.size = options.size ?? WORKER_COUNT;
		this.maxQueued = options.maxQueued ?? MAX_QUEUED_JOBS;
	}

	/**
	 * Starts the workers now, so the first job does not wait for one to load its modules
	 * (~0.5 s); resolves once every worker is ready.
	 */
	warm(): Promise<void> {
		while (!this.closing && this.slots.length < this.size) this.slots.push(this.spawn());
		return Promise.all(this.slots.map((s) => s.ready)).then(() => undefined);
	}

	/**
	 * Runs `job` on a free worker, or queues it; a full queue is a BusyError (503) at once
	 * and a pool that is stopping a ShuttingDownError. `transfer` moves buffers instead of
	 * copying them.
	 */
	run<K extends JobName>(
		job: K,
		payload: Payload<K>,
		transfer: ArrayBuffer[] = []
	): Promise<Result<K>> {
		if (this.closing) return Promise.reject(new ShuttingDownError());
		return new Promise((resolve, reject) => {
			const task: Task = { job, payload, transfer, resolve: resolve as Task['resolve'], reject };
			const slot = this.idleSlot();
			if (slot) return this.start(slot, task);
			if (this.queue.length >= this.maxQueued) return reject(new BusyError(BUSY_RETRY_AFTER_S));
			this.queue.push(task);
		});
	}

	/** Shutdown, at the signal: queued jobs are refused with 503; running ones go on. */
	stopAccepting(): void {
		this.closing = true;
		for (const task of this.queue.splice(0)) task.reject(new ShuttingDownError());
	}

	/** Shutdown, at the grace deadline: running jobs are stopped and answered 503. */
	async terminate(): Promise<void> {
		this.stopAccepting();
		const slots = this.slots.splice(0);
		for (const slot of slots) slot.task?.reject(new ShuttingDownError());
		await Promise.all(slots.map((s) => s.worker.terminate()));
	}

	private idleSlot(): Slot | null {
		const idle = this.slots.find((s) => !s.task);
		if (idle) return idle;
		if (this.slots.length >= this.size) return null;
		const slot = this.spawn();
		this.slots.push(slot);
		return slot;
	}

	private start(slot: Slot, task: Task): void {
		slot.task = task;
		slot.worker.ref();
		slot.worker.postMessage({ job: task.job, payload: task.payload }, task.transfer);
	}

	private spawn(): Slot {
		const worker = new Worker(BOOT, { execArgv: [], workerData: { entry: ENTRY } });
		let markReady = () => {};
		const ready = new Promise<void>((resolve) => (markReady = resolve));
		const slot: Slot = { worker, task: null, slices: new Map(), ready };
		worker.once('exit', markReady);
		worker.unref();
		worker.on('message', (message: WorkerMessage) => {
			if (message === 'ready') return markReady();
			if ('slice' in message) {
				const slices = slot.slices.get(message.slice) ?? [];
				slices.push(message.items);
				slot.slices.set(message.slice, slices);
				// The next slice only after the event loop has had a turn (worker-main.ts).
				setImmediate(() => slot.worker.postMessage('more'));
				return;
			}
			const task = slot.task;
			slot.task = null;
			if (message.ok) {
				restoreLongArrays(message.result, slot.slices);
				task?.resolve(message.result);
			} else task?.reject(reviveError(message.error));
			slot.slices = new Map();
			this.next(slot);
		});
		worker.on('error', (error) => this.replace(slot, error));
		worker.on('exit', (code) => {
			if (this.slots.includes(slot)) this.replace(slot, new Error(`worker exited (${code})`));
		});
		return slot;
	}

	/** A worker died (out of memory, a crash): its job fails, a fresh worker takes its place. */
	private replace(slot: Slot, error: unknown): void {
		const at = this.slots.indexOf(slot);
		if (at < 0) return;
		slot.task?.reject(error);
		slot.task = null;
		void slot.worker.terminate();
		this.slots.splice(at, 1);
		if (this.closing) return;
		if (this.queue.length) {
			const fresh = this.spawn();
			this.slots.push(fresh);
			this.next(fresh);
		}
	}

	private next(slot: Slot): void {
		const task = this.queue.shift();
		if (task) this.start(slot, task);
		else slot.worker.unref();
	}
}

function reviveError(failure: WorkerFailure): Error {
	if (failure.status && failure.code) {
		return new AppError(failure.status, failure.code, failure.message, failure.details);
	}
	const error = new Error(failure.message);
	if (failure.stack) error.stack = failure.stack;
	return error;
}

let shared: WorkerPool | null = null;

/** The process's one pool: the server's routes and exports share it. */
export function sharedWorkerPool(): WorkerPool {
	shared ??= new WorkerPool();
	return shared;
}
