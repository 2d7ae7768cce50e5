/**
 * Notifications of the case loop (issue 14 item 10): new dispatches and overdue cases posted
 * to a WeCom (企业微信) or DingTalk (钉钉) group robot, whose webhook URL the admin sets.
 * Both robots take `{"msgtype":"text","text":{"content":…}}`. Posting happens after the write
 * has committed, off the request path: it never delays or fails a write, and a failure is
 * only logged.
 */
import type { CaseView } from '../contract/cases';
import type { Database, Transaction } from '../db/database';
import type { StaffMember } from '../domain/cases/superiors';
import { CASE_STATUS_NAMES } from '../contract/case-states';
import { INSERT_HISTORY_SQL, MARK_ALERTED_SQL, NEWLY_OVERDUE_SQL } from '../queries/cases';
import { DELETE_SETTING_SQL, SETTING_SQL, UPSERT_SETTING_SQL } from '../queries/case-settings';
import { systemActor, type Actor } from './actor';
import { loadCaseRow, type CaseRow } from './cases';
import { loadStaff, noticeCase } from './notifications';
import { recordAudit } from './audit';
import { formatLocalTime } from '../domain/routing/local-time';
import { referLapsedOrdersQuietly } from './referral-watch';

export const WEBHOOK_SETTING = 'webhook_url';
/** A robot that does not answer within this is given up on (logged). */
export const WEBHOOK_TIMEOUT_MS = 5_000;
/** Cases one overdue alert names; the rest are counted. */
export const MAX_CASES_PER_ALERT = 20;
/** How often the server looks for cases that became overdue. */
export const OVERDUE_CHECK_INTERVAL_MS = 5 * 60_000;

/** Robot URLs carry their secret (`key=`, `access_token=`): shown and audited masked. */
export function maskWebhookUrl(url: string | null): string | null {
	if (!url) return null;
	return url.replace(/([?&](?:key|access_token|token|sign|secret)=)[^&]*/gi, '$1***');
}

export async function readWebhookUrl(db: Pick<Database, 'query'>): Promise<string | null> {
	const [row] = await db.query<{ value: string }>(SETTING_SQL, { key: WEBHOOK_SETTING });
	return row?.value || null;
}

/** `GET /api/admin/settings`. */
export async function readAdminSettings(db: Database) {
	const url = await readWebhookUrl(db);
	return { webhook_url: maskWebhookUrl(url), webhook_set: url !== null };
}

/** `PUT /api/admin/settings`: sets or clears the robot URL, audited (masked). */
export async function saveAdminSettings(
	db: Database,
	actor: Actor,
	settings: { webhook_url: string | null }
) {
	const url = settings.webhook_url || null;
	await db.transaction(async (tx) => {
		const before = await readWebhookUrl(tx);
		if (url) {
			await tx.run(UPSERT_SETTING_SQL, { key: WEBHOOK_SETTING, value: url, by: actor.username });
		} else {
			await tx.run(DELETE_SETTING_SQL, { key: WEBHOOK_SETTING });
		}
		await recordAudit(tx, actor, {
			action: 'settings.update',
			entity: 'settings',
			entityId: WEBHOOK_SETTING,
			before: { webhook_url: maskWebhookUrl(before) },
			after: { webhook_url: maskWebhookUrl(url) }
		});
	});
	return readAdminSettings(db);
}

/** Posts one text message to the robot; resolves false (logged) on any failure. */
export async function postToRobot(url: string, content: string): Promise<boolean> {
	try {
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ msgtype: 'text', text: { content } }),
			signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS)
		});
		if (!res.ok) console.warn(`case webhook answered ${res.status}`);
		return res.ok;
	} catch (error) {
		console.warn(`case webhook failed: ${(error as Error).message}`);
		return false;
	}
}

/** Deliveries still under way (tests and shutdown may wait for them). */
const inFlight = new Set<Promise<unknown>>();
export const settleNotifications = () => Promise.allSettled([...inFlight]);

function offPath(work: () => Promise<unknown>): void {
	const p = work().catch((error) => console.warn(`case notification failed: ${error}`));
	inFlight.add(p);
	void p.finally(() => inFlight.delete(p));
}

