import { decodeText } from '../../../server/domain/imports/decode-text';
import { parseCsv } from '../../../server/domain/imports/parse-csv';
import { formatCsv } from '../../../server/format/table-export';

/** A source CSV as objects keyed by header. */
export function readCsvObjects(bytes: Uint8Array): Record<string, string>[] {
	const [header, ...rows] = parseCsv(decodeText(bytes).text);
	return rows.map((r) => Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i] ?? ''])));
}

/** Canonical rows as the CSV SaniMap exports (UTF-8 BOM): what a clerk would upload. */
export function writeCanonicalCsv(
	headers: readonly string[],
	rows: readonly Record<string, unknown>[]
): string {
	return formatCsv(
		headers.map((h) => ({
			header: h,
			value: (r: Record<string, unknown>) => (r[h] ?? null) as string | number | null
		})),
		rows
	);
}
