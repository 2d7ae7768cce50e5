import type { SavePlanBody } from '../contract/spray-plans';
import type { SqlQuery } from './layers';

/** A route as stored: its stops carry the zone they lie in, found at save time. */
export type StoredRoute = Omit<SavePlanBody['routes'][number], 'stops'> & {
	stops: (SavePlanBody['routes'][number]['stops'][number] & { zoneId: string | null })[];
};

/** Road segments as the routing graph needs them; one-way flags from road_oneway. */
export const ROUTING_ROADS_SQL = `SELECT s.id, s.name, s.geometry, coalesce(o.oneway, false) AS oneway
	FROM road_segments s LEFT JOIN road_oneway o ON o.segment_id = s.id ORDER BY s.id`;

/** The last plan id of a date (`R20240510-003`), to number the next one. */
export const LAST_PLAN_ID_SQL = `SELECT max(id) AS id FROM route_plans WHERE starts_with(id, $prefix)`;

const PLAN_COLUMNS = `id, name, strftime(plan_date, '%Y-%m-%d') AS date, status, distance_mode AS distance,
	pest, unassigned, strftime(created_at, '%Y-%m-%dT%H:%M:%S') AS "createdAt",
	strftime(updated_at, '%Y-%m-%dT%H:%M:%S') AS "updatedAt"`;

/** Saved plans, newest date first, with stop counts by status; optionally one date. */
export function buildListPlansQuery(date?: string): SqlQuery {
	return {
		sql: `SELECT ${PLAN_COLUMNS},
			(SELECT count(*) FROM routes r WHERE r.plan_id = p.id) AS teams,
			(SELECT count(*) FROM route_stops s WHERE s.plan_id = p.id) AS stops,
			(SELECT count(*) FROM route_stops s WHERE s.plan_id = p.id AND s.status = 'done') AS done,
			(SELECT count(*) FROM route_stops s WHERE s.plan_id = p.id AND s.status = 'skipped') AS skipped
			FROM route_plans p ${date ? 'WHERE plan_date = CAST($date AS DATE)' : ''}
			ORDER BY plan_date DESC, id DESC`,
		params: date ? { date } : {}
	};
}

export const PLAN_SQL = `SELECT ${PLAN_COLUMNS} FROM route_plans WHERE id = $id`;

export const PLAN_ROUTES_SQL = `SELECT id, team_id AS "teamId", distance_m AS "distanceM",
	duration_min AS "durationMin", geometry, start_lng, start_lat, end_lng, end_lat,
	end_arrive_min, end_leg_m FROM routes WHERE plan_id = $id ORDER BY team_seq`;

/** A plan's stops with the community they lie in, their category's names and what a done visit recorded. */
export const PLAN_STOPS_SQL = `SELECT s.route_id AS "routeId", s.stop_id AS id, s.seq, s.lng, s.lat,
	s.service_min AS "serviceMin", s.arrive_min AS "arriveMin", s.leg_m AS "legM", s.road_name AS "roadName",
	s.off_network AS "offNetwork", s.leg_straight AS "legStraight", s.status, s.note,
	strftime(s.visited_at, '%Y-%m-%dT%H:%M:%S') AS "visitedAt", s.spray_event_id AS "sprayEventId",
	s.kind, s.category, c.name_zh AS "categoryZh", c.name_en AS "categoryEn", s.label, s.description,
	s.pest, z.name AS community, e.chemical, e.amount, e.unit
	FROM route_stops s LEFT JOIN zones z ON z.id = s.zone_id
	LEFT JOIN blind_spot_categories c ON c.code = s.category
	LEFT JOIN spray_events e ON e.id = s.spray_event_id
	WHERE s.plan_id = $id ORDER BY s.route_id, s.seq`;

/** The spray-task catalogue (server/domain/catalogues/spray-tasks.ts), as edited locally. */
export const SPRAY_TASKS_SQL = `SELECT place, pest, name_zh AS "nameZh", name_en AS "nameEn",
	chemical_zh AS "chemicalZh", chemical_en AS "chemicalEn", amount, unit, treats FROM spray_tasks`;

/**
 * What the stored records say of stops sent without a kind: blind spots (category and
 * description), places (kind and name) and survey sites (habitat; the pest comes with the stop).
 */
