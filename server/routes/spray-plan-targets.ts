import { Hono } from 'hono';
import { targetsQuerySchema } from '../contract/spray-plans';
import type { Database } from '../db/database';
import { listTargets } from '../services/spray-plan-targets';
import { validate } from './http/validation';

/** `GET /api/routes/targets`: candidate stops with default service minutes. */
export function createRouteTargetRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono().get('/targets', validate('query', targetsQuerySchema), async (c) =>
		c.json(await listTargets(db, c.req.valid('query'), now()))
	);
}
