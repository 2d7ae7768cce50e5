import { parseCsv } from '../../server/domain/imports/parse-csv';

/** An exported CSV's records, header first, read with the import's RFC 4180 parser. */
export function readExportedCsv(text: string): string[][] {
	return parseCsv(text.replace(/^\uFEFF/, ''), ',').map((r) => r.cells);
}

/** A cell that is exactly a number, as the exports write numbers (`-87.6`, `12`). */
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Cells a spreadsheet would run as a formula: they start with `=`, `+`, `-`, `@`, tab or CR
 * and are not a number (OWASP CSV injection).
 */
export function formulaCells(records: readonly string[][]): string[] {
	return records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !NUMBER.test(cell));
}

/** Text cells that a spreadsheet would run as formulas before SaniMap's exports neutralised them. */
export const FORMULAS = ['=HYPERLINK("http://x","y")', '+1+1', '-1+1', '@SUM(1)', '\t=1+1'];
