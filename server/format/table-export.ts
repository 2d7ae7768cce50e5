import ExcelJS from 'exceljs';

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

/**
 * CSV as Excel on Chinese Windows opens it: UTF-8 with a byte-order mark (without it Excel
 * reads GBK and garbles every Chinese header), CRLF line ends, RFC 4180 quoting.
 */
export function formatCsv<R>(columns: readonly ExportColumn<R>[], rows: readonly R[]): string {
	const cell = (v: string | number | null) => {
		if (v === null || v === undefined) return '';
		const s = String(v);
		return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [columns.map((c) => cell(c.header)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An XLSX workbook of one sheet, header row frozen and bold, numbers kept as numbers. */
export async function formatXlsx<R>(
	columns: readonly ExportColumn<R>[],
	rows: readonly R[],
	sheetName: string
): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
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
