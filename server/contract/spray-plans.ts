/**
 * The route-planning contract (issue 5): `/api/routes/plan`, saved plans, visits, targets
 * and exports. Response types live in spray-plan-results.ts.
 */
import { z } from 'zod';
import { isoWeekField } from './dengue-requests';
import { isoDate, localDateTime } from './dates';
import {
	dateWindowFields,
	formatField,
	idField,
	langField,
	MAX_NAME_CHARS,
	MAX_NOTE_CHARS,
	numberField,
	pestField,
	textField
} from './fields';
import { quoteValue } from './quote';
import {
	DEFAULT_DAY_START,
	DISTANCE_MODES,
	minutesOfDay,
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
/** Longest a saved route may run, in minutes (a week), and how far, in metres (10,000 km). */
export const MAX_PLAN_MINUTES = 10_080;
export const MAX_PLAN_METRES = 10_000_000;
/** Most vertices a saved route's line may have. */
export const MAX_ROUTE_VERTICES = 50_000;
/** Largest amount of chemical one visit may record (kg, L or bags). */
export const MAX_SPRAY_AMOUNT = 100_000;

const lng = (field: string) => numberField(field, -180, 180, 'a longitude in degrees');
const lat = (field: string) => numberField(field, -90, 90, 'a latitude in degrees');
const id = (field: string) => idField(field, 'text').trim().min(1, `${field} must not be empty`);
const minutes = (field: string) => numberField(field, 0, MAX_PLAN_MINUTES, 'a number of minutes');
const metres = (field: string) => numberField(field, 0, MAX_PLAN_METRES, 'a distance in metres');
const point = z.strictObject({ lng: lng('lng'), lat: lat('lat') });

/** Issue 18: most chemical or bait one stop may need or one team carry (litres, stations…). */
export const MAX_ROUTE_LOAD = 100_000;
/** Issue 18: the longest lunch break a team may take, in minutes. */
export const MAX_LUNCH_MINUTES = 180;

/** A time of day written `HH:mm` (00:00–23:59). */
const timeOfDay = (field: string) =>
	z
		.string({ message: `${field} must be a time of day written HH:mm` })
		.max(5, { message: `${field} must be a time of day written HH:mm`, abort: true })
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${field} must be a time of day written HH:mm`);

const load = (field: string) =>
	numberField(field, 0, MAX_ROUTE_LOAD, 'an amount of chemical or bait (≥ 0)');

/**
 * Issue 18: when a stop may be served (a school before classes, a market after closing):
 * service starts no earlier than `from` and no later than `to`, clock times of the plan's day.
 */
const stopWindowSchema = z
	.strictObject({ from: timeOfDay('window.from'), to: timeOfDay('window.to') })
	.refine((w) => minutesOfDay(w.from) <= minutesOfDay(w.to), {
		message: 'window.from must not be after window.to (a window ends on the day it starts)',
		path: ['to']
	});

/** Issue 18: a team's lunch break, taken after the first stop it finishes at or after `from`. */
const lunchSchema = z.strictObject({
	from: timeOfDay('lunch.from'),
	minutes: z
		.number({ message: 'lunch.minutes must be a number of minutes' })
		.int('lunch.minutes must be a whole number of minutes')
		.min(1, 'lunch.minutes must be at least 1')
		.max(MAX_LUNCH_MINUTES, `lunch.minutes must be at most ${MAX_LUNCH_MINUTES}`)
});

export const planStopSchema = z.strictObject({
	id: id('id'),
	lng: lng('lng'),
	lat: lat('lat'),
	serviceMin: z
		.number({ message: 'serviceMin must be a number of minutes' })
		.min(0, 'serviceMin must not be negative')
		.max(1440, 'serviceMin must be at most 1440 (one day)')
		.default(10),
	/** Issue 18: chemical or bait the stop takes, in the teams' capacity unit. */
	demand: load('demand').default(0),
	window: stopWindowSchema.optional(),
	// What /api/routes/targets adds to a stop; accepted so its stops can be sent back as they are.
	kind: textField('kind', 50).optional(),
	label: textField('label', MAX_NAME_CHARS).optional(),
	category: textField('category', 50).optional(),
	description: textField('description', MAX_NOTE_CHARS).optional(),
	pest: textField('pest', 20).optional(),
	level: textField('level', 10).optional()
});

export const planTeamSchema = z.strictObject({
	id: id('id'),
	start: point,
	end: point.optional(),
	maxStops: z
		.number({ message: 'maxStops must be a whole number' })
		.int('maxStops must be a whole number')
		.min(1, 'maxStops must be at least 1')
		.max(MAX_ROUTE_STOPS, `maxStops must be at most ${MAX_ROUTE_STOPS}`)
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
		.default(20),
	/** Issue 18: most the team carries (sum of its stops' demand); absent = unlimited. */
	capacity: load('capacity').optional(),
	lunch: lunchSchema.optional()
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
				message: `duplicate id ${quoteValue(item.id)} (first used at ${field}[${seen}])`
			});
	});
}

/** Largest solver seed: a 32-bit unsigned integer. */
export const MAX_SEED = 2 ** 32 - 1;

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
		/** Issue 18: the clock time every team leaves its start; windows and lunch read it. */
		dayStart: timeOfDay('dayStart').default(DEFAULT_DAY_START),
		seed: z
			.number({ message: 'seed must be a whole number' })
			.min(0, { message: `seed must be from 0 to ${MAX_SEED}`, abort: true })
			.max(MAX_SEED, { message: `seed must be from 0 to ${MAX_SEED}`, abort: true })
			.int('seed must be a whole number')
			.default(1)
	})
	.superRefine((body, ctx) => {
		refineUniqueIds(body.stops, 'stops', ctx);
		refineUniqueIds(body.teams, 'teams', ctx);
	});
export type PlanBody = z.infer<typeof planBodySchema>;

export const PLAN_STATUSES = ['draft', 'published', 'done', 'cancelled'] as const;

const plannedStopSchema = z.strictObject({
	id: id('id'),
	seq: z
		.number({ message: 'seq must be a whole number' })
		.int('seq must be a whole number')
		.min(1, `seq must be from 1 to ${MAX_ROUTE_STOPS}`)
		.max(MAX_ROUTE_STOPS, `seq must be from 1 to ${MAX_ROUTE_STOPS}`),
	lng: lng('lng'),
	lat: lat('lat'),
	arriveMin: minutes('arriveMin'),
	legM: metres('legM'),
	serviceMin: minutes('serviceMin').default(0),
	roadName: textField('roadName', MAX_NAME_CHARS).nullable().default(null),
	offNetwork: z.boolean().default(false),
	legStraight: z.boolean().default(false),
	// What is at the stop, as /targets said (null as a fetched plan has it); the server
	// fills in what it finds by id for a stop without a kind.
	kind: z.enum(STOP_KINDS, { message: `kind must be one of ${STOP_KINDS.join(', ')}` }).nullish(),
	category: textField('category', 50).nullish(),
	label: textField('label', MAX_NAME_CHARS).nullish(),
	description: textField('description', MAX_NOTE_CHARS).nullish(),
	pest: pestField.nullish(),
	level: textField('level', 10).optional(),
	// Issue 18: what /plan answers per stop, accepted so a plan can be saved as it came.
	waitMin: minutes('waitMin').optional()
});

const lineString = z.strictObject({
	type: z.literal('LineString'),
	coordinates: z
		.array(z.tuple([lng('lng'), lat('lat')]))
		.min(2, 'coordinates must hold at least 2 positions')
		.max(MAX_ROUTE_VERTICES, `coordinates may hold at most ${MAX_ROUTE_VERTICES} positions`)
});

const plannedRouteSchema = z.strictObject({
	teamId: id('teamId'),
	stops: z
		.array(plannedStopSchema)
		.max(MAX_ROUTE_STOPS, `stops may hold at most ${MAX_ROUTE_STOPS} stops`),
	distanceM: metres('distanceM'),
	durationMin: minutes('durationMin'),
	geometry: lineString.nullable(),
	start: point,
	end: point.extend({ arriveMin: minutes('arriveMin'), legM: metres('legM') }).strict(),
	// Issue 18: what /plan answers per route, accepted so a plan can be saved as it came.
	load: load('load').optional(),
	capacity: load('capacity').nullable().optional(),
	lunch: z
		.strictObject({ startMin: minutes('lunch.startMin'), minutes: minutes('lunch.minutes') })
		.nullable()
		.optional()
});

const unassignedSchema = z.strictObject({
	id: id('id'),
	reason: z.enum(UNASSIGNED_REASONS)
});

const unassignedList = z
	.array(unassignedSchema)
	.max(MAX_ROUTE_STOPS, `unassigned may list at most ${MAX_ROUTE_STOPS} stops`);

const planContent = {
	routes: z
		.array(plannedRouteSchema)
		.min(1, 'routes must list at least one team route')
		.max(MAX_ROUTE_TEAMS, `routes may list at most ${MAX_ROUTE_TEAMS} team routes`),
	unassigned: unassignedList.default([])
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
					message: `stop ${quoteValue(s.id)} is in more than one place in the plan`
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
		unassigned: unassignedList.optional()
	})
	.superRefine((body, ctx) => {
		if (body.routes) refinePlanIds({ routes: body.routes, unassigned: body.unassigned }, ctx);
	});
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;

/** `GET /api/routes`: saved plans, of one day when `date` is given. */
export const listPlansQuerySchema = z.strictObject({ date: isoDate('date').optional() });

export const planIdParamSchema = z.object({ id: id('id') });
export const stopParamSchema = z.object({ id: id('id'), stopId: id('stopId') });

/**
 * `POST /api/routes/:id/stops/:stopId/visit`: a done visit records a spray event; `pending`
 * undoes a done or skipped visit (and removes its event).
 */
export const visitBodySchema = z
	.strictObject({
		status: z.enum(['done', 'skipped', 'pending'], {
			message: 'status must be done, skipped or pending'
		}),
		note: textField('note', MAX_NOTE_CHARS).optional(),
		chemical: textField('chemical', 100).trim().min(1, 'chemical must not be empty').optional(),
		amount: numberField('amount', 0, MAX_SPRAY_AMOUNT).optional(),
		unit: textField('unit', 20).trim().min(1, 'unit must not be empty').optional(),
		pest: pestField.optional(),
		at: localDateTime('at').optional()
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
	zone: idField('zone', 'a zone or grid id').optional(),
	/** The ISO week of the `dengue` source; its latest week with data when left out. */
	week: isoWeekField.optional(),
	...dateWindowFields,
	/** Issue 17 lane D: the day facilities and standing targets are due on (today by default). */
	on: isoDate('on').optional()
});
export type TargetsQuery = z.infer<typeof targetsQuerySchema>;

export const ROUTE_EXPORT_FORMATS = ['csv', 'xlsx', 'gpx', 'geojson'] as const;
export type RouteExportFormat = (typeof ROUTE_EXPORT_FORMATS)[number];

export const routeExportQuerySchema = z.strictObject({
	team: idField('team', 'a team id').optional(),
	format: formatField(ROUTE_EXPORT_FORMATS).default('csv'),
	lang: langField,
	/** When the day starts, for the ETA column (`HH:mm`). */
	start: z
		.string({ message: 'start must be a time of day written HH:mm' })
		.max(5, { message: 'start must be a time of day written HH:mm', abort: true })
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'start must be a time of day written HH:mm')
		.default('08:00')
});
