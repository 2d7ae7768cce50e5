import { Hono } from 'hono';
import { changePasswordBodySchema, createTokenBodySchema } from '../contract/account-requests';
import type { Database } from '../db/database';
import { isSyntheticDataset, toMe } from '../services/account-records';
import type { AuthState } from '../services/auth-state';
import { changeOwnPassword } from '../services/own-account';
import { createToken, listTokens, revokeToken } from '../services/tokens';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

/** `/api/auth`, the signed-in user's own account: who am I, password, access tokens. */
export function createOwnAccountRoutes(db: Database, auth: AuthState) {
	return new Hono<AuthEnv>()
		.get('/me', async (c) => c.json(toMe(c.get('actor'), await isSyntheticDataset(db))))
		.post('/password', validate('json', changePasswordBodySchema), async (c) => {
			const { current, next } = c.req.valid('json');
			await changeOwnPassword(db, auth, c.get('actor'), current, next);
			return c.body(null, 204);
		})
		.get('/tokens', async (c) => c.json(await listTokens(db, c.get('actor').username)))
		.post('/tokens', validate('json', createTokenBodySchema), async (c) =>
			c.json(await createToken(db, auth, c.get('actor'), c.req.valid('json').name), 201)
		)
		.delete('/tokens/:id', async (c) => {
			const actor = c.get('actor');
			await revokeToken(db, auth, actor, c.req.param('id'), actor.username);
			return c.body(null, 204);
		});
}
