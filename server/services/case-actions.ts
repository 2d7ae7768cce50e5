/**
 * `POST /api/cases/{id}/actions` and batch dispatch (issue 14 items 3, 7): the workflow
 * (domain/cases/workflow.ts) decides; this stores its answer — the blind-spot status and
 * deadline, the case columns, one history row and one audit row per action — in one
 * transaction, or turns its refusal into 409/403/400 with the Chinese message (English with
 * `lang=en`).
 */
import type { CaseStatus } from '../contract/case-states';
import type { BatchDispatchBody, CaseActionBody, CaseView } from '../contract/cases';
import type { Database, Transaction } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import type { ActionRequest, CaseRefusal, CaseState } from '../domain/cases/case-state';
import { applyAction } from '../domain/cases/workflow';
import { AppError, BadRequestError, NotFoundError } from '../errors';
import { quoteValue } from '../contract/quote';
import {
	buildCaseListQuery,
	CATEGORY_LIMIT_SQL,
	ENSURE_CASE_ROW_SQL,
	INSERT_HISTORY_SQL,
	UPDATE_BLIND_SPOT_STATE_SQL,
	UPDATE_CASE_STATE_SQL
} from '../queries/cases';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { caseActorOf, caseStateOf, loadCaseRow, readCaseView, type CaseRow } from './cases';
import { notifyDispatch } from './case-notify';
import { replayIdempotentResponse, storeIdempotentResponse } from './idempotency';
import { noticeCase } from './notifications';
import { INSERT_LINK_SQL } from '../queries/cases';
import type { ReferralOutcome } from '../contract/frontage';
import { insertReferral, recordReferralOutcome } from './referrals';

export interface CaseClock {
	nowLocal: string;
	calendar: WorkingCalendar;
	lang: 'zh-CN' | 'en';
}

const STATUS_OF_REFUSAL: Record<CaseRefusal['code'], 400 | 403 | 409> = {
	conflict: 409,
	forbidden: 403,
	invalid: 400
};

/** A workflow refusal in the error shape: the message in the caller's language, both in details. */
export function refusalError(refusal: CaseRefusal, lang: 'zh-CN' | 'en', caseId: string): AppError {
	return new AppError(
		STATUS_OF_REFUSAL[refusal.code],
		refusal.code === 'invalid' ? 'invalid_action' : refusal.code,
		lang === 'en' ? refusal.message_en : refusal.message_zh,
		{
			case: caseId,
			message_zh: refusal.message_zh,
			message_en: refusal.message_en,
			allowed: refusal.allowed
		}
	);
}

/** The request the workflow takes; a missing reason or assignee reaches it blank (400 there). */
async function actionRequest(tx: Transaction, body: CaseActionBody): Promise<ActionRequest> {
	const note = body.note;
	switch (body.action) {
		case 'reject':
			return { action: 'reject', reason: body.reason ?? body.note ?? '', note };
		case 'dispatch':
			return { action: 'dispatch', assignee: body.assignee ?? '', unit: body.unit ?? null, note };
		case 'verify_fail':
			return { action: 'verify_fail', deadline: body.deadline, note };
		case 'record_outcome':
			return { action: 'record_outcome', outcome: body.outcome ?? '', note };
		case 'merge': {
			if (!body.into) {
				throw new BadRequestError('into: merge needs the id of the open case it joins', {
					issues: [{ parameter: 'into', message: 'into is required for merge' }]
				});
			}
			const [into] = await tx.query<{ id: string; status: CaseStatus }>(
				'SELECT id, status FROM blind_spots WHERE id = $id',
				{ id: body.into }
			);
			if (!into) throw new NotFoundError(`no case ${quoteValue(body.into)} to merge into`);
			return { action: 'merge', into, note };
		}
		default:
			return { action: body.action, note };
	}
}

