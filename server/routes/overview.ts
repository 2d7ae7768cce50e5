import { Hono } from 'hono';
import { overviewAssessmentQuerySchema } from '../contract/assessment-readiness-requests';
import { overviewQuerySchema } from '../contract/comparison';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { computeOverview } from '../services/overview';
import { computeOverviewAssessment } from '../services/overview-assessment';
import { computeSupervision } from '../services/supervision';
import { validate } from './http/validation';

/** `GET /api/overview`: one season against the same season last year, for leaders. */
export function createOverviewRoutes(db: Database, now: () => Date = () => new Date()) {
	return (
		new Hono()
			.get('/', validate('query', overviewQuerySchema), async (c) =>
				c.json(await computeOverview(db, c.req.valid('query').season))
			)
			.get('/supervision', async (c) =>
				c.json(await computeSupervision(db, formatLocalTime(now())))
			)
			// Issue 16 lane D: the month's assessment scores, same month last year alongside.
			.get('/assessment', validate('query', overviewAssessmentQuerySchema), async (c) =>
				c.json(await computeOverviewAssessment(db, c.req.valid('query').month, now()))
			)
	);
}
