import { Hono } from 'hono';
import type { Database } from '../db/database';

/** `GET /api/health` exactly as design.md §3. */
export function createHealthRoutes(db: Database, version: string) {
	return new Hono().get('/', async (c) => {
		const [counts] = await db.query<{
			zones: number;
			roads: number;
			blindspots: number;
			surveys: number;
		}>(`SELECT (SELECT count(*) FROM zones) AS zones, (SELECT count(*) FROM road_segments) AS roads,
			(SELECT count(*) FROM blind_spots) AS blindspots, (SELECT count(*) FROM surveys) AS surveys`);
		return c.json({ ok: true as const, version, counts });
	});
}
