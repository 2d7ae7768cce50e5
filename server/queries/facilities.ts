/**
 * SQL of the facility registry and the standing targets (issue 17 item 5, lane D).
 */
import type { SqlQuery } from './layers';

export const FACILITY_KINDS_SQL = `SELECT code, name_zh AS "nameZh", name_en AS "nameEn",
	inspect_every_days AS "inspectEveryDays", bait, sort_order AS "sortOrder"
FROM facility_kinds ORDER BY sort_order, code`;

const INSPECTION_COLUMNS = `id, strftime(inspected_at, '%Y-%m-%dT%H:%M:%S') AS "inspectedAt", inspector,
	present, working, bait_taken AS "baitTaken", note`;

/** Facilities with their kind's cadence, community name and last inspection (one query). */
export function buildFacilityListQuery(q: { kind?: string; zone?: string; id?: string }): SqlQuery {
	const where = ['true'];
	const params: SqlQuery['params'] = {};
	if (q.id) {
		where.push('f.id = $id');
		params.id = q.id;
	} else where.push(`f.status = 'active'`);
	if (q.kind) {
		where.push('f.kind = $kind');
		params.kind = q.kind;
	}
	if (q.zone) {
		where.push('(f.zone_id = $zone OR f.grid_id = $zone)');
		params.zone = q.zone;
	}
	return {
		sql: `WITH last AS (
	SELECT facility_id, ${INSPECTION_COLUMNS} FROM facility_inspections
	QUALIFY row_number() OVER (PARTITION BY facility_id ORDER BY inspected_at DESC, id DESC) = 1)
SELECT f.id, f.kind, f.name, f.unit_id AS "unitId", coalesce(f.owner, u.name) AS owner, f.lng, f.lat,
	f.zone_id AS "zoneId", z.name AS community, f.grid_id AS "gridId",
	strftime(f.installed_on, '%Y-%m-%d') AS "installedOn", f.status, k.inspect_every_days AS "everyDays",
	l.id AS "lastId", l."inspectedAt" AS "lastAt", l.inspector AS "lastInspector", l.present AS "lastPresent",
	l.working AS "lastWorking", l."baitTaken" AS "lastBaitTaken", l.note AS "lastNote"
FROM facilities f JOIN facility_kinds k ON k.code = f.kind
LEFT JOIN frontage_units u ON u.id = f.unit_id
LEFT JOIN zones z ON z.id = f.zone_id
LEFT JOIN last l ON l.facility_id = f.id
WHERE ${where.join(' AND ')}
ORDER BY k.sort_order, f.id`,
		params
	};
}

export const FACILITY_INSPECTIONS_SQL = `SELECT ${INSPECTION_COLUMNS} FROM facility_inspections
WHERE facility_id = $id ORDER BY inspected_at DESC, id DESC LIMIT 200`;

export const FACILITY_KIND_SQL = `SELECT code, bait FROM facility_kinds WHERE code = $code`;
export const FRONTAGE_UNIT_NAME_SQL = `SELECT id, name FROM frontage_units WHERE id = $id`;

export const FACILITY_ROW_SQL = `SELECT id, kind, name, unit_id AS "unitId", owner, lng, lat, zone_id AS "zoneId",
	grid_id AS "gridId", strftime(installed_on, '%Y-%m-%d') AS "installedOn", status
FROM facilities WHERE id = $id`;

export const INSERT_FACILITY_SQL = `INSERT INTO facilities VALUES ($id, $kind, $name, $unitId, $owner, $lng, $lat,
	$zoneId, $gridId, $installedOn::DATE, $status, $at::TIMESTAMP, $at::TIMESTAMP)`;

export const UPDATE_FACILITY_SQL = `UPDATE facilities SET kind = $kind, name = $name, unit_id = $unitId,
	owner = $owner, lng = $lng, lat = $lat, zone_id = $zoneId, grid_id = $gridId,
	installed_on = $installedOn::DATE, status = $status, updated_at = $at::TIMESTAMP WHERE id = $id`;

