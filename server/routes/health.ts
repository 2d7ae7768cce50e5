import { Hono } from 'hono';
import type { Database } from '../db/database';
import { countLayers } from '../services/meta';

/** `GET /api/health` exactly as design.md §3. */
export function createHealthRoutes(db: Database, version: string) {
	return new Hono().get('/', async (c) =>
		c.json({ ok: true as const, version, counts: await countLayers(db) })
	);
}
