import { Hono } from 'hono';
import {
	coverageQuerySchema,
	scorecardQuerySchema,
	volunteerActivityBodySchema,
	volunteerActivityFormFields,
	volunteerListQuerySchema
} from '../contract/patrol-report-requests';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { loadCoverage } from '../services/patrol-coverage';
import { loadScorecards } from '../services/scorecards';
import {
	createVolunteerActivity,
	createVolunteerActivityWithPhotos,
	listVolunteerActivities
} from '../services/volunteer-activities';
import type { AuthEnv } from './http/auth-env';
import { formRoute, photoRoot } from './http/photo-forms';
import { parseWith, validate } from './http/validation';

const today = (now: () => Date) => formatLocalTime(now()).slice(0, 10);

/** Patrol coverage per grid for a day or week (issue 15 item 4). */
export function createPatrolCoverageRoutes(db: Database, now: () => Date) {
	return new Hono<AuthEnv>().get('/coverage', validate('query', coverageQuerySchema), async (c) => {
		const { period, date } = c.req.valid('query');
		return c.json(await loadCoverage(db, c.get('actor'), period, date ?? today(now), now()));
	});
}

/** The month's scorecards and 公示 figures (issue 15 item 6). */
export function createScorecardRoutes(db: Database, now: () => Date) {
	return new Hono<AuthEnv>().get('/', validate('query', scorecardQuerySchema), async (c) => {
		const month = c.req.valid('query').month ?? today(now).slice(0, 7);
		return c.json(await loadScorecards(db, month, now()));
	});
}

/**
 * Volunteer clean-ups and spraying (issue 15 item 5); the list defaults to the last 90 days.
 * An activity is logged as JSON (no photos) or as multipart/form-data with `photos` files
 * under photoFormBodyLimit(), as a frontage check is.
 */
export function createVolunteerRoutes(
	db: Database,
	now: () => Date,
	photosDir: string | null = null
) {
	return new Hono<AuthEnv>()
		.get('/', validate('query', volunteerListQuerySchema), async (c) => {
			const q = c.req.valid('query');
			const to = q.to ?? today(now);
			const from =
				q.from ??
				new Date(Date.parse(`${to}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10);
			return c.json(await listVolunteerActivities(db, c.get('actor'), from, to));
		})
		.post(
			'/',
			formRoute(async (c) => {
				const form = await c.req.formData();
				const body = parseWith(volunteerActivityBodySchema, volunteerActivityFormFields(form));
				const view = await createVolunteerActivityWithPhotos(
					db,
					c.get('actor'),
					body,
					form,
					photoRoot(photosDir)
				);
				return c.json(view, 201);
			}),
			validate('json', volunteerActivityBodySchema),
			async (c) =>
				c.json(await createVolunteerActivity(db, c.get('actor'), c.req.valid('json')), 201)
		);
}
