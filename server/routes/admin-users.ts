import { Hono } from 'hono';
import {
	createUserBodySchema,
	resetPasswordBodySchema,
	updateUserBodySchema
} from '../contract/account-requests';
import type { Database } from '../db/database';
import type { AuthState } from '../services/auth-state';
import { listTokens, revokeToken } from '../services/tokens';
import { createUser, listUsers, setPassword, updateUser } from '../services/users';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

/** `/api/admin`: users and everyone's access tokens (the admin role only, by the table). */
export function createAdminUserRoutes(db: Database, auth: AuthState) {
	return new Hono<AuthEnv>()
		.get('/users', async (c) => c.json(await listUsers(db, c.get('actor'))))
		.post('/users', validate('json', createUserBodySchema), async (c) =>
			c.json(await createUser(db, auth, c.get('actor'), c.req.valid('json')), 201)
		)
		.patch('/users/:username', validate('json', updateUserBodySchema), async (c) => {
			const { username } = c.req.param();
			return c.json(await updateUser(db, auth, c.get('actor'), username, c.req.valid('json')));
		})
		.post('/users/:username/password', validate('json', resetPasswordBodySchema), async (c) => {
			const { password } = c.req.valid('json');
			const username = c.req.param('username');
			await setPassword(db, auth, c.get('actor'), username, password, 'user.password_reset');
			return c.body(null, 204);
		})
		.get('/tokens', async (c) => c.json(await listTokens(db, null)))
		.delete('/tokens/:id', async (c) => {
			await revokeToken(db, auth, c.get('actor'), c.req.param('id'), null);
			return c.body(null, 204);
		});
}
