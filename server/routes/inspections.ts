import { Hono, type Context } from 'hono';
import {
	createDeductionItemBodySchema,
	createInspectionBodySchema,
	deductionItemCodeParamSchema,
	inspectionIdParamSchema,
	listInspectionsQuerySchema,
	suggestionsQuerySchema,
	updateDeductionItemBodySchema
} from '../contract/inspection-requests';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { BadRequestError } from '../errors';
import { loadCalendar } from '../services/case-calendar';
import {
	createDeductionItem,
	listDeductionItems,
	updateDeductionItem
} from '../services/deduction-items';
import { inspectionSuggestions } from '../services/inspection-suggestions';
import {
	createInspection,
	createInspectionWithPhotos,
	listInspections,
	readInspectionFor
} from '../services/inspections';
import type { AuthEnv } from './http/auth-env';
import { idempotencyKey } from './http/idempotency-key';
import { formRoute, photoRoot } from './http/photo-forms';
import { parseWith, validate } from './http/validation';

/** A phone's multipart inspection: the JSON body in the `body` field. */
function inspectionForm(form: FormData) {
	const raw = form.get('body');
	if (typeof raw !== 'string') {
		throw new BadRequestError('body must be the inspection as JSON text', { parameter: 'body' });
	}
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		throw new BadRequestError('body must be the inspection as JSON text', { parameter: 'body' });
	}
	return parseWith(createInspectionBodySchema, json);
}

/**
 * `/api/inspections` (issue 16 item 2, lane B): 环卫考核 inspections from the phone, as JSON
 * (photo ids) or multipart/form-data (`body` JSON, deduction photos `d0`, `d1` …) under
 * photoFormBodyLimit(); the office's list and detail; the phone's suggested sections.
 */
export function createInspectionRoutes(
	db: Database,
	now: () => Date = () => new Date(),
	photosDir: string | null = null
) {
	const clock = async (c: Context) => ({
		nowLocal: formatLocalTime(now()),
		calendar: await loadCalendar(db),
		idempotencyKey: idempotencyKey(c)
	});
	return new Hono<AuthEnv>()
		.post(
			'/',
			formRoute(async (c) => {
				const form = await c.req.formData();
				const opts = { ...(await clock(c)), photosDir: photoRoot(photosDir) };
				const out = await createInspectionWithPhotos(
					db,
					c.get('actor'),
					form,
					inspectionForm(form),
					opts
				);
				return c.json(out.body, out.status as 201);
			}),
			validate('json', createInspectionBodySchema),
			async (c) => {
				const out = await createInspection(db, c.get('actor'), c.req.valid('json'), await clock(c));
				return c.json(out.body, out.status as 201);
			}
		)
		.get('/', validate('query', listInspectionsQuerySchema), async (c) =>
			c.json(await listInspections(db, c.req.valid('query')))
		)
		.get('/suggestions', validate('query', suggestionsQuerySchema), async (c) =>
			c.json(await inspectionSuggestions(db, c.req.valid('query'), formatLocalTime(now())))
		)
		.get('/:id', validate('param', inspectionIdParamSchema), async (c) =>
			c.json(await readInspectionFor(db, c.req.valid('param').id))
		);
}

/** `/api/deduction-items`: the catalogue; every role reads it, the admin edits it. */
export function createDeductionItemRoutes(db: Database) {
	return new Hono<AuthEnv>()
		.get('/', async (c) => c.json(await listDeductionItems(db)))
		.post('/', validate('json', createDeductionItemBodySchema), async (c) =>
			c.json(await createDeductionItem(db, c.get('actor'), c.req.valid('json')), 201)
		)
		.put(
			'/:code',
			validate('param', deductionItemCodeParamSchema),
			validate('json', updateDeductionItemBodySchema),
			async (c) =>
				c.json(
					await updateDeductionItem(
						db,
						c.get('actor'),
						c.req.valid('param').code,
						c.req.valid('json')
					)
				)
		);
}
