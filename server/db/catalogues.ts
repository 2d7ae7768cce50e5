import { BLIND_SPOT_CATEGORIES } from '../domain/catalogues/blind-spot-categories';
import { SURVEY_METHODS } from '../domain/catalogues/survey-methods';
import { appendRows } from './append';
import type { Database } from './database';

/**
 * Seeds the shipped catalogue rows that are missing. Existing rows are left as they are, so a
 * local edit (a city's own category deadline, say) survives restarts.
 */
export async function seedCatalogues(db: Database): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.run('CREATE TEMP TABLE new_methods AS SELECT * FROM survey_methods LIMIT 0');
		await appendRows(
			tx.connection,
			'new_methods',
			[
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
				['proportion', 'text', (m) => m.proportion]
			],
			SURVEY_METHODS
		);
		await tx.run('INSERT INTO survey_methods SELECT * FROM new_methods ON CONFLICT DO NOTHING');
		await tx.run('DROP TABLE new_methods');
		await tx.run('CREATE TEMP TABLE new_categories AS SELECT * FROM blind_spot_categories LIMIT 0');
		await appendRows(
			tx.connection,
			'new_categories',
			[
				['code', 'text', (c) => c.code],
				['name_zh', 'text', (c) => c.nameZh],
				['name_en', 'text', (c) => c.nameEn],
				['deadline_hours', 'double', (c) => c.deadlineHours]
			],
			BLIND_SPOT_CATEGORIES
		);
		await tx.run(
			'INSERT INTO blind_spot_categories SELECT * FROM new_categories ON CONFLICT DO NOTHING'
		);
		await tx.run('DROP TABLE new_categories');
	});
}
