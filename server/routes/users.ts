import { Hono } from 'hono';
import type { Database } from '../db/database';
import { listUsers } from '../services/users';
import type { AuthEnv } from './http/auth-env';

/** `GET /api/users`: the directory, phones masked unless the reader dispatches (issue 13 §6). */
export function createUserDirectoryRoutes(db: Database) {
	return new Hono<AuthEnv>().get('/', async (c) => c.json(await listUsers(db, c.get('actor'))));
}
