import { Hono } from 'hono';
import { dengueWeekQuerySchema } from '../contract/dengue-requests';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { computeDengueWeek } from '../services/dengue';
import { validate } from './http/validation';

/** `GET /api/dengue/weeks?week=YYYY-Www` (issue 17 part 3): the dengue-season week. */
export function createDengueRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono().get('/weeks', validate('query', dengueWeekQuerySchema), async (c) =>
		c.json(await computeDengueWeek(db, c.req.valid('query'), formatLocalTime(now()).slice(0, 10)))
	);
}
