/**
 * 迎检 readiness, the simulated district inspection, 创建卫生单位 and the overview's assessment
 * card (issue 16 lane D) on the mini town: 中山路 (r01, two segments of ~1025 m, three
 * sections each) is the key group 十路一区 with the key area 商业核心区. Inspections are
 * inserted by SQL (the inspection API is another lane's); cases come through the case API.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { type Json, useCaseTestbed, type Users } from './case-helpers';

// Friday 2025-09-26 16:00 (Asia/Shanghai).
const { bed, report } = useCaseTestbed('2025-09-26T16:00:00');
let db: Database;
let as: Users;
let groupId: string;

/** Degrees of latitude per metre on turf's sphere (R = 6 371 008.8 m). */
const LAT_PER_M = 180 / (Math.PI * 6_371_008.8);

let seq = 0;
async function inspect(row: {
	form?: 'section' | 'area';
	level?: 'town' | 'district';
	groupId?: string | null;
	segment?: string | null;
	road?: string | null;
	section?: string | null;
	zone?: string | null;
	at: string;
	score: number;
	deductions?: { item: string; points: number; count: number }[];
}): Promise<string> {
	const id = `INS-T${++seq}`;
	await db.run(
		`INSERT INTO inspections (id, form, level, group_id, group_name, segment_id, road_id, road_name,
			from_m, to_m, section, zone_id, community_id, cleaning_unit, inspector, inspected_at,
			c1, c2, c3, c4, base_score, deducted, score, note, lng, lat, idempotency_key, created_at)
		 VALUES ($id, $form, $level, $groupId, NULL, $segment, $road, NULL, NULL, NULL, $section, $zone,
			NULL, NULL, 'test-inspector', CAST($at AS TIMESTAMP), NULL, NULL, NULL, NULL, 100, 0, $score,
			NULL, 113.09, 22.955, NULL, CAST($at AS TIMESTAMP))`,
		{
			id,
			form: row.form ?? 'section',
			level: row.level ?? 'town',
			groupId: row.groupId === undefined ? groupId : row.groupId,
			segment: row.segment ?? null,
			road: row.road ?? null,
			section: row.section ?? null,
			zone: row.zone ?? null,
			at: row.at,
			score: row.score
		}
	);
	for (const [i, d] of (row.deductions ?? []).entries()) {
		await db.run(
			`INSERT INTO inspection_deductions (inspection_id, seq, item, points, count, note, photo_ids)
			 VALUES ($id, $seq, $item, $points, $count, NULL, '[]')`,
			{ id, seq: i, ...d }
		);
	}
	return id;
}

const readiness = async (query = '') => {
	const res = await as('leader').get(`/api/assessment/readiness${query}`);
	expect(res.status, JSON.stringify(res.body)).toBe(200);
	return res.body as Json;
};
const onlyGroup = async (query = '') => {
	const body = await readiness(query);
	expect(body.groups).toHaveLength(1);
	return body.groups[0] as Json;
};

beforeAll(async () => {
	({ db, as } = bed);
	[{ id: groupId }] = await db.query<{ id: string }>(`SELECT id FROM key_groups`);
});

