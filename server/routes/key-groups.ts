import { Hono } from 'hono';
import {
	createKeyGroupBodySchema,
	keyGroupIdParamSchema,
	updateKeyGroupBodySchema
} from '../contract/key-group-requests';
import type { Database } from '../db/database';
import {
	createKeyGroup,
	deleteKeyGroup,
	listKeyGroups,
	updateKeyGroup
} from '../services/key-groups';
import type { AuthEnv } from './http/auth-env';
import { langOf } from './http/request-lang';
import { validate } from './http/validation';

/**
 * `/api/key-groups` (issue 16 item 1, lane A): everyone signed in reads the groups (the map's
 * highlight, the ranking tabs); the admin creates, renames, re-members and deletes them.
 */
export function createKeyGroupRoutes(db: Database) {
	return new Hono<AuthEnv>()
		.get('/', async (c) => c.json(await listKeyGroups(db)))
		.post('/', validate('json', createKeyGroupBodySchema), async (c) =>
			c.json(await createKeyGroup(db, c.get('actor'), c.req.valid('json'), langOf(c)), 201)
		)
		.put(
			'/:id',
			validate('param', keyGroupIdParamSchema),
			validate('json', updateKeyGroupBodySchema),
			async (c) =>
				c.json(
					await updateKeyGroup(
						db,
						c.get('actor'),
						c.req.valid('param').id,
						c.req.valid('json'),
						langOf(c)
					)
				)
		)
		.delete('/:id', validate('param', keyGroupIdParamSchema), async (c) =>
			c.json(await deleteKeyGroup(db, c.get('actor'), c.req.valid('param').id, langOf(c)))
		);
}
