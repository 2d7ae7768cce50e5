import { Hono } from 'hono';
import { markReadBodySchema } from '../contract/notification-requests';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { listNotifications, markNotificationsRead } from '../services/notifications';
import type { AuthEnv } from './http/auth-env';
import { validate } from './http/validation';

/** `/api/notifications`: the signed-in user's 督办 notices (every role, own inbox only). */
export function createNotificationRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono<AuthEnv>()
		.get('/', async (c) => c.json(await listNotifications(db, c.get('actor'))))
		.post('/read', validate('json', markReadBodySchema), async (c) =>
			c.json(
				await markNotificationsRead(db, c.get('actor'), c.req.valid('json'), formatLocalTime(now()))
			)
		);
}
