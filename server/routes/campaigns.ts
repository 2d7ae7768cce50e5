import { Hono } from 'hono';
import { campaignBodySchema } from '../contract/periods';
import type { Database } from '../db/database';
import { createCampaign, updateCampaign } from '../services/campaigns';
import {
	campaignPhaseBodySchema,
	campaignTargetsBodySchema,
	campaignTargetsPatchSchema
} from '../contract/campaign-plans';
import {
	addCampaignTargets,
	createPhase,
	deletePhase,
	listCampaignSummaries,
	loadCampaignDetail,
	patchCampaignTargets,
	updatePhase
} from '../services/campaign-plans';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

/**
 * Campaigns: named windows (compare periods, spray effect) that are also plans (issue 17):
 * pests, phases, the targets they cover and how many are treated.
 */
export function createCampaignRoutes(db: Database) {
	return new Hono<AuthEnv>()
		.get('/', async (c) => c.json({ campaigns: await listCampaignSummaries(db) }))
		.get('/:id', async (c) => c.json(await loadCampaignDetail(db, c.req.param('id'))))
		.post('/', validate('json', campaignBodySchema), async (c) =>
			c.json(await createCampaign(db, c.get('actor'), c.req.valid('json')), 201)
		)
		.put('/:id', validate('json', campaignBodySchema), async (c) => {
			const { name, from, to, pests } = c.req.valid('json');
			return c.json(
				await updateCampaign(db, c.get('actor'), { id: c.req.param('id'), name, from, to }, pests)
			);
		})
		.post('/:id/phases', validate('json', campaignPhaseBodySchema), async (c) =>
			c.json(await createPhase(db, c.get('actor'), c.req.param('id'), c.req.valid('json')), 201)
		)
		.put('/:id/phases/:phaseId', validate('json', campaignPhaseBodySchema), async (c) =>
			c.json(
				await updatePhase(
					db,
					c.get('actor'),
					c.req.param('id'),
					c.req.param('phaseId'),
					c.req.valid('json')
				)
			)
		)
		.delete('/:id/phases/:phaseId', async (c) =>
			c.json(await deletePhase(db, c.get('actor'), c.req.param('id'), c.req.param('phaseId')))
		)
		.post('/:id/targets', validate('json', campaignTargetsBodySchema), async (c) =>
			c.json(
				await addCampaignTargets(db, c.get('actor'), c.req.param('id'), c.req.valid('json')),
				201
			)
		)
		.patch('/:id/targets', validate('json', campaignTargetsPatchSchema), async (c) =>
			c.json(await patchCampaignTargets(db, c.get('actor'), c.req.param('id'), c.req.valid('json')))
		);
}
