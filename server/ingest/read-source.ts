import type { ImportLang } from '../contract/import-results';
import type { SourceFormat, SourceTable } from '../domain/imports/source-table';
import { readCsvSource } from './read-csv-source';
import { readGeojsonSource } from './read-geojson-source';
import { readXlsxSource } from './read-xlsx-source';

/**
 * The format of an upload: XLSX by its ZIP signature, GeoJSON by its extension or a leading
 * `{`, anything else is read as CSV.
 */
export function detectFormat(bytes: Uint8Array, filename: string): SourceFormat {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
	if (/\.(geo)?json$/i.test(filename)) return 'geojson';
	const head = new TextDecoder()
		.decode(bytes.subarray(0, 64))
		.replace(/^\uFEFF/, '')
		.trimStart();
	return head.startsWith('{') ? 'geojson' : 'csv';
}

/** An upload as a table; a file refused as a whole is told in `lang`. */
export async function readSource(
	bytes: Uint8Array,
	filename: string,
	sheet: string | undefined,
	lang: ImportLang
): Promise<SourceTable> {
	switch (detectFormat(bytes, filename)) {
		case 'xlsx':
			return readXlsxSource(bytes, sheet, lang);
		case 'geojson':
			return readGeojsonSource(bytes, lang);
		case 'csv':
			return readCsvSource(bytes);
	}
}
