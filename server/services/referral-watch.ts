/**
 * The lapse watch (issue 15 item 3): a 责令整改 whose deadline (the case's deadline, counted in
 * working time on the holiday calendar when the order was given) has passed while its case is
 * still unfixed — 已立案, 已派遣 or 处置中, not yet reported handled — is referred to the
 * 城管执法大队: status `referred`, one referral row with the year's next 移交单 number, one
 * history row by `system`, one audit row, in one transaction per case. The referral row's
 * primary key and the status check make it happen exactly once: a second run finds nothing.
 * It runs at start-up and with the overdue watch (case-notify.ts), before the overdue alert,
 * which it marks as sent for the referred case.
 */
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { applyAction } from '../domain/cases/workflow';
import { LAPSED_ORDERS_SQL } from '../queries/referrals';
import { CATEGORY_LIMIT_SQL } from '../queries/cases';
import { systemActor, type Actor } from './actor';
import { loadCalendar } from './case-calendar';
import { storeAction } from './case-actions';
import { caseActorOf, caseStateOf, loadCaseRow } from './cases';
import { insertReferral } from './referrals';

/** The history and audit rows of an automatic referral say `system`. */
export const REFERRAL_WATCH_ACTOR: Actor = {
	...systemActor('referral-watch'),
	username: 'system',
	displayName: '系统'
};

export interface ReferredCase {
	caseId: string;
	sheetNo: string;
}

/** Refers every lapsed 责令整改 at `now`; returns the cases referred (none on a second run). */
export async function referLapsedOrders(db: Database, now: Date): Promise<ReferredCase[]> {
	const at = formatLocalTime(now);
	const calendar = await loadCalendar(db);
	const actor = REFERRAL_WATCH_ACTOR;
	const lapsed = await db.query<{ id: string; unit_id: string | null }>(LAPSED_ORDERS_SQL, {
		now: at
	});
	const referred: ReferredCase[] = [];
	for (const { id, unit_id } of lapsed) {
		const done = await db.transaction(async (tx) => {
			// Read again inside the write: a handler may have reported it fixed in between.
			const [still] = await tx.query<{ id: string }>(
				`SELECT id FROM (${LAPSED_ORDERS_SQL}) WHERE id = $id`,
				{ now: at, id }
			);
			if (!still) return null;
			const row = await loadCaseRow(tx, id);
			const [limit] = await tx.query<{ hours: number }>(CATEGORY_LIMIT_SQL, { code: row.category });
			const result = applyAction(
				caseStateOf(row),
				{ action: 'refer', note: lapseNote(row.deadline) },
				caseActorOf(actor),
				{ at, calendar, limitHours: limit?.hours ?? 8 }
			);
			if (!result.ok) return null;
			const sheetNo = await insertReferral(tx, id, at, row.deadline, unit_id);
			await storeAction(tx, actor, row, result.case, result.entry, calendar);
			return { caseId: id, sheetNo };
		});
		if (done) referred.push(done);
	}
	return referred;
}

/** `责令整改期限 2026-04-07 16:00 已过，未整改，自动移交城管执法大队`. */
const lapseNote = (deadline: string | null) =>
	`责令整改期限${deadline ? ` ${deadline.slice(0, 16).replace('T', ' ')} ` : ''}已过，未整改，自动移交城管执法大队`;

/** For timers: never throws (a failure is logged and the next run tries again). */
export async function referLapsedOrdersQuietly(db: Database, now: Date): Promise<void> {
	try {
		const referred = await referLapsedOrders(db, now);
		if (referred.length) {
			console.log(
				`Referred ${referred.length} lapsed 责令整改 to enforcement: ${referred.map((r) => r.sheetNo).join(', ')}`
			);
		}
	} catch (error) {
		console.warn(`referral watch failed: ${(error as Error).message}`);
	}
}
