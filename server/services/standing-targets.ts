/**
 * Standing targets of recurring spraying (issue 17 item 5, lane D): 绿化带, 预留地 and 待建地 drawn
 * as areas with a frequency. The last treatment is derived (the day entered, or a later done
 * route stop naming the target), so marking the stop done on the team page moves it with no
 * extra write. Each write is one transaction with its audit row.
 */
import { area as areaOf, kinks, pointOnFeature } from '@turf/turf';
import type { Polygon } from 'geojson';
import { computeGeometryBbox } from '$geo/bbox';
import { DATA_WRITES } from '../contract/audit-actions';
import {
	STANDING_TARGET_KINDS,
	type StandingTargetKind,
	type StandingTargetList,
	type StandingTargetView
} from '../contract/facilities';
import type {
	CreateStandingTargetBody,
	UpdateStandingTargetBody
} from '../contract/facility-requests';
import type { Database, SqlValue } from '../db/database';
import { standingTargetDue } from '../domain/facilities/due';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError, NotFoundError } from '../errors';
import {
	buildStandingTargetListQuery,
	INSERT_STANDING_TARGET_SQL,
	RETIRE_STANDING_TARGET_SQL,
	STANDING_TARGET_ROW_SQL,
	UPDATE_STANDING_TARGET_SQL
} from '../queries/facilities';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { judgeDay, say, type FacilityWrite, type Lang } from './facilities';
import { loadZoneEnricher } from './spray-plan-stops';

type Reader = Pick<Database, 'query'>;

interface TargetRow extends Record<string, unknown> {
	id: string;
	kind: StandingTargetKind;
	name: string;
	everyDays: number;
	lng: number;
	lat: number;
	zoneId: string | null;
	community: string | null;
	areaM2: number;
	geometry: string;
	minx: number;
	miny: number;
	maxx: number;
	maxy: number;
	lastTreatedOn: string | null;
}

/** Active standing targets with their last treatment and due state as of `on`. */
export async function loadStandingTargetViews(
	db: Reader,
	q: { zone?: string; id?: string },
	on: string
): Promise<StandingTargetView[]> {
	const query = buildStandingTargetListQuery(q);
	return (await db.query<TargetRow>(query.sql, query.params)).map((r) => ({
		id: r.id,
		kind: r.kind,
		name: r.name,
		everyDays: Number(r.everyDays),
		geometry: JSON.parse(r.geometry) as Polygon,
		bbox: [r.minx, r.miny, r.maxx, r.maxy],
		areaM2: Math.round(r.areaM2),
		lng: r.lng,
		lat: r.lat,
		zoneId: r.zoneId,
		community: r.community,
		lastTreatedOn: r.lastTreatedOn,
		...standingTargetDue(r.lastTreatedOn, Number(r.everyDays), on)
	}));
}

/** `GET /api/standing-targets`. */
export async function listStandingTargets(
	db: Database,
	q: { zone?: string; on?: string },
	now: Date
): Promise<StandingTargetList> {
	const on = await judgeDay(db, q.on, now);
	return { on, targets: await loadStandingTargetViews(db, q, on) };
}

function checkKind(kind: string, lang: Lang): StandingTargetKind {
	if ((STANDING_TARGET_KINDS as readonly string[]).includes(kind))
		return kind as StandingTargetKind;
	throw new AppError(
		422,
		'unknown_kind',
		say(
			lang,
			`没有常态消杀目标类型“${kind}”，可选：green_belt（绿化带）、reserved_land（预留地）、vacant_land（待建地）`,
			`no standing target kind "${kind}"; choose one of ${STANDING_TARGET_KINDS.join(', ')}`
		),
		{ kinds: STANDING_TARGET_KINDS }
	);
}

const invalidArea = (lang: Lang, zh: string, en: string) =>
	new AppError(422, 'invalid_polygon', say(lang, zh, en));

/**
 * The drawn area as a closed polygon with its bbox, area and stop point (turf pointOnFeature:
 * a point inside the area, so the team is sent into the belt or plot, not to its centroid
 * which for an L-shaped or curved belt may lie outside). Refused in the reader's language:
 * fewer than 3 distinct corners, edges that cross, no area.
 */
export function shapeOf(corners: readonly [number, number][], lang: Lang) {
	const ring = corners.map(([x, y]) => [x, y] as [number, number]);
	if (ring.length > 1) {
		const [first, last] = [ring[0], ring[ring.length - 1]];
		if (first[0] === last[0] && first[1] === last[1]) ring.pop();
	}
	const distinct = new Set(ring.map((c) => c.join(','))).size;
	if (distinct < 3 || distinct !== ring.length) {
		throw invalidArea(
			lang,
			'区域至少需要 3 个不重复的点，请在地图上重新画出',
			'an area needs at least 3 distinct corners; draw it again on the map'
		);
	}
	const geometry: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
	if (kinks(geometry).features.length > 0) {
		throw invalidArea(
			lang,
			'区域的边线自相交，请按顺序沿边界画点',
			'the edges of the area cross each other; place the corners in order around it'
		);
	}
	const areaM2 = areaOf(geometry);
	if (!(areaM2 > 1)) {
		throw invalidArea(lang, '区域面积为零，请重新画出', 'the area has no extent; draw it again');
	}
	const [minx, miny, maxx, maxy] = computeGeometryBbox(geometry);
	const [lng, lat] = pointOnFeature(geometry).geometry.coordinates;
	return {
		geometry: JSON.stringify(geometry),
		areaM2,
		minx,
		miny,
		maxx,
		maxy,
		lng: Math.round(lng * 1e6) / 1e6,
		lat: Math.round(lat * 1e6) / 1e6
	};
}

