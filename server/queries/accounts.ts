import type { SqlQuery } from './layers';

/** Local time text as every accounts row returns it (design.md §3 Times). */
const T = (column: string, as: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S') AS "${as}"`;

/** A user row as the services read it; `passwordHash` never leaves services/. */
export interface UserRow {
	username: string;
	displayName: string;
	role: string;
	zones: string[];
	team: string | null;
	phone: string | null;
	/** 上级: the username told when this user's cases are overdue or escalated; null if unset. */
	superior: string | null;
	passwordHash: string;
	disabled: boolean;
	createdAt: string;
	lastLoginAt: string | null;
}

const USER_COLUMNS = `username, display_name AS "displayName", role, zones, team_id AS team, phone, superior,
	password_hash AS "passwordHash", disabled, ${T('created_at', 'createdAt')},
	${T('last_login_at', 'lastLoginAt')}`;

export const USERS_SQL = `SELECT ${USER_COLUMNS} FROM users ORDER BY username`;

export function buildUserQuery(username: string): SqlQuery {
	return {
		sql: `SELECT ${USER_COLUMNS} FROM users WHERE username = $username`,
		params: { username }
	};
}

export const USER_COUNT_SQL = 'SELECT count(*) AS n FROM users';

/** Active admins other than `username`, to keep the last one from being demoted or disabled. */
export function buildOtherAdminsQuery(username: string): SqlQuery {
	return {
		sql: `SELECT count(*) AS n FROM users WHERE role = 'admin' AND NOT disabled AND username <> $username`,
		params: { username }
	};
}

export interface NewUser {
	username: string;
	displayName: string;
	role: string;
	zones: readonly string[];
	team: string | null;
	phone: string | null;
	superior?: string | null;
	passwordHash: string;
}

export function buildInsertUserQuery(u: NewUser, at: string): SqlQuery {
	return {
		sql: `INSERT INTO users (username, display_name, role, zones, team_id, phone, superior, password_hash, disabled,
			created_at, updated_at) VALUES ($username, $displayName, $role, from_json($zones, '["VARCHAR"]'),
			$team, $phone, $superior, $hash, false, CAST($at AS TIMESTAMP), CAST($at AS TIMESTAMP))`,
		params: { ...userParams(u), at }
	};
}

function userParams(u: NewUser) {
	const { username, displayName, role, team, phone } = u;
	return {
		username,
		displayName,
		role,
		team,
		phone,
		superior: u.superior ?? null,
		zones: JSON.stringify(u.zones),
		hash: u.passwordHash
	};
}

/** Writes every profile field of a user (the service merges the patch first). */
export function buildUpdateUserQuery(
	u: Omit<UserRow, 'createdAt' | 'lastLoginAt'>,
	at: string
): SqlQuery {
	return {
		sql: `UPDATE users SET display_name = $displayName, role = $role, zones = from_json($zones, '["VARCHAR"]'),
			team_id = $team, phone = $phone, superior = $superior, disabled = $disabled, password_hash = $hash,
			updated_at = CAST($at AS TIMESTAMP) WHERE username = $username`,
		params: { ...userParams(u), disabled: u.disabled, at }
	};
}

export function buildLastLoginQuery(username: string, at: string): SqlQuery {
	return {
		sql: 'UPDATE users SET last_login_at = CAST($at AS TIMESTAMP) WHERE username = $username',
		params: { username, at }
	};
}

/** 'true' when the data set is the synthetic demo town. */
export const SYNTHETIC_SQL = `SELECT value FROM dataset_meta WHERE key = 'synthetic'`;
