/**
 * Issue 15 item 3, done-when: "a lapsed 责令整改 escalates exactly once and at the right
 * working-time moment". Units and checks are written with SQL (the phone check API is another
 * lane); the case goes through the case API. The clock and the 2026 holiday file are real.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { checkOverdueCases } from '../../../server/services/case-notify';
import { referLapsedOrders } from '../../../server/services/referral-watch';
import { auditRows, c02Point, type Json, useCaseTestbed, type Users } from './case-helpers';

// Friday 2026-04-03 16:00. 清明 is Saturday 04-04 to Monday 04-06; Tuesday 04-07 is a working day.
const { bed, clock } = useCaseTestbed('2026-04-03T16:00:00');
let db: Database;
let as: Users;
beforeAll(() => void ({ db, as } = bed));

const at = (local: string) => new Date(`${local}+08:00`);
let k = 40;

/** A frontage unit in grid c02-g01, two earlier failures (a warning among them), then a 责令整改 given now. */
async function orderGiven(
	name: string
): Promise<{ caseId: string; unitId: string; deadline: string }> {
	const p = c02Point(k++);
	const unitId = `FU-${name}`;
	await db.run(
		`INSERT INTO frontage_units VALUES ($id, $name, 'shop', '安澜大道 18 号', '王建国', '13812345678',
		 $lng, $lat, 'c02', 'c02-g01', NULL, '{}', 20, true, DATE '2025-03-01',
		 TIMESTAMP '2025-03-01 09:00:00', TIMESTAMP '2025-03-01 09:00:00', NULL)`,
		{ id: unitId, name, ...p }
	);
	const created = await as('planner').post('/api/cases', {
		category: 'frontage_violation',
		description: `${name} 门前堆放杂物`,
		source: 'patrol',
		...p
	});
	expect(created.status, JSON.stringify(created.body)).toBe(201);
	const caseId: string = created.body.id;
	expect((await as('planner').act(caseId, { action: 'accept' })).status).toBe(200);
	const check = (
		id: string,
		checkedAt: string,
		measure: string | null,
		items: string,
		withCase: boolean
	) =>
		db.run(
			`INSERT INTO frontage_checks (id, unit_id, patrol_id, checked_at, checker, result, failed_items,
			 measure, order_deadline, case_id, note, photo_ids, lng, lat, idempotency_key)
			 VALUES ($id, $unit, NULL, CAST($at AS TIMESTAMP), 'test-patrol', 'fail', $items, $measure,
			 CAST($deadline AS TIMESTAMP), $case, NULL, $photos, $lng, $lat, NULL)`,
			{
				id,
				unit: unitId,
				at: checkedAt,
				items,
				measure,
				deadline: withCase ? created.body.deadline : null,
				case: withCase ? caseId : null,
				photos: `2026-${id.padEnd(32, '0').slice(0, 32)}`,
				...p
			}
		);
	await check(`${name}-1`, '2026-02-20T10:00:00', null, 'posters', false); // older than 30 days: not on the sheet
	await check(`${name}-2`, '2026-03-25T10:00:00', 'warn', 'litter', false);
	await check(`${name}-3`, '2026-04-03T16:00:00', 'order', 'litter,piling', true);
	return { caseId, unitId, deadline: created.body.deadline };
}

const statusOf = async (id: string) =>
	(await db.query<{ status: string }>('SELECT status FROM blind_spots WHERE id = $id', { id }))[0]
		.status;
const referralCount = async (id: string) =>
	Number(
		(
			await db.query<{ n: number }>('SELECT count(*) AS n FROM referrals WHERE case_id = $id', {
				id
			})
		)[0].n
	);

