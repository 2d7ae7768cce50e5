import { decodeText } from '../domain/imports/decode-text';
import { parseCsv } from '../domain/imports/parse-csv';
import type { SourceTable } from '../domain/imports/source-table';
import { nameHeaders } from './source-headers';

/** A CSV upload as a table: encoding detected, first non-blank record as header. */
export function readCsvSource(bytes: Uint8Array): SourceTable {
	const { text, encoding } = decodeText(bytes);
	const [header, ...records] = parseCsv(text);
	const headers = nameHeaders(header?.cells ?? []);
	return {
		format: 'csv',
		encoding,
		sheet: null,
		sheets: [],
		headers,
		rows: records.map((r) => ({
			row: r.row,
			values: Object.fromEntries(headers.map((h, i) => [h, r.cells[i] ?? null]))
		}))
	};
}
