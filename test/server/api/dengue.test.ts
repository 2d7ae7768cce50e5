import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

/**
 * The dengue-season week on the mini town (c01 东湖社区 west of 113.09°, c02 西岸村 east;
 * 中山路 along 22.955° N, 建设路 along 113.09° E), with Aedes sheets imported in a clerk's words.
 * Hand calculation, week 2024-W29 (15–21 July) and the week before (8–14 July):
 *   c01 BI (3 + 2)/(50 + 50) × 100 = 5 → transmission; MOI 4/40 × 100 = 10 → outbreak;
 *       CI 5/125 × 100 = 4 (no band) → community outbreak. Last week BI 8/100 = 8, so the
 *       higher index went 8 → 10: up. The 22 July record (100) is week 30.
 *   c02 BI (9 + 6)/(60 + 40) × 100 = 15 → outbreak; last week 10/50 = 20 (outbreak): down.
 *   Streets: c02's surveys lie on 建设路 (BI 15 ≥ 10, listed); c01's on 中山路 (BI 5, not).
 *   Targets: the positive BI site on 建设路 and the garbage station 51 m from it (the one
 *   256 m away is not).
 */
let db: Database;
let app: TestApp;

const csv = (header: string, rows: string[]) => [header, ...rows].join('\n');

beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' }, { role: 'planner' });
	const files = [
		csv('编号,监测方法,监测日期,阳性容器数,检查户数,点位,经度,纬度', [
			'B1,布雷图,2024-07-15,3,50,E01,113.086,22.9552',
			'B2,布雷图,2024-07-21,2,50,E01,113.086,22.9552',
			'B3,布雷图,2024-07-22,50,50,E01,113.086,22.9552',
			'B4,布雷图,2024-07-10,8,100,E01,113.086,22.9552',
			'B5,布雷图,2024-07-17,9,60,W01,113.0902,22.958',
			'B6,布雷图,2024-07-18,6,40,W01,113.0902,22.958',
			'B7,布雷图,2024-07-14,10,50,W01,113.0902,22.958'
		]),
		csv('编号,监测方法,监测日期,阳性容器数,积水容器数,点位,经度,纬度', [
			'C1,容器指数,2024-07-15,5,125,E01,113.086,22.9552'
		]),
		csv('编号,监测方法,监测日期,阳性诱蚊诱卵器数,回收诱蚊诱卵器数,点位,经度,纬度', [
			'O1,诱蚊诱卵器,2024-07-16,4,40,E02,113.084,22.957'
		])
	];
	for (const [k, bytes] of files.entries()) {
		const res = await postImport(createTestApp({ db, version: 'test' }), '/api/import/surveys', {
			name: `aedes-${k}.csv`,
			bytes
		});
		expect(res.status, JSON.stringify(res.body)).toBe(200);
	}
	await db.run(`INSERT INTO pois (id, kind, name, lng, lat) VALUES
		('gs-near', 'garbage_station', '建设路垃圾站', 113.0905, 22.9575),
		('gs-far', 'garbage_station', '远处垃圾站', 113.0925, 22.9575)`);
});
afterAll(async () => db.close());

const get = async (path: string) => {
	const res = await app.request(path);
	return { status: res.status, body: await res.json() };
};

describe('GET /api/dengue/weeks', () => {
	it('gives each community its BI, MOI and CI with sample sizes, band and trend', async () => {
		const { status, body } = await get('/api/dengue/weeks?week=2024-W29');
		expect(status).toBe(200);
		expect(body).toMatchObject({
			week: '2024-W29',
			from: '2024-07-15',
			to: '2024-07-21',
			previousWeek: '2024-W28',
			latestWeek: '2024-W30',
			season: { fromMonth: 5, toMonth: 11, inSeason: true }
		});
		const [c01, c02] = body.communities;
		expect(c01).toMatchObject({
			id: 'c01',
			name: '东湖社区',
			week: {
				band: 'outbreak',
				bi: { value: 5, count: 5, effort: 100, band: 'transmission' },
				moi: { value: 10, count: 4, effort: 40, band: 'outbreak' },
				ci: { value: 4, count: 5, effort: 125, band: null }
			},
			previous: { band: 'transmission', bi: { value: 8, count: 8, effort: 100 }, moi: null },
			trend: 'up',
			missed: false
		});
		expect(c02).toMatchObject({
			id: 'c02',
			week: { band: 'outbreak', bi: { value: 15, count: 15, effort: 100 }, moi: null, ci: null },
			previous: { band: 'outbreak', bi: { value: 20, count: 10, effort: 50 } },
			trend: 'down',
			missed: false
		});
		expect(
			body.roads.map((r: { name: string; bi: { value: number } }) => [r.name, r.bi.value])
		).toEqual([['建设路', 15]]);
		expect(body.roads[0].geometry.length).toBeGreaterThan(0);
		expect(body.targets.map((t: { id: string; kind: string }) => [t.id, t.kind])).toEqual([
			['W01', 'survey_site'],
			['gs-near', 'garbage_station']
		]);
	});

	it('opens on the latest week with BI or MOI data and says who missed it', async () => {
		const { body } = await get('/api/dengue/weeks');
		expect(body.week).toBe('2024-W30');
		const [c01, c02] = body.communities;
		// c01: one record, 50/50 × 100 = 100 → epidemic, up from 10.
		expect(c01).toMatchObject({
			week: { band: 'epidemic', bi: { value: 100 } },
			trend: 'up',
			missed: false
		});
		expect(c02).toMatchObject({
			week: { band: null, bi: null, moi: null },
			trend: null,
			missed: true
		});
		// 中山路 carries c01's BI of 100 this week.
		expect(body.roads.map((r: { name: string }) => r.name)).toEqual(['中山路']);
	});

	it('hands the same targets to the route planner', async () => {
		const { status, body } = await get('/api/routes/targets?source=dengue&week=2024-W29');
		expect(status).toBe(200);
		expect(body.stops.map((s: { id: string }) => s.id)).toEqual(['W01', 'gs-near']);
	});

	it('refuses a week that is not one, with 400', async () => {
		for (const week of ['2025-W53', '2024-29', '2024-W290'])
			expect((await get(`/api/dengue/weeks?week=${week}`)).status).toBe(400);
	});

	it('is not for grid staff', async () => {
		const grid = createTestApp({ db, version: 'test' }, { role: 'grid', zones: ['c01'] });
		expect((await grid.request('/api/dengue/weeks')).status).toBe(403);
	});
});
