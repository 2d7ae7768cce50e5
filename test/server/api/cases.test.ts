/**
 * The case loop over HTTP (issue 14, design.md §3 "Cases"): create, list, detail, every
 * transition of domain.md §5 and a sample of refused ones, role and zone limits, idempotency,
 * duplicates and merging, batch dispatch, audit rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TRANSITIONS } from '../../../server/domain/cases/case-transitions';
import type { CaseAction, CaseStatus } from '../../../server/contract/case-states';
import type { Role } from '../../../server/contract/accounts';
import type { Database } from '../../../server/db/database';
import { auditRows, c02Point, type Json, useCaseTestbed, type Users } from './case-helpers';

// Friday 2025-09-26 16:00: the 国庆 break starts on Wednesday 10-01, with 调休 on Sunday 09-28.
const { bed, clock, report } = useCaseTestbed('2025-09-26T16:00:00');
let db: Database;
let as: Users;
beforeAll(() => void ({ db, as } = bed));

/** Who takes each action in these tests (inside zone c02 where bound). */
const ACTOR: Record<CaseAction, () => ReturnType<Users>> = {
	accept: () => as('grid', ['c02']),
	reject: () => as('grid', ['c02']),
	merge: () => as('grid', ['c02']),
	dispatch: () => as('planner'),
	start: () => as('patrol', ['c02-g01']),
	handle: () => as('patrol', ['c02-g01']),
	verify_pass: () => as('inspector'),
	verify_fail: () => as('inspector'),
	escalate: () => as('planner'),
	refer: () => as('planner'),
	record_outcome: () => as('planner')
};

const PATH_TO: Record<Exclude<CaseStatus, 'rejected' | 'merged' | 'closed'>, CaseAction[]> = {
	reported: [],
	accepted: ['accept'],
	dispatched: ['accept', 'dispatch'],
	processing: ['accept', 'dispatch', 'start'],
	handled: ['accept', 'dispatch', 'handle'],
	referred: ['accept', 'refer']
};

async function take(id: string, action: CaseAction, extra: Record<string, unknown> = {}) {
	const body: Record<string, unknown> = { action, ...extra };
	if (action === 'dispatch' && !('assignee' in extra)) body.assignee = '网格员 王芳';
	if (action === 'reject' && !('reason' in extra)) body.reason = '非本辖区问题';
	if (action === 'record_outcome' && !('outcome' in extra)) body.outcome = 'penalised';
	return ACTOR[action]().act(id, body);
}

async function caseAt(status: keyof typeof PATH_TO): Promise<string> {
	const { id } = await report();
	for (const step of PATH_TO[status]) expect((await take(id, step)).status).toBe(200);
	return id;
}

