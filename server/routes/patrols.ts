import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
	endPatrolBodySchema,
	listPatrolsQuerySchema,
	patrolIdParamSchema,
	recordCheckBodySchema,
	startPatrolBodySchema,
	trackBatchBodySchema,
	unitIdParamSchema
} from '../contract/patrol-requests';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { loadCalendar } from '../services/case-calendar';
import { recordCheck, recordCheckWithPhotos } from '../services/frontage-checks';
import {
	addTrackPoints,
	endPatrol,
	listPatrols,
	readPatrolDetail,
	startPatrol
} from '../services/patrols';
import type { AuthEnv } from './http/auth-env';
import { idempotencyKey } from './http/idempotency-key';
import { formRoute, photoRoot } from './http/photo-forms';
import { parseWith, validate } from './http/validation';

/**
 * `/api/patrols` (issue 15 item 3): a patrol's start, its track in batches, its end; my
 * patrols; one with its track and checks; and the frontage units near the phone (the
 * frontage ledger's own `/api/frontage` list may replace this read).
 */
export function createPatrolRoutes(db: Database, now: () => Date = () => new Date()) {
	const nowLocal = () => formatLocalTime(now());
	return new Hono<AuthEnv>()
		.post('/', validate('json', startPatrolBodySchema), async (c) => {
			const opts = { nowLocal: nowLocal(), idempotencyKey: idempotencyKey(c) };
			const { status, body } = await startPatrol(db, c.get('actor'), c.req.valid('json'), opts);
			return c.json(body, status as 201);
		})
		.get('/', validate('query', listPatrolsQuerySchema), async (c) =>
			c.json(await listPatrols(db, c.get('actor'), c.req.valid('query')))
		)
		.get('/:id', validate('param', patrolIdParamSchema), async (c) =>
			c.json(await readPatrolDetail(db, c.get('actor'), c.req.valid('param').id))
		)
		.post(
			'/:id/points',
			validate('param', patrolIdParamSchema),
			validate('json', trackBatchBodySchema),
			async (c) => {
				const { id } = c.req.valid('param');
				return c.json(
					await addTrackPoints(db, c.get('actor'), id, c.req.valid('json'), nowLocal())
				);
			}
		)
		.post(
			'/:id/end',
			validate('param', patrolIdParamSchema),
			validate('json', endPatrolBodySchema),
			async (c) => {
				const { id } = c.req.valid('param');
				const { ended_at } = c.req.valid('json');
				return c.json(await endPatrol(db, c.get('actor'), id, ended_at, nowLocal()));
			}
		);
}

/** The text fields of a check's form as the JSON body reads them (`items` comma-separated or repeated). */
function checkForm(form: FormData): z.infer<typeof recordCheckBodySchema> {
	const fields: Record<string, unknown> = {};
	const items: string[] = [];
	for (const [name, value] of form) {
		if (name === 'photos' || typeof value !== 'string') continue;
		if (name === 'items') items.push(...value.split(',').filter(Boolean));
		else fields[name] = value;
	}
	if (items.length) fields.items = items;
	for (const k of ['lng', 'lat'] as const) {
		const v = fields[k];
		if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
			fields[k] = Number(v);
	}
	return parseWith(recordCheckBodySchema, fields);
}

/**
 * `POST /api/frontage/{unitId}/checks`: a check from the phone, as JSON (photo ids) or as
 * multipart/form-data with `photos` files under photoFormBodyLimit().
 */
export function createFrontageCheckRoutes(
	db: Database,
	now: () => Date = () => new Date(),
	photosDir: string | null = null
) {
	const clock = async (c: Context) => ({
		nowLocal: formatLocalTime(now()),
		calendar: await loadCalendar(db),
		idempotencyKey: idempotencyKey(c)
	});
	return new Hono<AuthEnv>().post(
		'/:unitId/checks',
		validate('param', unitIdParamSchema),
		formRoute(async (c) => {
			const form = await c.req.formData();
			const unitId = c.req.param('unitId') ?? '';
			const opts = { ...(await clock(c)), photosDir: photoRoot(photosDir) };
			const out = await recordCheckWithPhotos(
				db,
				c.get('actor'),
				unitId,
				form,
				checkForm(form),
				opts
			);
			return c.json(out.body, out.status as 201);
		}),
		validate('json', recordCheckBodySchema),
		async (c) => {
			const { unitId } = c.req.valid('param');
			const out = await recordCheck(
				db,
				c.get('actor'),
				unitId,
				c.req.valid('json'),
				await clock(c)
			);
			return c.json(out.body, out.status as 201);
		}
	);
}
