import type ExcelJS from 'exceljs';
import { loadExcel } from './load-excel';

/** One column of an exported table: header text (already localised) and how to read a row. */
export interface ExportColumn<R> {
	header: string;
	value: (row: R) => string | number | null;
	/** Excel number format for numeric columns, e.g. `0.00`. */
	numberFormat?: string;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** First characters that make Excel, LibreOffice and Sheets read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that is exactly a number (`-3.5`, `+2`, `1e-7`): a spreadsheet reads it as that number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One CSV cell. Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (OWASP's
 * CSV-injection rule) so a spreadsheet shows it as text instead of running it; numbers, and
 * text that is exactly a number, stay as they are. Then RFC 4180 quoting.
 */
export function csvCell(v: string | number | null | undefined): string {
	if (v === null || v === undefined) return '';
	let s = String(v);
	const isNumber = typeof v === 'number' ? Number.isFinite(v) : PLAIN_NUMBER.test(s);
	if (!isNumber && FORMULA_START.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV as Excel on Chinese Windows opens it: UTF-8 with a byte-order mark (without it Excel
 * reads GBK and garbles every Chinese header), CRLF line ends, RFC 4180 quoting, no formulas
 * (`csvCell`).
 */
export function formatCsv<R>(columns: readonly ExportColumn<R>[], rows: readonly R[]): string {
	const lines = [columns.map((c) => csvCell(c.header)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An XLSX workbook of one sheet, header row frozen and bold, numbers kept as numbers. */
export async function formatXlsx<R>(
	columns: readonly ExportColumn<R>[],
	rows: readonly R[],
	sheetName: string
): Promise<Uint8Array<ArrayBuffer>> {
	const { default: Excel } = await loadExcel();
	const workbook = new Excel.Workbook();
	workbook.creator = 'SaniMap';
	// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
	const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	sheet.columns = columns.map((c) => ({
		header: c.header,
		width: Math.max(10, c.header.length * 2 + 2),
		style: c.numberFormat ? { numFmt: c.numberFormat } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
	return new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
