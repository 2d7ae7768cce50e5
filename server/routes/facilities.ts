import { Hono } from 'hono';
import {
	createFacilityBodySchema,
	createStandingTargetBodySchema,
	facilityIdParamSchema,
	facilityInspectionBodySchema,
	facilityListQuerySchema,
	standingTargetIdParamSchema,
	standingTargetListQuerySchema,
	updateFacilityBodySchema,
	updateStandingTargetBodySchema
} from '../contract/facility-requests';
import type { Database } from '../db/database';
import {
	createFacility,
	getFacility,
	listFacilities,
	recordFacilityInspection,
	updateFacility
} from '../services/facilities';
import {
	createStandingTarget,
	listStandingTargets,
	retireStandingTarget,
	updateStandingTarget
} from '../services/standing-targets';
import type { AuthEnv } from './http/auth-env';
import { langOf } from './http/request-lang';
import { validate } from './http/validation';

type Clock = () => Date;

/**
 * `/api/facilities` (issue 17 item 5, lane D): the office reads and keeps the registry; teams
 * and inspectors record what they found at a facility.
 */
export function createFacilityRoutes(db: Database, clock: Clock) {
	return new Hono<AuthEnv>()
		.get('/', validate('query', facilityListQuerySchema), async (c) =>
			c.json(await listFacilities(db, c.req.valid('query'), clock()))
		)
		.post('/', validate('json', createFacilityBodySchema), async (c) =>
			c.json(await createFacility(db, c.get('actor'), c.req.valid('json'), clock(), langOf(c)), 201)
		)
		.get('/:id', validate('param', facilityIdParamSchema), async (c) =>
			c.json(await getFacility(db, c.req.valid('param').id, clock(), langOf(c)))
		)
		.put(
			'/:id',
			validate('param', facilityIdParamSchema),
			validate('json', updateFacilityBodySchema),
			async (c) =>
				c.json(
					await updateFacility(
						db,
						c.get('actor'),
						c.req.valid('param').id,
						c.req.valid('json'),
						clock(),
						langOf(c)
					)
				)
		)
		.post(
			'/:id/inspections',
			validate('param', facilityIdParamSchema),
			validate('json', facilityInspectionBodySchema),
			async (c) =>
				c.json(
					await recordFacilityInspection(
						db,
						c.get('actor'),
						c.req.valid('param').id,
						c.req.valid('json'),
						clock(),
						langOf(c)
					),
					201
				)
		);
}

/** `/api/standing-targets`: 绿化带, 预留地, 待建地 drawn with a spraying frequency. */
export function createStandingTargetRoutes(db: Database, clock: Clock) {
	return new Hono<AuthEnv>()
		.get('/', validate('query', standingTargetListQuerySchema), async (c) =>
			c.json(await listStandingTargets(db, c.req.valid('query'), clock()))
		)
		.post('/', validate('json', createStandingTargetBodySchema), async (c) =>
			c.json(
				await createStandingTarget(db, c.get('actor'), c.req.valid('json'), clock(), langOf(c)),
				201
			)
		)
		.put(
			'/:id',
			validate('param', standingTargetIdParamSchema),
			validate('json', updateStandingTargetBodySchema),
			async (c) =>
				c.json(
					await updateStandingTarget(
						db,
						c.get('actor'),
						c.req.valid('param').id,
						c.req.valid('json'),
						clock(),
						langOf(c)
					)
				)
		)
		.delete('/:id', validate('param', standingTargetIdParamSchema), async (c) =>
			c.json(
				await retireStandingTarget(db, c.get('actor'), c.req.valid('param').id, clock(), langOf(c))
			)
		);
}
