/**
 * The demo town's case loop (issue 14 item 12): every status present, overdue open cases,
 * plausible indicators, history in working hours by the demo users, drawn photos linked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../../server/contract/case-states';
import type { Database } from '../../../server/db/database';
import {
	buildWorkingCalendar,
	isWorkingDay
} from '../../../server/domain/calendar/working-calendar';
import { caseIndicators } from '../../../server/domain/cases/case-indicators';
import { ensureDemoPhotos } from '../../../server/ingest/demo-photos';
import { openStore } from '../../../server/ingest/open-store';
import { shippedCalendarYears } from '../../../server/services/case-calendar';
import { filesUnder, tempPhotoRoot } from '../../helpers/photos';

const AS_OF = '2025-12-31T17:00:00';
const calendar = buildWorkingCalendar([...shippedCalendarYears().values()]);
let db: Database;

beforeAll(async () => {
	db = (await openStore(':memory:', { demo: true })).db;
}, 120_000);
afterAll(async () => db?.close());

const T = (c: string) => `strftime(${c}, '%Y-%m-%dT%H:%M:%S')`;

describe('demo town cases', () => {
	it('holds every status, with overdue open cases, reworked and escalated ones', async () => {
		const rows = await db.query<{ status: string; n: number; overdue: number }>(
			`SELECT status, count(*)::INT AS n, count(*) FILTER (WHERE due_at < TIMESTAMP '2025-12-31 17:00')::INT AS overdue
			FROM blind_spots GROUP BY status`
		);
		const by = new Map(rows.map((r) => [r.status, r]));
		for (const status of CASE_STATUSES) expect(by.get(status)?.n ?? 0, status).toBeGreaterThan(0);
		const openOverdue = rows
			.filter((r) => !['closed', 'rejected', 'merged'].includes(r.status))
			.reduce((s, r) => s + r.overdue, 0);
		expect(openOverdue).toBeGreaterThan(3);
		const [extra] = await db.query<{ reworked: number; escalated: number; merged: number }>(
			`SELECT count(*) FILTER (WHERE rework_count > 0)::INT AS reworked,
				count(*) FILTER (WHERE escalations > 0)::INT AS escalated,
				count(*) FILTER (WHERE merged_into IS NOT NULL)::INT AS merged FROM cases`
		);
		expect(extra.reworked).toBeGreaterThan(10);
		expect(extra.escalated).toBeGreaterThan(3);
		expect(extra.merged).toBe(by.get('merged')!.n);
	});

	it('has plausible indicators: most due cases closed, most of those on time', async () => {
		const cases = await db.query<{
			status: never;
			reportedAt: string;
			deadline: string;
			handledAt: string | null;
			closedAt: string | null;
			reworkCount: number;
		}>(
			`SELECT b.status, ${T('b.reported_at')} AS "reportedAt", ${T('b.due_at')} AS deadline,
				${T('c.handled_at')} AS "handledAt", ${T('b.closed_at')} AS "closedAt", c.rework_count AS "reworkCount"
			FROM blind_spots b JOIN cases c ON c.id = b.id`
		);
		const all = cases.map((c) => ({ ...c, zone: null, unit: null, assignee: null }));
		const k = caseIndicators(all, { start: '2023-01-01T00:00:00', end: AS_OF }, calendar);
		expect(k.closure_rate).toBeGreaterThan(0.6);
		expect(k.closure_rate).toBeLessThan(0.98);
		expect(k.on_time_rate).toBeGreaterThan(0.6);
		expect(k.rework_rate).toBeGreaterThan(0.02);
		expect(k.rework_rate).toBeLessThan(0.2);
	});

	// 责令整改 cases come from patrols (assistants start at 08:30): test/server/demo-town/frontage.test.ts.
	it('dates every action after the report in working hours on the holiday calendar, by demo users', async () => {
		const steps = await db.query<{ at: string; actor: string; action: string; reported: string }>(
			`SELECT ${T('h.occurred_at')} AS at, h.actor, h.action, ${T('b.reported_at')} AS reported
			FROM case_history h JOIN blind_spots b ON b.id = h.case_id
			WHERE h.action <> 'report' AND b.category <> 'frontage_violation'`
		);
		expect(steps.length).toBeGreaterThan(2000);
		for (const s of steps) {
			const minute = Date.parse(`${s.at}Z`) / 60_000;
			const day = Math.floor(minute / 1440);
			const m = minute - day * 1440;
			expect(
				isWorkingDay(day, calendar) && m >= 9 * 60 && m <= 17 * 60,
				`${s.action} ${s.at}`
			).toBe(true);
			expect(s.at >= s.reported.slice(0, 16)).toBe(true);
			expect(s.actor).toMatch(/^demo-(grid|planner|patrol|inspector)$/);
		}
	});

	it('draws before/after photos for 40 closed cases into the photos folder, once', async () => {
		const photos = tempPhotoRoot();
		try {
			expect(await ensureDemoPhotos(db, photos.root)).toBe(80);
			const [links] = await db.query<{ n: number; cases: number }>(
				`SELECT count(*)::INT AS n, count(DISTINCT case_id)::INT AS cases FROM case_links WHERE kind = 'photo'`
			);
			expect(links).toEqual({ n: 80, cases: 40 });
			expect(
				filesUnder(photos.root).filter((f) => f.endsWith('.jpg')).length
			).toBeGreaterThanOrEqual(80);
			expect(await ensureDemoPhotos(db, photos.root)).toBe(0);
		} finally {
			photos.remove();
		}
	}, 120_000);
});