describe('POST /api/cases, GET /api/cases and GET /api/cases/{id}', () => {
	it('creates a case with its working-time deadline, duplicates offered, then lists and shows it', async () => {
		const created = await as('grid', ['c02']).post('/api/cases', {
			category: 'dirty_road',
			description: '路面油污',
			lng: 113.095,
			lat: 22.9581,
			reported_at: '2025-09-26T15:00'
		});
		expect(created.status).toBe(201);
		// dirty_road has 4 working hours: 2 on Friday, 2 on Sunday 09-28 (a 国庆 调休 workday).
		expect(created.body).toMatchObject({
			category: 'dirty_road',
			status: 'reported',
			reported_at: '2025-09-26T15:00:00',
			deadline: '2025-09-28T11:00:00',
			overdue: false,
			due_soon: true,
			assignee: null,
			zone: 'c02',
			grid: 'c02-g01',
			lng: 113.095,
			lat: 22.9581,
			source: 'grid',
			reporter: 'test-grid',
			duplicates: [{ id: 'B0003', distance_m: 11.1 }]
		});
		const id = created.body.id as string;
		expect(id).toMatch(/^C20250926-[0-9A-F]{6}$/);

		const list = await as('planner').get('/api/cases?status=reported&category=dirty_road&sort=id');
		expect(list.status).toBe(200);
		expect(list.body.total).toBe(2);
		expect(list.body.cases.map((c: Json) => c.id)).toEqual(['B0003', id]);

		const detail = await as('planner').get(`/api/cases/${id}`);
		expect(detail.status).toBe(200);
		expect(detail.body.history).toEqual([
			{
				at: '2025-09-26T15:00:00',
				by: 'test-grid',
				role: 'grid',
				action: 'report',
				from: null,
				to: 'reported',
				note: '路面油污'
			}
		]);
		expect(detail.body.actions).toEqual(['accept', 'reject', 'merge', 'escalate']);
		expect(detail.body.proposed_assignee).toBe('网格员 王芳');
		expect((await as('inspector').get(`/api/cases/${id}`)).body.actions).toEqual([]);
	});

	it('gives every blind spot of before a case with a history ending in its status', async () => {
		const { body } = await as('admin').get('/api/cases/B0001');
		expect(body).toMatchObject({ status: 'closed', source: 'grid', source_text: '网格员巡查' });
		expect(body.history.map((h: Json) => [h.action, h.from, h.to, h.at])).toEqual([
			['report', null, 'reported', '2023-05-01T09:30:00'],
			['import', 'reported', 'closed', '2023-05-01T15:00:00']
		]);
	});

	it('filters by overdue, source, zone and period, and pages', async () => {
		// The fixture's open cases B0003/B0004 fall due in December 2025, after the clock; B0002
		// was closed a day after its deadline, so it was overdue, as its flag says.
		const overdue = await as('admin').get('/api/cases?overdue=true');
		expect(overdue.body.cases.map((c: Json) => [c.id, c.overdue, c.overdue_days])).toEqual([
			['B0002', true, 1]
		]);
		const onTime = await as('admin').get('/api/cases?overdue=false&limit=1000');
		expect(onTime.body.cases.some((c: Json) => c.overdue)).toBe(false);
		expect(onTime.body.total).toBe(
			(await as('admin').get('/api/cases')).body.total - overdue.body.total
		);
		const c01 = await as('admin').get('/api/cases?zone=c01&sort=id');
		expect(c01.body.cases.map((c: Json) => c.id)).toEqual(['B0001', 'B0002']);
		const period = await as('admin').get('/api/cases?from=2024-01-01&to=2024-12-31');
		expect(period.body.cases.map((c: Json) => c.id)).toEqual(['B0002']);
		const residents = await as('admin').get('/api/cases?source=resident&sort=id');
		expect(residents.body.cases.map((c: Json) => c.id)).toEqual(['B0002', 'B0003']);
		const page = await as('admin').get('/api/cases?limit=1&offset=1&sort=id');
		expect(page.body.cases.map((c: Json) => c.id)).toEqual(['B0002']);
		expect(page.body.total).toBeGreaterThan(4);
		expect((await as('admin').get('/api/cases?status=open')).status).toBe(400);
	});

	it('refuses an unknown category, a point outside a grid user’s zones and a future report', async () => {
		const bad = await as('planner').post('/api/cases', {
			category: 'nope',
			lng: 113.09,
			lat: 22.95
		});
		expect(bad.status).toBe(400);
		const outside = await as('grid', ['c02']).post('/api/cases', {
			category: 'exposed_garbage',
			lng: 113.0831,
			lat: 22.9541
		});
		expect(outside.status).toBe(403);
		const future = await as('planner').post('/api/cases', {
			category: 'exposed_garbage',
			...c02Point(90),
			reported_at: '2025-09-27T09:00'
		});
		expect(future.status).toBe(400);
	});
});

