/**
 * The route-planning contract (issue 5): `/api/routes/plan`, saved plans, visits, targets
 * and exports. Response types live in spray-plan-results.ts.
 */
import { z } from 'zod';
import { isoDate } from './dates';
import { dateWindowFields, formatField, langField, pestField } from './fields';
import {
	DISTANCE_MODES,
	STOP_KINDS,
	TARGET_SOURCES,
	UNASSIGNED_REASONS
} from './spray-plan-results';

/**
 * Most stops one plan may hold (413 beyond). A town's spraying day is tens of stops; 500
 * keeps the road matrix (one Dijkstra per stop, 250k legs) under a second on the demo town.
 */
export const MAX_ROUTE_STOPS = 500;
/** Most teams one plan may hold: a town's spraying teams, with room to spare. */
export const MAX_ROUTE_TEAMS = 50;
/** The solver's wall-clock cap when a request names none, and the most it may name. */
export const DEFAULT_PLAN_TIME_LIMIT_MS = 3000;
export const MAX_PLAN_TIME_LIMIT_MS = 30_000;

const lng = (field: string) =>
	z
		.number({ message: `${field} must be a longitude in degrees` })
		.min(-180, `${field} must be from -180 to 180`)
		.max(180, `${field} must be from -180 to 180`);
const lat = (field: string) =>
	z
		.number({ message: `${field} must be a latitude in degrees` })
		.min(-90, `${field} must be from -90 to 90`)
		.max(90, `${field} must be from -90 to 90`);
const id = (field: string) =>
	z
		.string({ message: `${field} must be text` })
		.trim()
		.min(1, `${field} must not be empty`)
		.max(100, `${field} must be at most 100 characters`);
const point = z.strictObject({ lng: lng('lng'), lat: lat('lat') });

export const planStopSchema = z.strictObject({
	id: id('id'),
	lng: lng('lng'),
	lat: lat('lat'),
	serviceMin: z
		.number({ message: 'serviceMin must be a number of minutes' })
		.min(0, 'serviceMin must not be negative')
		.max(1440, 'serviceMin must be at most 1440 (one day)')
		.default(10),
	// What /api/routes/targets adds to a stop; accepted so its stops can be sent back as they are.
	kind: z.string().max(50).optional(),
	label: z.string().max(200).optional(),
	category: z.string().max(50).optional(),
	description: z.string().max(2000).optional(),
	pest: z.string().max(20).optional(),
	level: z.string().max(10).optional()
});

export const planTeamSchema = z.strictObject({
	id: id('id'),
	start: point,
	end: point.optional(),
	maxStops: z
		.number({ message: 'maxStops must be a whole number' })
		.int('maxStops must be a whole number')
		.min(1, 'maxStops must be at least 1')
		.default(MAX_ROUTE_STOPS),
	maxMinutes: z
		.number({ message: 'maxMinutes must be a number of minutes' })
		.positive('maxMinutes must be more than 0')
		.max(1440, 'maxMinutes must be at most 1440 (one day)')
		.default(480),
	speedKmh: z
		.number({ message: 'speedKmh must be a speed in km/h' })
		.positive('speedKmh must be more than 0')
		.max(120, 'speedKmh must be at most 120')
		.default(20)
});

/** Adds an issue at `list[k].id` for every id seen before in the same list. */
function refineUniqueIds(list: readonly { id: string }[], field: string, ctx: z.RefinementCtx) {
	const first = new Map<string, number>();
	list.forEach((item, k) => {
		const seen = first.get(item.id);
		if (seen === undefined) first.set(item.id, k);
		else
			ctx.addIssue({
				code: 'custom',
				path: [field, k, 'id'],
				message: `duplicate id "${item.id}" (first used at ${field}[${seen}])`
			});
	});
}