/** The dispatch message: who got what, where, by when. */
export function dispatchText(cases: readonly CaseView[], by: string): string {
	const lines = cases
		.slice(0, MAX_CASES_PER_ALERT)
		.map(
			(c) =>
				`${c.id} ${c.category}${c.zone ? ` @${c.zone}` : ''} → ${c.assignee ?? ''}` +
				`${c.deadline ? `，期限 ${c.deadline.replace('T', ' ')}` : ''}`
		);
	const more = cases.length - lines.length;
	return [
		`【新派遣】${by} 派遣 ${cases.length} 件案件：`,
		...lines,
		...(more > 0 ? [`…另有 ${more} 件`] : [])
	].join('\n');
}

/** After a committed dispatch: tells the robot, if one is set. */
export function notifyDispatch(db: Database, cases: readonly CaseView[], actor: Actor): void {
	if (!cases.length) return;
	offPath(async () => {
		const url = await readWebhookUrl(db);
		if (url) await postToRobot(url, dispatchText(cases, actor.displayName || actor.username));
	});
}

/**
 * Finds open cases that became overdue since the last look, marks their overdue episode as
 * alerted (a case alerts once per deadline: a rework's new deadline starts a new episode) and
 * sends one message naming them. Marking happens whether or not a robot is set, so turning one
 * on later does not replay old alerts. Returns the cases found.
 */
export async function checkOverdueCases(db: Database, now: Date): Promise<string[]> {
	const nowLocal = formatLocalTime(now);
	const found = await db.transaction(async (tx) => {
		const rows = await tx.query<{
			id: string;
			category: string;
			deadline: string;
			assignee: string | null;
		}>(NEWLY_OVERDUE_SQL, { now: nowLocal });
		const staff = rows.length ? await loadStaff(tx) : [];
		const actor = systemActor('overdue-watch');
		for (const r of rows) {
			await tx.run(MARK_ALERTED_SQL, { id: r.id, deadline: r.deadline });
			await autoEscalate(tx, actor, await loadCaseRow(tx, r.id), nowLocal, staff);
		}
		return rows;
	});
	if (found.length) {
		const url = await readWebhookUrl(db);
		if (url) {
			const lines = found
				.slice(0, MAX_CASES_PER_ALERT)
				.map(
					(r) =>
						`${r.id} ${r.category} 期限 ${r.deadline.replace('T', ' ')}${r.assignee ? ` 处置人 ${r.assignee}` : ''}`
				);
			const more = found.length - lines.length;
			const text = [
				`【超期提醒】${found.length} 件案件已超过处置期限（${CASE_STATUS_NAMES.closed.zh}前）：`,
				...lines,
				...(more > 0 ? [`…另有 ${more} 件`] : [])
			].join('\n');
			await postToRobot(url, text);
		}
	}
	return found.map((r) => r.id);
}

/** The history action of the overdue watch's 督办 (the timeline shows 超期自动督办). */
export const AUTO_ESCALATE_ACTION = 'auto_escalate';

/**
 * 超期自动督办 of one newly overdue case, in the watch's transaction: a history row by
 * `system` (status unchanged), notices to the assignee and their superior, one audit row.
 */
async function autoEscalate(
	tx: Transaction,
	actor: Actor,
	row: CaseRow,
	at: string,
	staff: StaffMember[]
): Promise<void> {
	await tx.run(INSERT_HISTORY_SQL, {
		id: row.id,
		at,
		by: 'system',
		role: null,
		action: AUTO_ESCALATE_ACTION,
		from: row.status,
		to: row.status,
		note: null
	});
	const told = await noticeCase(tx, 'overdue', row, at, null, null, staff);
	await recordAudit(tx, actor, {
		action: `case.${AUTO_ESCALATE_ACTION}`,
		entity: 'case',
		entityId: row.id,
		after: { deadline: row.deadline, told }
	});
}

/** Looks for newly overdue cases every few minutes; the timer does not keep the process alive. */
export function startOverdueWatch(
	db: Database,
	now: () => Date = () => new Date(),
	intervalMs = OVERDUE_CHECK_INTERVAL_MS
): () => void {
	const timer = setInterval(() => {
		offPath(() => referLapsedOrdersQuietly(db, now()).then(() => checkOverdueCases(db, now())));
	}, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
