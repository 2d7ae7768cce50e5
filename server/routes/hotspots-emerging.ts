import { Hono } from 'hono';
import { emergingQuerySchema } from '../contract/hotspots';
import type { Database } from '../db/database';
import { computeEmerging } from '../services/emerging';
import type { WorkerPool } from '../workers/worker-pool';
import { validate } from './http/validation';

/** `GET /api/hotspots/emerging`: Esri-style emerging hot spots per H3 cell. */
export function createEmergingRoutes(db: Database, work: WorkerPool) {
	return new Hono().get('/', validate('query', emergingQuerySchema), async (c) =>
		c.json(await computeEmerging(db, c.req.valid('query'), work))
	);
}
