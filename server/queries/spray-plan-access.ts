/** Plans holding a route of the team. */
export const TEAM_PLAN_IDS_SQL = `SELECT DISTINCT plan_id AS id FROM routes WHERE team_id = $team`;

/** The team whose route holds a stop of a plan (none when the stop is not in the plan). */
export const STOP_TEAM_SQL = `SELECT r.team_id AS team FROM route_stops s JOIN routes r ON r.id = s.route_id
	WHERE s.plan_id = $id AND s.stop_id = $stopId`;