async function storedTarget(tx: Reader, id: string, lang: Lang) {
	const [row] = await tx.query<Record<string, SqlValue> & { retired: boolean; geometry: string }>(
		STANDING_TARGET_ROW_SQL,
		{ id }
	);
	if (!row)
		throw new NotFoundError(say(lang, `没有常态消杀目标 ${id}`, `no standing target ${id}`));
	return row;
}

async function findView(db: Reader, id: string, now: Date, lang: Lang) {
	const [view] = await loadStandingTargetViews(db, { id }, await judgeDay(db, undefined, now));
	if (!view)
		throw new NotFoundError(say(lang, `没有常态消杀目标 ${id}`, `no standing target ${id}`));
	return view;
}

/** `POST /api/standing-targets`. */
export async function createStandingTarget(
	db: Database,
	write: FacilityWrite,
	body: CreateStandingTargetBody
): Promise<StandingTargetView> {
	const { actor, now, lang } = write;
	const kind = checkKind(body.kind, lang);
	const shape = shapeOf(body.polygon, lang);
	const id = `st-${crypto.randomUUID().slice(0, 8)}`;
	const enrich = await loadZoneEnricher(db);
	await db.transaction(async (tx) => {
		await tx.run(INSERT_STANDING_TARGET_SQL, {
			id,
			kind,
			name: body.name,
			everyDays: body.everyDays,
			treatedOn: body.lastTreatedOn ?? null,
			...shape,
			zoneId: enrich(shape.lng, shape.lat).zoneId,
			at: formatLocalTime(now)
		});
		await recordAudit(tx, actor, {
			...DATA_WRITES.standingTargetCreate,
			entityId: id,
			after: await storedTarget(tx, id, lang)
		});
	});
	return findView(db, id, now, lang);
}

/** `PUT /api/standing-targets/:id`: changes what is sent (a new polygon moves the stop point). */
export async function updateStandingTarget(
	db: Database,
	write: FacilityWrite,
	id: string,
	body: UpdateStandingTargetBody
): Promise<StandingTargetView> {
	const { actor, now, lang } = write;
	const kind = body.kind === undefined ? undefined : checkKind(body.kind, lang);
	const shape = body.polygon === undefined ? undefined : shapeOf(body.polygon, lang);
	const enrich = await loadZoneEnricher(db);
	await db.transaction(async (tx) => {
		const before = await storedTarget(tx, id, lang);
		if (before.retired)
			throw new NotFoundError(say(lang, `没有常态消杀目标 ${id}`, `no standing target ${id}`));
		const next = {
			kind: kind ?? before.kind,
			name: body.name ?? before.name,
			everyDays: body.everyDays ?? before.everyDays,
			treatedOn: body.lastTreatedOn === undefined ? before.treatedOn : body.lastTreatedOn,
			lng: before.lng,
			lat: before.lat,
			zoneId: before.zoneId,
			areaM2: before.areaM2,
			geometry: before.geometry,
			minx: before.minx,
			miny: before.miny,
			maxx: before.maxx,
			maxy: before.maxy,
			...(shape && { ...shape, zoneId: enrich(shape.lng, shape.lat).zoneId })
		};
		await tx.run(UPDATE_STANDING_TARGET_SQL, { id, ...next, at: formatLocalTime(now) });
		await recordAudit(tx, actor, {
			...DATA_WRITES.standingTargetUpdate,
			entityId: id,
			before,
			after: await storedTarget(tx, id, lang)
		});
	});
	return findView(db, id, now, lang);
}

/** `DELETE /api/standing-targets/:id`: retires it (its done stops stay in the history). */
export async function retireStandingTarget(
	db: Database,
	write: FacilityWrite,
	id: string
): Promise<{ id: string; retired: true }> {
	const { actor, now, lang } = write;
	await db.transaction(async (tx) => {
		const before = await storedTarget(tx, id, lang);
		if (before.retired)
			throw new NotFoundError(say(lang, `没有常态消杀目标 ${id}`, `no standing target ${id}`));
		await tx.run(RETIRE_STANDING_TARGET_SQL, { id, at: formatLocalTime(now) });
		await recordAudit(tx, actor, {
			...DATA_WRITES.standingTargetRetire,
			entityId: id,
			before,
			after: await storedTarget(tx, id, lang)
		});
	});
	return { id, retired: true };
}
