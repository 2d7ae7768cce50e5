/**
 * Accounts contract (design.md §3 "Accounts"): roles, who is signed in, and the records the
 * admin pages read. Zod-free, so the web may import its values.
 */

/** The seven roles, in the order the admin pages list them. */
export const ROLES = [
	'admin',
	'planner',
	'grid',
	'patrol',
	'sprayer',
	'inspector',
	'leader'
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose reads and writes stay inside the user's zones (town, communities, grids). */
export const AREA_BOUND_ROLES: readonly Role[] = ['grid', 'patrol', 'sprayer'];

/** Roles that dispatch or manage people, and so see their phone numbers in full. */
export const PHONE_VISIBLE_ROLES: readonly Role[] = ['admin', 'planner'];

/** `GET /api/auth/me`. */
export interface Me {
	username: string;
	role: Role;
	/** Zone ids bounding an area-bound role; empty means the whole town. */
	zones: string[];
	displayName: string;
	/** The spraying team a sprayer belongs to (teams.id), else null. */
	team: string | null;
	/** True on a synthetic demo database: the UI says so and offers the demo roles. */
	demo: boolean;
}

/** `GET /api/auth/status`: what the login page needs before anyone is signed in. */
export interface AuthStatus {
	/** A synthetic demo: one-click sign-in as `demo-<role>` is offered. */
	demo: boolean;
	/** No user exists yet: the first admin is created through the setup link printed at start. */
	needsSetup: boolean;
}

/** A user as the admin page lists it (never the password hash). */
export interface UserRecord {
	username: string;
	displayName: string;
	role: Role;
	zones: string[];
	team: string | null;
	/** Full to PHONE_VISIBLE_ROLES, masked (138****1234) to others; null when unknown. */
	phone: string | null;
	/**
	 * 上级 (督办, issue 14): the username told when this user's cases are overdue or escalated;
	 * null when unset (then the planners covering the case's zone are told). Added field.
	 */
	superior: string | null;
	disabled: boolean;
	createdAt: string;
	lastLoginAt: string | null;
}

/** A personal access token as listed (the secret itself is shown once, at creation). */
export interface TokenRecord {
	id: string;
	username: string;
	name: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

/** `POST /api/auth/tokens` -> the token, secret included this once. */
export interface CreatedToken extends TokenRecord {
	token: string;
}

/** One audit-log row (append-only; no API edits or deletes it). */
export interface AuditRecord {
	id: number;
	at: string;
	username: string;
	role: string;
	action: string;
	entity: string;
	entityId: string | null;
	before: unknown;
	after: unknown;
	requestId: string;
	address: string | null;
}

/** `GET /api/admin/audit` */
export interface AuditPage {
	rows: AuditRecord[];
	total: number;
}

/** Masks a phone number for roles that do not dispatch: 13812341234 -> 138****1234. */
export function maskPhone(phone: string): string {
	const digits = phone.replace(/\s+/g, '');
	if (digits.length < 7) return '*'.repeat(digits.length);
	return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** `GET /api/users`, `GET /api/admin/users` */
export interface UserList {
	users: UserRecord[];
}

/** `GET /api/auth/tokens`, `GET /api/admin/tokens` */
export interface TokenList {
	tokens: TokenRecord[];
}

/** Shortest password an account may have (OWASP ASVS 2.1.1 asks for at least 8; we ask 10). */
export const MIN_PASSWORD_CHARS = 10;
/** Longest password accepted: scrypt hashes any length, but a megabyte is not a password. */
export const MAX_PASSWORD_CHARS = 200;

/** The session cookie's name (httpOnly, SameSite=Strict, Path=/; Secure behind HTTPS). */
export const SESSION_COOKIE = 'sanimap_session';
