import { createApp, type AppOptions } from '../../server/app';
import type { Role } from '../../server/contract/accounts';
import type { Database } from '../../server/db/database';
import { hashSecret, newSecret } from '../../server/domain/accounts/secrets';

export interface TestUser {
	role?: Role;
	zones?: string[];
	team?: string | null;
	username?: string;
}

/**
 * The real app, with every request signed in as a test user by an access token (Bearer), so
 * API tests go through authentication and the permission table like any client. The user and
 * token are written on the first request. A request that sets its own `authorization` keeps it.
 */
export function createTestApp(options: AppOptions, user: TestUser = {}) {
	const app = createApp(options);
	let token: Promise<string> | undefined;
	const signIn = () => (token ??= seedTestUser(options.db, user));
	const request = async (input: string | URL | Request, init: RequestInit = {}) => {
		const secret = await signIn();
		const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : {}));
		if (!headers.has('authorization')) headers.set('authorization', `Bearer ${secret}`);
		return app.request(input, { ...init, headers });
	};
	return { request, hono: app, token: signIn };
}

export type TestApp = ReturnType<typeof createTestApp>;

async function seedTestUser(db: Database, user: TestUser): Promise<string> {
	const role = user.role ?? 'admin';
	const username = user.username ?? `test-${role}`;
	const secret = newSecret();
	await db.transaction(async (tx) => {
		await tx.run(
			`INSERT INTO users (username, display_name, role, zones, team_id, phone, password_hash, disabled, created_at, updated_at)
			 SELECT $username, $username, $role, from_json($zones, '["VARCHAR"]'), $team, NULL, '!', false, now()::TIMESTAMP, now()::TIMESTAMP
			 WHERE NOT EXISTS (SELECT 1 FROM users WHERE username = $username)`,
			{ username, role, zones: JSON.stringify(user.zones ?? []), team: user.team ?? null }
		);
		await tx.run(
			`INSERT INTO api_tokens (id, username, name, token_hash, created_at)
			 VALUES ($id, $username, 'test', $hash, now()::TIMESTAMP)`,
			{ id: crypto.randomUUID(), username, hash: hashSecret(secret) }
		);
	});
	return secret;
}
