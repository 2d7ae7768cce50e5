import { Hono } from 'hono';
import { campaignBodySchema } from '../contract/periods';
import type { Database } from '../db/database';
import { createCampaign, loadCampaigns, updateCampaign } from '../services/campaigns';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

/** Named campaign windows: list, add, edit (a clerk fixes the dates of 春季除四害). */
export function createCampaignRoutes(db: Database) {
	return new Hono<AuthEnv>()
		.get('/', async (c) => c.json({ campaigns: await loadCampaigns(db) }))
		.post('/', validate('json', campaignBodySchema), async (c) =>
			c.json(await createCampaign(db, c.get('actor'), c.req.valid('json')), 201)
		)
		.put('/:id', validate('json', campaignBodySchema), async (c) => {
			const { name, from, to } = c.req.valid('json');
			return c.json(
				await updateCampaign(db, c.get('actor'), { id: c.req.param('id'), name, from, to })
			);
		});
}