export const planBodySchema = z
	.strictObject({
		stops: z.array(planStopSchema).min(1, 'stops must list at least one stop'),
		teams: z
			.array(planTeamSchema)
			.min(1, 'teams must list at least one team')
			.max(MAX_ROUTE_TEAMS, `teams may list at most ${MAX_ROUTE_TEAMS} teams`),
		distance: z
			.enum(DISTANCE_MODES, { message: 'distance must be road or straight' })
			.default('road'),
		timeLimitMs: z
			.number({ message: 'timeLimitMs must be a number of milliseconds' })
			.int('timeLimitMs must be a whole number')
			.min(100, 'timeLimitMs must be at least 100')
			.max(MAX_PLAN_TIME_LIMIT_MS, `timeLimitMs must be at most ${MAX_PLAN_TIME_LIMIT_MS}`)
			.default(DEFAULT_PLAN_TIME_LIMIT_MS),
		balance: z.boolean({ message: 'balance must be true or false' }).default(false),
		seed: z.number().int('seed must be a whole number').default(1)
	})
	.superRefine((body, ctx) => {
		refineUniqueIds(body.stops, 'stops', ctx);
		refineUniqueIds(body.teams, 'teams', ctx);
	});
export type PlanBody = z.infer<typeof planBodySchema>;

export const PLAN_STATUSES = ['draft', 'published', 'done', 'cancelled'] as const;

const plannedStopSchema = z.strictObject({
	id: id('id'),
	seq: z.number().int().min(1),
	lng: lng('lng'),
	lat: lat('lat'),
	arriveMin: z.number().min(0),
	legM: z.number().min(0),
	serviceMin: z.number().min(0).default(0),
	roadName: z.string().nullable().default(null),
	offNetwork: z.boolean().default(false),
	legStraight: z.boolean().default(false),
	// What is at the stop, as /targets said (null as a fetched plan has it); the server
	// fills in what it finds by id for a stop without a kind.
	kind: z.enum(STOP_KINDS, { message: `kind must be one of ${STOP_KINDS.join(', ')}` }).nullish(),
	category: z.string().max(50).nullish(),
	label: z.string().max(200).nullish(),
	description: z.string().max(2000).nullish(),
	pest: pestField.nullish(),
	level: z.string().max(10).optional()
});

const lineString = z.strictObject({
	type: z.literal('LineString'),
	coordinates: z.array(z.tuple([lng('lng'), lat('lat')])).min(2)
});

const plannedRouteSchema = z.strictObject({
	teamId: id('teamId'),
	stops: z.array(plannedStopSchema),
	distanceM: z.number().min(0),
	durationMin: z.number().min(0),
	geometry: lineString.nullable(),
	start: point,
	end: point.extend({ arriveMin: z.number().min(0), legM: z.number().min(0) }).strict()
});

const unassignedSchema = z.strictObject({
	id: id('id'),
	reason: z.enum(UNASSIGNED_REASONS)
});

const planContent = {
	routes: z.array(plannedRouteSchema).min(1, 'routes must list at least one team route'),
	unassigned: z.array(unassignedSchema).default([])
};

function refinePlanIds(
	plan: { routes: { teamId: string; stops: { id: string }[] }[]; unassigned?: { id: string }[] },
	ctx: z.RefinementCtx
) {
	refineUniqueIds(
		plan.routes.map((r) => ({ id: r.teamId })),
		'routes',
		ctx
	);
	const seen = new Set<string>();
	let total = 0;
	plan.routes.forEach((r, k) =>
		r.stops.forEach((s, j) => {
			total++;
			if (seen.has(s.id))
				ctx.addIssue({
					code: 'custom',
					path: ['routes', k, 'stops', j, 'id'],
					message: `stop "${s.id}" is in more than one place in the plan`
				});
			seen.add(s.id);
		})
	);
	if (total > MAX_ROUTE_STOPS)
		ctx.addIssue({
			code: 'custom',
			path: ['routes'],
			message: `a plan may hold at most ${MAX_ROUTE_STOPS} stops`
		});
}

