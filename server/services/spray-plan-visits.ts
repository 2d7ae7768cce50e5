import { quoteValue } from '../contract/quote';
import type { VisitBody } from '../contract/spray-plans';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError, BadRequestError, NotFoundError } from '../errors';
import {
	DELETE_SPRAY_EVENT_SQL,
	INSERT_SPRAY_EVENT_SQL,
	STOP_FOR_VISIT_SQL,
	UPDATE_STOP_VISIT_SQL
} from '../queries/spray-plans';
import type { Actor } from './actor';
import { handleCaseFromVisit } from './case-actions';
import { loadCalendar } from './case-calendar';
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
 * undo deletes it. Either happens in the same transaction as the stop's change.
 */
export async function recordVisit(
	db: Database,
	id: string,
	stopId: string,
	visit: VisitBody,
	by?: { actor: Actor; now: Date }
): Promise<{ status: string; sprayEventId: string | null; caseHandled?: boolean }> {
	const enrich = await loadZoneEnricher(db);
	const calendar = await loadCalendar(db);
	return db.transaction(async (tx) => {
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
		if (stop.status === 'done')
			throw new AppError(409, 'conflict', `stop ${stopId} is already done`);
		const at = visit.at ?? formatLocalTime(by?.now ?? new Date());
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
		// Issue 14 item 8: a stop that is a case reports the case handled (待核查), same transaction.
		const caseHandled =
			visit.status === 'done' && by
				? await handleCaseFromVisit(
						tx,
						by.actor,
						stopId,
						at,
						calendar,
						visit.note ? `消杀完成：${visit.note}` : `消杀完成（${id}）`
					)
				: false;
		return { status: visit.status, sprayEventId: eventId, ...(caseHandled ? { caseHandled } : {}) };
	});
}