/** Stores a case after an action: its state, one history row, one audit row. */
export async function storeAction(
	tx: Transaction,
	actor: Actor,
	before: CaseRow,
	after: CaseState,
	entry: { at: string; action: string; from: CaseStatus; to: CaseStatus; note: string | null },
	calendar: WorkingCalendar
): Promise<CaseView> {
	await tx.run(ENSURE_CASE_ROW_SQL, { id: before.id });
	await tx.run(UPDATE_BLIND_SPOT_STATE_SQL, {
		id: before.id,
		status: after.status,
		deadline: after.deadline,
		closedAt: after.closedAt
	});
	await tx.run(UPDATE_CASE_STATE_SQL, {
		id: before.id,
		assignee: after.assignee,
		unit: after.unit,
		handledBy: after.handledBy,
		handledAt: after.handledAt,
		verifiedBy: entry.action === 'verify_pass' ? actor.username : null,
		reworkCount: after.reworkCount,
		escalations: after.escalations,
		mergedInto: after.mergedInto
	});
	await tx.run(INSERT_HISTORY_SQL, {
		id: before.id,
		at: entry.at,
		by: actor.username,
		role: actor.role,
		action: entry.action,
		from: entry.from,
		to: entry.to,
		note: entry.note
	});
	const view = await readCaseView(tx, before.id, entry.at, calendar);
	await recordAudit(tx, actor, {
		action: `case.${entry.action}`,
		entity: 'case',
		entityId: before.id,
		before: caseStateOf(before),
		after: caseStateOf({ ...before, ...viewToRow(view) })
	});
	return view;
}

const viewToRow = (v: CaseView): Partial<CaseRow> => ({
	status: v.status,
	deadline: v.deadline,
	assignee: v.assignee,
	assignee_unit: v.assignee_unit,
	handled_by: v.handled_by,
	handled_at: v.handled_at,
	closed_at: v.closed_at,
	rework_count: v.rework_count,
	escalations: v.escalations,
	merged_into: v.merged_into
});

/** One action on one case inside a transaction; throws the refusal. */
async function actOn(
	tx: Transaction,
	actor: Actor,
	row: CaseRow,
	body: CaseActionBody,
	clock: CaseClock
): Promise<CaseView> {
	const req = await actionRequest(tx, body);
	const [limit] = await tx.query<{ hours: number }>(CATEGORY_LIMIT_SQL, { code: row.category });
	const result = applyAction(caseStateOf(row), req, caseActorOf(actor), {
		at: clock.nowLocal,
		calendar: clock.calendar,
		limitHours: limit?.hours ?? 8
	});
	if (!result.ok) throw refusalError(result, clock.lang, row.id);
	// Issue 15: the referral row (移交单) and the brigade's answer are written with the action.
	if (req.action === 'refer') await insertReferral(tx, row.id, clock.nowLocal, row.deadline);
	if (req.action === 'record_outcome') {
		const outcome = req.outcome as ReferralOutcome;
		await recordReferralOutcome(
			tx,
			row.id,
			outcome,
			body.note ?? null,
			clock.nowLocal,
			actor.username
		);
	}
	const view = await storeAction(tx, actor, row, result.case, result.entry, clock.calendar);
	// 督办: the assignee and their superior are told in the action's transaction.
	if (req.action === 'escalate') {
		await noticeCase(tx, 'escalated', row, clock.nowLocal, actor.username, body.note ?? null);
	}
	if (req.action === 'merge') {
		// The case it joins records the duplicate too; its status does not change.
		const target = await loadCaseRow(tx, req.into.id);
		await tx.run(INSERT_HISTORY_SQL, {
			id: target.id,
			at: clock.nowLocal,
			by: actor.username,
			role: actor.role,
			action: 'merge',
			from: target.status,
			to: target.status,
			note: `合并重复案件 ${row.id}`
		});
	}
	return view;
}

/** A photo taken with an action (处置前/处置后), stored as a `photo_before`/`photo_after` link. */
export interface ActionPhoto {
	kind: 'before' | 'after';
	id: string;
}

export interface ActionExtras {
	/** A resend with the same key (same user) answers the first result and writes nothing. */
	idempotencyKey?: string;
	photos?: ActionPhoto[];
}

/**
 * `POST /api/cases/{id}/actions`. Photos are linked to the case at the action's time, the
 * `occurred_at` of the history row the action wrote.
 */
export async function takeCaseAction(
	db: Database,
	actor: Actor,
	id: string,
	body: CaseActionBody,
	clock: CaseClock,
	extras: ActionExtras = {}
): Promise<CaseView> {
	const key = extras.idempotencyKey;
	const earlier = await replayIdempotentResponse(db, actor.username, key);
	if (earlier) return earlier.body as CaseView;
	const view = await db.transaction(async (tx) => {
		// Checked again inside the write: two resends racing each other write once.
		const raced = await replayIdempotentResponse(tx, actor.username, key);
		if (raced) return { view: raced.body as CaseView, repeat: true };
		const row = await loadCaseRow(tx, id, actor);
		const stored = await actOn(tx, actor, row, body, clock);
		for (const photo of extras.photos ?? []) {
			await tx.run(INSERT_LINK_SQL, {
				id: row.id,
				kind: `photo_${photo.kind}`,
				ref: photo.id,
				at: clock.nowLocal
			});
		}
		const result = extras.photos?.length
			? await readCaseView(tx, row.id, clock.nowLocal, clock.calendar)
			: stored;
		await storeIdempotentResponse(tx, actor.username, key, { status: 200, body: result });
		return { view: result, repeat: false };
	});
	if (body.action === 'dispatch' && !view.repeat) notifyDispatch(db, [view.view], actor);
	return view.view;
}

