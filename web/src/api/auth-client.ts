import type { z } from 'zod';
import type {
	AuditPage,
	AuthStatus,
	CreatedToken,
	Me,
	Role,
	TokenList,
	UserList,
	UserRecord
} from '../../../server/contract/accounts';
import type {
	changePasswordBodySchema,
	createUserBodySchema,
	setupBodySchema,
	updateUserBodySchema
} from '../../../server/contract/account-requests';
import { apiFetch, requestJson, type FetchFn } from './client';

/** `POST /api/auth/setup`: the first admin. */
export type SetupRequest = z.input<typeof setupBodySchema>;
/** `POST /api/auth/password`. */
export type ChangePasswordRequest = z.input<typeof changePasswordBodySchema>;
/** `POST /api/admin/users`. */
export type CreateUserRequest = z.input<typeof createUserBodySchema>;
/** `PATCH /api/admin/users/:username`: only the fields given change. */
export type UpdateUserRequest = z.input<typeof updateUserBodySchema>;

/** Shortest password the server accepts; the forms check it before sending. */
export { MIN_PASSWORD_CHARS } from '../../../server/contract/accounts';

/** Client for `/api/auth/*`: who is signed in, signing in and out, the user's own tokens. */
export function createAuthClient(fetchFn: FetchFn = apiFetch) {
	const request = <T>(path: string, init: RequestInit = {}) => requestJson<T>(fetchFn, path, init);
	const post = <T>(path: string, body?: unknown) =>
		request<T>(path, {
			method: 'POST',
			...(body === undefined ? {} : { body: JSON.stringify(body) })
		});
	return {
		status: (signal?: AbortSignal) => request<AuthStatus>('/api/auth/status', { signal }),
		me: (signal?: AbortSignal) => request<Me>('/api/auth/me', { signal }),
		login: (username: string, password: string) =>
			post<Me>('/api/auth/login', { username, password }),
		demo: (role: Role) => post<Me>('/api/auth/demo', { role }),
		setup: (body: SetupRequest) => post<Me>('/api/auth/setup', body),
		logout: () => post<void>('/api/auth/logout'),
		changePassword: (body: ChangePasswordRequest) => post<void>('/api/auth/password', body),
		tokens: (signal?: AbortSignal) => request<TokenList>('/api/auth/tokens', { signal }),
		createToken: (name: string) => post<CreatedToken>('/api/auth/tokens', { name }),
		revokeToken: (id: string) =>
			request<void>(`/api/auth/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' })
	};
}

export type AuthClient = ReturnType<typeof createAuthClient>;

/** What the audit page filters by; empty strings mean "any". */
export interface AuditFilters {
	username: string;
	action: string;
	entity: string;
	/** YYYY-MM-DD, inclusive. */
	from: string;
	to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = {
	username: '',
	action: '',
	entity: '',
	from: '',
	to: ''
};

function auditParams(filters: AuditFilters): URLSearchParams {
	const q = new URLSearchParams();
	for (const key of ['username', 'action', 'entity', 'from', 'to'] as const) {
		const value = filters[key].trim();
		if (value) q.set(key, value);
	}
	return q;
}

/** `GET /api/admin/audit?…`: the filters given, one page of `limit` rows from `offset`. */
export function buildAuditQuery(filters: AuditFilters, limit: number, offset: number): string {
	const q = auditParams(filters);
	q.set('limit', String(limit));
	q.set('offset', String(offset));
	return q.toString();
}

/** The download link of the filtered audit log, in the page's language. */
export function buildAuditExportUrl(
	filters: AuditFilters,
	format: 'csv' | 'xlsx',
	lang: string
): string {
	const q = auditParams(filters);
	q.set('format', format);
	q.set('lang', lang);
	return `/api/admin/audit/export?${q}`;
}

/** Client for `/api/admin/*` (admin only): users, every token, the audit log. */
export function createAdminClient(fetchFn: FetchFn = apiFetch) {
	const request = <T>(path: string, init: RequestInit = {}) => requestJson<T>(fetchFn, path, init);
	const user = (username: string) => `/api/admin/users/${encodeURIComponent(username)}`;
	return {
		users: (signal?: AbortSignal) => request<UserList>('/api/admin/users', { signal }),
		createUser: (body: CreateUserRequest) =>
			request<UserRecord>('/api/admin/users', { method: 'POST', body: JSON.stringify(body) }),
		updateUser: (username: string, body: UpdateUserRequest) =>
			request<UserRecord>(user(username), { method: 'PATCH', body: JSON.stringify(body) }),
		resetPassword: (username: string, password: string) =>
			request<void>(`${user(username)}/password`, {
				method: 'POST',
				body: JSON.stringify({ password })
			}),
		tokens: (signal?: AbortSignal) => request<TokenList>('/api/admin/tokens', { signal }),
		revokeToken: (id: string) =>
			request<void>(`/api/admin/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
		audit: (query: string, signal?: AbortSignal) =>
			request<AuditPage>(`/api/admin/audit?${query}`, { signal })
	};
}

export type AdminClient = ReturnType<typeof createAdminClient>;