describe('deadlines in working time', () => {
	it('counts across the 国庆 holiday: Tuesday 09-30 15:00 + 4 h is Thursday 10-09 11:00', async () => {
		clock.set('2025-09-30T16:00:00');
		try {
			const c = await report({ category: 'dirty_road', reported_at: '2025-09-30T15:00:00' });
			expect(c.deadline).toBe('2025-10-09T11:00:00');
			expect(c).toMatchObject({ overdue: false, due_soon: true });
			// Seen on 10-09 at 11:01, it is overdue by one calendar day at most.
			clock.set('2025-10-09T11:01:00');
			const later = await as('planner').get(`/api/cases/${c.id}`);
			expect(later.body).toMatchObject({ overdue: true, due_soon: false, overdue_days: 1 });
		} finally {
			clock.set('2025-09-26T16:00:00');
		}
	});

	it('lists each category with its limit in working hours in /api/catalogues', async () => {
		const { body } = await as('grid', ['c02']).get('/api/catalogues');
		expect(body.caseCategories).toContainEqual({
			code: 'dirty_road',
			nameZh: '道路不洁',
			nameEn: expect.any(String),
			limitWorkingHours: 4
		});
	});
});

describe('POST /api/cases/{id}/actions', () => {
	const cells = Object.entries(CASE_TRANSITIONS).flatMap(([action, rule]) =>
		rule.from.map((from) => [action as CaseAction, from, rule.to] as const)
	);

	it.each(cells)('%s from %s leads to %s', async (action, from, to) => {
		const id = await caseAt(from as keyof typeof PATH_TO);
		const extra: Record<string, unknown> = {};
		if (action === 'merge') extra.into = (await report()).id;
		const res = await take(id, action, extra);
		expect(res.status, JSON.stringify(res.body)).toBe(200);
		expect(res.body.status).toBe(to === 'same' ? from : to);
		const detail = await as('admin').get(`/api/cases/${id}`);
		const last = detail.body.history.at(-1);
		expect(last).toMatchObject({ action, from, to: res.body.status, at: '2025-09-26T16:00:00' });
		// One audit row per action: the report, each step of the way here, and this one.
		const audit = await auditRows(db, id);
		expect(audit.map((a) => a.action)).toEqual([
			'case.create',
			...PATH_TO[from as keyof typeof PATH_TO].map((step) => `case.${step}`),
			`case.${action}`
		]);
	});

	it('walks the whole loop with a rework and records what each step set', async () => {
		const id = await caseAt('handled');
		const fail = await take(id, 'verify_fail', { note: '仍有垃圾' });
		// Rework deadline: exposed_garbage's 8 working hours from the verdict, Friday 16:00: one
		// hour on Friday, seven on the 调休 Sunday 09-28.
		expect(fail.body).toMatchObject({
			status: 'dispatched',
			rework_count: 1,
			deadline: '2025-09-28T16:00:00'
		});
		const again = await take(id, 'dispatch', { assignee: '保洁公司', unit: '城南保洁' });
		expect(again.body).toMatchObject({ assignee: '保洁公司', assignee_unit: '城南保洁' });
		expect((await take(id, 'handle')).body).toMatchObject({
			status: 'handled',
			handled_by: 'test-patrol'
		});
		expect((await take(id, 'escalate')).body.escalations).toBe(1);
		const pass = await take(id, 'verify_pass');
		expect(pass.body).toMatchObject({ status: 'closed', closed_at: '2025-09-26T16:00:00' });
		const { body } = await as('admin').get(`/api/cases/${id}`);
		expect(body.history.map((h: Json) => h.action)).toEqual([
			'report',
			'accept',
			'dispatch',
			'handle',
			'verify_fail',
			'dispatch',
			'handle',
			'escalate',
			'verify_pass'
		]);
		expect((await auditRows(db, id)).map((a) => a.action)).toEqual([
			'case.create',
			...body.history.slice(1).map((h: Json) => `case.${h.action}`)
		]);
	});

	it('refuses an action the status does not allow with 409 naming the status in Chinese', async () => {
		const closed = await caseAt('handled');
		await take(closed, 'verify_pass');
		const before = await auditRows(db, closed);
		const res = await take(closed, 'dispatch');
		expect(res.status).toBe(409);
		expect(res.body.error).toMatchObject({
			code: 'conflict',
			message: '该案件当前为"已结案"，不能派遣。当前可进行的操作：无'
		});
		expect(await auditRows(db, closed)).toEqual(before);

		const reported = await caseAt('reported');
		const verify = await take(reported, 'verify_pass');
		expect(verify.status).toBe(409);
		expect(verify.body.error.message).toContain('该案件当前为"已上报"，不能核查结案');
		expect(verify.body.error.details.allowed).toEqual(['accept', 'reject', 'merge', 'escalate']);

		const handled = await caseAt('handled');
		const start = await take(handled, 'start');
		expect(start.status).toBe(409);
		expect(start.body.error.message).toContain('"待核查"');
		const en = await as('patrol', ['c02-g01']).act(handled, { action: 'start' }, '?lang=en');
		expect(en.body.error.message).toBe(
			'Cannot start: the case is "Awaiting verification". Allowed now: Verify: pass, Verify: fail, Escalate.'
		);
		const history = (await as('admin').get(`/api/cases/${handled}`)).body.history;
		expect(history.map((h: Json) => h.action)).toEqual(['report', 'accept', 'dispatch', 'handle']);
	});

	it('answers 403 for a role that never takes the action, before the status', async () => {
		const id = await caseAt('reported');
		const inspector = await as('inspector').act(id, { action: 'accept' });
		expect(inspector.status).toBe(403);
		expect(inspector.body.error.message).toBe('角色"核查员"不能立案');
		const patrol = await as('patrol', ['c02']).act(id, { action: 'dispatch', assignee: 'x' });
		expect(patrol.status).toBe(403);
		for (const role of ['sprayer', 'leader'] as Role[]) {
			expect((await as(role).act(id, { action: 'accept' })).status).toBe(403);
		}
		expect((await as('leader').get(`/api/cases/${id}`)).status).toBe(200);
		expect((await as('sprayer').get('/api/cases')).status).toBe(403);
		expect(await auditRows(db, id)).toEqual([{ action: 'case.create', username: 'test-planner' }]);
	});

	it('keeps grid staff to their zones: no action, no detail, not listed outside them', async () => {
		const id = await caseAt('reported');
		const other = as('grid', ['c01'], 'grid-c01');
		const act = await other.act(id, { action: 'accept' });
		expect(act.status).toBe(403);
		expect(act.body.error.message).toContain('不在您负责的区域内');
		expect((await other.get(`/api/cases/${id}`)).status).toBe(403);
		const listed = await other.get('/api/cases?limit=1000');
		expect(listed.body.cases.map((c: Json) => c.id).sort()).toEqual(['B0001', 'B0002']);
		expect((await as('grid', ['c02']).act(id, { action: 'accept' })).status).toBe(200);
	});

	it('refuses a verification by the one who reported it handled, and a blank rejection reason', async () => {
		const id = await caseAt('dispatched');
		expect((await as('admin').act(id, { action: 'handle' })).status).toBe(200);
		const own = await as('admin').act(id, { action: 'verify_pass' });
		expect(own.status).toBe(403);
		const fresh = await caseAt('reported');
		const blank = await as('grid', ['c02']).act(fresh, { action: 'reject', reason: '  ' });
		expect(blank.status).toBe(400);
		expect(blank.body.error.code).toBe('invalid_action');
		const noAssignee = await as('planner').act(await caseAt('accepted'), { action: 'dispatch' });
		expect(noAssignee.status).toBe(400);
	});
});

