import { Hono } from 'hono';
import { seriesQuerySchema, sprayingQuerySchema } from '../contract/comparison';
import type { Database } from '../db/database';
import { computeSprayingEffect } from '../services/spray-effects';
import { computeSeries } from '../services/trends';
import { validate } from './http/validation';

/** `GET /api/series` (months by year with baseline anomalies) and `GET /api/spraying/effect`. */
export function createTrendRoutes(db: Database) {
	return new Hono()
		.get('/series', validate('query', seriesQuerySchema), async (c) =>
			c.json(await computeSeries(db, c.req.valid('query')))
		)
		.get('/spraying/effect', validate('query', sprayingQuerySchema), async (c) =>
			c.json(await computeSprayingEffect(db, c.req.valid('query')))
		);
}
