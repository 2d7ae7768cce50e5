import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { bostonBlindSpots, bostonRawCsv } from '../../helpers/real-data/boston';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';

/**
 * Issue 11: 500 Boston 311 requests (SOURCES.md §3) uploaded to a Chinese town. Each row had
 * the same two problems, listed as 1,000 lines; they are two groups of rows 2–501. Mapped
 * right, the points lie ~12,000 km from the town's zones: a dry run warns, the import asks.
 */
let db: Database;
afterEach(async () => db?.close());

async function setUp() {
	db = await createMiniTownStore();
	return createTestApp({ db, version: 'test', serviceArea: null });
}

const ROWS = 500;
const MAPPING = JSON.stringify({
	id: 'CASE_ENQUIRY_ID',
	category: 'TYPE',
	reported_at: 'OPEN_DT',
	lng: 'LONGITUDE',
	lat: 'LATITUDE'
});

describe('Boston 311 as the city publishes it', () => {
	const file = { name: 'rodent.csv', bytes: bostonRawCsv('Rodent Activity.csv', ROWS) };

	it('groups 1,000 equal problems into 2 lines, each naming the file column and rows 2–501', async () => {
		const app = await setUp();
		const { status, body } = await postImport(app, '/api/import/blindspots', file, {
			mapping: MAPPING,
			dryRun: 'true'
		});
		expect(status).toBe(422);
		const { details } = body.error;
		expect(details).toMatchObject({ total: 2 * ROWS, rows: ROWS, rejectedRows: ROWS });
		// The list of before stays as it was: one entry per row and column.
		expect(details.rejected).toHaveLength(2 * ROWS);
		expect(details.groups).toEqual([
			{
				code: 'not_date',
				column: 'OPEN_DT',
				message: '不是可识别的日期，请写成 2024-05-03 或 2024/5/3 09:30',
				rows: [[2, ROWS + 1]],
				count: ROWS,
				examples: ['01/02/2015 11:15:21 AM', '01/02/2015 03:06:27 PM', '01/04/2015 08:18:48 AM']
			},
			{
				code: 'unknown_code',
				column: 'TYPE',
				params: { field: 'category', list: 'category' },
				message: expect.stringMatching(/^类别应为 积存垃圾渣土、动物尸体、.*、白色垃圾 之一$/),
				rows: [[2, ROWS + 1]],
				count: ROWS,
				examples: ['Rodent Activity']
			}
		]);
		expect(body.error.message).toBe(
			`共 ${ROWS} 行，其中 ${ROWS} 行有问题，未导入任何数据。共 2 类问题，第一类：第 2–501 行，“OPEN_DT”列：不是可识别的日期，请写成 2024-05-03 或 2024/5/3 09:30`
		);
	});

	it('says the same in English when asked', async () => {
		const app = await setUp();
		const { body } = await postImport(app, '/api/import/blindspots', file, {
			mapping: MAPPING,
			lang: 'en'
		});
		expect(body.error.details.groups.map((g: { message: string }) => g.message)).toEqual([
			'not a date; write it like 2024-05-03 or 2024/5/3 09:30',
			expect.stringMatching(/^category must be one of Accumulated waste and muck, Animal carcass, /)
		]);
		expect(body.error.message).toMatch(
			/^500 of 500 rows have problems; nothing was imported\. 2 kinds of problem; the first: rows 2–501, column "OPEN_DT": not a date/
		);
	});
});

describe('Boston points in a Chinese town with no service area', () => {
	const spots = bostonBlindSpots('Rodent Activity.csv', 'exposed_garbage');
	const csv = spots.csv
		.split('\r\n')
		.slice(0, ROWS + 1)
		.join('\r\n');
	const file = { name: 'rodent.csv', bytes: csv };

	it('warns in the dry run about every point more than 50 km from all zones', async () => {
		const app = await setUp();
		const { status, body } = await postImport(app, '/api/import/blindspots', file, {
			dryRun: 'true'
		});
		expect(status).toBe(200);
		expect(body.inserted).toBe(ROWS);
		expect(body.warnings).toEqual([
			{
				code: 'far_from_zones',
				column: 'lng',
				params: { km: 50 },
				message: '距离所有已有区域都超过 50 公里；请检查坐标系，或经度、纬度是否填反',
				rows: [[2, ROWS + 1]],
				count: ROWS,
				examples: ['-71.0727, 42.2912', '-71.0659, 42.3608', '-71.0879, 42.341']
			}
		]);
	});

	it('refuses the import (422 far_from_zones, nothing written) until allowFar=true', async () => {
		const app = await setUp();
		const before = await db.query('SELECT count(*) AS n FROM blind_spots');
		const refused = await postImport(app, '/api/import/blindspots', file);
		expect(refused.status).toBe(422);
		expect(refused.body.error).toMatchObject({
			code: 'far_from_zones',
			message: expect.stringContaining(
				`有 ${ROWS} 个点距离所有已有区域都超过 50 公里（第 2–501 行）`
			),
			details: { total: ROWS, confirmWith: 'allowFar', groups: [{ count: ROWS }] }
		});
		expect(await db.query('SELECT count(*) AS n FROM blind_spots')).toEqual(before);
		const allowed = await postImport(app, '/api/import/blindspots', file, { allowFar: 'true' });
		expect(allowed.status).toBe(200);
		expect(allowed.body.inserted).toBe(ROWS);
	});
});
