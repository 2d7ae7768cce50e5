import { Hono } from 'hono';
import {
	patchSurveyMethodSchema,
	putSampleMinimumsSchema,
	putThresholdsSchema
} from '../contract/catalogues';
import type { Database } from '../db/database';
import {
	loadSampleMinimums,
	loadThresholds,
	patchSurveyMethod,
	saveSampleMinimums,
	saveThresholds
} from '../services/catalogues';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

/** Editing the catalogues: thresholds by edition, and method labels. Each write is one transaction. */
export function createCatalogueRoutes(db: Database) {
	return (
		new Hono<AuthEnv>()
			.get('/thresholds', async (c) => c.json({ rows: await loadThresholds(db) }))
			.put('/thresholds', validate('json', putThresholdsSchema), async (c) =>
				c.json({ rows: await saveThresholds(db, c.get('actor'), c.req.valid('json').rows) })
			)
			// Issue 17: sample minimums per method (town and unit).
			.get('/sample-minimums', async (c) => c.json({ rows: await loadSampleMinimums(db) }))
			.put('/sample-minimums', validate('json', putSampleMinimumsSchema), async (c) =>
				c.json({
					rows: await saveSampleMinimums(db, c.get('actor'), c.req.valid('json').rows)
				})
			)
			.patch('/survey-methods/:code', validate('json', patchSurveyMethodSchema), async (c) => {
				await patchSurveyMethod(db, c.get('actor'), c.req.param('code'), c.req.valid('json'));
				return c.json({ ok: true });
			})
	);
}
