/**
 * `POST /api/cases` (issue 14 items 1, 2, 7): a new report becomes a blind-spot row enriched
 * like an import (zone, grid, road, H3, recurrence) and its case row, history row, links and
 * audit row, in one transaction; its deadline counts the category's working hours on the
 * holiday calendar; open cases of the same category within 50 m are offered as duplicates. A
 * repeated `Idempotency-Key` of the same user answers the first result without writing.
 */
import { CASE_SOURCE_NAMES, type CaseSource } from '../contract/case-sources';
import type { CaseView, CreateCaseBody, DuplicateOffer } from '../contract/cases';
import { appendRows } from '../db/append';
import type { Database, Transaction } from '../db/database';
import { addWorkingHours } from '../domain/calendar/deadline-clock';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { findDuplicateCandidates } from '../domain/cases/duplicate-candidates';
import { BadRequestError, ForbiddenError } from '../errors';
import { loadPointEnricher } from '../ingest/enrichment-store';
import { refreshRecurrence } from '../ingest/refresh-points';
import { blindSpotColumns } from '../ingest/table-columns';
import {
	CATEGORY_LIMIT_SQL,
	INSERT_CASE_SQL,
	INSERT_HISTORY_SQL,
	INSERT_LINK_SQL,
	NEARBY_OPEN_CASES_SQL
} from '../queries/cases';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { boundZones, readCaseView } from './cases';
import { replayIdempotentResponse, storeIdempotentResponse } from './idempotency';
import { quoteValue } from '../contract/quote';

export type CreatedCase = CaseView & { duplicates: DuplicateOffer[] };

/** A report may be dated this far ahead of the server's clock (phones' clocks drift). */
const FUTURE_SLACK_MS = 10 * 60_000;

/** The source a role reports as when the body names none. */
const DEFAULT_SOURCE: Partial<Record<Actor['role'], CaseSource>> = {
	grid: 'grid',
	patrol: 'patrol',
	inspector: 'inspection',
	planner: 'resident'
};

/** `C` + the report's date + 6 random hex digits: unique enough, readable on a phone. */
const newCaseId = (reportedAt: string) =>
	`C${reportedAt.slice(0, 10).replace(/-/g, '')}-${crypto.randomUUID().slice(0, 6).toUpperCase()}`;

/** Open same-category cases within 50 m of a point, nearest first. */
export async function duplicateOffers(
	db: Pick<Transaction, 'query'>,
	c: { id: string; category: string; lng: number; lat: number }
): Promise<DuplicateOffer[]> {
	const near = await db.query<{
		id: string;
		category: string;
		status: CaseView['status'];
		lng: number;
		lat: number;
	}>(NEARBY_OPEN_CASES_SQL, { id: c.id, category: c.category, lng: c.lng, lat: c.lat });
	return findDuplicateCandidates(c, near).map((d) => ({ id: d.id, distance_m: d.distanceM }));
}

export async function createCase(
	db: Database,
	actor: Actor,
	body: CreateCaseBody,
	opts: { now: Date; nowLocal: string; calendar: WorkingCalendar; idempotencyKey?: string }
): Promise<{ status: number; body: unknown }> {
	const earlier = await replayIdempotentResponse(db, actor.username, opts.idempotencyKey);
	if (earlier) return earlier;
	const reportedAt = body.reported_at
		? body.reported_at.length === 16
			? `${body.reported_at}:00`
			: body.reported_at
		: opts.nowLocal;
	if (Date.parse(`${reportedAt}Z`) > Date.parse(`${opts.nowLocal}Z`) + FUTURE_SLACK_MS) {
		throw new BadRequestError(`reported_at ${reportedAt} is in the future`, {
			issues: [{ parameter: 'reported_at', message: 'reported_at must not be in the future' }]
		});
	}
	return db.transaction(async (tx) => {
		// Checked again inside the write: two resends racing each other write once.
		const raced = await replayIdempotentResponse(tx, actor.username, opts.idempotencyKey);
		if (raced) return raced;
		const view = await insertNewCase(tx, actor, { ...body, reported_at: reportedAt }, opts);
		const id = view.id;
		const created: CreatedCase = {
			...view,
			duplicates: await duplicateOffers(tx, view)
		};
		await recordAudit(tx, actor, {
			action: 'case.create',
			entity: 'case',
			entityId: id,
			after: view
		});
		return storeIdempotentResponse(tx, actor.username, opts.idempotencyKey, {
			status: 201,
			body: created
		});
	});
}

/**
 * Writes a new case inside the caller's transaction: the blind-spot row (enriched), its case,
 * `report` history row and links, and answers it as read back. No audit row and no
 * idempotency record: the caller's write owns those (a report, or a check's 责令整改).
 */
export async function insertNewCase(
	tx: Transaction,
	actor: Actor,
	body: CreateCaseBody & { reported_at: string },
	opts: { nowLocal: string; calendar: WorkingCalendar; idempotencyKey?: string }
): Promise<CaseView> {
	const reportedAt = body.reported_at;
	const [limit] = await tx.query<{ hours: number }>(CATEGORY_LIMIT_SQL, { code: body.category });
	if (!limit) {
		throw new BadRequestError(`category: unknown code ${quoteValue(body.category)}`, {
			parameter: 'category'
		});
	}
	const place = (await loadPointEnricher(tx))(body.lng, body.lat);
	const zones = boundZones(actor);
	if (zones && ![place.gridId, place.zoneId].some((z) => z && zones.includes(z))) {
		throw new ForbiddenError(
			'该位置不在您负责的区域内 (the place lies outside your zones).',
			'outside_zones'
		);
	}
	const source = body.source ?? DEFAULT_SOURCE[actor.role] ?? 'resident';
	const id = newCaseId(reportedAt);
	const deadline = addWorkingHours(reportedAt, limit.hours, opts.calendar);
	await appendRows(tx.connection, 'blind_spots', blindSpotColumns, [
		{
			id,
			category: body.category,
			description: body.description ?? '',
			reportedAt,
			source: CASE_SOURCE_NAMES[source].zh,
			status: 'reported' as const,
			dueAt: deadline,
			closedAt: null,
			lng: body.lng,
			lat: body.lat,
			...place,
			recurrence: 1
		}
	]);
	await refreshRecurrence(tx);
	await tx.run(INSERT_CASE_SQL, {
		id,
		source,
		priority: body.priority ?? 'normal',
		reporter: actor.username,
		key: opts.idempotencyKey ?? null
	});
	await tx.run(INSERT_HISTORY_SQL, {
		id,
		at: reportedAt,
		by: actor.username,
		role: actor.role,
		action: 'report',
		from: null,
		to: 'reported',
		note: body.description ?? null
	});
	for (const photo of new Set(body.photos ?? [])) {
		await tx.run(INSERT_LINK_SQL, { id, kind: 'photo', ref: photo, at: opts.nowLocal });
	}
	if (body.origin) {
		await tx.run(INSERT_LINK_SQL, {
			id,
			kind: body.origin.kind,
			ref: body.origin.id,
			at: opts.nowLocal
		});
	}
	return readCaseView(tx, id, opts.nowLocal, opts.calendar);
}
