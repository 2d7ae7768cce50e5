import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: '9.9.9-test' });
});
afterAll(async () => db.close());

async function getJson(path: string) {
	const res = await app.request(path);
	return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}
const ids = (fc: FeatureCollection) => fc.features.map((f) => f.id);

describe('GET /api/health', () => {
	it('reports ok, the version and the row counts', async () => {
		const { status, body } = await getJson('/api/health');
		expect(status).toBe(200);
		expect(body).toEqual({
			ok: true,
			version: '9.9.9-test',
			counts: { zones: 8, roads: 4, blindspots: 5, surveys: 8 }
		});
	});
});

describe('GET /api/layers/*', () => {
	it('serves zones as GeoJSON with their stored polygons and properties', async () => {
		const { status, type, body } = await getJson('/api/layers/zones');
		expect(status).toBe(200);
		expect(type).toContain('application/geo+json');
		expect(body.type).toBe('FeatureCollection');
		expect(body.features).toHaveLength(8);
		expect(body.limit).toBeGreaterThan(1000);
		expect(body.truncated).toBe(false);
		const c01 = body.features.find((f: { id: string }) => f.id === 'c01');
		expect(c01.geometry.type).toBe('Polygon');
		expect(c01.properties).toEqual({
			id: 'c01',
			name: '东湖社区',
			kind: 'community',
			parentId: 'town',
			responsible: '东湖社区居委会'
		});
	});

	it('filters zones by kind', async () => {
		const { body } = await getJson('/api/layers/zones?kind=grid');
		expect(ids(body)).toEqual(['c01-g01', 'c01-g02', 'c02-g01', 'c02-g02']);
	});

	it('serves road segments with length and key group', async () => {
		const { body } = await getJson('/api/layers/roads');
		expect(ids(body)).toEqual(['r01-s01', 'r01-s02', 'r02-s01', 'r02-s02']);
		expect(body.features[1].properties).toMatchObject({
			name: '中山路',
			grade: 1,
			keyGroup: '十路一区',
			lengthM: expect.closeTo(1025, -1)
		});
	});

	it('keeps only road segments that really cross the bbox, not just their envelope', async () => {
		// A box east of 建设路 touching only 中山路's second segment.
		const { body } = await getJson('/api/layers/roads?bbox=113.092,22.954,113.094,22.956');
		expect(ids(body)).toEqual(['r01-s02']);
	});

	it('serves blind spots as points with enrichment and local times', async () => {
		const { body } = await getJson('/api/layers/blindspots?status=reported,dispatched');
		expect(ids(body)).toEqual(['B0003', 'B0004']);
		expect(body.features[0].geometry).toEqual({ type: 'Point', coordinates: [113.095, 22.958] });
		expect(body.features[0].properties).toMatchObject({
			category: 'dirty_road',
			reportedAt: '2025-12-20T08:15:00',
			zoneId: 'c02',
			gridId: 'c02-g01',
			recurrence: 1
		});
	});

	it('says how far past its deadline each case is (issue 11 item 5)', async () => {
		// 2025-12-24 12:15 in Shanghai.
		const at = createTestApp({ db, version: 't', now: () => new Date('2025-12-24T04:15:00Z') });
		const body = await (await at.request('/api/layers/blindspots')).json();
		const props = (id: string) => body.features.find((f: { id: string }) => f.id === id).properties;
		// Open, due 2025-12-22 12:15: two days overdue; the old fields stay as they were.
		expect(props('B0003')).toMatchObject({
			status: 'reported',
			dueAt: '2025-12-22T12:15:00',
			deadline: '2025-12-22T12:15:00',
			overdue: true,
			overdueDays: 2
		});
		// Open, due 2025-12-26: not yet.
		expect(props('B0004')).toMatchObject({ overdue: false, overdueDays: null });
		// Closed a day after its deadline, and closed on time.
		expect(props('B0002')).toMatchObject({ status: 'closed', overdue: true, overdueDays: 1 });
		expect(props('B0005')).toMatchObject({ status: 'closed', overdue: false, overdueDays: null });
	});

	it('filters blind spots by category and by inclusive date range', async () => {
		expect(ids((await getJson('/api/layers/blindspots?category=exposed_garbage')).body)).toEqual([
			'B0001',
			'B0002'
		]);
		const range = await getJson('/api/layers/blindspots?from=2024-06-01&to=2025-12-20');
		expect(ids(range.body)).toEqual(['B0002', 'B0003', 'B0005']);
	});

	it('filters surveys by pest, method, dates and bbox', async () => {
		expect(ids((await getJson('/api/layers/surveys?pest=mosquito')).body)).toEqual([
			'S0001',
			'S0002',
			'S0003'
		]);
		expect(
			ids((await getJson('/api/layers/surveys?method=cockroach.sticky,rat.indoor_signs')).body)
		).toEqual(['S0004', 'S0005', 'S0007']);
		expect(ids((await getJson('/api/layers/surveys?from=2024-07-15&to=2024-07-16')).body)).toEqual([
			'S0002',
			'S0003'
		]);
		const east = await getJson('/api/layers/surveys?bbox=113.09,22.95,113.1,22.96&pest=cockroach');
		expect(ids(east.body)).toEqual(['S0007', 'S0008']);
		expect(east.body.features[0].properties).toMatchObject({ count: 9, effort: 30, count2: 5 });
	});

	it('serves POIs, water as its outline', async () => {
		const { body } = await getJson('/api/layers/pois');
		expect(ids(body)).toEqual(['p-gs-1', 'p-market-1', 'p-water-1']);
		expect(body.features[2].geometry.type).toBe('Polygon');
		expect(body.features[0].geometry).toEqual({ type: 'Point', coordinates: [113.095, 22.957] });
	});
});

