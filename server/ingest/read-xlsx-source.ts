import ExcelJS from 'exceljs';
import type { SourceTable } from '../domain/imports/source-table';
import { AppError } from '../errors';
import { nameHeaders } from './source-headers';

/** A cell's value as a plain value: rich text joined, formulas by their result, links by text. */
function plainValue(v: ExcelJS.CellValue): unknown {
	if (v === null || v === undefined) return null;
	if (typeof v !== 'object' || v instanceof Date) return v;
	if ('richText' in v) return v.richText.map((t) => t.text).join('');
	if ('result' in v) return plainValue((v.result ?? null) as ExcelJS.CellValue);
	if ('text' in v) return v.text;
	if ('error' in v) return v.error;
	return null;
}

/**
 * An XLSX upload as a table: the named sheet (default the first), its first non-empty row as
 * header, rows numbered as Excel numbers them.
 */
export async function readXlsxSource(bytes: Uint8Array, sheetName?: string): Promise<SourceTable> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
	} catch (error) {
		throw new AppError(
			422,
			'invalid_file',
			`the file is not a readable XLSX workbook: ${(error as Error).message}`
		);
	}
	const sheets = workbook.worksheets.map((s) => s.name);
	const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
	if (!sheet) {
		throw new AppError(
			422,
			'invalid_file',
			sheetName === undefined
				? 'the workbook has no sheets'
				: `no sheet "${sheetName}"; the workbook has ${sheets.join(', ')}`,
			{ sheets }
		);
	}
	const rows: { row: number; cells: unknown[] }[] = [];
	sheet.eachRow({ includeEmpty: false }, (row) => {
		const cells: unknown[] = [];
		row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = plainValue(cell.value)));
		if (cells.some((c) => c !== null && c !== undefined && String(c).trim() !== ''))
			rows.push({ row: row.number, cells });
	});
	const [header, ...data] = rows;
	const headers = nameHeaders(Array.from(header?.cells ?? [], (c) => c ?? null));
	return {
		format: 'xlsx',
		encoding: null,
		sheet: sheet.name,
		sheets,
		headers,
		rows: data.map((r) => ({
			row: r.row,
			values: Object.fromEntries(headers.map((h, i) => [h, r.cells[i] ?? null]))
		}))
	};
}
