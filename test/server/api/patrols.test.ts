/**
 * The daily frontage check's API (issue 15 item 3): patrols and their tracks, checks and the
 * case a 责令整改 opens, against hand calculations on the mini town (grid c02-g01).
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { auditRows, useCaseTestbed, type Json } from './case-helpers';

const { bed, clock } = useCaseTestbed('2025-09-30T15:30:00');

/** Metres per 0.001° of latitude on the 6 371 008.8 m sphere: π/180 · R / 1000. */
const M_PER_MILLIDEGREE = (Math.PI / 180) * 6_371_008.8 * 0.001;

async function seedUnit(
	db: Database,
	id: string,
	lng: number,
	lat: number,
	grid: string,
	zone: string
) {
	await db.run(
		`INSERT INTO frontage_units (id, name, category, address, contact_name, contact_phone, lng, lat,
			zone_id, grid_id, segment_id, frontage, frontage_m, agreement_signed, agreement_signed_on,
			created_at, updated_at, retired_at)
		 VALUES ($id, $name, 'shop', '西岸路1号', NULL, NULL, $lng, $lat, $zone, $grid, NULL,
			'{"type":"LineString","coordinates":[[113.0905,22.9503],[113.0907,22.9503]]}', 20, true, NULL,
			TIMESTAMP '2025-09-01 09:00:00', TIMESTAMP '2025-09-01 09:00:00', NULL)`,
		{ id, name: `${id}号店`, lng, lat, zone, grid }
	);
}

let seeded = false;
async function units() {
	if (seeded) return;
	seeded = true;
	await seedUnit(bed.db, 'u1', 113.0906, 22.9504, 'c02-g01', 'c02');
	await seedUnit(bed.db, 'u2', 113.0912, 22.9504, 'c02-g01', 'c02');
	await seedUnit(bed.db, 'u3', 113.0918, 22.9504, 'c02-g01', 'c02');
	await seedUnit(bed.db, 'u9', 113.0855, 22.9504, 'c01-g02', 'c01');
	await bed.db.run(
		`INSERT INTO responsibilities (target_kind, target_id, person, username, phone, unit, valid_from, changed_by)
		 VALUES ('frontage', 'u2', '李老板', 'shop-u2', NULL, '好再来饭店', TIMESTAMP '2025-09-01 09:00:00', 'test')`
	);
}

const patrol = () => bed.as('patrol', ['c02'], 'patrol-a');
const fix = (seq: number, lat: number, accuracy_m = 8) => ({
	seq,
	at: `2025-09-30T15:${String(seq).padStart(2, '0')}:00`,
	lng: 113.0906,
	lat,
	accuracy_m
});

async function started(kind = 'frontage'): Promise<Json> {
	const res = await patrol().post('/api/patrols', { kind });
	expect(res.status, JSON.stringify(res.body)).toBe(201);
	return res.body;
}