describe('idempotency', () => {
	it('answers a resent report with the first result and writes it once', async () => {
		const body = { category: 'clutter', ...c02Point(91), reported_at: '2025-09-26T10:00' };
		const headers = { 'idempotency-key': 'phone-42-0001' };
		const first = await as('patrol', ['c02']).post('/api/cases', body, headers);
		const second = await as('patrol', ['c02']).post('/api/cases', body, headers);
		expect(first.status).toBe(201);
		expect(second.status).toBe(201);
		expect(second.body).toEqual(first.body);
		const rows = await db.query(
			`SELECT count(*) AS n FROM blind_spots WHERE reported_at = TIMESTAMP '2025-09-26 10:00:00' AND category = 'clutter'`
		);
		expect(rows).toEqual([{ n: 1 }]);
		expect(await auditRows(db, first.body.id)).toHaveLength(1);
		// The same key from another user is another request.
		const other = await as('grid', ['c02']).post('/api/cases', body, headers);
		expect(other.body.id).not.toBe(first.body.id);
	});
});

describe('duplicates', () => {
	it('offers an open same-category case within 50 m and merging keeps both histories and photos', async () => {
		const first = await report({ category: 'road_spill', lng: 113.097, lat: 22.957 });
		expect(first.duplicates).toEqual([]);
		const second = await report({
			category: 'road_spill',
			lng: 113.0973,
			lat: 22.957,
			photos: ['photo-1', 'photo-2']
		});
		expect(second.duplicates).toEqual([{ id: first.id, distance_m: 30.7 }]);
		expect(second.photos).toEqual(['photo-1', 'photo-2']);
		const far = await report({ category: 'road_spill', lng: 113.0976, lat: 22.957 });
		expect(far.duplicates.map((d: Json) => d.id)).toEqual([second.id]);

		const merged = await as('grid', ['c02']).act(second.id, { action: 'merge', into: first.id });
		expect(merged.status).toBe(200);
		expect(merged.body).toMatchObject({ status: 'merged', merged_into: first.id });
		const kept = await as('admin').get(`/api/cases/${second.id}`);
		expect(kept.body.photos).toEqual(['photo-1', 'photo-2']);
		expect(kept.body.history.map((h: Json) => h.action)).toEqual(['report', 'merge']);
		const target = await as('admin').get(`/api/cases/${first.id}`);
		expect(target.body.merged).toEqual([second.id]);
		expect(target.body.history.at(-1)).toMatchObject({
			action: 'merge',
			from: 'reported',
			to: 'reported',
			note: `合并重复案件 ${second.id}`
		});
		// A merged case is no longer offered, nor can anything merge into it.
		const third = await report({ category: 'road_spill', lng: 113.0972, lat: 22.9571 });
		expect(third.duplicates.map((d: Json) => d.id)).toEqual([first.id, far.id]);
		const into = await as('grid', ['c02']).act(third.id, { action: 'merge', into: second.id });
		expect(into.status).toBe(409);
		const self = await as('grid', ['c02']).act(third.id, { action: 'merge', into: third.id });
		expect(self.status).toBe(400);
	});
});

