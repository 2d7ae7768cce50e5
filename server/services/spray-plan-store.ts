import type { LineString } from 'geojson';
import { DATA_WRITES } from '../contract/audit-actions';
import type { Progress, SavedPlan, SavedRoute, SprayTask } from '../contract/spray-plan-results';
import type { SavePlanBody, UpdatePlanBody } from '../contract/spray-plans';
import type { Database, Transaction } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { buildRoadGraph, type RoadGraph } from '../domain/routing/road-graph';
import { AppError, NotFoundError } from '../errors';
import {
	buildInsertPlanQuery,
	buildInsertRoutesQueries,
	buildListPlansQuery,
	buildUpdatePlanQuery,
	buildUpsertTeamsQuery,
	DELETE_PLAN_ROUTES_SQL,
	LAST_PLAN_ID_SQL,
	PLAN_ROUTES_SQL,
	PLAN_SQL,
	PLAN_STOPS_SQL,
	ROUTING_ROADS_SQL,
	SPRAY_TASKS_SQL,
	type StoredRoute,
	VISITED_STOPS_COUNT_SQL
} from '../queries/spray-plans';
import { PLAN_SNAPSHOT_SQL } from '../queries/audit-snapshots';
import { describeStops, type StopRow, toSavedStop } from './spray-plan-stops';
import { quoteValue } from '../contract/quote';
import type { Actor } from './actor';
import { recordAudit } from './audit';

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
	const tasks = await db.query<SprayTask & Record<string, unknown>>(SPRAY_TASKS_SQL);
	const rows = await db.query<StopRow>(PLAN_STOPS_SQL, { id });
	const stops = rows.map((row) => ({
		routeId: row.routeId,
		stop: toSavedStop(row, tasks, plan.pest)
	}));
	const saved = routes.map((r): SavedRoute => {
		const own = stops.filter((s) => s.routeId === r.id).map((s) => s.stop);
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
		progress: countProgress(stops.map((s) => s.stop)),
		routes: saved,
		unassigned: JSON.parse(plan.unassigned as string)
	};
}

/** A plan as the audit log keeps it: header, teams and stop count, no geometry. */
async function planSnapshot(tx: Transaction, id: string) {
	const [plan] = await tx.query(PLAN_SNAPSHOT_SQL, { id });
	return plan;
}

/** Stores a plan, its teams, routes and stops in one transaction; returns the new id. */
export async function savePlan(db: Database, actor: Actor, body: SavePlanBody): Promise<string> {
	const routes = await describeStops(db, body.routes);
	return db.transaction(async (tx) => {
		const prefix = `R${body.date.replaceAll('-', '')}-`;
		const [last] = await tx.query<{ id: string | null }>(LAST_PLAN_ID_SQL, { prefix });
		const next = last.id ? Number(last.id.slice(prefix.length)) + 1 : 1;
		const id = `${prefix}${String(next).padStart(3, '0')}`;
		const insert = buildInsertPlanQuery(id, body, formatLocalTime(new Date()));
		await tx.run(insert.sql, insert.params);
		await writeRoutes(tx, id, routes);
		await recordAudit(tx, actor, {
			...DATA_WRITES.planCreate,
			entityId: id,
			after: await planSnapshot(tx, id)
		});
		return id;
	});
}

async function writeRoutes(
	tx: { run: Database['run'] },
	id: string,
	routes: readonly StoredRoute[]
): Promise<void> {
	const teams = buildUpsertTeamsQuery(routes.map((r) => r.teamId));
	await tx.run(teams.sql, teams.params);
	for (const q of buildInsertRoutesQueries(id, routes)) await tx.run(q.sql, q.params);
}

/** Renames, re-dates, re-states or replaces the routes of a plan, in one transaction. */
export async function updatePlan(
	db: Database,
	actor: Actor,
	id: string,
	body: UpdatePlanBody
): Promise<void> {
	const routes = body.routes && (await describeStops(db, body.routes));
	await db.transaction(async (tx) => {
		const before = await planSnapshot(tx, id);
		if (!before) throw new NotFoundError(`no route plan ${quoteValue(id)}`);
		if (body.routes) {
			const [visited] = await tx.query<{ n: number }>(VISITED_STOPS_COUNT_SQL, { id });
			if (visited.n > 0)
				throw new AppError(
					409,
					'conflict',
					`plan ${id} already has ${visited.n} visited stops; its routes can no longer be replaced`
				);
			for (const sql of DELETE_PLAN_ROUTES_SQL) await tx.run(sql, { id });
			await writeRoutes(tx, id, routes ?? []);
		}
		const update = buildUpdatePlanQuery(
			id,
			{ ...body, unassigned: body.routes ? (body.unassigned ?? []) : body.unassigned },
			formatLocalTime(new Date())
		);
		await tx.run(update.sql, update.params);
		await recordAudit(tx, actor, {
			...DATA_WRITES.planUpdate,
			entityId: id,
			before,
			after: await planSnapshot(tx, id)
		});
	});
}