describe('readiness (迎检)', () => {
	let near: string;
	let far: string;
	it('lists an open case 40 m from a member road and not one 60 m away', async () => {
		near = (await report({ lng: 113.093, lat: 22.955 + 40 * LAT_PER_M })).id;
		far = (await report({ lng: 113.093, lat: 22.955 + 60 * LAT_PER_M })).id;
		const g = await onlyGroup();
		expect(g.name).toBe('十路一区');
		const ids = g.cases.map((c: Json) => c.id);
		expect(ids).toContain(near);
		expect(ids).not.toContain(far);
		const c = g.cases.find((x: Json) => x.id === near);
		expect(c.distanceM).toBeCloseTo(40, 0);
		expect(c.segmentId).toBe('r01-s02');
		expect(c.ageDays).toBe(0);
		expect(c.overdue).toBe(false);
		// The fixture's open cases lie 333 m and more away; 中山路's segment shows red on the map.
		expect(ids).toEqual([near]);
		const states = Object.fromEntries(
			g.segments.features.map((f: Json) => [f.properties.id, f.properties.state])
		);
		expect(states['r01-s02']).toBe('cases');
	});

	it('does not list a case once it is rejected (不予立案)', async () => {
		const on = (await report({ lng: 113.096, lat: 22.955 + 5 * LAT_PER_M })).id;
		expect((await onlyGroup()).cases.map((c: Json) => c.id)).toContain(on);
		const res = await as('grid', ['c02']).act(on, { action: 'reject', reason: '重复上报' });
		expect(res.status, JSON.stringify(res.body)).toBe(200);
		expect((await onlyGroup()).cases.map((c: Json) => c.id)).toEqual([near]);
	});

	it('lists a section not inspected for N+1 days, not one inspected N days ago', async () => {
		// The group inspects every 7 days. r01-s02#0 was last seen 8 days ago, #1 7 days ago.
		await inspect({
			segment: 'r01-s02',
			road: 'r01',
			section: 'r01-s02#0',
			at: '2025-09-10T10:00:00',
			score: 70
		});
		await inspect({
			segment: 'r01-s02',
			road: 'r01',
			section: 'r01-s02#0',
			at: '2025-09-18T10:00:00',
			score: 88
		});
		await inspect({
			segment: 'r01-s02',
			road: 'r01',
			section: 'r01-s02#1',
			at: '2025-09-19T09:30:00',
			score: 83,
			deductions: [
				{ item: 'waste_pile', points: 5, count: 1 },
				{ item: 'litter', points: 2, count: 1 }
			]
		});
		const g = await onlyGroup();
		expect(g.days).toBe(7);
		expect(g.sectionCount).toBe(6);
		const stale = Object.fromEntries(g.staleSections.map((s: Json) => [s.id, s]));
		expect(stale['r01-s02#0']).toMatchObject({
			lastDate: '2025-09-18',
			days: 8,
			roadName: '中山路'
		});
		expect(stale['r01-s02#1']).toBeUndefined();
		// Four sections never inspected, listed with no date; five stale in all.
		expect(stale['r01-s01#0']).toMatchObject({ lastDate: null, days: null });
		expect(g.staleSections).toHaveLength(5);
		// Asked about 10 days, the 8-day gap is fine.
		const ten = await onlyGroup('?days=10');
		expect(ten.staleSections.map((s: Json) => s.id)).not.toContain('r01-s02#0');
		expect(ten.staleSections).toHaveLength(4);
	});

	it('gives each road its last score with its deductions, and the key area its last area score', async () => {
		await inspect({
			form: 'area',
			zone: 'key-core',
			at: '2025-09-20T15:00:00',
			score: 95,
			deductions: [{ item: 'litter', points: 2, count: 1 }]
		});
		await inspect({ form: 'area', zone: 'key-core', at: '2025-09-27T09:00:00', score: 60 }); // after now
		const g = await onlyGroup();
		expect(g.roads).toHaveLength(1);
		const [road] = g.roads;
		expect(road).toMatchObject({
			roadId: 'r01',
			name: '中山路',
			sections: 6,
			staleSections: 5,
			openCases: 1
		});
		expect(road.last).toMatchObject({ date: '2025-09-19', score: 83, level: 'town' });
		expect(road.last.deductions).toEqual([
			{
				item: 'waste_pile',
				nameZh: '垃圾堆积未清',
				nameEn: expect.any(String),
				points: 5,
				count: 1
			},
			{
				item: 'litter',
				nameZh: expect.any(String),
				nameEn: expect.any(String),
				points: 2,
				count: 1
			}
		]);
		expect(g.areaZoneId).toBe('key-core');
		expect(g.areaLast).toMatchObject({ form: 'area', date: '2025-09-20', score: 95 });
	});

	it('follows a renamed group and a changed membership with no code change', async () => {
		const byR02 = (
			await report({
				lng: 113.09 + (30 * LAT_PER_M) / Math.cos((22.952 * Math.PI) / 180),
				lat: 22.952
			})
		).id;
		expect((await onlyGroup()).cases.map((c: Json) => c.id)).not.toContain(byR02);
		await db.run(`UPDATE key_groups SET name = '迎检示范路' WHERE id = $id`, { id: groupId });
		await db.run(`UPDATE road_segments SET key_group = '迎检示范路' WHERE key_group = '十路一区'`);
		await db.run(`UPDATE road_segments SET key_group = '迎检示范路' WHERE id = 'r02-s01'`);
		const g = await onlyGroup();
		expect(g.name).toBe('迎检示范路');
		// Roads in the order of their Chinese names: 建设路 (r02) before 中山路 (r01).
		expect(g.roads.map((r: Json) => r.roadId)).toEqual(['r02', 'r01']);
		expect(g.sectionCount).toBe(8);
		const ids = g.cases.map((c: Json) => c.id);
		expect(ids).toContain(byR02);
		expect(ids).toContain(near);
		// B0004 of the fixture is 51 m from 建设路: just outside.
		expect(ids).not.toContain('B0004');
	});

	it('refuses a days value out of range with a 400', async () => {
		expect((await as('leader').get('/api/assessment/readiness?days=0')).status).toBe(400);
		expect((await as('leader').get('/api/assessment/readiness?days=abc')).status).toBe(400);
		expect((await as('grid', ['c02']).get('/api/assessment/readiness')).status).toBe(403);
	});
});

