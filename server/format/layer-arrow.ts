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

/**
 * A point layer as an Arrow IPC stream with only the columns the map draws: `id`,
 * `position` ([lng, lat], float64) and the layer's colour codes.
 */
export function formatPointsArrow(layer: LayerId, rows: readonly Row[]): Uint8Array {
	const columns: Record<string, Vector> = {
		id: vectorFromArray(
			rows.map((r) => String(r.id)),
			new Utf8()
		),
		position: positionVector(rows)
	};
	// Dictionary ids numbered per response: apache-arrow's own counter would make equal
	// answers differ byte for byte.
	(ARROW_CODE_COLUMNS[layer] ?? []).forEach((name, dictionaryId) => {
		columns[name] = vectorFromArray(
			rows.map((r) => String(r[name] ?? '')),
			new Dictionary(new Utf8(), new Int8(), dictionaryId)
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
