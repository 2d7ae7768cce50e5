import { Hono } from 'hono';
import { overviewQuerySchema } from '../contract/comparison';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { computeOverview } from '../services/overview';
import { computeSupervision } from '../services/supervision';
import { validate } from './http/validation';

/** `GET /api/overview`: one season against the same season last year, for leaders. */
export function createOverviewRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono()
		.get('/', validate('query', overviewQuerySchema), async (c) =>
			c.json(await computeOverview(db, c.req.valid('query').season))
		)
		.get('/supervision', async (c) => c.json(await computeSupervision(db, formatLocalTime(now()))));
}
