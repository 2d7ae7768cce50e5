import { BLIND_SPOT_CATEGORIES } from '../domain/catalogues/blind-spot-categories';
import { CONTROL_THRESHOLDS } from '../domain/catalogues/control-thresholds';
import { DEDUCTION_ITEMS } from '../domain/catalogues/deduction-items';
import { FACILITY_KINDS } from '../domain/catalogues/facility-kinds';
import { SPRAY_TASKS } from '../domain/catalogues/spray-tasks';
import { SURVEY_METHODS } from '../domain/catalogues/survey-methods';
import { SAMPLE_MINIMUMS } from '../domain/catalogues/sample-minimums';
import { STANDARD_EDITIONS } from '../domain/catalogues/standard-editions';
import { appendRows, type ColumnSpec } from './append';
import type { Database, Transaction } from './database';

/**
 * Seeds the shipped catalogue rows that are missing. Existing rows are left as they are, so a
 * local edit (a city's own category deadline, say) survives restarts.
 */
export async function seedCatalogues(db: Database): Promise<void> {
	await db.transaction(async (tx) => {
		await insertMissing(tx, 'survey_methods', SURVEY_METHODS, [
			['code', 'text', (m) => m.code],
			['pest', 'text', (m) => m.pest],
			['name_zh', 'text', (m) => m.nameZh],
			['name_en', 'text', (m) => m.nameEn],
			['count_meaning', 'text', (m) => m.countMeaning],
			['effort_meaning', 'text', (m) => m.effortMeaning],
			['count2_meaning', 'text', (m) => m.count2Meaning],
			['multiplier', 'double', (m) => m.multiplier],
			['unit_zh', 'text', (m) => m.unitZh],
			['unit_en', 'text', (m) => m.unitEn],
			['proportion', 'text', (m) => m.proportion],
			['value2_denominator', 'text', (m) => m.value2?.denominator],
			['value2_multiplier', 'double', (m) => m.value2?.multiplier]
		]);
		await insertMissing(tx, 'blind_spot_categories', BLIND_SPOT_CATEGORIES, [
			['code', 'text', (c) => c.code],
			['name_zh', 'text', (c) => c.nameZh],
			['name_en', 'text', (c) => c.nameEn],
			['deadline_hours', 'double', (c) => c.deadlineHours]
		]);
		await insertMissing(tx, 'control_thresholds', CONTROL_THRESHOLDS, [
			['standard', 'text', (t) => t.standard],
			['method', 'text', (t) => t.method],
			['indicator', 'text', (t) => t.indicator],
			['level', 'text', (t) => t.level],
			['limit_value', 'double', (t) => t.limit],
			['comparison', 'text', (t) => t.comparison],
			['active', 'text', (t) => t.active]
		]);
		await insertMissing(tx, 'spray_tasks', SPRAY_TASKS, [
			['place', 'text', (t) => t.place],
			['pest', 'text', (t) => t.pest],
			['name_zh', 'text', (t) => t.nameZh],
			['name_en', 'text', (t) => t.nameEn],
			['chemical_zh', 'text', (t) => t.chemicalZh],
			['chemical_en', 'text', (t) => t.chemicalEn],
			['amount', 'double', (t) => t.amount],
			['unit', 'text', (t) => t.unit],
			['treats', 'text', (t) => t.treats]
		]);
		await insertMissing(tx, 'deduction_items', DEDUCTION_ITEMS, [
			['code', 'text', (d) => d.code],
			['name_zh', 'text', (d) => d.nameZh],
			['name_en', 'text', (d) => d.nameEn],
			['points', 'double', (d) => d.points],
			['scope', 'text', (d) => d.scope],
			['case_category', 'text', (d) => d.caseCategory],
			['active', 'boolean', (d) => d.active],
			['sort_order', 'integer', (d) => d.sortOrder]
		]);
		// Issue 17: editions with their dates, and the sample minimums per method.
		await insertMissing(tx, 'standard_editions', STANDARD_EDITIONS, [
			['standard', 'text', (e) => e.standard],
			['pest', 'text', (e) => e.pest],
			['valid_from', 'text', (e) => e.validFrom],
			['valid_to', 'text', (e) => e.validTo],
			['source', 'text', (e) => e.source],
			['note', 'text', (e) => e.note]
		]);
		await insertMissing(tx, 'sample_minimums', SAMPLE_MINIMUMS, [
			['method', 'text', (m) => m.method],
			['town_min', 'double', (m) => m.townMin],
			['unit_min', 'double', (m) => m.unitMin],
			['unit_zh', 'text', (m) => m.unitZh],
			['unit_en', 'text', (m) => m.unitEn],
			['source', 'text', (m) => m.source],
			['confidence', 'text', (m) => m.confidence]
		]);
		// Issue 17 lane D: facility kinds and their inspection cadence.
		await insertMissing(tx, 'facility_kinds', FACILITY_KINDS, [
			['code', 'text', (k) => k.code],
			['name_zh', 'text', (k) => k.nameZh],
			['name_en', 'text', (k) => k.nameEn],
			['inspect_every_days', 'integer', (k) => k.inspectEveryDays],
			['bait', 'boolean', (k) => k.bait],
			['sort_order', 'integer', (k) => k.sortOrder]
		]);
	});
}

/** Appends rows to a temporary twin of `table`, then copies those whose key is new. */
async function insertMissing<R>(
	tx: Transaction,
	table: string,
	rows: readonly R[],
	columns: readonly ColumnSpec<R>[]
): Promise<void> {
	const staging = `staging_${table}`;
	await tx.run(`CREATE TEMP TABLE ${staging} AS SELECT * FROM ${table} LIMIT 0`);
	await appendRows(tx.connection, staging, columns, rows);
	await tx.run(`INSERT INTO ${table} SELECT * FROM ${staging} ON CONFLICT DO NOTHING`);
	await tx.run(`DROP TABLE ${staging}`);
}
