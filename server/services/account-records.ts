import {
	maskPhone,
	PHONE_VISIBLE_ROLES,
	ROLES,
	type Me,
	type Role,
	type UserRecord
} from '../contract/accounts';
import type { Database, Transaction } from '../db/database';
import { buildUserQuery, SYNTHETIC_SQL, type UserRow } from '../queries/accounts';
import type { Actor } from './actor';

/** Where a request came from: its id (X-Request-Id) and the client's address. */
export interface RequestInfo {
	requestId: string;
	address: string | null;
}

/** A database or an open transaction: reads run on either. */
export type Reader = Pick<Transaction, 'query'>;

export async function findUser(db: Reader, username: string): Promise<UserRow | undefined> {
	const { sql, params } = buildUserQuery(username);
	const [row] = await db.query<UserRow & Record<string, unknown>>(sql, params);
	return row;
}

export function isRole(role: string): role is Role {
	return (ROLES as readonly string[]).includes(role);
}

/** The actor of a request made by a stored user; null for a disabled user or unknown role. */
export function actorOf(user: UserRow, request: RequestInfo, session?: string): Actor | null {
	if (user.disabled || !isRole(user.role)) return null;
	return {
		username: user.username,
		role: user.role,
		zones: user.zones,
		team: user.team,
		displayName: user.displayName,
		...request,
		...(session ? { session } : {})
	};
}

/** A user as listed: the phone in full for roles that dispatch, masked for the rest (issue 13 §6). */
export function toUserRecord(user: UserRow, viewer: Role | 'system'): UserRecord {
	const fullPhone = viewer === 'system' || PHONE_VISIBLE_ROLES.includes(viewer);
	return {
		username: user.username,
		displayName: user.displayName,
		role: user.role as Role,
		zones: [...user.zones],
		team: user.team,
		phone: user.phone === null ? null : fullPhone ? user.phone : maskPhone(user.phone),
		superior: user.superior ?? null,
		disabled: user.disabled,
		createdAt: user.createdAt,
		lastLoginAt: user.lastLoginAt
	};
}

export function toMe(actor: Actor, demo: boolean): Me {
	return {
		username: actor.username,
		role: actor.role,
		zones: [...actor.zones],
		displayName: actor.displayName,
		team: actor.team,
		demo
	};
}

/** Whether the data set is the synthetic demo (dataset_meta.synthetic = 'true'). */
export async function isSyntheticDataset(db: Database): Promise<boolean> {
	const rows = await db.query<{ value: string }>(SYNTHETIC_SQL);
	return rows[0]?.value === 'true';
}
