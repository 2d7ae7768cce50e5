import type { DensityCatalogue } from '../density/assess-pests';
import { checkSurveyRecords } from '../density/check-records';
import { RECORD_BUILDERS, type ImportCatalogues, type ImportRecords } from './build-records';
import type { PositionContext } from './convert-position';
import { problem, type RawIssue } from './import-issue';
import type { ImportKind } from './import-fields';
import type { ColumnMapping } from './resolve-mapping';
import { RowReader } from './row-reader';
import type { SourceTable } from './source-table';

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
	const build = RECORD_BUILDERS[kind];
	const readerCtx = { ...ctx, allowSerialDates: table.format === 'xlsx' };
	for (const source of table.rows) {
		const reader = new RowReader(kind, source, mapping, readerCtx);
		const record = build(reader, ctx.catalogues, ctx.crs);
		rejected.push(...reader.issues);
		const id = reader.issues.length ? null : record?.id;
		if (id === undefined || id === null) continue;
		const first = firstRowOfId.get(id);
		if (first !== undefined) {
			const params = { firstRow: first };
			rejected.push({
				row: source.row,
				column: mapping.id ?? 'id',
				...problem('duplicate_id', params, id)
			});
			continue;
		}
		firstRowOfId.set(id, source.row);
		records.push(record as ImportRecords[K]);
		rowsOf.push(source.row);
	}
	if (kind === 'surveys') {
		const surveys = records as ImportRecords['surveys'][];
		for (const issue of checkSurveyRecords(ctx.density, surveys)) {
			rejected.push({
				row: rowsOf[issue.index],
				column: mapping[issue.field] ?? issue.field,
				...problem(issue.code, issue.params, issue.value)
			});
		}
	}
	rejected.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
	return { records, rejected, rowsOf };
}
