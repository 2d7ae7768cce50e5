/** Campaign plans (issue 17 part 6): pests, phases, target snapshots and what treated them. */
const NOW = "timezone('Asia/Shanghai', current_timestamp)";

export const CAMPAIGN_SQL = `SELECT id, name, strftime(from_date, '%Y-%m-%d') AS "from",
	strftime(to_date, '%Y-%m-%d') AS "to" FROM campaigns WHERE id = $id`;

export const ALL_CAMPAIGN_PESTS_SQL =
	'SELECT campaign_id, pest FROM campaign_pests ORDER BY campaign_id, pest';
export const CAMPAIGN_PESTS_SQL =
	'SELECT pest FROM campaign_pests WHERE campaign_id = $id ORDER BY pest';
export const DELETE_CAMPAIGN_PESTS_SQL = 'DELETE FROM campaign_pests WHERE campaign_id = $id';
export const INSERT_CAMPAIGN_PESTS_SQL = `INSERT INTO campaign_pests
	SELECT $id, p FROM (SELECT unnest($pests::VARCHAR[]) AS p) ON CONFLICT DO NOTHING`;

export const PHASES_SQL = `SELECT id, name, strftime(from_date, '%Y-%m-%d') AS "from",
	strftime(to_date, '%Y-%m-%d') AS "to" FROM campaign_phases WHERE campaign_id = $id ORDER BY from_date, id`;
export const ALL_PHASES_SQL = `SELECT id, campaign_id, name, strftime(from_date, '%Y-%m-%d') AS "from",
	strftime(to_date, '%Y-%m-%d') AS "to" FROM campaign_phases ORDER BY from_date, id`;
export const PHASE_IDS_SQL = 'SELECT id FROM campaign_phases WHERE campaign_id = $id';
export const INSERT_PHASE_SQL = `INSERT INTO campaign_phases
	VALUES ($id, $campaign, $name, CAST($from AS DATE), CAST($to AS DATE))`;
export const UPDATE_PHASE_SQL = `UPDATE campaign_phases SET name = $name, from_date = CAST($from AS DATE),
	to_date = CAST($to AS DATE) WHERE id = $id AND campaign_id = $campaign`;
export const DELETE_PHASE_SQL =
	'DELETE FROM campaign_phases WHERE id = $id AND campaign_id = $campaign';
export const UNPHASE_TARGETS_SQL = `UPDATE campaign_targets SET phase_id = NULL
	WHERE campaign_id = $campaign AND phase_id = $id`;

const TARGET_COLUMNS = `target_id AS id, target_kind AS kind, label, zone_id AS "zoneId", lng, lat,
	phase_id AS "phaseId", team_id AS "teamId"`;
export const TARGETS_SQL = `SELECT ${TARGET_COLUMNS} FROM campaign_targets WHERE campaign_id = $id
	ORDER BY zone_id NULLS LAST, target_id`;
export const ALL_TARGETS_SQL = `SELECT campaign_id AS "campaignId", ${TARGET_COLUMNS} FROM campaign_targets`;
export const TARGET_IDS_SQL =
	'SELECT target_id AS id FROM campaign_targets WHERE campaign_id = $id';
export const INSERT_TARGET_SQL = `INSERT INTO campaign_targets VALUES ($campaign, $id, $kind, $phase, $team,
	$zone, $label, $lng, $lat, ${NOW})`;
export const PATCH_TARGET_TEAM_SQL = `UPDATE campaign_targets SET team_id = $team
	WHERE campaign_id = $campaign AND list_contains($ids, target_id)`;
export const PATCH_TARGET_PHASE_SQL = `UPDATE campaign_targets SET phase_id = $phase
	WHERE campaign_id = $campaign AND list_contains($ids, target_id)`;
export const REMOVE_TARGETS_SQL = `DELETE FROM campaign_targets
	WHERE campaign_id = $campaign AND list_contains($ids, target_id)`;

/** The community each target source stores for its stops (reports, places, survey sites). */
export const TARGET_ZONES_SQL = `SELECT id, zone_id FROM blind_spots WHERE list_contains($ids, id)
	UNION ALL SELECT id, zone_id FROM pois WHERE list_contains($ids, id)
	UNION ALL SELECT site_id AS id, min(zone_id) AS zone_id FROM surveys WHERE list_contains($ids, site_id)
	GROUP BY site_id`;

/** Done visits of route stops with these ids, by day (any plan, any team). */
export const DONE_VISITS_SQL = `SELECT stop_id AS "stopId", strftime(visited_at, '%Y-%m-%d') AS day
	FROM route_stops WHERE status = 'done' AND visited_at IS NOT NULL AND list_contains($ids, stop_id)`;
/** Every done visit, for the campaign list's counts. */
export const ALL_DONE_VISITS_SQL = `SELECT stop_id AS "stopId", strftime(visited_at, '%Y-%m-%d') AS day
	FROM route_stops WHERE status = 'done' AND visited_at IS NOT NULL
	AND stop_id IN (SELECT target_id FROM campaign_targets)`;

/** Spray events logged against a campaign, by its id or (as derived campaigns are) its name. */
export const CAMPAIGN_SPRAYS_SQL = `SELECT campaign, strftime(started_at, '%Y-%m-%d') AS day,
	target_ids AS "targetIds" FROM spray_events WHERE campaign IS NOT NULL`;

export const TEAMS_SQL = 'SELECT id, name FROM teams ORDER BY id';
export const TEAM_EXISTS_SQL = 'SELECT count(*) AS n FROM teams WHERE id = $id';
export const COMMUNITIES_SQL = `SELECT id, name FROM zones WHERE kind IN ('community', 'village') ORDER BY id`;
