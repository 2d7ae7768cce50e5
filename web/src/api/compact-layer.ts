import type { LayerCollection, LayerId } from '../../../server/contract/layers';
import { ApiError, isAbortError, readError, type FetchFn } from './client';

/** The Arrow IPC stream type the layer API answers point layers in (design.md §3). */
export const ARROW_STREAM_TYPE = 'application/vnd.apache.arrow.stream';

/** Map layers loaded in compact form; the others (and every other page) keep GeoJSON. */
export const COMPACT_LAYERS: readonly LayerId[] = ['surveys', 'blindspots'];

/** A code column: one dictionary index per point and the dictionary's codes. */
export interface CodeColumn {
	indices: ArrayLike<number>;
	values: readonly string[];
}

/** Points as columns deck.gl draws directly: `positions` is `[lng, lat]` × length. */
export interface PointColumns {
	form: 'points';
	length: number;
	ids: readonly string[];
	positions: Float64Array;
	codes: Record<string, CodeColumn>;
	flags: Record<string, Uint8Array>;
}

/** H3 cell counts, each with its hexagon ring ([lng, lat]). */
export interface CellCounts {
	form: 'h3';
	resolution: number;
	cells: { h3: string; count: number; ring: [number, number][] }[];
}

export type CompactData = PointColumns | CellCounts;

/** A compact layer answer in the shape the loaders hold: no features, the counts, the columns. */
export type CompactCollection<L extends LayerId> = LayerCollection<L> & { compact: CompactData };

interface ArrowData {
	offset: number;
	length: number;
	values: ArrayLike<number> & { subarray(a: number, b: number): ArrayLike<number> };
	children: ArrowData[];
	dictionary?: { toArray(): ArrayLike<unknown> };
}
interface ArrowVector {
	data: ArrowData[];
	toArray(): ArrayLike<unknown>;
}

function positionsOf(vector: ArrowVector, length: number): Float64Array {
	const out = new Float64Array(length * 2);
	let at = 0;
	for (const d of vector.data) {
		const child = d.children[0]!;
		const start = child.offset + d.offset * 2;
		out.set(child.values.subarray(start, start + d.length * 2) as Float64Array, at);
		at += d.length * 2;
	}
	return out;
}

function codesOf(vector: ArrowVector): CodeColumn {
	const first = vector.data[0];
	const values = first?.dictionary ? (Array.from(first.dictionary.toArray()) as string[]) : [];
	const indices: number[] = [];
	for (const d of vector.data) {
		const part = d.values.subarray(d.offset, d.offset + d.length);
		for (let i = 0; i < part.length; i++) indices.push(part[i]!);
	}
	return { indices: Int8Array.from(indices), values };
}

/** Decodes an Arrow answer (apache-arrow and h3-js load with the first compact layer). */
async function decode(buffer: ArrayBuffer, headers: Headers): Promise<CompactData> {
	const { tableFromIPC } = await import('apache-arrow');
	const table = tableFromIPC(new Uint8Array(buffer));
	const column = (name: string) => table.getChild(name) as unknown as ArrowVector | null;
	if (headers.get('X-Layer-Form') === 'h3') {
		const { cellToBoundary } = await import('h3-js');
		const h3 = Array.from(column('h3')?.toArray() ?? []) as string[];
		const count = Array.from(column('count')?.toArray() ?? []) as number[];
		return {
			form: 'h3',
			resolution: Number(headers.get('X-Layer-H3-Resolution')),
			cells: h3.map((cell, i) => ({
				h3: cell,
				count: count[i]!,
				ring: cellToBoundary(cell, true) as [number, number][]
			}))
		};
	}
	const length = table.numRows;
	const codes: Record<string, CodeColumn> = {};
	const flags: Record<string, Uint8Array> = {};
	for (const field of table.schema.fields) {
		const vector = column(field.name)!;
		if (field.name === 'id' || field.name === 'position') continue;
		if (field.type.toString().startsWith('Dictionary')) codes[field.name] = codesOf(vector);
		else
			flags[field.name] = Uint8Array.from(vector.toArray() as ArrayLike<unknown>, (v) =>
				v ? 1 : 0
			);
	}
	return {
		form: 'points',
		length,
		ids: Array.from(column('id')?.toArray() ?? []) as string[],
		positions: length ? positionsOf(column('position')!, length) : new Float64Array(0),
		codes,
		flags
	};
}

/**
 * One point layer for the map as Arrow (issue 18): only the drawn columns, or H3 cell counts
 * at low zoom; the `X-Layer-*` headers give whether it was capped, how many match and came.
 */
export async function fetchCompactLayer<L extends LayerId>(
	fetchFn: FetchFn,
	layer: L,
	query: string,
	signal?: AbortSignal
): Promise<CompactCollection<L>> {
	let response: Response;
	try {
		response = await fetchFn(`/api/layers/${layer}${query ? `?${query}` : ''}`, {
			signal,
			headers: { accept: ARROW_STREAM_TYPE }
		});
	} catch (error) {
		if (isAbortError(error)) throw error;
		throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
	}
	if (!response.ok) throw await readError(response);
	const compact = await decode(await response.arrayBuffer(), response.headers);
	const returned = Number(response.headers.get('X-Layer-Returned'));
	return {
		type: 'FeatureCollection',
		features: [],
		limit: returned,
		truncated: response.headers.get('X-Layer-Capped') === 'true',
		total: Number(response.headers.get('X-Layer-Total')),
		returned,
		compact
	};
}
