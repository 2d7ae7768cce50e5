import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FacilityList, StandingTargetList } from '../../../server/contract/facilities';
import type { Database } from '../../../server/db/database';
import { readAuditLog } from '../../helpers/audited-app';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import { DEPOT } from './spray-plan-request';

/**
 * Facilities and standing targets (issue 17 item 5, lane D) on the mini town, with the clock
 * pinned to 2024-06-01 12:00 local: writes are audited in their transaction, bad input is
 * refused in the reader's language, and the route planner is offered what is due and only that.
 */
let db: Database;
let planner: TestApp;
let sprayer: TestApp;
let grid: TestApp;
const NOW = () => new Date('2024-06-01T04:00:00Z');

beforeAll(async () => {
	db = await createMiniTownStore();
	const options = { db, version: 'test', now: NOW };
	planner = createTestApp(options, { role: 'planner' });
	sprayer = createTestApp(options, { role: 'sprayer', team: '消杀一队', username: 'sp1' });
	grid = createTestApp(options, { role: 'grid', zones: ['c01-g01'] });
});
afterAll(async () => db.close());

const send = async (app: TestApp, method: string, path: string, body?: unknown, lang = 'zh-CN') => {
	const res = await app.request(path, {
		method,
		headers: { 'content-type': 'application/json', 'accept-language': lang },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	return { status: res.status, body: (await res.json()) as any };
};

/** A small square (~50 m) around a point of the mini town, as drawn corners. */
const square = (lng: number, lat: number, d = 0.00025): [number, number][] => [
	[lng - d, lat - d],
	[lng + d, lat - d],
	[lng + d, lat + d],
	[lng - d, lat + d]
];

let dueId = '';
let laterId = '';

describe('facility registry', () => {
	it('creates a facility and writes its audit row in the same transaction', async () => {
		const res = await send(planner, 'POST', '/api/facilities', {
			kind: 'bait_station',
			name: '中山路市场毒饵站',
			owner: '中山路市场',
			lng: 113.084,
			lat: 22.955,
			// Never inspected: next = installed 2024-05-18 + 14 days = 2024-06-01, due today.
			installedOn: '2024-05-18'
		});
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({
			kind: 'bait_station',
			condition: 'unchecked',
			nextDueOn: '2024-06-01',
			due: true,
			overdue: false
		});
		dueId = res.body.id;
		const rows = (await readAuditLog(db)).filter((r) => r.entity_id === dueId);
		expect(rows.map((r) => r.action)).toEqual(['facility.create']);
		expect(rows[0].after).toMatchObject({ kind: 'bait_station', name: '中山路市场毒饵站' });
	});

	it('refuses an unknown kind in the reader language, and writes nothing', async () => {
		const body = { kind: 'mouse_trap', name: 'x', lng: 113.084, lat: 22.955 };
		const zh = await send(planner, 'POST', '/api/facilities', body);
		expect(zh.status).toBe(422);
		expect(zh.body.error.message).toContain('没有设施类型“mouse_trap”');
		const en = await send(planner, 'POST', '/api/facilities', body, 'en');
		expect(en.status).toBe(422);
		expect(en.body.error.message).toContain('no facility kind "mouse_trap"');
		const list = (await send(planner, 'GET', '/api/facilities')).body as FacilityList;
		expect(list.facilities).toHaveLength(1);
	});

	it('lets a sprayer record an inspection but not register a facility', async () => {
		const made = await send(planner, 'POST', '/api/facilities', {
			kind: 'bait_station',
			name: '建设路毒饵站',
			lng: 113.09,
			lat: 22.9565,
			installedOn: '2024-01-10'
		});
		laterId = made.body.id;
		expect(
			(
				await send(sprayer, 'POST', '/api/facilities', {
					kind: 'fly_lamp',
					name: 'x',
					lng: 1,
					lat: 1
				})
			).status
		).toBe(403);
		expect(
			(
				await send(grid, 'POST', `/api/facilities/${laterId}/inspections`, {
					present: true,
					working: true
				})
			).status
		).toBe(403);
		const res = await send(sprayer, 'POST', `/api/facilities/${laterId}/inspections`, {
			present: true,
			working: true,
			baitTaken: true,
			note: '毒饵被取食，已补投',
			at: '2024-05-25T09:30'
		});
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({ inspector: 'sp1', baitTaken: true });
		const audit = (await readAuditLog(db)).filter(
			(r) => r.entity_id === laterId && r.action === 'facility.inspect'
		);
		expect(audit).toHaveLength(1);
		expect(audit[0].username).toBe('sp1');
	});

	it('derives condition, due day and share working from the last inspection', async () => {
		const list = (await send(planner, 'GET', '/api/facilities')).body as FacilityList;
		expect(list.on).toBe('2024-06-01');
		const later = list.facilities.find((f) => f.id === laterId);
		// Inspected 2024-05-25, every 14 days: next 2024-06-08, not due on 06-01.
		expect(later).toMatchObject({
			condition: 'bait_taken',
			nextDueOn: '2024-06-08',
			due: false,
			overdue: false
		});
		// One inspected (bait taken counts as working), one never: 1 of 1 working.
		expect(list.summary).toMatchObject({ total: 2, inspected: 1, working: 1, shareWorking: 1 });
		const baited = (await send(planner, 'GET', '/api/facilities?state=bait_taken')).body;
		expect(baited.facilities.map((f: { id: string }) => f.id)).toEqual([laterId]);
		// On 2024-06-02 the never-inspected one is a day past its 06-01: overdue.
		const next = (await send(planner, 'GET', '/api/facilities?state=overdue&on=2024-06-02')).body;
		expect(next.facilities.map((f: { id: string }) => f.id)).toEqual([dueId]);
	});
});

let beltId = '';
let plotId = '';

describe('standing targets', () => {
	it('refuses an area whose edges cross, or with too few corners, in the reader language', async () => {
		const bow: [number, number][] = [
			[113.085, 22.955],
			[113.086, 22.956],
			[113.086, 22.955],
			[113.085, 22.956]
		];
		const base = { kind: 'green_belt', name: '中山路绿化带', everyDays: 14 };
		const crossed = await send(planner, 'POST', '/api/standing-targets', { ...base, polygon: bow });
		expect(crossed.status).toBe(422);
		expect(crossed.body.error).toMatchObject({ code: 'invalid_polygon' });
		expect(crossed.body.error.message).toContain('自相交');
		const two = await send(
			planner,
			'POST',
			'/api/standing-targets',
			{ ...base, polygon: bow.slice(0, 2) },
			'en'
		);
		expect(two.status).toBe(422);
		expect(two.body.error.message).toContain('at least 3 distinct corners');
		const kind = await send(planner, 'POST', '/api/standing-targets', {
			...base,
			kind: 'park',
			polygon: square(113.085, 22.9555)
		});
		expect(kind.status).toBe(422);
		expect(kind.body.error.message).toContain('没有常态消杀目标类型“park”');
	});

	it('stores a drawn area with its stop point inside it and an audit row', async () => {
		const belt = await send(planner, 'POST', '/api/standing-targets', {
			kind: 'green_belt',
			name: '中山路绿化带',
			everyDays: 14,
			polygon: square(113.085, 22.9555),
			// 2024-05-18 + 14 = 2024-06-01: due today.
			lastTreatedOn: '2024-05-18'
		});
		expect(belt.status).toBe(201);
		expect(belt.body).toMatchObject({ nextDueOn: '2024-06-01', due: true });
		expect(Math.abs(belt.body.lng - 113.085)).toBeLessThan(0.00025);
		expect(Math.abs(belt.body.lat - 22.9555)).toBeLessThan(0.00025);
		beltId = belt.body.id;
		const plot = await send(planner, 'POST', '/api/standing-targets', {
			kind: 'vacant_land',
			name: '建设路待建地',
			everyDays: 14,
			polygon: square(113.091, 22.957),
			// 2024-05-19 + 14 = 2024-06-02: not due on 06-01.
			lastTreatedOn: '2024-05-19'
		});
		plotId = plot.body.id;
		expect(plot.body).toMatchObject({ nextDueOn: '2024-06-02', due: false });
		const audit = (await readAuditLog(db)).filter((r) => r.action === 'standing_target.create');
		expect(audit.map((r) => r.entity_id)).toEqual([beltId, plotId]);
	});
});

describe('route planner targets', () => {
	const ids = async (source: string, on = '') =>
		(await send(planner, 'GET', `/api/routes/targets?source=${source}${on}`)).body.stops.map(
			(s: { id: string }) => s.id
		);

	it('offers the due facilities and standing targets and not the others', async () => {
		expect(await ids('facilities_due')).toEqual([dueId]);
		expect(await ids('standing_targets_due')).toEqual([beltId]);
		// A day later the plot is due too (06-02 ≤ 06-02); a week later the other station (06-08).
		expect((await ids('standing_targets_due', '&on=2024-06-02')).sort()).toEqual(
			[beltId, plotId].sort()
		);
		expect((await ids('facilities_due', '&on=2024-06-08')).sort()).toEqual([dueId, laterId].sort());
	});

	it('takes a standing target off the list once its route stop is done', async () => {
		const belt = (await send(planner, 'GET', '/api/standing-targets')).body as StandingTargetList;
		const target = belt.targets.find((t) => t.id === beltId)!;
		const planned = await send(planner, 'POST', '/api/routes/plan', {
			stops: [{ id: beltId, lng: target.lng, lat: target.lat, serviceMin: 30 }],
			teams: [{ id: '消杀一队', start: DEPOT }]
		});
		const saved = await send(planner, 'POST', '/api/routes', {
			name: '6月1日 绿化带灭蚊',
			date: '2024-06-01',
			pest: 'mosquito',
			routes: planned.body.routes,
			unassigned: planned.body.unassigned
		});
		expect(saved.status).toBe(201);
		const visit = await send(
			planner,
			'POST',
			`/api/routes/${saved.body.id}/stops/${beltId}/visit`,
			{
				status: 'done',
				chemical: '高效氯氰菊酯',
				amount: 2,
				unit: 'L',
				at: '2024-06-01T10:00'
			}
		);
		expect(visit.status).toBe(200);
		const after = (await send(planner, 'GET', '/api/standing-targets')).body as StandingTargetList;
		// Last treated 2024-06-01 (the done stop), next 2024-06-15.
		expect(after.targets.find((t) => t.id === beltId)).toMatchObject({
			lastTreatedOn: '2024-06-01',
			nextDueOn: '2024-06-15',
			due: false
		});
		expect(await ids('standing_targets_due')).toEqual([]);
	});
});

describe('edits and retirement', () => {
	it('audits a facility edit and a standing-target edit and retirement with before and after', async () => {
		const put = await send(planner, 'PUT', `/api/facilities/${laterId}`, {
			name: '建设路毒饵站 1号'
		});
		expect(put.status).toBe(200);
		const edit = await send(planner, 'PUT', `/api/standing-targets/${plotId}`, { everyDays: 21 });
		// 2024-05-19 + 21 = 2024-06-09.
		expect(edit.body).toMatchObject({ everyDays: 21, nextDueOn: '2024-06-09' });
		const rows = await readAuditLog(db);
		const facilityEdit = rows.find((r) => r.action === 'facility.update')!;
		expect(facilityEdit).toMatchObject({
			entity_id: laterId,
			before: { name: '建设路毒饵站' },
			after: { name: '建设路毒饵站 1号' }
		});
		expect(rows.find((r) => r.action === 'standing_target.update')).toMatchObject({
			entity_id: plotId,
			before: { everyDays: 14 },
			after: { everyDays: 21 }
		});
		const gone = await send(planner, 'DELETE', `/api/standing-targets/${plotId}`);
		expect(gone.status).toBe(200);
		expect(
			(await readAuditLog(db)).filter((r) => r.action === 'standing_target.retire')
		).toHaveLength(1);
		const again = await send(planner, 'DELETE', `/api/standing-targets/${plotId}`, undefined, 'en');
		expect(again.status).toBe(404);
		expect(again.body.error.message).toBe(`no standing target ${plotId}`);
	});
});
