import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { HEAVY_JOBS } from './heavy-jobs';
import { RESULT_SLICE_ITEMS, takeLongArrays } from './result-slices';
import type { JobName, WorkerFailure } from './worker-pool';

/** Called when the main thread asks for the next slice of a long result. */
let sendNext: (() => void) | null = null;

/**
 * A worker thread: runs one job at a time and posts back its result or its error. Long
 * arrays go first, one slice per 'more' from the main thread: Node delivers every queued
 * message in one turn, so unasked-for slices would arrive (and block) all at once.
 */
parentPort?.on('message', async (message: 'more' | { job: JobName; payload: never }) => {
	if (message === 'more') return sendNext?.();
	const { job, payload } = message;
	try {
		const result = await HEAVY_JOBS[job](payload);
		for (const { path, items } of takeLongArrays(result)) {
			for (let at = 0; at < items.length; at += RESULT_SLICE_ITEMS) {
				const asked = new Promise<void>((resolve) => (sendNext = resolve));
				parentPort?.postMessage({
					slice: path.join('\u0000'),
					items: items.slice(at, at + RESULT_SLICE_ITEMS)
				});
				await asked;
			}
		}
		parentPort?.postMessage({ ok: true, result }, transferablesOf(result));
	} catch (error) {
		parentPort?.postMessage({ ok: false, error: describe(error) });
	}
});

parentPort?.postMessage('ready');

function describe(error: unknown): WorkerFailure {
	if (error instanceof AppError) {
		const { status, code, message, details } = error;
		return { status, code, message, details };
	}
	const e = error instanceof Error ? error : new Error(String(error));
	return { message: e.message, stack: e.stack };
}

/** Byte arrays of a result (an XLSX file, an uploaded file) are moved, not copied. */
function transferablesOf(result: unknown, depth = 0): ArrayBuffer[] {
	if (result instanceof Uint8Array) {
		return result.buffer instanceof ArrayBuffer ? [result.buffer] : [];
	}
	if (typeof result !== 'object' || result === null || depth > 2) return [];
	return [...new Set(Object.values(result).flatMap((v) => transferablesOf(v, depth + 1)))];
}
