/**
 * Patrols and their GPS tracks (issue 15 item 3): start (idempotent), points in batches (a
 * point resent under the same seq is kept once, inaccurate fixes dropped, the length
 * recomputed from every kept point), end, list and read with the track and checks. Each write
 * is one transaction with its audit row.
 */
import type { FrontageCheckView } from '../contract/frontage';
import type { StartPatrolBody, TrackBatchBody } from '../contract/patrol-requests';
import {
	MAX_TRACK_ACCURACY_M,
	type PatrolDetail,
	type PatrolView,
	type TrackBatchResult
} from '../contract/patrols';
import type { Database, Transaction } from '../db/database';
import { isKeptFix, trackLengthM, type TrackFix } from '../domain/patrols/track-length';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../errors';
import {
	CHECKS_OF_PATROL_SQL,
	END_PATROL_SQL,
	INSERT_PATROL_SQL,
	INSERT_POINT_SQL,
	PATROL_BY_ID_SQL,
	PATROLS_OF_USER_SQL,
	POINT_SEQS_SQL,
	TRACK_SQL,
	UPDATE_PATROL_LENGTH_SQL
} from '../queries/patrols';
import type { Actor } from './actor';
import { areaOf } from './area-scope';
import { recordAudit } from './audit';
import { replayIdempotentResponse, storeIdempotentResponse } from './idempotency';

type Reader = Pick<Transaction, 'query'>;

/** Roles that read every patrol of the town; the others read their own only. */
const OFFICE_READERS: readonly Actor['role'][] = ['admin', 'planner', 'inspector', 'leader'];

/** A time from the phone may run this far ahead of the server's clock (clocks drift). */
const FUTURE_SLACK_MS = 10 * 60_000;