describe('simulated district inspection (模拟区考核)', () => {
	const simulate = async (query: string) => {
		const res = await as('inspector').get(`/api/assessment/readiness/simulate${query}`);
		expect(res.status, JSON.stringify(res.body)).toBe(200);
		return res.body as Json;
	};
	it('gives the same sample for the same seed and another for another seed', async () => {
		const a = await simulate('?seed=20250926&sections=1');
		const again = await simulate('?seed=20250926&sections=1');
		expect(again).toEqual(a);
		expect(a.seed).toBe(20250926);
		expect(a.roads).toBe(2);
		expect(a.sections).toHaveLength(1);
		// Across seeds the one drawn section changes (8 sections on 2 roads).
		const seen = new Set<string>();
		for (let seed = 1; seed <= 12; seed++)
			seen.add((await simulate(`?seed=${seed}&sections=1`)).sections[0].id);
		expect(seen.size).toBeGreaterThan(1);
		const other = [...seen].find((id) => id !== a.sections[0].id);
		expect(other).toBeDefined();
	});

	it('draws one section per road without replacement and says what an inspector would find', async () => {
		const s = await simulate('?seed=7');
		expect(s.requested).toBe(5);
		expect(s.sections).toHaveLength(2);
		expect(new Set(s.sections.map((x: Json) => x.roadId))).toEqual(new Set(['r01', 'r02']));
		for (const x of s.sections) {
			expect(['problem', 'risk', 'ok']).toContain(x.flag);
			if (x.cases.length) expect(x.flag).toBe('problem');
			if (x.days === null && !x.cases.length) expect(x.flag).toBe('risk');
			expect(x.line.type).toBe('LineString');
		}
		// Without a seed the server draws one and says which, so the drill can be run again.
		const drawn = await simulate('');
		expect(Number.isInteger(drawn.seed)).toBe(true);
		expect(await simulate(`?seed=${drawn.seed}`)).toEqual({ ...drawn, now: drawn.now });
	});

	it('answers an unknown group with a 404 in the caller’s language', async () => {
		const zh = await as('inspector').get('/api/assessment/readiness/simulate?group=kg-nope');
		expect(zh.status).toBe(404);
		expect(zh.body.error.message).toContain('重点路段组');
		const en = await as('inspector').get(
			'/api/assessment/readiness/simulate?group=kg-nope&lang=en'
		);
		expect(en.status).toBe(404);
		expect(en.body.error.message).toBe('no key group kg-nope');
		const bad = await as('inspector').get('/api/assessment/readiness/simulate?sections=51');
		expect(bad.status).toBe(400);
	});
});

