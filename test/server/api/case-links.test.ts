/**
 * The case loop's links (issue 14 items 1, 2, 8, 10): migration of existing blind spots, map
 * layer and OGC deadlines, spray visits and imports moving cases to 待核查, the admin's
 * holiday calendar and the group-robot webhook against a local receiver.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../server/db/database';
import { MIGRATIONS, migrate } from '../../../server/db/schema';
import { checkOverdueCases, settleNotifications } from '../../../server/services/case-notify';
import { postImport } from '../../helpers/import-request';
import { createTestApp } from '../../helpers/signed-in-app';
import { auditRows, c02Point, type Json, useCaseTestbed, type Users } from './case-helpers';
import { DEPOT } from './spray-plan-request';

// Friday 2025-09-26 16:00: the 国庆 break starts on Wednesday 10-01, with 调休 on Sunday 09-28.
const { bed, clock, report } = useCaseTestbed('2025-09-26T16:00:00');
let db: Database;
let as: Users;
beforeAll(() => void ({ db, as } = bed));

describe('migration 5', () => {
	it('keeps every blind spot of before as a case with its history', async () => {
		const old = await Database.open(':memory:');
		try {
			await old.run(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,
				applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)`);
			for (const m of MIGRATIONS.filter((m) => m.version <= 4)) {
				await old.run(m.sql);
				await old.run('INSERT INTO schema_migrations (version, name) VALUES ($v, $n)', {
					v: m.version,
					n: m.name
				});
			}
			const spot = (id: string, status: string, closed: string | null) =>
				old.run(
					`INSERT INTO blind_spots VALUES ($id, 'exposed_garbage', '旧案', TIMESTAMP '2024-03-01 10:00:00',
					'12345热线', $status, TIMESTAMP '2024-03-01 18:00:00', CAST($closed AS TIMESTAMP),
					113.09, 22.95, 'wgs84', 113.09, 22.95, NULL, NULL, 'a', 'b', 'c', 'd', NULL, NULL, 1)`,
					{ id, status, closed }
				);
			await spot('OLD1', 'processing', null);
			await spot('OLD2', 'closed', '2024-03-02 09:00:00');
			await spot('OLD3', 'reported', null);
			// Migration 5 and every one after it (the list grows with each issue).
			expect(await migrate(old)).toEqual(MIGRATIONS.map((m) => m.version).filter((v) => v >= 5));
			const history = await old.query(
				`SELECT case_id, strftime(occurred_at, '%Y-%m-%dT%H:%M') AS t, action, from_status, to_status
				 FROM case_history ORDER BY case_id, id`
			);
			expect(history).toEqual([
				{
					case_id: 'OLD1',
					t: '2024-03-01T10:00',
					action: 'report',
					from_status: null,
					to_status: 'reported'
				},
				{
					case_id: 'OLD1',
					t: '2024-03-01T10:00',
					action: 'migrate',
					from_status: 'reported',
					to_status: 'processing'
				},
				{
					case_id: 'OLD2',
					t: '2024-03-01T10:00',
					action: 'report',
					from_status: null,
					to_status: 'reported'
				},
				{
					case_id: 'OLD2',
					t: '2024-03-02T09:00',
					action: 'migrate',
					from_status: 'reported',
					to_status: 'closed'
				},
				{
					case_id: 'OLD3',
					t: '2024-03-01T10:00',
					action: 'report',
					from_status: null,
					to_status: 'reported'
				}
			]);
			const cases = await old.query(
				`SELECT b.id, b.status, c.source_code FROM blind_spots b JOIN cases c USING (id) ORDER BY id`
			);
			expect(cases).toEqual([
				{ id: 'OLD1', status: 'processing', source_code: 'resident' },
				{ id: 'OLD2', status: 'closed', source_code: 'resident' },
				{ id: 'OLD3', status: 'reported', source_code: 'resident' }
			]);
		} finally {
			await old.close();
		}
	});
});

describe('layers and OGC', () => {
	it('carry status, deadline, overdue and dueSoon as of the request', async () => {
		const c = await report({ category: 'dirty_road', reported_at: '2025-09-26T15:00' });
		clock.set('2025-09-29T09:00:00');
		try {
			const layer = await as('planner').get('/api/layers/blindspots?status=reported');
			const f = layer.body.features.find((x: Json) => x.id === c.id);
			expect(f.properties).toMatchObject({
				status: 'reported',
				deadline: '2025-09-28T11:00:00',
				overdue: true,
				overdueDays: 1,
				dueSoon: false
			});
			const item = await as('planner').get(`/ogc/collections/blindspots/items/${c.id}`);
			expect(item.status).toBe(200);
			expect(item.body.properties).toMatchObject({
				status: 'reported',
				deadline: '2025-09-28T11:00:00',
				overdue: true
			});
			const items = await as('planner').get('/ogc/collections/blindspots/items?limit=100');
			const listed = items.body.features.find((x: Json) => x.id === c.id);
			expect(listed.properties.overdue).toBe(true);
			// A closed fixture case closed on time is not overdue.
			expect(items.body.features.find((x: Json) => x.id === 'B0001').properties.overdue).toBe(
				false
			);
		} finally {
			clock.set('2025-09-26T16:00:00');
		}
	});

	it('filter the layer by the new statuses', async () => {
		const c = await report();
		await as('grid', ['c02']).act(c.id, { action: 'accept' });
		const layer = await as('planner').get('/api/layers/blindspots?status=accepted');
		expect(layer.status).toBe(200);
		expect(layer.body.features.map((f: Json) => f.id)).toContain(c.id);
	});
});

describe('spray visits and imports', () => {
	it('a spray stop done on a dispatched case reports it handled, in the same write', async () => {
		const c = await report();
		await as('grid', ['c02']).act(c.id, { action: 'accept' });
		await as('planner').act(c.id, { action: 'dispatch', assignee: '消杀一队' });
		const planned = await as('planner').post('/api/routes/plan', {
			stops: [{ id: c.id, lng: c.lng, lat: c.lat, serviceMin: 5 }],
			teams: [{ id: 'team-1', start: DEPOT, maxStops: 3 }]
		});
		expect(planned.status).toBe(200);
		const saved = await as('planner').post('/api/routes', {
			name: '整改消杀',
			date: '2025-09-26',
			pest: 'fly',
			routes: planned.body.routes,
			unassigned: planned.body.unassigned
		});
		expect(saved.status).toBe(201);
		const visit = await as('planner').post(
			`/api/routes/${saved.body.id}/stops/${encodeURIComponent(c.id)}/visit`,
			{ status: 'done', chemical: '溴氰菊酯', amount: 1, unit: 'L', at: '2025-09-26T15:30' }
		);
		expect(visit.status, JSON.stringify(visit.body)).toBe(200);
		const after = await as('admin').get(`/api/cases/${c.id}`);
		expect(after.body).toMatchObject({
			status: 'handled',
			handled_by: 'test-planner',
			handled_at: '2025-09-26T15:30:00'
		});
		expect(after.body.history.at(-1)).toMatchObject({
			action: 'handle',
			from: 'dispatched',
			to: 'handled',
			note: expect.stringContaining('消杀完成')
		});
		expect((await auditRows(db, c.id)).at(-1)?.action).toBe('case.handle');
	});

	it('an import maps 已处理 to handled (待核查), not closed, with an import history row', async () => {
		const csv =
			'编号,类别,上报时间,经度,纬度,状态\n' +
			'IMP1,暴露垃圾,2025-09-25 09:00,113.0931,22.9531,已处理\n' +
			'IMP2,暴露垃圾,2025-09-25 09:00,113.0941,22.9541,handled\n' +
			'IMP3,暴露垃圾,2025-09-25 09:00,113.0951,22.9551,已结案\n';
		const res = await postImport(
			createTestApp({ db, version: 'test' }, { role: 'planner' }),
			'/api/import/blindspots',
			{
				name: 'cases.csv',
				bytes: csv
			}
		);
		expect(res.status, JSON.stringify(res.body)).toBe(200);
		const rows = await db.query(
			`SELECT id, status FROM blind_spots WHERE id IN ('IMP1', 'IMP2', 'IMP3') ORDER BY id`
		);
		expect(rows).toEqual([
			{ id: 'IMP1', status: 'handled' },
			{ id: 'IMP2', status: 'handled' },
			{ id: 'IMP3', status: 'closed' }
		]);
		const { body } = await as('admin').get('/api/cases/IMP1');
		expect(body.history.map((h: Json) => [h.action, h.from, h.to])).toEqual([
			['report', null, 'reported'],
			['import', 'reported', 'handled']
		]);
		expect(body.actions).toEqual(['verify_pass', 'verify_fail', 'escalate']);
	});
});

describe('open cases', () => {
	it('spray targets and the open hot-spot subject leave out rejected and merged cases', async () => {
		const kept = await report({ category: 'clutter' });
		const rejected = await report({ category: 'clutter' });
		const merged = await report({ category: 'clutter' });
		await as('grid', ['c02']).act(rejected.id, { action: 'reject', reason: '重复上报' });
		await as('grid', ['c02']).act(merged.id, { action: 'merge', into: kept.id });
		const targets = await as('planner').get('/api/routes/targets?source=blindspots_open');
		const ids = targets.body.stops.map((x: Json) => x.id);
		expect(ids).toContain(kept.id);
		expect(ids).not.toContain(rejected.id);
		expect(ids).not.toContain(merged.id);
		const open = await as('planner').get(
			'/api/hotspots?subject=open&from=2025-09-26&to=2025-09-26'
		);
		const all = await as('planner').get(
			'/api/hotspots?subject=blindspots&from=2025-09-26&to=2025-09-26'
		);
		const total = (r: Json) =>
			r.body.features.reduce((n: number, f: Json) => n + f.properties.value, 0);
		const statuses = await db.query<{ n: number }>(
			`SELECT count(*) AS n FROM blind_spots WHERE CAST(reported_at AS DATE) = DATE '2025-09-26'
			 AND status IN ('rejected', 'merged')`
		);
		expect(total(all) - total(open)).toBe(statuses[0].n);
	});
});

describe('holiday calendar', () => {
	it('an admin edits a year: checked, audited, and deadlines follow at once', async () => {
		const year = (await as('planner').get('/api/calendar/2025')).body;
		expect(year).toMatchObject({ year: 2025, edited: false });
		const { edited: _e, ...file } = year;
		// Make Monday 2025-09-29 a (local) holiday.
		const edit = {
			...file,
			holidays: [
				...file.holidays,
				{ date: '2025-09-29', name_zh: '本地休假', name_en: 'Local day off' }
			]
		};
		expect((await as('planner').put('/api/calendar/2025', edit)).status).toBe(403);
		const bad = await as('admin').put('/api/calendar/2025', {
			...file,
			workdays: [{ date: '2025-09-30', name_zh: '调休', name_en: 'Make-up' }]
		});
		expect(bad.status).toBe(422);
		expect(bad.body.error.message).toContain(
			'2025-09-30 is listed as a 调休 workday but is a weekday'
		);
		const saved = await as('admin').put('/api/calendar/2025', edit);
		expect(saved.status).toBe(200);
		expect((await auditRows(db, '2025')).map((a) => a.action)).toEqual(['calendar.update']);
		// Saturday 09-27 is not a working day: clutter's 16 hours from Friday 16:00 run 1 h on
		// Friday, 8 h on the 调休 Sunday, skip the edited Monday, and end Tuesday 09-30 at 16:00.
		const c = await report({ category: 'clutter' });
		expect(c.deadline).toBe('2025-09-30T16:00:00');
		await as('admin').put('/api/calendar/2025', file);
	});
});

describe('group robot webhook', () => {
	let receiver: Server;
	const received: Json[] = [];
	let url = '';

	beforeAll(async () => {
		receiver = createServer((req, res) => {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				received.push({ path: req.url, body: JSON.parse(body) });
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end('{"errcode":0,"errmsg":"ok"}');
			});
		});
		await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
		url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cgi-bin/webhook/send?key=SECRET-KEY`;
	});
	afterAll(async () => new Promise<void>((done) => receiver.close(() => done())));

	it('is an admin setting, shown and audited without its key', async () => {
		expect((await as('planner').put('/api/admin/settings', { webhook_url: url })).status).toBe(403);
		const bad = await as('admin').put('/api/admin/settings', { webhook_url: 'ftp://x' });
		expect(bad.status).toBe(400);
		const saved = await as('admin').put('/api/admin/settings', { webhook_url: url });
		expect(saved.status).toBe(200);
		expect(saved.body).toEqual({
			webhook_url: url.replace('SECRET-KEY', '***'),
			webhook_set: true
		});
		const audit = await db.query<{ after: string }>(
			`SELECT after FROM audit_log WHERE action = 'settings.update'`
		);
		expect(audit).toHaveLength(1);
		expect(audit[0].after).not.toContain('SECRET-KEY');
	});

	it('receives the text of a new dispatch, off the request path', async () => {
		const c = await report();
		await as('grid', ['c02']).act(c.id, { action: 'accept' });
		const res = await as('planner').act(c.id, { action: 'dispatch', assignee: '网格员 王芳' });
		expect(res.status).toBe(200);
		await settleNotifications();
		const last = received.at(-1);
		expect(last.path).toBe('/cgi-bin/webhook/send?key=SECRET-KEY');
		expect(last.body.msgtype).toBe('text');
		expect(last.body.text.content).toContain('【新派遣】');
		expect(last.body.text.content).toContain(`${c.id} exposed_garbage @c02 → 网格员 王芳`);
	});

	it('alerts an overdue case once per overdue episode', async () => {
		const c = await report({ category: 'dirty_road', reported_at: '2025-09-26T15:00' });
		const before = received.length;
		const found = await checkOverdueCases(db, new Date('2025-09-28T11:05:00+08:00'));
		expect(found).toContain(c.id);
		expect(received.length).toBe(before + 1);
		expect(received.at(-1).body.text.content).toContain('【超期提醒】');
		expect(received.at(-1).body.text.content).toContain(c.id);
		expect(await checkOverdueCases(db, new Date('2025-09-28T11:10:00+08:00'))).toEqual([]);
		expect(received.length).toBe(before + 1);
	});

	it('a robot that fails never fails the write', async () => {
		await as('admin').put('/api/admin/settings', { webhook_url: 'http://127.0.0.1:9/nothing' });
		const c = await report();
		await as('grid', ['c02']).act(c.id, { action: 'accept' });
		const res = await as('planner').act(c.id, { action: 'dispatch', assignee: 'x' });
		expect(res.status).toBe(200);
		await settleNotifications();
		await as('admin').put('/api/admin/settings', { webhook_url: null });
		expect((await as('admin').get('/api/admin/settings')).body).toEqual({
			webhook_url: null,
			webhook_set: false
		});
	});
});
