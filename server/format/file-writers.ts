import { sharedWorkerPool } from '../workers/worker-pool';
import type { ExportRoute } from './route-export-model';
import { formatRouteGpx } from './route-gpx';
import {
	EXPORT_CONTENT_TYPES,
	formatCsv,
	type ExportColumn,
	type ExportFormat
} from './table-export';

/** The bytes of a download. */
export type FileBody = string | Uint8Array<ArrayBuffer>;

/**
 * One file format (Placemark's one object per format): its extension, its media type and how
 * its input becomes the file. A new download format is one writer here.
 */
export interface FileWriter<I> {
	extension: string;
	contentType: string;
	write(input: I): FileBody | Promise<FileBody>;
}

/** A table as the CSV and XLSX writers take it; `sheet` names the XLSX worksheet. */
export interface TableInput<R> {
	columns: readonly ExportColumn<R>[];
	rows: readonly R[];
	sheet: string;
}

/** A table writer takes rows of any shape: the columns say how to read them. */
export interface TableWriter {
	extension: ExportFormat;
	contentType: string;
	write<R>(table: TableInput<R>): FileBody | Promise<FileBody>;
}

export const csvWriter: TableWriter = {
	extension: 'csv',
	contentType: EXPORT_CONTENT_TYPES.csv,
	write: (table) => formatCsv(table.columns, table.rows)
};

/**
 * XLSX is built in a worker thread (exceljs takes seconds for a large table): the cells are
 * read here, since columns read rows with functions, which cannot cross to a worker.
 */
export const xlsxWriter: TableWriter = {
	extension: 'xlsx',
	contentType: EXPORT_CONTENT_TYPES.xlsx,
	write: async (table) =>
		sharedWorkerPool().run('writeXlsx', {
			columns: table.columns.map((c) => ({ header: c.header, numberFormat: c.numberFormat })),
			cells: await readCells(table),
			sheet: table.sheet
		})
};

/** Rows read per slice before the event loop gets a turn. */
const CELL_SLICE_ROWS = 5_000;

async function readCells<R>(table: TableInput<R>): Promise<(string | number | null)[][]> {
	const cells: (string | number | null)[][] = [];
	for (let at = 0; at < table.rows.length; at += CELL_SLICE_ROWS) {
		if (at) await new Promise((next) => setImmediate(next));
		for (const row of table.rows.slice(at, at + CELL_SLICE_ROWS))
			cells.push(table.columns.map((c) => c.value(row)));
	}
	return cells;
}

/** GeoJSON text as it is, or an object to serialise. */
export const geojsonWriter: FileWriter<string | object> = {
	extension: 'geojson',
	contentType: 'application/geo+json; charset=utf-8',
	write: (geojson) => (typeof geojson === 'string' ? geojson : JSON.stringify(geojson))
};

/** GPX 1.1 of planned routes, named by the plan. */
export const gpxWriter: FileWriter<{ name: string; routes: readonly ExportRoute[] }> = {
	extension: 'gpx',
	contentType: 'application/gpx+xml; charset=utf-8',
	write: ({ name, routes }) => formatRouteGpx(name, routes)
};

export const TABLE_WRITERS: Record<ExportFormat, TableWriter> = {
	csv: csvWriter,
	xlsx: xlsxWriter
};

/** A written download: body, media type and file name with its extension. */
export interface FileOutput {
	name: string;
	contentType: string;
	body: FileBody;
}

/** Writes `input` with `writer` as `<baseName>.<extension>`. */
export async function writeFile<I>(
	writer: FileWriter<I>,
	input: I,
	baseName: string
): Promise<FileOutput> {
	return {
		name: `${baseName}.${writer.extension}`,
		contentType: writer.contentType,
		body: await writer.write(input)
	};
}

/** Writes a table as CSV or XLSX through `TABLE_WRITERS`. */
export function writeTable<R>(
	format: ExportFormat,
	table: TableInput<R>,
	baseName: string
): Promise<FileOutput> {
	return writeFile<TableInput<R>>(TABLE_WRITERS[format], table, baseName);
}
