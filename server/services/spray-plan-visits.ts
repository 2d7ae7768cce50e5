import { DATA_WRITES } from '../contract/audit-actions';
import { quoteValue } from '../contract/quote';
import type { VisitBody } from '../contract/spray-plans';
import type { Database, Transaction } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError, BadRequestError, NotFoundError } from '../errors';
import {
	DELETE_SPRAY_EVENT_SQL,
	INSERT_SPRAY_EVENT_SQL,
	STOP_FOR_VISIT_SQL,
	UPDATE_STOP_VISIT_SQL
} from '../queries/spray-plans';
import { STOP_VISIT_SNAPSHOT_SQL } from '../queries/audit-snapshots';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { loadZoneEnricher } from './spray-plan-stops';

type VisitedStop = Record<string, unknown> & {
	status: string;
	lng: number;
	lat: number;
	teamId: string;
	pest: string | null;
	sprayEventId: string | null;
};

/**
 * Marks a stop done or skipped, or undoes that (`pending`). A done visit records a spray
 * event (target_ids = [stop], at the stop's point, zone and grid found as at import); an
 * undo deletes it. Either happens in the same transaction as the stop's change, and so does
 * the audit row, with the stop's visit state before and after.
 */
export async function recordVisit(
	db: Database,
	actor: Actor,
	id: string,
	stopId: string,
	visit: VisitBody
): Promise<{ status: string; sprayEventId: string | null }> {
	const enrich = await loadZoneEnricher(db);
	return db.transaction(async (tx) => {
		const before = await visitSnapshot(tx, id, stopId);
		const result = await applyVisit(tx, enrich, id, stopId, visit);
		await recordAudit(tx, actor, {
			...DATA_WRITES.stopVisit,
			entityId: `${id}/${stopId}`,
			before,
			after: await visitSnapshot(tx, id, stopId)
		});
		return result;
	});
}

async function visitSnapshot(tx: Transaction, id: string, stopId: string) {
	const [stop] = await tx.query(STOP_VISIT_SNAPSHOT_SQL, { id, stopId });
	return stop;
}

async function applyVisit(
	tx: Transaction,
	enrich: Awaited<ReturnType<typeof loadZoneEnricher>>,
	id: string,
	stopId: string,
	visit: VisitBody
): Promise<{ status: string; sprayEventId: string | null }> {
	const [stop] = await tx.query<VisitedStop>(STOP_FOR_VISIT_SQL, { id, stopId });
	if (!stop)
		throw new NotFoundError(`no stop ${quoteValue(stopId)} in route plan ${quoteValue(id)}`);
	if (visit.status === 'pending') {
		if (stop.status === 'pending')
			throw new AppError(409, 'conflict', `stop ${stopId} has no visit to undo`);
		if (stop.sprayEventId) await tx.run(DELETE_SPRAY_EVENT_SQL, { id: stop.sprayEventId });
		await tx.run(UPDATE_STOP_VISIT_SQL, {
			status: 'pending',
			note: null,
			at: null,
			eventId: null,
			id,
			stopId
		});
		return { status: 'pending', sprayEventId: null };
	}
	if (stop.status === 'done') throw new AppError(409, 'conflict', `stop ${stopId} is already done`);
	const at = visit.at ?? formatLocalTime(new Date());
	let eventId: string | null = null;
	if (visit.status === 'done') {
		const pest = visit.pest ?? stop.pest;
		if (!pest)
			throw new BadRequestError('pest: required for a done visit when the plan names no pest', {
				issues: [{ parameter: 'pest', message: 'pest is required when the plan names none' }]
			});
		eventId = `${id}/${stopId}`;
		const place = enrich(stop.lng, stop.lat);
		await tx.run(INSERT_SPRAY_EVENT_SQL, {
			id: eventId,
			team: stop.teamId,
			at,
			chemical: visit.chemical ?? '',
			amount: visit.amount ?? 0,
			unit: visit.unit ?? '',
			pest,
			stopId,
			lng: stop.lng,
			lat: stop.lat,
			zoneId: place.zoneId,
			gridId: place.gridId
		});
	}
	await tx.run(UPDATE_STOP_VISIT_SQL, {
		status: visit.status,
		note: visit.note ?? null,
		at,
		eventId,
		id,
		stopId
	});
	return { status: visit.status, sprayEventId: eventId };
}
