import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { HEAVY_JOBS } from './heavy-jobs';
import type { JobName, WorkerFailure } from './worker-pool';

/** A worker thread: runs one job at a time and posts back its result or its error. */
parentPort?.on('message', async ({ job, payload }: { job: JobName; payload: never }) => {
	try {
		const result = await HEAVY_JOBS[job](payload);
		parentPort?.postMessage({ ok: true, result }, transferablesOf(result));
	} catch (error) {
		parentPort?.postMessage({ ok: false, error: describe(error) });
	}
});

function describe(error: unknown): WorkerFailure {
	if (error instanceof AppError) {
		const { status, code, message, details } = error;
		return { status, code, message, details };
	}
	const e = error instanceof Error ? error : new Error(String(error));
	return { message: e.message, stack: e.stack };
}

/** A result that is one byte array (an XLSX file) is moved, not copied. */
function transferablesOf(result: unknown): ArrayBuffer[] {
	return result instanceof Uint8Array && result.buffer instanceof ArrayBuffer
		? [result.buffer]
		: [];
}
