import { Hono, type Context } from 'hono';
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
	updateFacility,
	type FacilityWrite
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

/** The signed-in actor, the clock's now and the request's language: what every write here takes. */
const writer =
	(clock: Clock) =>
	(c: Context<AuthEnv>): FacilityWrite => ({
		actor: c.get('actor'),
		now: clock(),
		lang: langOf(c)
	});

/**
 * `/api/facilities` (issue 17 item 5, lane D): the office reads and keeps the registry; teams
 * and inspectors record what they found at a facility.
 */
export function createFacilityRoutes(db: Database, clock: Clock) {
	const by = writer(clock);
	return new Hono<AuthEnv>()
		.get('/', validate('query', facilityListQuerySchema), async (c) =>
			c.json(await listFacilities(db, c.req.valid('query'), clock()))
		)
		.post('/', validate('json', createFacilityBodySchema), async (c) =>
			c.json(await createFacility(db, by(c), c.req.valid('json')), 201)
		)
		.get('/:id', validate('param', facilityIdParamSchema), async (c) =>
			c.json(await getFacility(db, c.req.valid('param').id, clock(), langOf(c)))
		)
		.put(
			'/:id',
			validate('param', facilityIdParamSchema),
			validate('json', updateFacilityBodySchema),
			async (c) =>
				c.json(await updateFacility(db, by(c), c.req.valid('param').id, c.req.valid('json')))
		)
		.post(
			'/:id/inspections',
			validate('param', facilityIdParamSchema),
			validate('json', facilityInspectionBodySchema),
			async (c) =>
				c.json(
					await recordFacilityInspection(db, by(c), c.req.valid('param').id, c.req.valid('json')),
					201
				)
		);
}

/** `/api/standing-targets`: 绿化带, 预留地, 待建地 drawn with a spraying frequency. */
export function createStandingTargetRoutes(db: Database, clock: Clock) {
	const by = writer(clock);
	return new Hono<AuthEnv>()
		.get('/', validate('query', standingTargetListQuerySchema), async (c) =>
			c.json(await listStandingTargets(db, c.req.valid('query'), clock()))
		)
		.post('/', validate('json', createStandingTargetBodySchema), async (c) =>
			c.json(await createStandingTarget(db, by(c), c.req.valid('json')), 201)
		)
		.put(
			'/:id',
			validate('param', standingTargetIdParamSchema),
			validate('json', updateStandingTargetBodySchema),
			async (c) =>
				c.json(await updateStandingTarget(db, by(c), c.req.valid('param').id, c.req.valid('json')))
		)
		.delete('/:id', validate('param', standingTargetIdParamSchema), async (c) =>
			c.json(await retireStandingTarget(db, by(c), c.req.valid('param').id))
		);
}
