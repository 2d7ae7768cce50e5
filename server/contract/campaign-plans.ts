/**
 * Campaigns as plans (issue 17 part 6): pests, phases and the targets a campaign covers.
 * Request schemas here; the zod-free response shapes are in campaign-plan-results.ts.
 */
import { z } from 'zod';
import { isoDate } from './dates';
import { idField, isOrderedWindow, nameField, UNORDERED_WINDOW } from './fields';
import { PESTS } from './records';
import { TARGET_SOURCES } from './spray-plan-results';
import { MAX_CAMPAIGN_TARGET_IDS } from './campaign-plan-results';

const pests = z
	.array(z.enum(PESTS, { message: `pests[] must be one of ${PESTS.join(', ')}` }))
	.max(PESTS.length, `at most ${PESTS.length} pests`);

/** `POST /api/campaigns/:id/phases`, `PUT /api/campaigns/:id/phases/:phaseId`. */
export const campaignPhaseBodySchema = z
	.strictObject({ name: nameField('name'), from: isoDate('from'), to: isoDate('to') })
	.refine(isOrderedWindow, UNORDERED_WINDOW);

/** The pests a campaign is against, when set with `POST`/`PUT /api/campaigns`. */
export const campaignPestsField = pests.optional();

/**
 * `POST /api/campaigns/:id/targets`: add every stop one target source offers (as
 * `GET /api/routes/targets` lists them), optionally only in one community, to one phase,
 * assigned to one team. Stops already in the campaign are left as they are.
 */
export const campaignTargetsBodySchema = z.strictObject({
	source: z.enum(TARGET_SOURCES, { message: `source must be one of ${TARGET_SOURCES.join(', ')}` }),
	zone: idField('zone', 'a community id').optional(),
	pest: z.enum(PESTS, { message: `pest must be one of ${PESTS.join(', ')}` }).optional(),
	level: z.enum(['FAIL', 'C'], { message: 'level must be FAIL or C' }).default('FAIL'),
	phase: idField('phase', 'a phase id').nullable().default(null),
	team: idField('team', 'a team id').nullable().default(null)
});

/** `PATCH /api/campaigns/:id/targets`: give targets a team and/or phase, or take them out. */
export const campaignTargetsPatchSchema = z
	.strictObject({
		ids: z
			.array(idField('ids[]', 'a target id'))
			.min(1, 'ids must name at least one target')
			.max(MAX_CAMPAIGN_TARGET_IDS, `at most ${MAX_CAMPAIGN_TARGET_IDS} ids`),
		team: idField('team', 'a team id').nullable().optional(),
		phase: idField('phase', 'a phase id').nullable().optional(),
		remove: z.boolean({ message: 'remove must be true or false' }).optional()
	})
	.refine((b) => b.remove || b.team !== undefined || b.phase !== undefined, {
		message: 'say team, phase or remove'
	});