const newPatrolId = (at: string) =>
	`P${at.slice(0, 10).replace(/-/g, '')}-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

const withSeconds = (t: string) => (t.length === 16 ? `${t}:00` : t);

/** A phone's local time, refused when it lies in the future. */
export function phoneTime(value: string | undefined, nowLocal: string, parameter: string): string {
	if (!value) return nowLocal;
	const at = withSeconds(value);
	if (Date.parse(`${at}Z`) > Date.parse(`${nowLocal}Z`) + FUTURE_SLACK_MS) {
		throw new BadRequestError(`${parameter} ${at} 晚于当前时间 (is in the future)`, {
			issues: [{ parameter, message: `${parameter} must not be in the future` }]
		});
	}
	return at;
}

export async function readPatrolView(db: Reader, id: string): Promise<PatrolView | null> {
	const [row] = await db.query<PatrolView & Record<string, unknown>>(PATROL_BY_ID_SQL, { id });
	return row ? { ...row, lengthM: Math.round(row.lengthM * 10) / 10 } : null;
}

/** The patrol, if this actor may read it (404 unknown, 403 someone else's). */
async function patrolFor(db: Reader, actor: Actor, id: string, write: boolean) {
	const patrol = await readPatrolView(db, id);
	if (!patrol) throw new NotFoundError(`没有这次巡查 (no patrol ${id})`);
	const own = patrol.username === actor.username;
	const office = write ? actor.role === 'admin' : OFFICE_READERS.includes(actor.role);
	if (!own && !office) throw new ForbiddenError('这不是您的巡查 (this patrol is not yours)');
	return patrol;
}

export async function startPatrol(
	db: Database,
	actor: Actor,
	body: StartPatrolBody,
	opts: { nowLocal: string; idempotencyKey?: string }
): Promise<{ status: number; body: unknown }> {
	const startedAt = phoneTime(body.started_at, opts.nowLocal, 'started_at');
	return db.transaction(async (tx) => {
		const earlier = await replayIdempotentResponse(tx, actor.username, opts.idempotencyKey);
		if (earlier) return earlier;
		const id = body.id ?? newPatrolId(startedAt);
		const taken = await readPatrolView(tx, id);
		if (taken) {
			if (taken.username === actor.username) return { status: 201, body: taken };
			throw new ConflictError(`巡查编号已被使用 (patrol id ${id} is taken)`);
		}
		await tx.run(INSERT_PATROL_SQL, {
			id,
			username: actor.username,
			kind: body.kind,
			startedAt,
			key: opts.idempotencyKey ?? null
		});
		const view = (await readPatrolView(tx, id))!;
		await recordAudit(tx, actor, {
			action: 'patrol.start',
			entity: 'patrol',
			entityId: id,
			after: view
		});
		return storeIdempotentResponse(tx, actor.username, opts.idempotencyKey, {
			status: 201,
			body: view
		});
	});
}

export async function addTrackPoints(
	db: Database,
	actor: Actor,
	id: string,
	body: TrackBatchBody,
	nowLocal: string
): Promise<TrackBatchResult> {
	const seqs = body.points.map((p) => p.seq);
	if (new Set(seqs).size !== seqs.length) {
		throw new BadRequestError('同一批轨迹点的序号重复 (two points of the batch share a seq)', {
			issues: [{ parameter: 'points', message: 'seq must differ within a batch' }]
		});
	}
	for (const p of body.points) phoneTime(p.at, nowLocal, 'points[].at');
	return db.transaction(async (tx) => {
		await patrolFor(tx, actor, id, true);
		const kept = body.points.filter((p) =>
			isKeptFix({ accuracyM: p.accuracy_m ?? null }, MAX_TRACK_ACCURACY_M)
		);
		const had = new Set(
			(await tx.query<{ seq: number }>(POINT_SEQS_SQL, { id, seqs: JSON.stringify(seqs) })).map(
				(r) => r.seq
			)
		);
		const fresh = kept.filter((p) => !had.has(p.seq));
		for (const p of fresh) {
			await tx.run(INSERT_POINT_SQL, {
				id,
				seq: p.seq,
				at: withSeconds(p.at),
				lng: p.lng,
				lat: p.lat,
				accuracy: p.accuracy_m ?? null
			});
		}
		const track = await tx.query<TrackFix>(TRACK_SQL, { id });
		const lengthM = trackLengthM(track);
		await tx.run(UPDATE_PATROL_LENGTH_SQL, { id, lengthM });
		const result: TrackBatchResult = {
			patrolId: id,
			kept: fresh.length,
			inaccurate: body.points.length - kept.length,
			points: track.length,
			lengthM: Math.round(lengthM * 10) / 10
		};
		if (fresh.length) {
			await recordAudit(tx, actor, {
				action: 'patrol.track',
				entity: 'patrol',
				entityId: id,
				after: { ...result, seqs: fresh.map((p) => p.seq) }
			});
		}
		return result;
	});
}

export async function endPatrol(
	db: Database,
	actor: Actor,
	id: string,
	endedAtText: string | undefined,
	nowLocal: string
): Promise<PatrolView> {
	const endedAt = phoneTime(endedAtText, nowLocal, 'ended_at');
	return db.transaction(async (tx) => {
		const patrol = await patrolFor(tx, actor, id, true);
		// A resent 结束巡查 finds it ended and answers it as it stands.
		if (patrol.endedAt) return patrol;
		if (endedAt < patrol.startedAt) {
			throw new BadRequestError('结束时间早于开始时间 (ended_at is before the patrol began)', {
				issues: [{ parameter: 'ended_at', message: 'ended_at must not be before started_at' }]
			});
		}
		await tx.run(END_PATROL_SQL, { id, endedAt });
		const view = (await readPatrolView(tx, id))!;
		await recordAudit(tx, actor, {
			action: 'patrol.end',
			entity: 'patrol',
			entityId: id,
			before: patrol,
			after: view
		});
		return view;
	});
}

export async function listPatrols(
	db: Database,
	actor: Actor,
	query: { user?: string; limit: number }
): Promise<{ patrols: PatrolView[] }> {
	const office = OFFICE_READERS.includes(actor.role);
	const user = office ? (query.user ?? null) : actor.username;
	const rows = await db.query<PatrolView & Record<string, unknown>>(PATROLS_OF_USER_SQL, {
		user,
		limit: query.limit
	});
	return { patrols: rows.map((r) => ({ ...r, lengthM: Math.round(r.lengthM * 10) / 10 })) };
}

/** Stored comma-separated codes as a list. */
export const splitCodes = (text: string | null) => (text ? text.split(',').filter(Boolean) : []);

export async function checksOfPatrol(db: Reader, id: string): Promise<FrontageCheckView[]> {
	const rows = await db.query<
		Omit<FrontageCheckView, 'failedItems' | 'photoIds'> & { failedItems: string; photoIds: string }
	>(CHECKS_OF_PATROL_SQL, { id });
	return rows.map((r) => ({
		...r,
		failedItems: splitCodes(r.failedItems) as FrontageCheckView['failedItems'],
		photoIds: splitCodes(r.photoIds)
	}));
}

export async function readPatrolDetail(
	db: Database,
	actor: Actor,
	id: string
): Promise<PatrolDetail> {
	const patrol = await patrolFor(db, actor, id, false);
	const track = await db.query<TrackFix>(TRACK_SQL, { id });
	const coordinates = track.map((p) => [round6(p.lng), round6(p.lat)] as [number, number]);
	return {
		...patrol,
		track: coordinates.length >= 2 ? { type: 'LineString', coordinates } : null,
		checkRecords: await checksOfPatrol(db, id)
	};
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