export function buildStopDetailsQuery(ids: readonly string[]): SqlQuery {
	return {
		sql: `SELECT id, 'blind_spot' AS kind, category, category AS label, description
				FROM blind_spots WHERE list_contains($ids, id)
			UNION ALL SELECT id, kind, NULL, name, NULL FROM pois WHERE list_contains($ids, id)
			UNION ALL SELECT site_id, 'survey_site', NULL, min(habitat), NULL FROM surveys
				WHERE list_contains($ids, site_id) GROUP BY site_id`,
		params: { ids: [...ids] }
	};
}

export function buildInsertPlanQuery(
	id: string,
	plan: Pick<SavePlanBody, 'name' | 'date' | 'status' | 'pest' | 'distance' | 'unassigned'>,
	now: string
): SqlQuery {
	return {
		sql: `INSERT INTO route_plans VALUES ($id, $name, CAST($date AS DATE), $status, $distance, $pest,
			$unassigned, CAST($now AS TIMESTAMP), CAST($now AS TIMESTAMP))`,
		params: {
			id,
			name: plan.name,
			date: plan.date,
			status: plan.status,
			distance: plan.distance,
			pest: plan.pest ?? null,
			unassigned: JSON.stringify(plan.unassigned),
			now
		}
	};
}

/** Upserts the plan's teams, so a team id is known after its first plan. */
export function buildUpsertTeamsQuery(teamIds: readonly string[]): SqlQuery {
	return {
		sql: `INSERT INTO teams SELECT t, t FROM (SELECT unnest($ids) AS t) ON CONFLICT (id) DO NOTHING`,
		params: { ids: teamIds }
	};
}

/**
 * Numbers bound as text lists: the driver types a bound list by its first element, so
 * [7149, 61.4] fails as "not an integer"; SQL casts them back to DOUBLE.
 */
const decimals = (values: readonly number[]) => values.map(String);

/** All routes and stops of a plan in two statements (lists bound, unnested in parallel). */
export function buildInsertRoutesQueries(
	planId: string,
	routes: readonly StoredRoute[]
): SqlQuery[] {
	const routeId = (teamId: string) => `${planId}/${teamId}`;
	const stops = routes.flatMap((r) => r.stops.map((s) => ({ ...s, routeId: routeId(r.teamId) })));
	const queries: SqlQuery[] = [
		{
			sql: `INSERT INTO routes SELECT unnest($ids), $planId, unnest($teamIds), CAST(unnest($seqs) AS DOUBLE),
				CAST(unnest($distance) AS DOUBLE), CAST(unnest($duration) AS DOUBLE), nullif(unnest($geometry), ''), CAST(unnest($startLng) AS DOUBLE),
				CAST(unnest($startLat) AS DOUBLE), CAST(unnest($endLng) AS DOUBLE), CAST(unnest($endLat) AS DOUBLE), CAST(unnest($endArrive) AS DOUBLE), CAST(unnest($endLeg) AS DOUBLE)`,
			params: {
				planId,
				ids: routes.map((r) => routeId(r.teamId)),
				teamIds: routes.map((r) => r.teamId),
				seqs: decimals(routes.map((_, k) => k)),
				distance: decimals(routes.map((r) => r.distanceM)),
				duration: decimals(routes.map((r) => r.durationMin)),
				geometry: routes.map((r) => (r.geometry ? JSON.stringify(r.geometry) : '')),
				startLng: decimals(routes.map((r) => r.start.lng)),
				startLat: decimals(routes.map((r) => r.start.lat)),
				endLng: decimals(routes.map((r) => r.end.lng)),
				endLat: decimals(routes.map((r) => r.end.lat)),
				endArrive: decimals(routes.map((r) => r.end.arriveMin)),
				endLeg: decimals(routes.map((r) => r.end.legM))
			}
		}
	];
	// An empty bound list has no element type ("lists with item type of ANY"): skip it.
	if (!stops.length) return queries;
	queries.push({
		sql: `INSERT INTO route_stops (plan_id, route_id, stop_id, seq, lng, lat, service_min,
				arrive_min, leg_m, road_name, off_network, leg_straight, kind, category, label, description, pest, zone_id)
				SELECT $planId, unnest($routeIds), unnest($stopIds), CAST(unnest($seqs) AS DOUBLE), CAST(unnest($lngs) AS DOUBLE),
				CAST(unnest($lats) AS DOUBLE), CAST(unnest($service) AS DOUBLE), CAST(unnest($arrive) AS DOUBLE), CAST(unnest($legs) AS DOUBLE),
				nullif(unnest($roadNames), ''), unnest($offNetwork) = 1, unnest($legStraight) = 1,
				nullif(unnest($kinds), ''), nullif(unnest($categories), ''), nullif(unnest($labels), ''),
				nullif(unnest($descriptions), ''), nullif(unnest($pests), ''), nullif(unnest($zoneIds), '')`,
		params: {
			planId,
			routeIds: stops.map((s) => s.routeId),
			stopIds: stops.map((s) => s.id),
			seqs: decimals(stops.map((s) => s.seq)),
			lngs: decimals(stops.map((s) => s.lng)),
			lats: decimals(stops.map((s) => s.lat)),
			service: decimals(stops.map((s) => s.serviceMin)),
			arrive: decimals(stops.map((s) => s.arriveMin)),
			legs: decimals(stops.map((s) => s.legM)),
			roadNames: stops.map((s) => s.roadName ?? ''),
			offNetwork: stops.map((s) => (s.offNetwork ? 1 : 0)),
			legStraight: stops.map((s) => (s.legStraight ? 1 : 0)),
			kinds: stops.map((s) => s.kind ?? ''),
			categories: stops.map((s) => s.category ?? ''),
			labels: stops.map((s) => s.label ?? ''),
			descriptions: stops.map((s) => s.description ?? ''),
			pests: stops.map((s) => s.pest ?? ''),
			zoneIds: stops.map((s) => s.zoneId ?? '')
		}
	});
	return queries;
}

