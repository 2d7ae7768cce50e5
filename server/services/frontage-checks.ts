/**
 * `POST /api/frontage/{unitId}/checks` (issue 15 item 3): one check of a frontage unit —
 * 合格, or 不合格 with its items, photos and 劝导 or 责令整改. A 责令整改 opens a case of category
 * `frontage_violation` at the unit's door in the same transaction: deadline the order's
 * (working time on the holiday calendar), dispatched to the unit's responsible person when the
 * registry names one, else accepted for the office to dispatch; linked back both ways
 * (case_links `patrol_check`, frontage_checks.case_id). A resent Idempotency-Key answers the
 * first result and writes nothing.
 */
import {
	FRONTAGE_CASE_CATEGORY,
	MAX_CHECK_PHOTOS,
	type FrontageCheckView
} from '../contract/frontage';
import type { RecordCheckBody } from '../contract/patrol-requests';
import type { Database, Transaction } from '../db/database';
import { addWorkingHours } from '../domain/calendar/deadline-clock';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import {
	checkRefusal,
	deadlineHours,
	orderDescription,
	orderedItems
} from '../domain/patrols/check-rules';
import { BadRequestError, ForbiddenError, NotFoundError } from '../errors';
import { INSERT_HISTORY_SQL } from '../queries/cases';
import {
	CHECK_BY_ID_SQL,
	INSERT_CHECK_SQL,
	SET_CASE_ASSIGNEE_SQL,
	SET_CASE_STATE_SQL,
	UNIT_FOR_CHECK_SQL,
	UNIT_RESPONSIBLE_SQL
} from '../queries/patrols';
import type { Actor } from './actor';
import { areaOf } from './area-scope';
import { recordAudit } from './audit';
import { insertNewCase } from './case-reports';
import { replayIdempotentResponse, storeIdempotentResponse } from './idempotency';
import { readCaseView } from './cases';
import { phoneTime, readPatrolView, splitCodes } from './patrols';
import { readPhotoParts } from './photo-parts';
import { deletePhotos } from './photos';

export interface CheckClock {
	nowLocal: string;
	calendar: WorkingCalendar;
	idempotencyKey?: string;
}