export interface BatchResult {
	id: string;
	ok: boolean;
	status: CaseStatus;
	message?: string;
}

/**
 * `POST /api/cases/dispatch`: the chosen cases, or every accepted case of a zone or box, to
 * one assignee, in one transaction. One refusal refuses all (409 with each case's result);
 * otherwise one history and one audit row per case.
 */
export async function batchDispatch(
	db: Database,
	actor: Actor,
	body: BatchDispatchBody,
	clock: CaseClock
): Promise<{ dispatched: number; results: BatchResult[] }> {
	const views: CaseView[] = [];
	const results = await db.transaction(async (tx) => {
		const rows = await batchRows(tx, body, clock.nowLocal);
		const out: BatchResult[] = [];
		let refused = false;
		for (const row of rows) {
			try {
				const view = await actOn(
					tx,
					actor,
					row,
					{ action: 'dispatch', assignee: body.assignee, unit: body.unit, note: body.note },
					clock
				);
				views.push(view);
				out.push({ id: row.id, ok: true, status: view.status });
			} catch (error) {
				if (!(error instanceof AppError)) throw error;
				refused = true;
				out.push({ id: row.id, ok: false, status: row.status, message: error.message });
			}
		}
		if (refused) {
			const failed = out.filter((r) => !r.ok).length;
			throw new AppError(
				409,
				'conflict',
				clock.lang === 'en'
					? `${failed} of ${out.length} cases cannot be dispatched; none was dispatched.`
					: `${out.length} 件案件中有 ${failed} 件不能派遣，全部未派遣。`,
				{ results: out.map((r) => (r.ok ? { ...r, ok: true, status: r.status } : r)) }
			);
		}
		return out;
	});
	notifyDispatch(db, views, actor);
	return { dispatched: results.length, results };
}

async function batchRows(
	tx: Transaction,
	body: BatchDispatchBody,
	now: string
): Promise<CaseRow[]> {
	if (body.ids) {
		const rows: CaseRow[] = [];
		for (const id of new Set(body.ids)) rows.push(await loadCaseRow(tx, id));
		return rows;
	}
	const [west, south, east, north] = body.bbox ?? [];
	const q = buildCaseListQuery(
		{
			status: ['accepted'],
			zone: body.zone ? [body.zone] : undefined,
			bbox: body.bbox ? [west, south, east, north] : undefined,
			sort: 'id'
		},
		now,
		null,
		null
	);
	const rows = await tx.query<CaseRow>(q.sql, q.params);
	if (rows.length > 500) {
		throw new AppError(
			422,
			'too_many_cases',
			`${rows.length} accepted cases lie there; dispatch at most 500 at once`
		);
	}
	return rows;
}

/**
 * Issue 14 item 8: a spray stop done at a case reports it handled (待核查) on the team's
 * behalf, in the visit's transaction: from accepted, dispatched or processing. A case still
 * waiting for 立案, or already handled or final, is left as it is.
 */
export async function handleCaseFromVisit(
	tx: Transaction,
	actor: Actor,
	caseId: string,
	at: string,
	calendar: WorkingCalendar,
	note: string
): Promise<boolean> {
	const [row] = await tx.query<{ id: string }>('SELECT id FROM blind_spots WHERE id = $id', {
		id: caseId
	});
	if (!row) return false;
	const before = await loadCaseRow(tx, caseId);
	if (!['accepted', 'dispatched', 'processing'].includes(before.status)) return false;
	const state = caseStateOf(before);
	await storeAction(
		tx,
		actor,
		before,
		{ ...state, status: 'handled', handledBy: actor.username, handledAt: at },
		{ at, action: 'handle', from: before.status, to: 'handled', note },
		calendar
	);
	return true;
}

export const nowLocalOf = (now: Date) => formatLocalTime(now);
