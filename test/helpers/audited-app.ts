import { Hono } from 'hono';
import type { AppOptions } from '../../server/app';
import type { Database } from '../../server/db/database';
import type { AuthEnv } from '../../server/routes/http/auth-env';
import { createTestApp, type TestApp, type TestUser } from './signed-in-app';

/** The header the audited app answers with: the request id its audit row must carry. */
export const REQUEST_ID_HEADER = 'x-test-request-id';

/**
 * createTestApp, wrapped so every answer names the request id authentication gave it: the
 * server does not expose it, but a test must see that the audit row carries this request's id.
 * Mounting the app in an outer Hono shares one context, so the outer middleware reads the actor.
 */
export function createAuditedApp(options: AppOptions, user: TestUser = {}): TestApp {
	const signed = createTestApp(options, user);
	const outer = new Hono<AuthEnv>()
		.use(async (c, next) => {
			await next();
			const actor = c.get('actor');
			if (actor) c.res.headers.set(REQUEST_ID_HEADER, actor.requestId);
		})
		.route('/', signed.hono);
	const request = async (input: string | URL | Request, init: RequestInit = {}) => {
		const headers = new Headers(init.headers ?? {});
		headers.set('authorization', `Bearer ${await signed.token()}`);
		return outer.request(input, { ...init, headers });
	};
	return { ...signed, request };
}

export interface StoredAuditRow {
	id: number;
	username: string;
	role: string;
	action: string;
	entity: string;
	entity_id: string | null;
	before: unknown;
	after: unknown;
	request_id: string;
	address: string | null;
}

/** Every audit row, oldest first, with before and after parsed. */
export async function readAuditLog(db: Database): Promise<StoredAuditRow[]> {
	const rows = await db.query<StoredAuditRow & Record<string, unknown>>(
		`SELECT id, username, role, action, entity, entity_id, before, after, request_id, address
		 FROM audit_log ORDER BY id`
	);
	return rows.map((r) => ({
		...r,
		before: r.before === null ? null : JSON.parse(r.before as string),
		after: r.after === null ? null : JSON.parse(r.after as string)
	}));
}
