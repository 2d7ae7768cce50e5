import type { UserList, UserRecord } from '../contract/accounts';
import { quoteValue } from '../contract/quote';
import type { Database, Transaction } from '../db/database';
import { hashPassword } from '../domain/accounts/passwords';
import { BadRequestError, ConflictError, NotFoundError } from '../errors';
import {
	buildInsertUserQuery,
	buildOtherAdminsQuery,
	buildUpdateUserQuery,
	USER_COUNT_SQL,
	USERS_SQL,
	type NewUser,
	type UserRow
} from '../queries/accounts';
import { findUser, toUserRecord, type Reader } from './account-records';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import type { AuthState } from './auth-state';
import { endUserSessions } from './sessions';

export interface UserFields {
	username: string;
	displayName: string;
	role: NewUser['role'];
	zones: readonly string[];
	team: string | null;
	phone: string | null;
	superior?: string | null;
}

/** The directory (`GET /api/users`) or the admin list: phones masked unless the viewer dispatches. */
export async function listUsers(db: Database, viewer: Actor): Promise<UserList> {
	const rows = await db.query<UserRow & Record<string, unknown>>(USERS_SQL);
	return { users: rows.map((u) => toUserRecord(u, viewer.role)) };
}

export async function countUsers(db: Reader): Promise<number> {
	const [row] = await db.query<{ n: number }>(USER_COUNT_SQL);
	return row.n;
}

/**
 * Adds a user (409 when the name is taken) with a password hash, or the unusable marker
 * given as `passwordHash` (demo users); audited as `user.create`.
 */
export async function insertUser(
	tx: Transaction,
	actor: Actor,
	fields: UserFields,
	passwordHash: string,
	at: string
): Promise<UserRecord> {
	if (await findUser(tx, fields.username))
		throw new ConflictError(`user ${quoteValue(fields.username)} exists already`);
	await checkSuperior(tx, fields.username, fields.superior ?? null);
	const insert = buildInsertUserQuery({ ...fields, passwordHash }, at);
	await tx.run(insert.sql, insert.params);
	const after = { ...fields, zones: [...fields.zones], disabled: false };
	await recordAudit(tx, actor, {
		action: 'user.create',
		entity: 'user',
		entityId: fields.username,
		after
	});
	return toUserRecord((await findUser(tx, fields.username))!, 'system');
}

export async function createUser(
	db: Database,
	auth: AuthState,
	actor: Actor,
	fields: UserFields & { password: string }
): Promise<UserRecord> {
	const { password, ...profile } = fields;
	const hash = await hashPassword(password);
	return db.transaction((tx) => insertUser(tx, actor, profile, hash, auth.local()));
}

export type UserPatch = Partial<Omit<UserFields, 'username'> & { disabled: boolean }>;

/**
 * Changes a user's profile, role or state; 404 for an unknown user, 409 when it would leave no
 * active admin. Disabling ends the user's sessions. Audited as `user.update`.
 */
export async function updateUser(
	db: Database,
	auth: AuthState,
	actor: Actor,
	username: string,
	patch: UserPatch
): Promise<UserRecord> {
	const record = await db.transaction(async (tx) => {
		const before = await requireUser(tx, username);
		const after: UserRow = { ...before, ...patch, zones: [...(patch.zones ?? before.zones)] };
		if (patch.superior !== undefined) await checkSuperior(tx, username, patch.superior);
		const stillAdmin = after.role === 'admin' && !after.disabled;
		if (before.role === 'admin' && !before.disabled && !stillAdmin) await keepAnAdmin(tx, username);
		const update = buildUpdateUserQuery(after, auth.local());
		await tx.run(update.sql, update.params);
		if (after.disabled) await endUserSessions(tx, username);
		await recordAudit(tx, actor, {
			action: 'user.update',
			entity: 'user',
			entityId: username,
			before: toUserRecord(before, 'system'),
			after: toUserRecord(after, 'system')
		});
		return toUserRecord(after, actor.role);
	});
	if (patch.disabled) auth.credentials.forget(username);
	return record;
}

/** Sets a new password for a user (an admin's reset, or their own change) and ends sessions. */
export async function setPassword(
	db: Database,
	auth: AuthState,
	actor: Actor,
	username: string,
	password: string,
	action: 'user.password_reset' | 'user.password_change'
): Promise<void> {
	const hash = await hashPassword(password);
	await db.transaction(async (tx) => {
		const user = await requireUser(tx, username);
		const update = buildUpdateUserQuery({ ...user, passwordHash: hash }, auth.local());
		await tx.run(update.sql, update.params);
		const keep = action === 'user.password_change' ? (actor.session ?? null) : null;
		await endUserSessions(tx, username, keep);
		await recordAudit(tx, actor, { action, entity: 'user', entityId: username });
	});
	auth.credentials.forget(username);
}

async function requireUser(tx: Transaction, username: string): Promise<UserRow> {
	const user = await findUser(tx, username);
	if (!user) throw new NotFoundError(`no user ${quoteValue(username)}`);
	return user;
}

async function keepAnAdmin(tx: Transaction, username: string): Promise<void> {
	const { sql, params } = buildOtherAdminsQuery(username);
	const [row] = await tx.query<{ n: number }>(sql, params);
	if (row.n === 0)
		throw new ConflictError(
			`${quoteValue(username)} is the last active admin; make another admin first`,
			'last_admin'
		);
}

/**
 * A superior (上级) must be another existing user, and following superiors from it must not come
 * back to this user (a loop would tell no one above). 400 in words the admin page shows.
 */
async function checkSuperior(tx: Transaction, username: string, superior: string | null) {
	if (superior === null) return;
	const refuse = (message: string) =>
		new BadRequestError(`superior: ${message}`, {
			issues: [{ parameter: 'superior', message }]
		});
	if (superior === username) throw refuse('a user cannot be their own superior');
	let next: string | null = superior;
	const seen = new Set<string>([username]);
	while (next !== null) {
		const user = await findUser(tx, next);
		if (!user) throw refuse(`no user ${quoteValue(next)}`);
		next = user.superior;
		if (next !== null && seen.has(next)) {
			throw refuse(`${quoteValue(superior)} is already below ${quoteValue(username)}`);
		}
		if (next !== null) seen.add(next);
	}
}
