/**
 * Issue 17, lane A: `GET /api/density/town` (the whole town's grade per pest and method), the
 * editable sample minimums, and grading by the edition in force on each survey's date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
	// Fly rooms inspected either side of the GB/T 27772 edition change (2025-11-01), 1000 rooms each.
	const csv = [
		'id,method,surveyed_at,count,effort,count2,lng,lat',
		'F1,fly.indoor_rooms,2025-10-31,40,1000,40,113.084,22.953',
		'F2,fly.indoor_rooms,2025-11-01,40,1000,40,113.084,22.953'
	].join('\n');
	expect((await postImport(app, '/api/import/surveys', { name: 'f.csv', bytes: csv })).status).toBe(
		200
	);
});
afterAll(async () => db.close());

const get = async (path: string) => {
	const res = await app.request(path);
	return { status: res.status, body: await res.json() };
};
const putMinimums = async (rows: unknown[]) => {
	const res = await app.request('/api/catalogues/sample-minimums', {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ rows })
	});
	return { status: res.status, body: await res.json() };
};
const indicator = (body: any, pest: string, method: string) =>
	// eslint-disable-line @typescript-eslint/no-explicit-any
	body.pests
		.find((p: { pest: string }) => p.pest === pest)
		.indicators.find((i: { method: string }) => i.method === method);

describe('GET /api/density/town', () => {
	it('sums every rat record of 2024 in the town and holds the sample against the town minimum', async () => {
		const { status, body } = await get('/api/density/town?from=2024-01-01&to=2024-12-31&pest=rat');
		expect(status).toBe(200);
		expect(body).toMatchObject({ from: '2024-01-01', to: '2024-12-31', editionChanges: [] });
		// (3 + 1) / (50 + 100) rooms = 2.667 %: would be B, but 150 rooms < 1000 the town needs.
		const signs = indicator(body, 'rat', 'rat.indoor_signs');
		expect(signs).toMatchObject({
			count: 4,
			effort: 150,
			level: null,
			note: 'sample_too_small',
			sampleMin: 1000,
			standard: 'GB/T 27770-2011'
		});
		expect(signs.value).toBeCloseTo((4 / 150) * 100, 12);
		expect(body.pests).toHaveLength(1);
		expect(body.pests[0].level).toBeNull();
	});

	it('grades the town once the admin lowers the minimum (audited), and a unit follows its own minimum', async () => {
		const row = {
			method: 'rat.indoor_signs',
			townMin: 150,
			unitMin: 60,
			unitZh: '间',
			unitEn: 'rooms',
			source: 'test',
			confidence: 'L'
		};
		try {
			expect((await putMinimums([row])).status).toBe(200);
			const { body } = await get('/api/density/town?from=2024-01-01&to=2024-12-31&pest=rat');
			// 150 rooms ≥ 150: 2.667 % -> B (A ≤1, B ≤3); the rat level is that of its one graded method.
			expect(indicator(body, 'rat', 'rat.indoor_signs')).toMatchObject({ level: 'B', note: null });
			expect(body.pests[0].level).toBe('B');
			// 东湖社区 c01: 3 / 50 = 6 % would be FAIL, but 50 rooms < 60 now: not graded.
			const zones = await get('/api/density?pest=rat&by=zone');
			expect(zones.body.units.find((u: { id: string }) => u.id === 'c01')).toMatchObject({
				level: null,
				levelNote: 'sample_too_small'
			});
			const audits = await db.query<{ entity_id: string; before: string; after: string }>(
				`SELECT entity_id, before::VARCHAR AS before, after::VARCHAR AS after FROM audit_log
				WHERE action = 'sample_minimums.update'`
			);
			expect(audits).toHaveLength(1);
			expect(audits[0].entity_id).toBe('rat.indoor_signs');
			expect(audits[0].before).toContain('"townMin":1000');
			expect(audits[0].after).toContain('150');
		} finally {
			await putMinimums([{ ...row, townMin: 1000, unitMin: 50, source: '本地默认值' }]);
		}
	});

	it('grades a fly survey of 2025-10-31 by GB/T 27772-2011 and one of 2025-11-01 by GB/T 27772-2025, which has no limits yet', async () => {
		// 40 / 1000 rooms = 4 % (B: ≤6, not A: ≤3), 40 flies / 40 positive rooms = 1 (≤3).
		const oct = await get('/api/density/town?from=2025-10-31&to=2025-10-31&pest=fly');
		expect(indicator(oct.body, 'fly', 'fly.indoor_rooms')).toMatchObject({
			value: 4,
			level: 'B',
			standard: 'GB/T 27772-2011'
		});
		const nov = await get('/api/density/town?from=2025-11-01&to=2025-11-01&pest=fly');
		expect(indicator(nov.body, 'fly', 'fly.indoor_rooms')).toMatchObject({
			value: 4,
			level: null,
			note: 'limits_not_entered',
			standard: 'GB/T 27772-2025'
		});
		// Both days: the change is named, each share graded by its edition, the period ungraded.
		const both = await get('/api/density/town?from=2025-10-01&to=2025-11-30&pest=fly');
		expect(both.body.editionChanges).toEqual([
			{ pest: 'fly', from: 'GB/T 27772-2011', to: 'GB/T 27772-2025', date: '2025-11-01' }
		]);
		const ind = indicator(both.body, 'fly', 'fly.indoor_rooms');
		expect(ind).toMatchObject({ count: 80, effort: 2000, value: 4, level: null, standard: null });
		expect(
			ind.shares.map((s: { standard: string; level: string | null }) => [s.standard, s.level])
		).toEqual([
			['GB/T 27772-2011', 'B'],
			['GB/T 27772-2025', null]
		]);
		// The density and comparison APIs name the change too.
		const zones = await get('/api/density?pest=fly&by=zone&from=2025-10-01&to=2025-11-30');
		expect(zones.body.editionChanges).toHaveLength(1);
		const compared = await get('/api/compare?pest=fly&method=fly.indoor_rooms&a=2024&b=2025');
		expect(compared.status).toBe(200);
		expect(compared.body.editionChanges).toEqual([
			{ pest: 'fly', from: 'GB/T 27772-2011', to: 'GB/T 27772-2025', date: '2025-11-01' }
		]);
	});

	it('answers every pest without a pest, and refuses a bad window with a 400', async () => {
		const { body } = await get('/api/density/town?from=2024-01-01&to=2025-12-31');
		expect(body.pests.map((p: { pest: string }) => p.pest)).toEqual([
			'rat',
			'mosquito',
			'fly',
			'cockroach'
		]);
		const bad = await get('/api/density/town?from=2025-01-01&to=2024-01-01');
		expect(bad.status).toBe(400);
		expect(bad.body.error.message).toMatch(/from must not be after to/);
		const minimums = await putMinimums([
			{
				method: 'rat.indoor_signs',
				townMin: 10,
				unitMin: 20,
				unitZh: '间',
				unitEn: 'rooms',
				source: 's',
				confidence: 'L'
			}
		]);
		expect(minimums.status).toBe(400);
		expect(minimums.body.error.message).toMatch(/unitMin must not exceed townMin/);
		// Refused before the transaction: no audit row beyond the two accepted edits above.
		const [{ n }] = await db.query<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM audit_log WHERE action = 'sample_minimums.update'`
		);
		expect(n).toBe(2);
	});
});
