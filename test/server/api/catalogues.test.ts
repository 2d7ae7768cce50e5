import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
let app: TestApp;
beforeEach(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterEach(async () => db.close());

const send = async (method: string, path: string, body?: unknown) => {
	const res = await app.request(path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: res.status, body: await res.json() };
};
const ratLevelOf = async (count: number, effort: number) =>
	(
		await send('POST', '/api/density/calculate', {
			records: [{ pest: 'rat', method: 'rat.indoor_signs', count, effort }]
		})
	).body.pests[0].level;

describe('control-level thresholds are data, editable through the API', () => {
	it('ships the GB/T 2011 editions', async () => {
		const { body } = await send('GET', '/api/catalogues/thresholds');
		expect(body.rows).toHaveLength(39);
		expect(
			body.rows.find(
				(r: { method: string; level: string }) => r.method === 'rat.indoor_signs' && r.level === 'C'
			)
		).toEqual({
			standard: 'GB/T 27770-2011',
			method: 'rat.indoor_signs',
			indicator: 'value',
			level: 'C',
			limit: 5,
			comparison: '<=',
			active: true
		});
	});

	it('a local rule replaces an edition and changes grading at once', async () => {
		expect(await ratLevelOf(4, 100)).toBe('C');
		const local = ['A', 'B', 'C'].map((level, i) => ({
			standard: '本市 2026 地方标准',
			method: 'rat.indoor_signs',
			indicator: 'value',
			level,
			limit: [0.5, 2, 4][i]
		}));
		const deactivate = ['A', 'B', 'C'].map((level, i) => ({
			standard: 'GB/T 27770-2011',
			method: 'rat.indoor_signs',
			indicator: 'value',
			level,
			limit: [1, 3, 5][i],
			active: false
		}));
		const { status } = await send('PUT', '/api/catalogues/thresholds', {
			rows: [...local, ...deactivate]
		});
		expect(status).toBe(200);
		expect(await ratLevelOf(4, 100)).toBe('C');
		expect(await ratLevelOf(41, 1000)).toBe('FAIL');
	});

	it('refuses limits out of order and leaves the table as it was', async () => {
		const res = await send('PUT', '/api/catalogues/thresholds', {
			rows: [
				{
					standard: 'GB/T 27770-2011',
					method: 'rat.indoor_signs',
					indicator: 'value',
					level: 'B',
					limit: 9
				}
			]
		});
		expect(res.status).toBe(422);
		expect(res.body.error.message).toMatch(
			/rat.indoor_signs value \(GB\/T 27770-2011\): limits must satisfy A <= B <= C, got A=1, B=9, C=5/
		);
		expect(await ratLevelOf(4, 100)).toBe('C');
	});

	it('refuses two active editions for one method', async () => {
		const res = await send('PUT', '/api/catalogues/thresholds', {
			rows: [
				{
					standard: 'GB/T 27770-2025',
					method: 'rat.indoor_signs',
					indicator: 'value',
					level: 'C',
					limit: 4
				}
			]
		});
		expect(res.status).toBe(422);
		expect(res.body.error.message).toMatch(
			/more than one active edition: GB\/T 27770-2011, GB\/T 27770-2025/
		);
	});

	it.each([
		[
			{ rows: [{ standard: 'x', method: 'rat.poison', indicator: 'value', level: 'A', limit: 1 }] },
			400,
			/method: unknown code "rat.poison"/
		],
		[
			{
				rows: [
					{ standard: 'x', method: 'rat.indoor_signs', indicator: 'value', level: 'D', limit: 1 }
				]
			},
			400,
			/rows\[0\]\.level: level must be A, B or C/
		],
		[
			{
				rows: [
					{ standard: 'x', method: 'rat.indoor_signs', indicator: 'value', level: 'A', limit: -1 }
				]
			},
			400,
			/rows\[0\]\.limit: limit must not be negative/
		]
	])('refuses %j', async (body, status, message) => {
		const res = await send('PUT', '/api/catalogues/thresholds', body);
		expect(res.status).toBe(status);
		expect(res.body.error.message).toMatch(message);
	});
});

describe('survey-method labels are editable', () => {
	it('renames a method for the local team', async () => {
		expect(
			(
				await send('PATCH', '/api/catalogues/survey-methods/rat.indoor_signs', {
					nameZh: '室内鼠迹'
				})
			).status
		).toBe(200);
		const { body } = await send('GET', '/api/catalogues');
		expect(
			body.surveyMethods.find((m: { code: string }) => m.code === 'rat.indoor_signs').nameZh
		).toBe('室内鼠迹');
	});
	it('answers 404 for an unknown method', async () => {
		const res = await send('PATCH', '/api/catalogues/survey-methods/rat.poison', { nameZh: 'x' });
		expect(res.status).toBe(404);
		expect(res.body.error.message).toBe('no survey method "rat.poison"');
	});
});