describe('the lapse watch: a 责令整改 not fixed by its deadline goes to the 城管执法大队', () => {
	let lapsed: { caseId: string; unitId: string; deadline: string };
	let fixed: { caseId: string };

	it('counts the one-working-day deadline across the 清明 weekend: Friday 16:00 → Tuesday 16:00', async () => {
		lapsed = await orderGiven('老王烟酒店');
		fixed = await orderGiven('阿芳早餐店');
		// 1 h on Friday (to 17:00), Saturday–Monday off (清明), 7 h on Tuesday from 09:00.
		expect(lapsed.deadline).toBe('2026-04-07T16:00:00');
	});

	it('does not refer before the deadline: over the holiday, on Monday 16:05, at Tuesday 16:00 itself', async () => {
		for (const moment of [
			'2026-04-04T10:00:00',
			'2026-04-06T16:05:00',
			'2026-04-07T15:59:00',
			'2026-04-07T16:00:00'
		]) {
			expect(await referLapsedOrders(db, at(moment)), moment).toEqual([]);
		}
		expect(await statusOf(lapsed.caseId)).toBe('accepted');
	});

	it('a case handled in time (待核查 before the deadline) is not referred', async () => {
		const patrol = as('patrol', ['c02-g01']);
		clock.set('2026-04-07T11:00:00');
		expect(
			(await as('planner').act(fixed.caseId, { action: 'dispatch', assignee: 'test-patrol' }))
				.status
		).toBe(200);
		expect((await patrol.act(fixed.caseId, { action: 'handle', note: '已清理' })).status).toBe(200);
	});

	it('refers the lapsed one at the first look after Tuesday 16:00: status, 移交单 number, history by system, audit', async () => {
		const referred = await referLapsedOrders(db, at('2026-04-07T16:05:00'));
		expect(referred).toEqual([{ caseId: lapsed.caseId, sheetNo: 'YJ-2026-0001' }]);
		expect(await statusOf(lapsed.caseId)).toBe('referred');
		expect(await statusOf(fixed.caseId)).toBe('handled');
		expect(await referralCount(fixed.caseId)).toBe(0);
		const detail = (await as('planner').get(`/api/cases/${lapsed.caseId}`)).body as Json;
		expect(detail.status).toBe('referred');
		expect(detail.history.at(-1)).toMatchObject({
			at: '2026-04-07T16:05:00',
			by: 'system',
			action: 'refer',
			from: 'accepted',
			to: 'referred'
		});
		expect(detail.history.at(-1).note).toContain('2026-04-07 16:00');
		expect(detail.actions).toEqual(['record_outcome']);
		expect((await auditRows(db, lapsed.caseId)).at(-1)).toEqual({
			action: 'case.refer',
			username: 'system'
		});
	});

	it('happens exactly once: later runs find nothing, and the generic overdue alert stays quiet', async () => {
		expect(await referLapsedOrders(db, at('2026-04-07T16:10:00'))).toEqual([]);
		expect(await referLapsedOrders(db, at('2026-04-08T09:00:00'))).toEqual([]);
		expect(await referralCount(lapsed.caseId)).toBe(1);
		const history = (await as('planner').get(`/api/cases/${lapsed.caseId}`)).body.history as Json[];
		expect(history.filter((h) => h.action === 'refer')).toHaveLength(1);
		expect(await checkOverdueCases(db, at('2026-04-08T09:05:00'))).not.toContain(lapsed.caseId);
	});

	it('the 移交单: unit, violations of the last 30 days with items and photos, the orders, the assistant', async () => {
		const sheet = (await as('planner').get(`/api/referrals/${lapsed.caseId}`)).body as Json;
		expect(sheet).toMatchObject({
			sheetNo: 'YJ-2026-0001',
			caseId: lapsed.caseId,
			referredAt: '2026-04-07T16:05:00',
			deadline: '2026-04-07T16:00:00',
			unit: {
				name: '老王烟酒店',
				contactName: '王建国',
				contactPhone: '13812345678',
				agreementSigned: true
			},
			assistant: { username: 'test-patrol' },
			outcome: null
		});
		expect(
			sheet.violations.map((v: Json) => [v.checkedAt, v.failedItems, v.measure, v.isReferredOrder])
		).toEqual([
			['2026-03-25T10:00:00', ['litter'], 'warn', false],
			['2026-04-03T16:00:00', ['litter', 'piling'], 'order', true]
		]);
		expect(sheet.violations[1].orderDeadline).toBe('2026-04-07T16:00:00');
		expect(sheet.violations[1].photoIds).toHaveLength(1);
		// The inspector reads the sheet with the contact masked; a grid officer elsewhere may not read it.
		const masked = (await as('inspector').get(`/api/referrals/${lapsed.caseId}`)).body as Json;
		expect(masked.unit).toMatchObject({ contactName: '王**', contactPhone: '138****5678' });
		expect(
			(await as('grid', ['c01'], 'grid-c01').get(`/api/referrals/${lapsed.caseId}`)).status
		).toBe(403);
		expect((await as('planner').get(`/api/referrals/${fixed.caseId}`)).status).toBe(404);
	});

	it('the brigade’s outcome closes the case; only planners and admins record it, and it needs an outcome', async () => {
		expect(
			(
				await as('patrol', ['c02-g01']).act(lapsed.caseId, {
					action: 'record_outcome',
					outcome: 'fixed'
				})
			).status
		).toBe(403);
		expect(
			(await as('inspector').act(lapsed.caseId, { action: 'record_outcome', outcome: 'fixed' }))
				.status
		).toBe(403);
		const blank = await as('planner').act(lapsed.caseId, { action: 'record_outcome' });
		expect(blank.status).toBe(400);
		expect(blank.body.error.message).toContain('执法结果');
		const bad = await as('planner').act(lapsed.caseId, {
			action: 'record_outcome',
			outcome: 'jailed'
		});
		expect(bad.status).toBe(400);
		clock.set('2026-04-10T10:00:00');
		const done = await as('planner').act(lapsed.caseId, {
			action: 'record_outcome',
			outcome: 'penalised',
			note: '罚款 200 元'
		});
		expect(done.status, JSON.stringify(done.body)).toBe(200);
		expect(done.body).toMatchObject({ status: 'closed', closed_at: '2026-04-10T10:00:00' });
		const sheet = (await as('planner').get(`/api/referrals/${lapsed.caseId}`)).body as Json;
		expect(sheet).toMatchObject({
			outcome: 'penalised',
			outcomeNote: '罚款 200 元',
			outcomeAt: '2026-04-10T10:00:00',
			outcomeBy: 'test-planner'
		});
		const history = (await as('planner').get(`/api/cases/${lapsed.caseId}`)).body.history as Json[];
		expect(history.at(-1)).toMatchObject({
			action: 'record_outcome',
			to: 'closed',
			note: '已处罚：罚款 200 元'
		});
		expect((await auditRows(db, lapsed.caseId)).at(-1)).toEqual({
			action: 'case.record_outcome',
			username: 'test-planner'
		});
	});

	it('the office may refer by hand (next sheet number); field roles may not', async () => {
		const other = await orderGiven('李记五金');
		expect((await as('patrol', ['c02-g01']).act(other.caseId, { action: 'refer' })).status).toBe(
			403
		);
		expect((await as('grid', ['c02']).act(other.caseId, { action: 'refer' })).status).toBe(403);
		const res = await as('planner').act(other.caseId, { action: 'refer', note: '拒不整改' });
		expect(res.status).toBe(200);
		expect(res.body.status).toBe('referred');
		expect((await as('planner').get(`/api/referrals/${other.caseId}`)).body.sheetNo).toBe(
			'YJ-2026-0002'
		);
		// A referred case is not referred again by the watch.
		expect(await referLapsedOrders(db, at('2026-04-20T10:00:00'))).toEqual([]);
		expect(await referralCount(other.caseId)).toBe(1);
	});
});
