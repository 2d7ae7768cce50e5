import type { LineString, Polygon, MultiPolygon } from 'geojson';
import type { Progress, SavedPlan, SavedRoute, SavedStop } from '../contract/spray-plan-results';
import type { SavePlanBody, UpdatePlanBody, VisitBody } from '../contract/spray-plans';
import type { Database } from '../db/database';
import { createPointEnricher } from '../domain/enrichment/point-enricher';
import { formatLocalTime } from '../domain/routing/local-time';
import { buildRoadGraph, type RoadGraph } from '../domain/routing/road-graph';
import { AppError, BadRequestError, NotFoundError } from '../errors';
import {
	buildInsertPlanQuery,
	buildInsertRoutesQueries,
	buildListPlansQuery,
	buildUpdatePlanQuery,
	buildUpsertTeamsQuery,
	DELETE_PLAN_ROUTES_SQL,
	INSERT_SPRAY_EVENT_SQL,
	LAST_PLAN_ID_SQL,
	PLAN_ROUTES_SQL,
	PLAN_SQL,
	PLAN_STOPS_SQL,
	ROUTING_ROADS_SQL,
	STOP_FOR_VISIT_SQL,
	UPDATE_STOP_VISIT_SQL,
	VISITED_STOPS_COUNT_SQL
} from '../queries/spray-plans';
import { ZONE_GEOMETRIES_SQL } from '../queries/zones';
import { quoteValue } from '../contract/quote';

/** The routable network of the stored road segments, built per request. */
export async function loadRoadGraph(db: Database): Promise<RoadGraph> {
	const rows = await db.query<{ id: string; name: string; geometry: string; oneway: boolean }>(
		ROUTING_ROADS_SQL
	);
	return buildRoadGraph(
		rows.map((r) => ({
			id: r.id,
			name: r.name,
			oneway: r.oneway,
			geometry: JSON.parse(r.geometry) as LineString
		}))
	);
}

export function countProgress(stops: readonly { status: string }[]): Progress {
	const done = stops.filter((s) => s.status === 'done').length;
	const skipped = stops.filter((s) => s.status === 'skipped').length;
	return { done, skipped, pending: stops.length - done - skipped };
}

/** Saved plans (of one day), newest first, with stop and progress counts instead of routes. */
export async function listPlans(db: Database, date: string | undefined) {
	const q = buildListPlansQuery(date);
	const plans = await db.query<
		Record<string, unknown> & { stops: number; done: number; skipped: number }
	>(q.sql, q.params);
	return plans.map(({ unassigned, done, skipped, ...p }) => ({
		...p,
		unassigned: (JSON.parse(unassigned as string) as unknown[]).length,
		progress: { done, skipped, pending: p.stops - done - skipped }
	}));
}

/** One saved plan with its routes, stops and progress; 404 when there is none. */
export async function readPlan(db: Database, id: string): Promise<SavedPlan> {
	const [plan] = await db.query<Record<string, string | null>>(PLAN_SQL, { id });
	if (!plan) throw new NotFoundError(`no route plan ${quoteValue(id)}`);
	const routes = await db.query<Record<string, unknown>>(PLAN_ROUTES_SQL, { id });
	const stops = await db.query<SavedStop & { routeId: string } & Record<string, unknown>>(
		PLAN_STOPS_SQL,
		{ id }
	);
	const saved = routes.map((r): SavedRoute => {
		const own = stops.filter((s) => s.routeId === r.id).map(({ routeId: _, ...s }) => s);
		return {
			teamId: r.teamId as string,
			distanceM: r.distanceM as number,
			durationMin: r.durationMin as number,
			geometry: r.geometry ? (JSON.parse(r.geometry as string) as LineString) : null,
			start: { lng: r.start_lng as number, lat: r.start_lat as number },
			end: {
				lng: r.end_lng as number,
				lat: r.end_lat as number,
				arriveMin: r.end_arrive_min as number,
				legM: r.end_leg_m as number
			},
			progress: countProgress(own),
			stops: own
		};
	});
	return {
		id: plan.id as string,
		name: plan.name as string,
		date: plan.date as string,
		status: plan.status as string,
		distance: plan.distance as string,
		pest: plan.pest,
		createdAt: plan.createdAt as string,
		updatedAt: plan.updatedAt as string,
		progress: countProgress(stops),
		routes: saved,
		unassigned: JSON.parse(plan.unassigned as string)
	};
}