describe('POST /api/cases/dispatch', () => {
	it('dispatches all or none', async () => {
		const a = await caseAt('accepted');
		const b = await caseAt('accepted');
		const r = await caseAt('reported');
		const refused = await as('planner').post('/api/cases/dispatch', {
			ids: [a, b, r],
			assignee: '网格员 王芳'
		});
		expect(refused.status).toBe(409);
		expect(refused.body.error.details.results).toEqual([
			{ id: a, ok: true, status: 'dispatched' },
			{ id: b, ok: true, status: 'dispatched' },
			{ id: r, ok: false, status: 'reported', message: expect.stringContaining('"已上报"') }
		]);
		for (const id of [a, b]) {
			expect((await as('admin').get(`/api/cases/${id}`)).body.status).toBe('accepted');
			expect((await auditRows(db, id)).map((x) => x.action)).toEqual([
				'case.create',
				'case.accept'
			]);
		}
		const ok = await as('planner').post('/api/cases/dispatch', {
			ids: [a, b],
			assignee: '网格员 王芳'
		});
		expect(ok.status).toBe(200);
		expect(ok.body).toEqual({
			dispatched: 2,
			results: [
				{ id: a, ok: true, status: 'dispatched' },
				{ id: b, ok: true, status: 'dispatched' }
			]
		});
		expect(
			(await as('grid', ['c02']).post('/api/cases/dispatch', { ids: [a], assignee: 'x' })).status
		).toBe(403);
	});

	it('dispatches every accepted case of an area', async () => {
		const inBox = await report({ lng: 113.0982, lat: 22.9588 });
		await as('grid', ['c02']).act(inBox.id, { action: 'accept' });
		const res = await as('planner').post('/api/cases/dispatch', {
			bbox: [113.098, 22.9585, 113.0985, 22.959],
			assignee: '网格员 陈刚'
		});
		expect(res.body).toEqual({
			dispatched: 1,
			results: [{ id: inBox.id, ok: true, status: 'dispatched' }]
		});
	});
});