describe('patrols', () => {
	it('a resent start with the same Idempotency-Key answers the first patrol and writes once', async () => {
		const key = { 'idempotency-key': 'start-once-1' };
		const a = await patrol().post('/api/patrols', { kind: 'red_armband' }, key);
		const b = await patrol().post('/api/patrols', { kind: 'red_armband' }, key);
		expect(a.status).toBe(201);
		expect(b.body).toEqual(a.body);
		const [{ n }] = await bed.db.query<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM patrols WHERE idempotency_key = 'start-once-1'`
		);
		expect(n).toBe(1);
		expect(a.body).toMatchObject({
			kind: 'red_armband',
			username: 'patrol-a',
			lengthM: 0,
			endedAt: null
		});
	});

	it('keeps a point sent twice once, drops inaccurate fixes and measures the kept track in seq order', async () => {
		const p = await started();
		const path = `/api/patrols/${p.id}/points`;
		// Sent out of order: seq 3 arrives before 1 and 2; seq 2's twin (80 m accuracy) is dropped.
		const first = await patrol().post(path, { points: [fix(3, 22.9524), fix(4, 22.953, 80)] });
		expect(first.body).toMatchObject({ kept: 1, inaccurate: 1, points: 1, lengthM: 0 });
		const second = await patrol().post(path, { points: [fix(1, 22.9504), fix(2, 22.9514)] });
		const resent = await patrol().post(path, { points: [fix(1, 22.9504), fix(2, 22.9514)] });
		// 22.9504 → 22.9514 → 22.9524 along one meridian: 2 × 1.0 millidegree.
		const expected = 2 * M_PER_MILLIDEGREE;
		expect(second.body.kept).toBe(2);
		expect(second.body.lengthM).toBeCloseTo(expected, 1);
		expect(resent.body).toMatchObject({ kept: 0, points: 3 });
		expect(resent.body.lengthM).toBeCloseTo(expected, 1);
		const detail = await patrol().get(`/api/patrols/${p.id}`);
		expect(detail.body.track).toEqual({
			type: 'LineString',
			coordinates: [
				[113.0906, 22.9504],
				[113.0906, 22.9514],
				[113.0906, 22.9524]
			]
		});
		expect(detail.body.lengthM).toBeCloseTo(222.4, 1);
		// One audit row per batch that kept a point; the resend kept none and wrote none.
		expect((await auditRows(bed.db, p.id)).map((r) => r.action)).toEqual([
			'patrol.start',
			'patrol.track',
			'patrol.track'
		]);
	});

	it('ends once; a resent end answers the ended patrol', async () => {
		const p = await started();
		const a = await patrol().post(`/api/patrols/${p.id}/end`, {});
		const b = await patrol().post(`/api/patrols/${p.id}/end`, { ended_at: '2025-09-30T15:29:00' });
		expect(a.body.endedAt).toBe('2025-09-30T15:30:00');
		expect(b.body.endedAt).toBe('2025-09-30T15:30:00');
		expect((await auditRows(bed.db, p.id)).map((r) => r.action)).toEqual([
			'patrol.start',
			'patrol.end'
		]);
	});

	it("lists only the user's own patrols, and refuses another user's patrol", async () => {
		const mine = await started();
		const other = bed.as('patrol', ['c02'], 'patrol-b');
		const list = await other.get('/api/patrols');
		expect(list.body.patrols.map((p: Json) => p.id)).not.toContain(mine.id);
		expect((await other.get(`/api/patrols/${mine.id}`)).status).toBe(403);
		expect(
			(await other.post(`/api/patrols/${mine.id}/points`, { points: [fix(1, 22.95)] })).status
		).toBe(403);
		expect((await bed.as('planner').get(`/api/patrols/${mine.id}`)).status).toBe(200);
		expect((await bed.as('sprayer').post('/api/patrols', { kind: 'frontage' })).status).toBe(403);
	});

	it('the phone lists the units of the box from the ledger, inside the user zones', async () => {
		await units();
		const res = await patrol().get('/api/frontage?bbox=113.08,22.95,113.1,22.96');
		expect(res.status, JSON.stringify(res.body)).toBe(200);
		const ids = res.body.features.map((f: Json) => f.properties.id);
		expect(ids).toEqual(expect.arrayContaining(['u1', 'u2', 'u3']));
		expect(ids).not.toContain('u9');
	});
});

describe('frontage checks', () => {
	const checkPath = (unit: string) => `/api/frontage/${unit}/checks`;

	it('records a pass on a patrol once for a resent Idempotency-Key', async () => {
		await units();
		const p = await started();
		const key = { 'idempotency-key': 'check-once-1' };
		const a = await patrol().post(checkPath('u1'), { result: 'pass', patrol_id: p.id }, key);
		const b = await patrol().post(checkPath('u1'), { result: 'pass', patrol_id: p.id }, key);
		expect(a.status, JSON.stringify(a.body)).toBe(201);
		expect(b.body).toEqual(a.body);
		expect(a.body).toMatchObject({ unitId: 'u1', result: 'pass', failedItems: [], caseId: null });
		const detail = await patrol().get(`/api/patrols/${p.id}`);
		expect(detail.body.checks).toBe(1);
		expect(detail.body.checkRecords.map((c: Json) => c.id)).toEqual([a.body.id]);
	});

	it('lists checks made in the same second in the order the phone recorded them', async () => {
		await units();
		const p = await started();
		const at = '2025-09-30T15:10:00';
		for (const unit of ['u3', 'u1', 'u2']) {
			const res = await patrol().post(checkPath(unit), {
				result: 'pass',
				patrol_id: p.id,
				checked_at: at
			});
			expect(res.status, JSON.stringify(res.body)).toBe(201);
		}
		const detail = await patrol().get(`/api/patrols/${p.id}`);
		expect(detail.body.checkRecords.map((c: Json) => c.unitId)).toEqual(['u3', 'u1', 'u2']);
	});

	it('refuses a failure without a photo in words the assistant can act on', async () => {
		await units();
		const audited = () =>
			bed.db.query<{ n: number }>(
				`SELECT count(*)::INTEGER AS n FROM audit_log WHERE action = 'frontage.check'`
			);
		const [before] = await audited();
		const res = await patrol().post(checkPath('u1'), {
			result: 'fail',
			items: ['litter'],
			measure: 'warn'
		});
		expect(res.status).toBe(400);
		expect(res.body.error.message).toContain('请至少拍一张照片');
		expect(await audited()).toEqual([before]);
	});

	it('a 劝导 records the warning and opens no case', async () => {
		await units();
		const before = await caseCount();
		const res = await patrol().post(checkPath('u1'), {
			result: 'fail',
			items: ['posters', 'litter'],
			measure: 'warn',
			photos: ['2025/p-warn-1']
		});
		expect(res.status, JSON.stringify(res.body)).toBe(201);
		expect(res.body).toMatchObject({ measure: 'warn', caseId: null, orderDeadline: null });
		expect(await caseCount()).toBe(before);
	});

	it('a 责令整改 opens exactly one linked case, dispatched to the responsible person, due after the National Day holiday', async () => {
		await units();
		const key = { 'idempotency-key': 'order-u2' };
		const body = {
			result: 'fail',
			items: ['piling', 'litter'],
			measure: 'order',
			deadline: '1d',
			checked_at: '2025-09-30T15:00:00',
			note: '门口堆放纸箱',
			photos: ['2025/p-order-1']
		};
		const before = await caseCount();
		const a = await patrol().post(checkPath('u2'), body, key);
		const b = await patrol().post(checkPath('u2'), body, key);
		expect(a.status, JSON.stringify(a.body)).toBe(201);
		expect(b.body).toEqual(a.body);
		expect(await caseCount()).toBe(before + 1);
		// 15:00–17:00 on 30 Sep (2 h), 1–8 Oct off, then 9:00 + 6 h on Thursday 9 Oct.
		expect(a.body.orderDeadline).toBe('2025-10-09T15:00:00');
		const c = await bed.as('planner').get(`/api/cases/${a.body.caseId}`);
		expect(c.body).toMatchObject({
			category: 'frontage_violation',
			source: 'patrol',
			status: 'dispatched',
			assignee: 'shop-u2',
			assignee_unit: '好再来饭店',
			deadline: '2025-10-09T15:00:00',
			reported_at: '2025-09-30T15:00:00',
			lng: 113.0912,
			lat: 22.9504,
			origin: { kind: 'patrol_check', id: a.body.id }
		});
		expect(c.body.description).toBe(
			'门前三包责令整改：u2号店，门前有垃圾、杂物；乱堆乱放。门口堆放纸箱'
		);
		expect(c.body.history.map((h: Json) => h.action)).toEqual(['report', 'accept', 'dispatch']);
		expect(c.body.photos).toEqual(['2025/p-order-1']);
		expect((await auditRows(bed.db, a.body.caseId)).map((r) => r.action)).toEqual(['case.create']);
		expect((await auditRows(bed.db, a.body.id)).map((r) => r.action)).toEqual(['frontage.check']);
	});

	it('a 责令整改 of a unit nobody answers for stays accepted for the office; 4 working hours cross the holiday too', async () => {
		await units();
		const res = await patrol().post(checkPath('u3'), {
			result: 'fail',
			items: ['parking'],
			measure: 'order',
			deadline: '4h',
			checked_at: '2025-09-30T15:00:00',
			photos: ['2025/p-order-2']
		});
		expect(res.body.orderDeadline).toBe('2025-10-09T11:00:00');
		const c = await bed.as('planner').get(`/api/cases/${res.body.caseId}`);
		expect(c.body).toMatchObject({
			status: 'accepted',
			assignee: null,
			deadline: '2025-10-09T11:00:00'
		});
	});

	it('refuses a unit outside the user zones, an unknown unit, and roles that do not patrol', async () => {
		await units();
		const pass = { result: 'pass' };
		expect((await patrol().post(checkPath('u9'), pass)).status).toBe(403);
		expect((await patrol().post(checkPath('nope'), pass)).status).toBe(404);
		expect((await bed.as('inspector').post(checkPath('u1'), pass)).status).toBe(403);
		expect((await bed.as('grid', ['c01-g02'], 'grid-c01').post(checkPath('u9'), pass)).status).toBe(
			201
		);
	});

	it('refuses a failure without a measure, an order without a deadline and a pass with items', async () => {
		await units();
		const photos = ['2025/p-x'];
		const bad = [
			{ result: 'fail', items: ['litter'], photos },
			{ result: 'fail', items: ['litter'], photos, measure: 'order' },
			{ result: 'pass', items: ['litter'] },
			{ result: 'fail', photos, measure: 'warn' }
		];
		const messages = [];
		for (const body of bad) {
			const res = await patrol().post(checkPath('u1'), body);
			expect(res.status).toBe(400);
			messages.push(res.body.error.message);
		}
		expect(messages[0]).toContain('劝导或责令整改');
		expect(messages[1]).toContain('整改期限');
		expect(messages[3]).toContain('不合格内容');
	});
});

async function caseCount() {
	const [{ n }] = await bed.db.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM cases WHERE source_code = 'patrol'`
	);
	return n;
}

void clock;
