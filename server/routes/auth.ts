import { Hono } from 'hono';
import type { AuthStatus } from '../contract/accounts';
import {
	demoLoginBodySchema,
	loginBodySchema,
	setupBodySchema
} from '../contract/account-requests';
import type { Database } from '../db/database';
import { isSyntheticDataset } from '../services/account-records';
import type { AuthState } from '../services/auth-state';
import { setUpFirstAdmin } from '../services/own-account';
import { signIn, signInDemo, signOut } from '../services/sign-in';
import { countUsers } from '../services/users';
import type { AuthEnv } from './http/auth-env';
import { clearSessionCookie, setSessionCookie, signInRequest } from './http/session-cookie';
import { validate } from './http/validation';

/** `/api/auth`, the anonymous part: status, sign-in, sign-out, demo sign-in, first setup. */
export function createAuthRoutes(db: Database, auth: AuthState) {
	return new Hono<AuthEnv>()
		.get('/status', async (c) => {
			const [demo, users] = await Promise.all([isSyntheticDataset(db), countUsers(db)]);
			return c.json<AuthStatus>({ demo, needsSetup: users === 0 });
		})
		.post('/login', validate('json', loginBodySchema), async (c) => {
			const signedIn = await signIn(db, auth, c.req.valid('json'), signInRequest(c));
			setSessionCookie(c, auth, signedIn.session);
			return c.json(signedIn.me);
		})
		.post('/logout', async (c) => {
			await signOut(db, c.get('via') === 'cookie' ? c.get('actor') : undefined);
			clearSessionCookie(c, auth);
			return c.body(null, 204);
		})
		.post('/demo', validate('json', demoLoginBodySchema), async (c) => {
			const role = c.req.valid('json').role;
			const signedIn = await signInDemo(db, auth, role, signInRequest(c));
			setSessionCookie(c, auth, signedIn.session);
			return c.json(signedIn.me);
		})
		.post('/setup', validate('json', setupBodySchema), async (c) => {
			const signedIn = await setUpFirstAdmin(db, auth, c.req.valid('json'), signInRequest(c));
			setSessionCookie(c, auth, signedIn.session);
			return c.json(signedIn.me, 201);
		});
}
