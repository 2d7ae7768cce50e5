import { Hono } from 'hono';
import { z } from 'zod';
import {
	planIdParamSchema,
	savePlanBodySchema,
	stopParamSchema,
	updatePlanBodySchema,
	visitBodySchema
} from '../contract/spray-plans';
import { isoDate } from '../contract/dates';
import type { VisitResponse } from '../contract/spray-plan-results';
import type { Database } from '../db/database';
import { buildListPlansQuery } from '../queries/spray-plans';
import { readPlan, recordVisit, savePlan, updatePlan } from './spray-plan-store';
import { validate } from './validation';

const listQuerySchema = z.strictObject({ date: isoDate('date').optional() });

/** Saved plans: store, list, fetch, update, and record visits at stops (progress). */
export function createSavedRouteRoutes(db: Database) {
	return new Hono()
		.post('/', validate('json', savePlanBodySchema), async (c) => {
			const id = await savePlan(db, c.req.valid('json'));
			return c.json(await readPlan(db, id), 201);
		})
		.get('/', validate('query', listQuerySchema), async (c) => {
			const q = buildListPlansQuery(c.req.valid('query').date);
			const plans = await db.query<
				Record<string, unknown> & { stops: number; done: number; skipped: number }
			>(q.sql, q.params);
			return c.json({
				plans: plans.map(({ unassigned, done, skipped, ...p }) => ({
					...p,
					unassigned: (JSON.parse(unassigned as string) as unknown[]).length,
					progress: { done, skipped, pending: p.stops - done - skipped }
				}))
			});
		})
		.get('/:id', validate('param', planIdParamSchema), async (c) =>
			c.json(await readPlan(db, c.req.valid('param').id))
		)
		.put(
			'/:id',
			validate('param', planIdParamSchema),
			validate('json', updatePlanBodySchema),
			async (c) => {
				const { id } = c.req.valid('param');
				await updatePlan(db, id, c.req.valid('json'));
				return c.json(await readPlan(db, id));
			}
		)
		.post(
			'/:id/stops/:stopId/visit',
			validate('param', stopParamSchema),
			validate('json', visitBodySchema),
			async (c) => {
				const { id, stopId } = c.req.valid('param');
				const visit = await recordVisit(db, id, stopId, c.req.valid('json'));
				const plan = await readPlan(db, id);
				const route = plan.routes.find((r) => r.stops.some((s) => s.id === stopId));
				return c.json({
					...visit,
					stopId,
					progress: route?.progress,
					planProgress: plan.progress
				} satisfies VisitResponse);
			}
		);
}
