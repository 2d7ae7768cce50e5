import { decodeText } from '../domain/imports/decode-text';
import { parseCsv } from '../domain/imports/parse-csv';
import type { SourceTable } from '../domain/imports/source-table';
import { MAX_IMPORT_ROWS } from './import-limits';
import { nameHeaders } from './source-headers';

/**
 * A CSV upload as a table: encoding detected, first non-blank record as header, at most one
 * row past MAX_IMPORT_ROWS read.
 */
export function readCsvSource(bytes: Uint8Array): SourceTable {
	const { text, encoding } = decodeText(bytes);
	// The header and one row over the limit: enough to tell "over" from "exactly at".
	const [header, ...records] = parseCsv(text, undefined, MAX_IMPORT_ROWS + 2);
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
