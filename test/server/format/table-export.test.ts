import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatXlsx, type ExportColumn } from '../../../server/format/table-export';

type Row = { v: string | number | null };
const COLUMNS: ExportColumn<Row>[] = [{ header: 'v', value: (r) => r.v }];

/** The CSV text of one cell, as formatCsv writes it (after the BOM and the header line). */
const csvOf = (v: Row['v']) => formatCsv(COLUMNS, [{ v }]).slice('\uFEFFv\r\n'.length, -2);

describe('formatCsv: no formulas (OWASP CSV injection)', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['=1+1', "'=1+1"],
		['+1+1', "'+1+1"],
		['-1+1', "'-1+1"],
		['@SUM(1)', "'@SUM(1)"],
		['\t=1+1', "'\t=1+1"],
		['\r=1+1', `"'\r=1+1"`],
		['-', "'-"],
		['=A1,"x"', `"'=A1,""x"""`]
	])('%j is written as text: %j', (text, cell) => {
		expect(csvOf(text)).toBe(cell);
	});

	it.each([
		[-3.5, '-3.5'],
		[-12, '-12'],
		[-1e-7, '-1e-7'],
		['-3.5', '-3.5'],
		['-87.623', '-87.623'],
		['+2', '+2'],
		['1e-7', '1e-7']
	])('keeps the number %j as %j', (value, cell) => {
		expect(csvOf(value)).toBe(cell);
	});

	it('leaves other text, empty cells and inner signs alone', () => {
		expect(csvOf('a=b+c-d@e')).toBe('a=b+c-d@e');
		expect(csvOf('东湖社区 -2')).toBe('东湖社区 -2');
		expect(csvOf('')).toBe('');
		expect(csvOf(null)).toBe('');
		expect(csvOf('a,"b"')).toBe('"a,""b"""');
	});

	it('a number that is not finite is text like any other', () => {
		expect(csvOf(-Infinity)).toBe("'-Infinity");
	});
});

describe('formatXlsx stores text as text', () => {
	it('formula-looking text is a string cell, numbers are number cells', async () => {
		const values = ['=HYPERLINK("http://x","y")', '+1+1', '-1+1', '@SUM(1)', '\t=1+1', -3.5];
		const bytes = await formatXlsx(
			COLUMNS,
			values.map((v) => ({ v })),
			'sheet'
		);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(bytes.buffer);
		const cells = values.map((_, k) => wb.worksheets[0].getRow(k + 2).getCell(1));
		expect(cells.map((c) => [c.type, c.value, c.formula])).toEqual([
			...values.slice(0, -1).map((v) => [ExcelJS.ValueType.String, v, undefined]),
			[ExcelJS.ValueType.Number, -3.5, undefined]
		]);
	});
});