/** Stores a plan, its teams, routes and stops in one transaction; returns the new id. */
export async function savePlan(db: Database, body: SavePlanBody): Promise<string> {
	return db.transaction(async (tx) => {
		const prefix = `R${body.date.replaceAll('-', '')}-`;
		const [last] = await tx.query<{ id: string | null }>(LAST_PLAN_ID_SQL, { prefix });
		const next = last.id ? Number(last.id.slice(prefix.length)) + 1 : 1;
		const id = `${prefix}${String(next).padStart(3, '0')}`;
		const insert = buildInsertPlanQuery(id, body, formatLocalTime(new Date()));
		await tx.run(insert.sql, insert.params);
		await writeRoutes(tx, id, body.routes);
		return id;
	});
}

async function writeRoutes(
	tx: { run: Database['run'] },
	id: string,
	routes: SavePlanBody['routes']
): Promise<void> {
	const teams = buildUpsertTeamsQuery(routes.map((r) => r.teamId));
	await tx.run(teams.sql, teams.params);
	for (const q of buildInsertRoutesQueries(id, routes)) await tx.run(q.sql, q.params);
}

/** Renames, re-dates, re-states or replaces the routes of a plan, in one transaction. */
export async function updatePlan(db: Database, id: string, body: UpdatePlanBody): Promise<void> {
	await db.transaction(async (tx) => {
		const [exists] = await tx.query(PLAN_SQL, { id });
		if (!exists) throw new NotFoundError(`no route plan ${quoteValue(id)}`);
		if (body.routes) {
			const [visited] = await tx.query<{ n: number }>(VISITED_STOPS_COUNT_SQL, { id });
			if (visited.n > 0)
				throw new AppError(
					409,
					'conflict',
					`plan ${id} already has ${visited.n} visited stops; its routes can no longer be replaced`
				);
			for (const sql of DELETE_PLAN_ROUTES_SQL) await tx.run(sql, { id });
			await writeRoutes(tx, id, body.routes);
		}
		const update = buildUpdatePlanQuery(
			id,
			{ ...body, unassigned: body.routes ? (body.unassigned ?? []) : body.unassigned },
			formatLocalTime(new Date())
		);
		await tx.run(update.sql, update.params);
	});
}

type ZoneRow = {
	id: string;
	kind: string;
	geometry: string;
};

/**
 * Marks a stop done or skipped. A done visit records a spray event (target_ids = [stop],
 * at the stop's point, zone and grid found as at import) in the same transaction.
 */
export async function recordVisit(
	db: Database,
	id: string,
	stopId: string,
	visit: VisitBody
): Promise<{ status: string; sprayEventId: string | null }> {
	const zones = await db.query<ZoneRow>(ZONE_GEOMETRIES_SQL);
	return db.transaction(async (tx) => {
		const [stop] = await tx.query<{
			status: string;
			lng: number;
			lat: number;
			teamId: string;
			pest: string | null;
		}>(STOP_FOR_VISIT_SQL, { id, stopId });
		if (!stop)
			throw new NotFoundError(`no stop ${quoteValue(stopId)} in route plan ${quoteValue(id)}`);
		if (stop.status === 'done')
			throw new AppError(409, 'conflict', `stop ${stopId} is already done`);
		const at = visit.at ?? formatLocalTime(new Date());
		let eventId: string | null = null;
		if (visit.status === 'done') {
			const pest = visit.pest ?? stop.pest;
			if (!pest)
				throw new BadRequestError('pest: required for a done visit when the plan names no pest', {
					issues: [{ parameter: 'pest', message: 'pest is required when the plan names none' }]
				});
			eventId = `${id}/${stopId}`;
			const enrich = createPointEnricher(
				zones.map((z) => ({
					id: z.id,
					kind: z.kind,
					geometry: JSON.parse(z.geometry) as Polygon | MultiPolygon
				})),
				[]
			);
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
	});
}
