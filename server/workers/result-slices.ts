/**
 * Arrays longer than this cross back from a worker in slices of this many items, one message
 * each: structured clone is synchronous on the receiving side, and 200,000 import records in
 * one message held the event loop for seconds (5,000 per slice still ~200 ms on a busy
 * 2-core machine). Between slices other requests get their turn.
 */
export const RESULT_SLICE_ITEMS = 1_000;

/** A long array, found at `path` of a result, taken out to be sent slice by slice. */
export interface LongArray {
	path: string[];
	items: unknown[];
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);

/** Takes out the long arrays of `result` (top level and one level down), leaving [] there. */
export function takeLongArrays(result: unknown): LongArray[] {
	const found: LongArray[] = [];
	const visit = (obj: Obj, path: string[], depth: number) => {
		for (const [key, value] of Object.entries(obj)) {
			if (Array.isArray(value) && value.length > RESULT_SLICE_ITEMS) {
				found.push({ path: [...path, key], items: value });
				obj[key] = [];
			} else if (isObject(value) && depth < 1) visit(value, [...path, key], depth + 1);
		}
	};
	if (isObject(result)) visit(result, [], 0);
	return found;
}

/** Puts the arrays received in slices back at their paths. */
export function restoreLongArrays(result: unknown, arrays: Map<string, unknown[][]>): void {
	for (const [key, slices] of arrays) {
		const path = key.split('\u0000');
		let obj = result as Obj;
		for (const step of path.slice(0, -1)) obj = obj[step] as Obj;
		obj[path[path.length - 1]] = slices.flat();
	}
}
