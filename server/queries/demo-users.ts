/**
 * The first grid of the town (by id) and the community or village it lies in: the demo grid
 * worker's and patrol's areas.
 */
export const DEMO_AREAS_SQL = `SELECT g.id AS grid, g.parent_id AS community FROM zones g
	JOIN zones p ON p.id = g.parent_id WHERE g.kind = 'grid' ORDER BY g.id LIMIT 1`;

export const DEMO_USERS_SQL = `SELECT username FROM users WHERE starts_with(username, 'demo-')`;