describe('sanitary units (创建卫生单位)', () => {
	beforeAll(async () => {
		await db.run(`INSERT INTO frontage_units VALUES ('fu-san', '西岸饭店', 'restaurant', '西岸路 8 号', NULL, NULL,
			113.093, 22.9553, 'c02', 'c02-g01', 'r01-s02', '{"type":"LineString","coordinates":[[113.0929,22.95505],[113.0931,22.95505]]}',
			20, true, NULL, TIMESTAMP '2025-01-01', TIMESTAMP '2025-01-01', NULL)`);
	});
	const audits = () =>
		db.query<{ action: string; username: string; after: string | null }>(
			`SELECT action, username, CAST(after AS VARCHAR) AS after FROM audit_log
			 WHERE entity_id = 'fu-san' ORDER BY id`
		);

	it('marks a unit as applying, then holding, each write audited once', async () => {
		const planner = as('planner');
		const put = await planner.put('/api/sanitary-units/fu-san', {
			title: 'applying',
			since: '2025-03-01'
		});
		expect(put.status, JSON.stringify(put.body)).toBe(200);
		expect(put.body).toMatchObject({
			unitId: 'fu-san',
			title: 'applying',
			since: '2025-03-01',
			lastAssessment: null
		});
		const held = await planner.put('/api/sanitary-units/fu-san', {
			title: 'holding',
			since: '2025-09-01'
		});
		expect(held.body.title).toBe('holding');
		const rows = await audits();
		expect(rows.map((r) => r.action)).toEqual(['sanitary_unit.update', 'sanitary_unit.update']);
		expect(rows[1].username).toBe('test-planner');
		expect(JSON.parse(rows[1].after!)).toEqual({ title: 'holding', since: '2025-09-01' });
		const list = await as('leader').get('/api/sanitary-units');
		expect(list.status).toBe(200);
		expect(list.body.units[0]).toMatchObject({
			unitId: 'fu-san',
			name: '西岸饭店',
			title: 'holding'
		});
	});

	it('records an inspector’s assessment as the unit’s last, audited', async () => {
		const inspector = as('inspector');
		expect(
			(
				await inspector.post('/api/sanitary-units/fu-san/assessments', {
					assessedOn: '2025-06-10',
					score: 78,
					passed: false
				})
			).status
		).toBe(201);
		const res = await inspector.post('/api/sanitary-units/fu-san/assessments', {
			assessedOn: '2025-09-20',
			score: 92.5,
			passed: true,
			note: '复评合格'
		});
		expect(res.status, JSON.stringify(res.body)).toBe(201);
		expect(res.body.lastAssessment).toEqual({
			assessedOn: '2025-09-20',
			score: 92.5,
			passed: true,
			note: '复评合格'
		});
		const rows = await audits();
		expect(rows.filter((r) => r.action === 'sanitary_assessment.create')).toHaveLength(2);
	});

	it('refuses bad input, other roles and unknown units, writing nothing', async () => {
		const before = (await audits()).length;
		const planner = as('planner');
		expect((await planner.put('/api/sanitary-units/fu-san', { title: 'gold' })).status).toBe(400);
		expect(
			(
				await planner.post('/api/sanitary-units/fu-san/assessments', {
					assessedOn: '2025-09-20',
					score: 101,
					passed: true
				})
			).status
		).toBe(400);
		const future = await planner.post('/api/sanitary-units/fu-san/assessments', {
			assessedOn: '2025-10-01',
			score: 90,
			passed: true
		});
		expect(future.status).toBe(422);
		expect(future.body.error.message).toContain('评定日期');
		expect((await as('inspector').put('/api/sanitary-units/fu-san', { title: null })).status).toBe(
			403
		);
		expect(
			(
				await as('leader').post('/api/sanitary-units/fu-san/assessments', {
					assessedOn: '2025-09-20',
					score: 90,
					passed: true
				})
			).status
		).toBe(403);
		const missing = await planner.put('/api/sanitary-units/fu-none', { title: 'applying' });
		expect(missing.status).toBe(404);
		expect(missing.body.error.message).toContain('门前三包台账');
		expect((await audits()).length).toBe(before);
	});

	it('takes the title away with null', async () => {
		const res = await as('admin').put('/api/sanitary-units/fu-san', { title: null });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ title: null, since: null });
		expect(res.body.lastAssessment.score).toBe(92.5);
	});
});

describe('overview assessment card', () => {
	it('gives the month’s mean per group and for village roads by level, last year alongside', async () => {
		// 2025-08: the group 80 and 90 by the town (mean 85), 70 by the district; a village road 60.
		// 2024-08: the group 75 by the town; nothing by the district, nothing on village roads.
		await inspect({ at: '2025-08-05T10:00:00', score: 80 });
		await inspect({ at: '2025-08-20T10:00:00', score: 90 });
		await inspect({ at: '2025-08-21T10:00:00', score: 70, level: 'district' });
		await inspect({ at: '2025-08-22T10:00:00', score: 60, groupId: null });
		await inspect({ at: '2024-08-15T10:00:00', score: 75 });
		const res = await as('leader').get('/api/overview/assessment?month=2025-08');
		expect(res.status, JSON.stringify(res.body)).toBe(200);
		const body = res.body;
		expect(body).toMatchObject({
			month: '2025-08',
			lastYearMonth: '2024-08',
			inspections: 4,
			lastYearInspections: 1
		});
		const [group, village] = body.rows;
		expect(group).toMatchObject({
			key: groupId,
			name: '迎检示范路',
			kind: 'group',
			town: { mean: 85, inspections: 2 },
			district: { mean: 70, inspections: 1 },
			lastYearTown: { mean: 75, inspections: 1 },
			lastYearDistrict: { mean: null, inspections: 0 }
		});
		expect(village).toMatchObject({
			key: 'village',
			kind: 'village',
			town: { mean: 60, inspections: 1 },
			lastYearTown: { mean: null, inspections: 0 }
		});
	});

	it('defaults to the last month inspected by now and refuses a malformed month', async () => {
		const res = await as('leader').get('/api/overview/assessment');
		expect(res.body.month).toBe('2025-09');
		expect((await as('leader').get('/api/overview/assessment?month=2025-13')).status).toBe(400);
		expect((await as('grid', ['c02']).get('/api/overview/assessment')).status).toBe(403);
	});
});
