import { Hono } from 'hono';
import { MAX_ROUTE_STOPS, planBodySchema } from '../contract/spray-plans';
import type { Database } from '../db/database';
import { planRoutes } from '../domain/routing/plan-routes';
import { PayloadTooLargeError } from '../errors';
import { loadRoadGraph } from '../services/spray-plan-store';
import { validate } from './http/validation';

/** `POST /api/routes/plan`: every team's route for the day; nothing is stored. */
export function createRoutePlanRoutes(db: Database) {
	return new Hono().post('/plan', validate('json', planBodySchema), async (c) => {
		const body = c.req.valid('json');
		if (body.stops.length > MAX_ROUTE_STOPS)
			throw new PayloadTooLargeError(
				`stops: ${body.stops.length} stops is more than the ${MAX_ROUTE_STOPS} one plan may hold; split the day`,
				{ limit: MAX_ROUTE_STOPS, parameter: 'stops' }
			);
		return c.json(planRoutes(body, await loadRoadGraph(db)));
	});
}