export const DELETE_PLAN_ROUTES_SQL = [
	'DELETE FROM route_stops WHERE plan_id = $id',
	'DELETE FROM routes WHERE plan_id = $id'
];

/** Sets the given columns of a plan (names from an allow-list) and its updated_at. */
export function buildUpdatePlanQuery(
	id: string,
	changes: { name?: string; date?: string; status?: string; pest?: string; unassigned?: unknown },
	now: string
): SqlQuery {
	const sets = ['updated_at = CAST($now AS TIMESTAMP)'];
	const params: SqlQuery['params'] = { id, now };
	const columns = [
		['name', 'name = $name'],
		['date', 'plan_date = CAST($date AS DATE)'],
		['status', 'status = $status'],
		['pest', 'pest = $pest']
	] as const;
	for (const [key, set] of columns) {
		const value = changes[key];
		if (value === undefined) continue;
		sets.push(set);
		params[key] = value;
	}
	if (changes.unassigned !== undefined) {
		sets.push('unassigned = $unassigned');
		params.unassigned = JSON.stringify(changes.unassigned);
	}
	return { sql: `UPDATE route_plans SET ${sets.join(', ')} WHERE id = $id`, params };
}

export const VISITED_STOPS_COUNT_SQL = `SELECT count(*) AS n FROM route_stops
	WHERE plan_id = $id AND status <> 'pending'`;

export const STOP_FOR_VISIT_SQL = `SELECT s.stop_id AS id, s.status, s.lng, s.lat, r.team_id AS "teamId",
	coalesce(s.pest, p.pest) AS pest, s.spray_event_id AS "sprayEventId" FROM route_stops s JOIN routes r ON r.id = s.route_id JOIN route_plans p ON p.id = s.plan_id
	WHERE s.plan_id = $id AND s.stop_id = $stopId`;

export const INSERT_SPRAY_EVENT_SQL = `INSERT INTO spray_events (id, team, started_at, chemical, amount,
	unit, pest, campaign, target_ids, lng, lat, zone_id, grid_id) VALUES ($id, $team,
	CAST($at AS TIMESTAMP), $chemical, $amount, $unit, $pest, NULL, [$stopId], $lng, $lat, $zoneId, $gridId)`;

export const DELETE_SPRAY_EVENT_SQL = 'DELETE FROM spray_events WHERE id = $id';

export const UPDATE_STOP_VISIT_SQL = `UPDATE route_stops SET status = $status, note = $note,
	visited_at = CAST($at AS TIMESTAMP), spray_event_id = $eventId WHERE plan_id = $id AND stop_id = $stopId`;
