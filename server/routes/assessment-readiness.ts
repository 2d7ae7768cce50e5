import { Hono } from 'hono';
import {
	postSanitaryAssessmentBodySchema,
	putSanitaryUnitBodySchema,
	readinessQuerySchema,
	sanitaryUnitParamSchema,
	simulateQuerySchema
} from '../contract/assessment-readiness-requests';
import type { Database } from '../db/database';
import { computeReadiness, simulateInspection } from '../services/assessment-readiness';
import {
	addSanitaryAssessment,
	listSanitaryUnits,
	putSanitaryUnit
} from '../services/sanitary-units';
import type { AuthEnv } from './http/auth-env';
import { langOf } from './http/request-lang';
import { validate } from './http/validation';

/** `/api/assessment/readiness` (issue 16 item 4): 迎检 now, and the simulated district sample. */
export function createReadinessRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono<AuthEnv>()
		.get('/', validate('query', readinessQuerySchema), async (c) =>
			c.json(await computeReadiness(db, now(), c.req.valid('query').days))
		)
		.get('/simulate', validate('query', simulateQuerySchema), async (c) =>
			c.json(await simulateInspection(db, now(), c.req.valid('query'), langOf(c)))
		);
}

/** `/api/sanitary-units` (issue 16 item 5): 创建卫生单位 titles and assessments. */
export function createSanitaryUnitRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono<AuthEnv>()
		.get('/', async (c) => c.json(await listSanitaryUnits(db)))
		.put(
			'/:unitId',
			validate('param', sanitaryUnitParamSchema),
			validate('json', putSanitaryUnitBodySchema),
			async (c) => {
				const { unitId } = c.req.valid('param');
				return c.json(
					await putSanitaryUnit(db, c.get('actor'), unitId, c.req.valid('json'), now(), langOf(c))
				);
			}
		)
		.post(
			'/:unitId/assessments',
			validate('param', sanitaryUnitParamSchema),
			validate('json', postSanitaryAssessmentBodySchema),
			async (c) => {
				const { unitId } = c.req.valid('param');
				const unit = await addSanitaryAssessment(
					db,
					c.get('actor'),
					unitId,
					c.req.valid('json'),
					now(),
					langOf(c)
				);
				return c.json(unit, 201);
			}
		);
}