/** `POST /api/routes`: a plan as `/plan` returned it (perhaps edited), named and dated. */
export const savePlanBodySchema = z
	.strictObject({
		name: id('name'),
		date: isoDate('date'),
		status: z
			.enum(PLAN_STATUSES, { message: `status must be one of ${PLAN_STATUSES.join(', ')}` })
			.default('draft'),
		pest: pestField.optional(),
		distance: z.enum(DISTANCE_MODES).default('road'),
		...planContent
	})
	.superRefine(refinePlanIds);
export type SavePlanBody = z.infer<typeof savePlanBodySchema>;

/** `PUT /api/routes/:id`: rename, re-date, change status, or replace the routes. */
export const updatePlanBodySchema = z
	.strictObject({
		name: id('name').optional(),
		date: isoDate('date').optional(),
		status: savePlanBodySchema.shape.status.unwrap().optional(),
		pest: savePlanBodySchema.shape.pest,
		routes: planContent.routes.optional(),
		unassigned: z.array(unassignedSchema).optional()
	})
	.superRefine((body, ctx) => {
		if (body.routes) refinePlanIds({ routes: body.routes, unassigned: body.unassigned }, ctx);
	});
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;

/** `GET /api/routes`: saved plans, of one day when `date` is given. */
export const listPlansQuerySchema = z.strictObject({ date: isoDate('date').optional() });

export const planIdParamSchema = z.object({ id: id('id') });
export const stopParamSchema = z.object({ id: id('id'), stopId: id('stopId') });

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * `POST /api/routes/:id/stops/:stopId/visit`: a done visit records a spray event; `pending`
 * undoes a done or skipped visit (and removes its event).
 */
export const visitBodySchema = z
	.strictObject({
		status: z.enum(['done', 'skipped', 'pending'], {
			message: 'status must be done, skipped or pending'
		}),
		note: z.string().max(500, 'note must be at most 500 characters').optional(),
		chemical: z.string().trim().min(1, 'chemical must not be empty').max(100).optional(),
		amount: z
			.number({ message: 'amount must be a number' })
			.min(0, 'amount must not be negative')
			.optional(),
		unit: z.string().trim().min(1, 'unit must not be empty').max(20).optional(),
		pest: pestField.optional(),
		at: z
			.string()
			.regex(LOCAL_TIME, 'at must be a local time written YYYY-MM-DDTHH:mm[:ss]')
			.optional()
	})
	.superRefine((v, ctx) => {
		if (v.status !== 'done') return;
		for (const field of ['chemical', 'amount', 'unit'] as const) {
			if (v[field] === undefined)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: `${field} is required when status is done`
				});
		}
	});
export type VisitBody = z.infer<typeof visitBodySchema>;

export const targetsQuerySchema = z.strictObject({
	source: z.enum(TARGET_SOURCES, { message: `source must be one of ${TARGET_SOURCES.join(', ')}` }),
	level: z.enum(['FAIL', 'C'], { message: 'level must be FAIL or C' }).default('FAIL'),
	pest: pestField.optional(),
	zone: z.string().min(1, 'zone must be a zone or grid id').optional(),
	...dateWindowFields
});
export type TargetsQuery = z.infer<typeof targetsQuerySchema>;

export const ROUTE_EXPORT_FORMATS = ['csv', 'xlsx', 'gpx', 'geojson'] as const;
export type RouteExportFormat = (typeof ROUTE_EXPORT_FORMATS)[number];

export const routeExportQuerySchema = z.strictObject({
	team: z.string().min(1, 'team must be a team id').optional(),
	format: formatField(ROUTE_EXPORT_FORMATS).default('csv'),
	lang: langField,
	/** When the day starts, for the ETA column (`HH:mm`). */
	start: z
		.string()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'start must be a time of day written HH:mm')
		.default('08:00')
});