const newCheckId = (at: string) =>
	`K${at.slice(0, 10).replace(/-/g, '')}-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

type UnitRow = {
	id: string;
	name: string;
	lng: number;
	lat: number;
	areas: string[];
};

async function unitFor(tx: Transaction, actor: Actor, unitId: string): Promise<UnitRow> {
	const [unit] = await tx.query<UnitRow>(UNIT_FOR_CHECK_SQL, { id: unitId });
	if (!unit) throw new NotFoundError(`门前三包台帐中没有这个单位 (no frontage unit ${unitId})`);
	const zones = areaOf(actor);
	if (zones && !zones.some((z) => unit.areas.includes(z))) {
		throw new ForbiddenError(
			'该单位不在您负责的区域内 (the unit lies outside your zones).',
			'outside_zones'
		);
	}
	return unit;
}

async function patrolOf(tx: Transaction, actor: Actor, id: string | undefined) {
	if (!id) return null;
	const patrol = await readPatrolView(tx, id);
	if (!patrol) {
		throw new BadRequestError(`没有这次巡查 (no patrol ${id})`, { parameter: 'patrol_id' });
	}
	if (patrol.username !== actor.username) {
		throw new ForbiddenError('这不是您的巡查 (this patrol is not yours)');
	}
	return patrol;
}

export async function readCheck(db: Pick<Transaction, 'query'>, id: string) {
	const [row] = await db.query<Record<string, unknown>>(CHECK_BY_ID_SQL, { id });
	return {
		...row,
		failedItems: splitCodes(row.failedItems as string),
		photoIds: splitCodes(row.photoIds as string)
	} as unknown as FrontageCheckView;
}

/** Opens the 责令整改 case and moves it to accepted, then dispatched when someone answers for the unit. */
async function openOrderCase(
	tx: Transaction,
	actor: Actor,
	unit: UnitRow,
	check: {
		id: string;
		at: string;
		items: string[];
		note: string | null;
		photos: string[];
		deadline: string;
	},
	clock: CheckClock
): Promise<string> {
	const view = await insertNewCase(
		tx,
		actor,
		{
			category: FRONTAGE_CASE_CATEGORY,
			description: orderDescription(unit.name, check.items, check.note),
			lng: unit.lng,
			lat: unit.lat,
			source: 'patrol',
			reported_at: check.at,
			photos: check.photos,
			origin: { kind: 'patrol_check', id: check.id }
		},
		clock
	);
	const [who] = await tx.query<{
		person: string | null;
		username: string | null;
		unit: string | null;
	}>(UNIT_RESPONSIBLE_SQL, { id: unit.id });
	const assignee = who?.username ?? who?.person ?? null;
	const history = (action: string, from: string, to: string, note: string) =>
		tx.run(INSERT_HISTORY_SQL, {
			id: view.id,
			at: check.at,
			by: actor.username,
			role: actor.role,
			action,
			from,
			to,
			note
		});
	await history(
		'accept',
		'reported',
		'accepted',
		`责令整改（检查 ${check.id}），限期 ${check.deadline}`
	);
	let status = 'accepted';
	if (assignee || who?.unit) {
		await tx.run(SET_CASE_ASSIGNEE_SQL, { id: view.id, assignee, unit: who?.unit ?? null });
		await history(
			'dispatch',
			'accepted',
			'dispatched',
			`派给门前三包责任人 ${assignee ?? who?.unit}`
		);
		status = 'dispatched';
	}
	await tx.run(SET_CASE_STATE_SQL, { id: view.id, status, deadline: check.deadline });
	const after = await readCaseView(tx, view.id, clock.nowLocal, clock.calendar);
	await recordAudit(tx, actor, { action: 'case.create', entity: 'case', entityId: view.id, after });
	return view.id;
}

export async function recordCheck(
	db: Database,
	actor: Actor,
	unitId: string,
	body: RecordCheckBody,
	clock: CheckClock
): Promise<{ status: number; body: unknown }> {
	const earlier = await replayIdempotentResponse(db, actor.username, clock.idempotencyKey);
	if (earlier) return earlier;
	const checkedAt = phoneTime(body.checked_at, clock.nowLocal, 'checked_at');
	const items = orderedItems(body.items ?? []);
	const photos = [...new Set(body.photos ?? [])];
	const refusal = checkRefusal({
		result: body.result,
		items,
		measure: body.measure ?? null,
		deadline: body.deadline ?? null,
		photos: photos.length
	});
	if (refusal) throw new BadRequestError(refusal.message, { issues: [refusal] });
	return db.transaction(async (tx) => {
		const raced = await replayIdempotentResponse(tx, actor.username, clock.idempotencyKey);
		if (raced) return raced;
		const unit = await unitFor(tx, actor, unitId);
		const patrol = await patrolOf(tx, actor, body.patrol_id);
		const id = newCheckId(checkedAt);
		const hours = body.measure === 'order' ? deadlineHours(body.deadline!) : null;
		const deadline = hours === null ? null : addWorkingHours(checkedAt, hours, clock.calendar);
		const note = body.note?.trim() || null;
		const caseId = deadline
			? await openOrderCase(
					tx,
					actor,
					unit,
					{ id, at: checkedAt, items, note, photos, deadline },
					clock
				)
			: null;
		await tx.run(INSERT_CHECK_SQL, {
			id,
			unitId: unit.id,
			patrolId: patrol?.id ?? null,
			checkedAt,
			checker: actor.username,
			result: body.result,
			items: items.join(','),
			measure: body.measure ?? null,
			deadline,
			caseId,
			note,
			photos: photos.join(','),
			lng: body.lng ?? null,
			lat: body.lat ?? null,
			key: clock.idempotencyKey ?? null
		});
		const check = await readCheck(tx, id);
		await recordAudit(tx, actor, {
			action: 'frontage.check',
			entity: 'frontage_check',
			entityId: id,
			after: check
		});
		return storeIdempotentResponse(tx, actor.username, clock.idempotencyKey, {
			status: 201,
			body: check
		});
	});
}

/**
 * A check sent from the phone as multipart/form-data: its `photos` files are stored first
 * (0–6), then the check is written with their ids; a refused check deletes them again.
 */
export async function recordCheckWithPhotos(
	db: Database,
	actor: Actor,
	unitId: string,
	form: FormData,
	body: RecordCheckBody,
	clock: CheckClock & { photosDir: string }
): Promise<{ status: number; body: unknown }> {
	const earlier = await replayIdempotentResponse(db, actor.username, clock.idempotencyKey);
	if (earlier) return earlier;
	const stored = await readPhotoParts(form, {
		root: clock.photosDir,
		field: 'photos',
		min: 0,
		max: MAX_CHECK_PHOTOS
	});
	try {
		return await recordCheck(
			db,
			actor,
			unitId,
			{ ...body, photos: stored.map((p) => p.id) },
			clock
		);
	} catch (error) {
		await deletePhotos(
			clock.photosDir,
			stored.map((p) => p.id)
		);
		throw error;
	}
}
