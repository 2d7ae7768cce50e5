import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlParams } from '../../../server/db/database';
import {
	buildCatalogueCodesQuery,
	buildPatchSurveyMethodQuery,
	CODE_TABLES,
	type CodeTable
} from '../../../server/queries/catalogues';
import { createEmptyStore } from '../../helpers/mini-town';
import { runValidQuery } from '../../helpers/valid-query';

let db: Database;
beforeAll(async () => (db = await createEmptyStore()));
afterAll(async () => db.close());

const run = (q: { sql: string; params: SqlParams }) => runValidQuery(db, q);

describe('catalogue SQL builders', () => {
	it.each(CODE_TABLES)('lists the codes of %s', async (table) => {
		const codes = (await run(buildCatalogueCodesQuery(table))).map((r) => r.code as string);
		expect(codes.length).toBeGreaterThan(0);
		expect(codes).toEqual([...codes].sort());
	});

	it('refuses a table outside the allow-list', () => {
		expect(() => buildCatalogueCodesQuery('zones; DROP TABLE zones' as CodeTable)).toThrow();
	});

	it('relabels a method, keeping what the patch leaves out', async () => {
		const [before] = await db.query(
			"SELECT name_zh, unit_en FROM survey_methods WHERE code = 'rat.indoor_signs'"
		);
		await run(buildPatchSurveyMethodQuery('rat.indoor_signs', { nameEn: 'Indoor signs' }));
		const [after] = await db.query(
			"SELECT name_zh, name_en, unit_en FROM survey_methods WHERE code = 'rat.indoor_signs'"
		);
		expect(after).toEqual({ ...before, name_en: 'Indoor signs' });
	});
});
