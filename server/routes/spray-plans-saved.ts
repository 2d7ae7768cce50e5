import { Hono } from 'hono';
import {
	listPlansQuerySchema,
	planIdParamSchema,
	savePlanBodySchema,
	stopParamSchema,
	updatePlanBodySchema,
	visitBodySchema
} from '../contract/spray-plans';
import type { Database } from '../db/database';
import { assertStopReachable, listPlansFor, readPlanFor } from '../services/spray-plan-access';
import { readPlan, savePlan, updatePlan } from '../services/spray-plan-store';
import { recordVisit } from '../services/spray-plan-visits';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

/** Saved plans: store, list, fetch, update, and record visits at stops (progress). */
export function createSavedRouteRoutes(db: Database) {
	return new Hono<AuthEnv>()
		.post('/', validate('json', savePlanBodySchema), async (c) => {
			const id = await savePlan(db, c.get('actor'), c.req.valid('json'));
			return c.json(await readPlan(db, id), 201);
		})
		.get('/', validate('query', listPlansQuerySchema), async (c) =>
			c.json({ plans: await listPlansFor(db, c.get('actor'), c.req.valid('query').date) })
		)
		.get('/:id', validate('param', planIdParamSchema), async (c) =>
			c.json(await readPlanFor(db, c.get('actor'), c.req.valid('param').id))
		)
		.put(
			'/:id',
			validate('param', planIdParamSchema),
			validate('json', updatePlanBodySchema),
			async (c) => {
				const { id } = c.req.valid('param');
				await updatePlan(db, c.get('actor'), id, c.req.valid('json'));
				return c.json(await readPlan(db, id));
			}
		)
		.post(
			'/:id/stops/:stopId/visit',
			validate('param', stopParamSchema),
			validate('json', visitBodySchema),
			async (c) => {
				const { id, stopId } = c.req.valid('param');
				await assertStopReachable(db, c.get('actor'), id, stopId);
				const visit = await recordVisit(db, c.get('actor'), id, stopId, c.req.valid('json'));
				const plan = await readPlanFor(db, c.get('actor'), id);
				const route = plan.routes.find((r) => r.stops.some((s) => s.id === stopId));
				return c.json({ ...visit, stopId, progress: route?.progress, planProgress: plan.progress });
			}
		);
}