export const INSERT_FACILITY_INSPECTION_SQL = `INSERT INTO facility_inspections VALUES ($id, $facilityId,
	$at::TIMESTAMP, $inspector, $present, $working, $baitTaken, $note, $createdAt::TIMESTAMP)`;

export const FACILITY_INSPECTION_SQL = `SELECT ${INSPECTION_COLUMNS} FROM facility_inspections WHERE id = $id`;

/** The demo town's clock (its data stop there); absent for a real data set. */
export const DEMO_CLOCK_DAY_SQL = `SELECT value AS day FROM dataset_meta WHERE key = 'cases_as_of'`;

/**
 * Standing targets with their last treatment: the later of the day entered and the latest
 * spray event (a done route stop) whose target_ids name the target.
 */
export function buildStandingTargetListQuery(q: { zone?: string; id?: string }): SqlQuery {
	const where = ['true'];
	const params: SqlQuery['params'] = {};
	if (q.id) {
		where.push('s.id = $id');
		params.id = q.id;
	} else where.push('s.retired_at IS NULL');
	if (q.zone) {
		where.push('s.zone_id = $zone');
		params.zone = q.zone;
	}
	return {
		sql: `WITH ids AS (SELECT list(id) AS ids FROM standing_targets),
treated AS (
	SELECT t.tid AS id, max(CAST(t.started_at AS DATE)) AS day
	FROM (SELECT unnest(target_ids) AS tid, started_at FROM spray_events, ids
		WHERE list_has_any(target_ids, ids.ids)) t
	GROUP BY t.tid)
SELECT s.id, s.kind, s.name, s.every_days AS "everyDays", s.lng, s.lat, s.zone_id AS "zoneId",
	z.name AS community, s.area_m2 AS "areaM2", s.geometry, s.minx, s.miny, s.maxx, s.maxy,
	strftime(s.treated_on, '%Y-%m-%d') AS "treatedOn",
	strftime(coalesce(greatest(s.treated_on, tr.day), s.treated_on, tr.day), '%Y-%m-%d') AS "lastTreatedOn"
FROM standing_targets s
LEFT JOIN treated tr ON tr.id = s.id
LEFT JOIN zones z ON z.id = s.zone_id
WHERE ${where.join(' AND ')}
ORDER BY s.id`,
		params
	};
}

export const STANDING_TARGET_ROW_SQL = `SELECT id, kind, name, every_days AS "everyDays",
	strftime(treated_on, '%Y-%m-%d') AS "treatedOn", lng, lat, zone_id AS "zoneId", area_m2 AS "areaM2",
	geometry, minx, miny, maxx, maxy, retired_at IS NOT NULL AS retired
FROM standing_targets WHERE id = $id`;

export const INSERT_STANDING_TARGET_SQL = `INSERT INTO standing_targets VALUES ($id, $kind, $name, $everyDays,
	$treatedOn::DATE, $lng, $lat, $zoneId, $areaM2, $geometry, $minx, $miny, $maxx, $maxy,
	$at::TIMESTAMP, $at::TIMESTAMP, NULL)`;

export const UPDATE_STANDING_TARGET_SQL = `UPDATE standing_targets SET kind = $kind, name = $name,
	every_days = $everyDays, treated_on = $treatedOn::DATE, lng = $lng, lat = $lat, zone_id = $zoneId,
	area_m2 = $areaM2, geometry = $geometry, minx = $minx, miny = $miny, maxx = $maxx, maxy = $maxy,
	updated_at = $at::TIMESTAMP WHERE id = $id`;

export const RETIRE_STANDING_TARGET_SQL = `UPDATE standing_targets SET retired_at = $at::TIMESTAMP,
	updated_at = $at::TIMESTAMP WHERE id = $id`;