describe('indicators, task counts and export', () => {
	it('adds exactly one closed case to its month after a close', async () => {
		const id = await caseAt('handled');
		clock.set('2025-10-20T09:00:00');
		try {
			const query = '/api/cases/indicators?by=month&from=2025-09-01&to=2025-09-30';
			const before = (await as('leader').get(query)).body.rows[0];
			expect(before.key).toBe('2025-09');
			const pass = await as('inspector').act(id, { action: 'verify_pass' });
			expect(pass.status).toBe(200);
			const after = (await as('leader').get(query)).body.rows[0];
			expect(after).toEqual({
				...before,
				closed: before.closed + 1,
				closure_rate: (before.closed + 1) / before.due,
				avg_handling_hours: expect.any(Number)
			});
			const byZone = await as('leader').get(
				'/api/cases/indicators?by=zone&from=2025-09-01&to=2025-09-30'
			);
			expect(byZone.body.rows.find((r: Json) => r.key === 'c02')).toMatchObject({
				due: before.due,
				closed: before.closed + 1
			});
			expect((await as('grid', ['c02']).get(query)).status).toBe(403);
		} finally {
			clock.set('2025-09-26T16:00:00');
		}
	});

	it('counts the open tasks a user can act on now, overdue and due soon', async () => {
		const inspector = (await as('inspector').get('/api/cases/mine/count')).body;
		const handled = await db.query<{ n: number }>(
			`SELECT count(*) AS n FROM blind_spots WHERE status = 'handled'`
		);
		expect(inspector.open).toBe(handled[0].n);
		// dirty_road's 4 working hours from Friday 16:00 end on the 调休 Sunday at 11:00: due soon.
		const { id } = await report({ category: 'dirty_road' });
		for (const step of PATH_TO.handled) await take(id, step);
		const more = (await as('inspector').get('/api/cases/mine/count')).body;
		expect(more.open).toBe(inspector.open + 1);
		expect(more.dueSoon).toBe(inspector.dueSoon + 1);
		expect((await as('sprayer').get('/api/cases/mine/count')).body).toEqual({
			open: 0,
			overdue: 0,
			dueSoon: 0
		});
	});

	it('exports the filtered list as CSV with Chinese headers, English on request', async () => {
		const zh = await as('planner').get('/api/cases/export?format=csv&zone=c01');
		expect(zh.status).toBe(200);
		expect(zh.res.headers.get('content-disposition')).toContain('sanimap-cases.csv');
		const lines = (zh.body as string)
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe(
			'案件编号,类别,问题描述,状态,来源,紧急程度,上报时间,处置期限,是否超期,超期天数,处置人,处置单位,社区/村,网格,返工次数,督办次数,结案时间,经度,纬度'
		);
		expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
			'B0002,暴露垃圾,市场后门再次堆放垃圾,已结案,市民投诉',
			'B0001,暴露垃圾,市场后门暴露垃圾,已结案,网格员上报'
		]);
		const en = await as('planner').get('/api/cases/export?format=csv&zone=c01&lang=en');
		expect((en.body as string).replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Case,Category,/);
	});
});
