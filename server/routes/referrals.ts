import { Hono } from 'hono';
import { z } from 'zod';
import { idField } from '../contract/fields';
import type { Database } from '../db/database';
import { readReferralSheet } from '../services/referrals';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

const referralParamSchema = z.strictObject({ caseId: idField('caseId', 'a case id') });

/**
 * `GET /api/referrals/{caseId}` (issue 15 item 3): the 移交单 of a case referred to the
 * 城管执法大队, as the printed sheet shows it. The referral itself and the brigade's outcome
 * are case actions (`refer`, `record_outcome`) of `POST /api/cases/{id}/actions`.
 */
export function createReferralRoutes(db: Database) {
	return new Hono<AuthEnv>().get('/:caseId', validate('param', referralParamSchema), async (c) =>
		c.json(await readReferralSheet(db, c.get('actor'), c.req.valid('param').caseId))
	);
}
