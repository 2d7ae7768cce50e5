import type { Role, UserRecord } from '../../../../server/contract/accounts';
import type { CreateUserRequest, UpdateUserRequest } from '../../api/auth-client';

/** What the user form hands back. */
export interface UserFormValues {
	username: string;
	displayName: string;
	role: Role;
	zones: string[];
	team: string | null;
	phone: string | null;
	/** 上级 (督办): another user's name, or null for the zone's planners. */
	superior: string | null;
	password: string;
}

export function toCreateRequest(values: UserFormValues): CreateUserRequest {
	return { ...values };
}

/** Only the fields the admin changed, for `PATCH /api/admin/users/:username`. */
export function toUpdateRequest(user: UserRecord, values: UserFormValues): UpdateUserRequest {
	const body: UpdateUserRequest = {};
	if (values.displayName !== user.displayName) body.displayName = values.displayName;
	if (values.role !== user.role) body.role = values.role;
	if (JSON.stringify([...values.zones].sort()) !== JSON.stringify([...user.zones].sort()))
		body.zones = values.zones;
	if (values.team !== user.team) body.team = values.team;
	// A masked number (138****1234) left as shown is not a change.
	if (values.phone !== user.phone) body.phone = values.phone;
	if (values.superior !== (user.superior ?? null)) body.superior = values.superior;
	return body;
}

/** Team names to offer: those of existing users and of recent plans, each once, sorted. */
export function teamChoices(users: readonly UserRecord[], planTeams: readonly string[]): string[] {
	const all = [...users.map((u) => u.team), ...planTeams].filter((t): t is string => !!t);
	return [...new Set(all)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
