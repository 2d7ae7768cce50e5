import type { DensityCatalogue } from '../density/assess-pests';
import { checkSurveyRecords } from '../density/check-records';
import { RECORD_BUILDERS, type ImportCatalogues, type ImportRecords } from './build-records';
import type { PositionContext } from './convert-position';
import { problem, type RawIssue } from './import-issue';
import type { ImportKind } from './import-fields';
import type { ColumnMapping } from './resolve-mapping';
import { RowReader } from './row-reader';
import type { SourceRow, SourceTable } from './source-table';

export interface RowContext extends PositionContext {
	catalogues: ImportCatalogues;
	/** The survey-method catalogue for count/effort rules (check-records.ts). */
	density: DensityCatalogue;
}

export interface ValidatedRows<K extends ImportKind> {
	records: ImportRecords[K][];
	/** Every problem of every row, sorted by row then column. */
	rejected: RawIssue[];
	/** The file row of each record. */
	rowsOf: number[];
}

/**
 * Checks every row of a table and builds the records of `kind`: types, dates, codes,
 * coordinates (converted to WGS-84), survey count/effort rules and ids repeated in the file.
 * All problems are collected so a clerk can fix a sheet in one pass.
 */
export function validateRows<K extends ImportKind>(
	kind: K,
	table: SourceTable,
	mapping: ColumnMapping,
	ctx: RowContext
): ValidatedRows<K> {
	const rejected: RawIssue[] = [];
	const records: ImportRecords[K][] = [];
	const rowsOf: number[] = [];
	const firstRowOfId = new Map<string, number>();
	const built = buildRows(kind, table.rows, mapping, ctx, table.format === 'xlsx');
	rejected.push(...built.issues);
	built.records.forEach((record, k) => {
		const row = built.rowsOf[k];
		const first = firstRowOfId.get(record.id);
		if (first !== undefined) {
			rejected.push(duplicateIdIssue(row, mapping, record.id, first));
			return;
		}
		firstRowOfId.set(record.id, row);
		records.push(record);
		rowsOf.push(row);
	});
	if (kind === 'surveys') {
		rejected.push(
			...surveyCatalogueIssues(ctx.density, records as ImportRecords['surveys'][], rowsOf, mapping)
		);
	}
	rejected.sort(byRowThenColumn);
	return { records, rejected, rowsOf };
}

/** The order problems are listed in: by row, then by column name. */
export const byRowThenColumn = (a: RawIssue, b: RawIssue) =>
	a.row - b.row || a.column.localeCompare(b.column);

/**
 * Each row checked on its own (types, dates, codes, coordinates) and built into a record of
 * `kind`; rows with any problem give no record. The per-row half of validateRows, which the
 * staged CSV import (issue 18) runs in batches on the rows its SQL could not take as they are.
 */
export function buildRows<K extends ImportKind>(
	kind: K,
	rows: readonly SourceRow[],
	mapping: ColumnMapping,
	ctx: RowContext,
	allowSerialDates: boolean
): { records: (ImportRecords[K] & { id: string })[]; rowsOf: number[]; issues: RawIssue[] } {
	const issues: RawIssue[] = [];
	const records: (ImportRecords[K] & { id: string })[] = [];
	const rowsOf: number[] = [];
	const build = RECORD_BUILDERS[kind];
	const readerCtx = { ...ctx, allowSerialDates };
	for (const source of rows) {
		const reader = new RowReader(kind, source, mapping, readerCtx);
		const record = build(reader, ctx.catalogues, ctx.crs);
		issues.push(...reader.issues);
		const id = reader.issues.length ? null : record?.id;
		if (id === undefined || id === null) continue;
		records.push(record as ImportRecords[K] & { id: string });
		rowsOf.push(source.row);
	}
	return { records, rowsOf, issues };
}

/** A row whose id an earlier good row of the same file has. */
export function duplicateIdIssue(
	row: number,
	mapping: ColumnMapping,
	id: string,
	firstRow: number
): RawIssue {
	return { row, column: mapping.id ?? 'id', ...problem('duplicate_id', { firstRow }, id) };
}

/** Survey records against the method catalogue (count/effort rules), at their rows. */
export function surveyCatalogueIssues(
	density: DensityCatalogue,
	surveys: readonly ImportRecords['surveys'][],
	rowsOf: readonly number[],
	mapping: ColumnMapping
): RawIssue[] {
	return checkSurveyRecords(density, surveys).map((issue) => ({
		row: rowsOf[issue.index],
		column: mapping[issue.field] ?? issue.field,
		...problem(issue.code, issue.params, issue.value)
	}));
}
