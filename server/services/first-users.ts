import type { Database } from '../db/database';
import { newSecret } from '../domain/accounts/secrets';
import { findUser } from './account-records';
import { systemActor } from './actor';
import { AuthState } from './auth-state';
import { countUsers, createUser } from './users';

/**
 * SANIMAP_ADMIN=name:password (design.md §3 Accounts): creates that admin when no user of that
 * name exists (an existing one keeps its password). Returns whether it was created.
 */
export async function ensureEnvAdmin(
	db: Database,
	admin: { username: string; password: string }
): Promise<boolean> {
	if (await findUser(db, admin.username)) return false;
	const fields = { ...admin, displayName: admin.username, role: 'admin' as const };
	await createUser(db, new AuthState(), systemActor('SANIMAP_ADMIN'), {
		...fields,
		zones: [],
		team: null,
		phone: null
	});
	return true;
}

/** A one-time setup token while no user exists (the link printed at start), else null. */
export async function setupTokenIfEmpty(db: Database): Promise<string | null> {
	return (await countUsers(db)) === 0 ? newSecret() : null;
}
