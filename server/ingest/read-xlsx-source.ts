import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../format/load-excel';
import type { ImportLang } from '../contract/import-results';
import { fileRefusals } from '../domain/imports/file-refusal-messages';
import type { SourceRow, SourceTable } from '../domain/imports/source-table';
import { AppError } from '../errors';
import { MAX_IMPORT_ROWS } from './import-limits';
import { nameHeaders } from './source-headers';
import {
	checkInflatedSizes,
	damagedXlsx,
	readZipDirectory,
	rewriteZip,
	type ZipEntry
} from './zip-entries';

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

/** The parts a streaming read needs, in the order it needs them: names and strings first. */
const PART_ORDER = [
	'xl/_rels/workbook.xml.rels',
	'xl/workbook.xml',
	'xl/sharedStrings.xml',
	'xl/styles.xml'
];
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
/**
 * exceljs streams a sheet as it comes only once it has the shared strings (else it copies the
 * sheet to a temporary file first); a workbook without any gets an empty table.
 */
const EMPTY_SHARED_STRINGS = new TextEncoder().encode('<sst/>');
const NO_SHARED_STRINGS: ZipEntry = {
	name: 'xl/sharedStrings.xml',
	method: 0,
	crc: crc32(EMPTY_SHARED_STRINGS),
	compressedSize: EMPTY_SHARED_STRINGS.length,
	size: EMPTY_SHARED_STRINGS.length,
	dataStart: 0
};

function orderParts(bytes: Uint8Array, entries: ZipEntry[]): Buffer[] {
	const byName = new Map(entries.map((e) => [e.name, e]));
	const parts = PART_ORDER.flatMap((n) => byName.get(n) ?? []);
	const sheets = entries.filter((e) => SHEET_PART.test(e.name));
	const chunks = rewriteZip(bytes, [...parts, ...sheets]);
	if (byName.has(NO_SHARED_STRINGS.name)) return chunks;
	return [...rewriteZip(EMPTY_SHARED_STRINGS, [NO_SHARED_STRINGS]), ...chunks];
}

interface SheetRows {
	name: string;
	rows: { row: number; cells: unknown[] }[];
}

/** Reads one sheet's non-empty rows, stopping at the first row past header + MAX_IMPORT_ROWS. */
async function readSheetRows(sheet: ExcelJS.stream.xlsx.WorksheetReader): Promise<SheetRows> {
	const rows: SheetRows['rows'] = [];
	for await (const row of sheet) {
		const cells: unknown[] = [];
		row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = plainValue(cell.value)));
		if (!cells.some((c) => c !== null && c !== undefined && String(c).trim() !== '')) continue;
		rows.push({ row: row.number, cells });
		if (rows.length > MAX_IMPORT_ROWS + 1) break;
	}
	return { name: (sheet as unknown as { name: string }).name, rows };
}

/**
 * An XLSX upload as a table: the named sheet (default the first), its first non-empty row as
 * header, rows numbered as Excel numbers them. The ZIP directory is checked before anything
 * is unpacked, and the sheet is streamed, never held whole. Refusals are in `lang`.
 */
export async function readXlsxSource(
	bytes: Uint8Array,
	sheetName: string | undefined,
	lang: ImportLang
): Promise<SourceTable> {
	const entries = readZipDirectory(bytes, lang);
	await checkInflatedSizes(bytes, entries, lang);
	const { default: Excel } = await loadExcel();
	const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(orderParts(bytes, entries)), {
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		worksheets: 'emit',
		entries: 'ignore'
	});
	const sheetNames = () =>
		((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map(
			(s) => s.name
		);
	let found: SheetRows | null = null;
	try {
		for await (const sheet of reader) {
			if ((sheet as unknown as { name: string }).name !== (sheetName ?? sheetNames()[0])) continue;
			found = await readSheetRows(sheet);
			break;
		}
	} catch {
		throw damagedXlsx(lang);
	}
	const sheets = sheetNames();
	if (!found) {
		const say = fileRefusals(lang);
		const message = sheetName === undefined ? say.noSheets() : say.missingSheet(sheetName, sheets);
		throw new AppError(422, 'invalid_file', message, { sheets });
	}
	const [header, ...data] = found.rows;
	const headers = nameHeaders(Array.from(header?.cells ?? [], (c) => c ?? null));
	return {
		format: 'xlsx',
		encoding: null,
		sheet: found.name,
		sheets,
		headers,
		rows: data.map((r): SourceRow => ({
			row: r.row,
			values: Object.fromEntries(headers.map((h, i) => [h, r.cells[i] ?? null]))
		}))
	};
}
