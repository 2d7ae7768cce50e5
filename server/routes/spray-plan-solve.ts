import { Hono } from 'hono';
import { MAX_ROUTE_STOPS, planBodySchema } from '../contract/spray-plans';
import type { Database } from '../db/database';
import { PayloadTooLargeError } from '../errors';
import { loadRoadGraph } from '../services/spray-plan-store';
import type { WorkerPool } from '../workers/worker-pool';
import { validate } from './http/validation';

/**
 * `POST /api/routes/plan`: every team's route for the day, solved in a worker thread so the
 * server keeps answering; nothing is stored.
 */
export function createRoutePlanRoutes(db: Database, work: WorkerPool) {
	return new Hono().post('/plan', validate('json', planBodySchema), async (c) => {
		const body = c.req.valid('json');
		if (body.stops.length > MAX_ROUTE_STOPS)
			throw new PayloadTooLargeError(
				`stops: ${body.stops.length} stops is more than the ${MAX_ROUTE_STOPS} one plan may hold; split the day`,
				{ limit: MAX_ROUTE_STOPS, parameter: 'stops' }
			);
		const graph = await loadRoadGraph(db);
		return c.json(await work.run('planRoutes', { input: body, graph }));
	});
}
