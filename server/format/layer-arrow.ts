import {
	Bool,
	Dictionary,
	Field,
	Float64,
	FixedSizeList,
	Int8,
	Int32,
	makeData,
	makeVector,
	Table,
	tableToIPC,
	Utf8,
	vectorFromArray,
	type Vector
} from 'apache-arrow';
import type { LayerId } from '../contract/layers';
import type { Row } from '../db/database';

/** The media type of an Arrow IPC stream (design.md §3: large point sets may come as Arrow). */
export const ARROW_STREAM_TYPE = 'application/vnd.apache.arrow.stream';

/**
 * The code columns the map colours points by, per point layer; everything else (description,
 * dates, counts) is loaded on click. Each is dictionary-encoded: one byte per point.
 */
export const ARROW_CODE_COLUMNS: Partial<Record<LayerId, readonly string[]>> = {
	surveys: ['pest'],
	blindspots: ['category', 'status'],
	pois: ['kind']
};
/** Boolean columns the map draws (the red ring of an overdue case). */
const ARROW_FLAG_COLUMNS: Partial<Record<LayerId, readonly string[]>> = {
	blindspots: ['overdue']
};

/** `[lng, lat]` pairs as one FixedSizeList<Float64>[2]: deck.gl reads its values as they are. */
function positionVector(rows: readonly Row[]): Vector {
	const xy = new Float64Array(rows.length * 2);
	rows.forEach((r, i) => {
		xy[2 * i] = r.lng as number;
		xy[2 * i + 1] = r.lat as number;
	});
	const child = makeData({ type: new Float64(), length: xy.length, nullCount: 0, data: xy });
	const type = new FixedSizeList(2, new Field('xy', new Float64(), false));
	return makeVector(makeData({ type, length: rows.length, nullCount: 0, child }));
}

/** UTF-8 strings as one Utf8 vector, offsets built in one pass (the builder is ~10× slower). */
function utf8Vector(values: readonly string[]): Vector {
	const encoder = new TextEncoder();
	const parts = values.map((v) => encoder.encode(v));
	const valueOffsets = new Int32Array(values.length + 1);
	parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i]! + p.length));
	const data = new Uint8Array(valueOffsets[values.length]!);
	parts.forEach((p, i) => data.set(p, valueOffsets[i]!));
	return makeVector(
		makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data })
	);
}

/** Codes as a dictionary column: one Int8 index per row into the distinct codes. */
function dictionaryVector(values: readonly string[], id: number): Vector {
	const codes = new Map<string, number>();
	const indices = new Int8Array(values.length);
	values.forEach((v, i) => {
		let k = codes.get(v);
		if (k === undefined) codes.set(v, (k = codes.size));
		indices[i] = k;
	});
	if (codes.size > 127) throw new Error(`more than 127 codes in one column`);
	const type = new Dictionary(new Utf8(), new Int8(), id);
	const dictionary = utf8Vector([...codes.keys()]);
	return makeVector(
		makeData({ type, length: values.length, nullCount: 0, data: indices, dictionary })
	);
}

/**
 * A point layer as an Arrow IPC stream with only the columns the map draws: `id`,
 * `position` ([lng, lat], float64) and the layer's colour codes.
 */
export function formatPointsArrow(layer: LayerId, rows: readonly Row[]): Uint8Array {
	const columns: Record<string, Vector> = {
		id: utf8Vector(rows.map((r) => String(r.id))),
		position: positionVector(rows)
	};
	// Dictionary ids numbered per response: apache-arrow's own counter would make equal
	// answers differ byte for byte.
	(ARROW_CODE_COLUMNS[layer] ?? []).forEach((name, dictionaryId) => {
		columns[name] = dictionaryVector(
			rows.map((r) => String(r[name] ?? '')),
			dictionaryId
		);
	});
	for (const name of ARROW_FLAG_COLUMNS[layer] ?? []) {
		columns[name] = vectorFromArray(
			rows.map((r) => r[name] === true),
			new Bool()
		);
	}
	return tableToIPC(new Table(columns), 'stream');
}

/** H3 cell counts (`h3` index text, `count`) as an Arrow IPC stream. */
export function formatH3CountsArrow(rows: readonly Row[]): Uint8Array {
	const table = new Table({
		h3: vectorFromArray(
			rows.map((r) => String(r.h3)),
			new Utf8()
		),
		count: vectorFromArray(
			rows.map((r) => Number(r.count)),
			new Int32()
		)
	});
	return tableToIPC(table, 'stream');
}