describe('bad layer requests get a 4xx naming the parameter', () => {
	const cases: [string, number, RegExp][] = [
		['/api/layers/trees', 404, /unknown layer "trees"/],
		[
			'/api/layers/surveys?pest=dog',
			400,
			/pest must be one or more of: rat, mosquito, fly, cockroach/
		],
		['/api/layers/surveys?from=2024-13-01', 400, /from is not a real calendar date/],
		['/api/layers/surveys?from=2024/01/01', 400, /from must be a date written YYYY-MM-DD/],
		['/api/layers/surveys?from=2025-01-01&to=2024-01-01', 400, /from must not be after to/],
		['/api/layers/zones?bbox=1,2,3', 400, /bbox must be four numbers/],
		['/api/layers/zones?bbox=10,0,5,1', 400, /west <= east/],
		['/api/layers/zones?colour=red', 400, /unknown parameter "colour"/],
		['/api/layers/surveys?method=rat.poison', 400, /method: unknown code "rat.poison"/],
		['/api/layers/blindspots?category=trash', 400, /category: unknown code "trash"/],
		['/api/layers/roads?pest=rat', 400, /pest does not apply to layer roads/],
		['/api/layers/blindspots?status=done', 400, /status must be one or more of/]
	];
	it.each(cases)('%s -> %i', async (path, status, message) => {
		const res = await getJson(path);
		expect(res.status).toBe(status);
		expect(res.body.error.code).toMatch(/invalid_parameter|not_found/);
		expect(res.body.error.message).toMatch(message);
	});

	it('answers unknown API paths with the JSON error shape', async () => {
		const res = await getJson('/api/nothing-here');
		expect(res.status).toBe(404);
		expect(res.body).toEqual({
			error: { code: 'not_found', message: 'no such resource: GET /api/nothing-here' }
		});
	});
});

describe('GET /api/meta and /api/catalogues', () => {
	it('describes the data set: name, synthetic flag, extent and date range', async () => {
		const { body } = await getJson('/api/meta');
		expect(body).toEqual({
			name: '测试镇（单元测试夹具）',
			synthetic: true,
			center: [113.09, 22.955],
			bbox: [113.08, 22.95, 113.1, 22.96],
			dateRange: { from: '2023-05-01', to: '2025-12-25' }
		});
	});

	it('lists the survey methods and blind-spot categories with both languages', async () => {
		const { body } = await getJson('/api/catalogues');
		expect(body.surveyMethods).toHaveLength(19);
		expect(
			body.surveyMethods.find((m: { code: string }) => m.code === 'rat.indoor_signs')
		).toMatchObject({
			pest: 'rat',
			nameZh: '鼠迹法（室内）',
			multiplier: 100,
			proportion: true
		});
		expect(body.blindSpotCategories.map((c: { nameZh: string }) => c.nameZh)).toContain(
			'垃圾箱满溢'
		);
	});
});
