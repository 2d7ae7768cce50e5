import { ROLES, type Role } from '../contract/accounts';
import type { Database } from '../db/database';
import { UNUSABLE_PASSWORD } from '../domain/accounts/passwords';
import { formatLocalTime } from '../domain/routing/local-time';
import { DEMO_AREAS_SQL, DEMO_USERS_SQL } from '../queries/demo-users';
import { isSyntheticDataset } from './account-records';
import { systemActor } from './actor';
import { insertUser } from './users';

/** The spraying team of `demo-sprayer`: the planner's first team id (web: team-1 … team-n). */
export const DEMO_SPRAYER_TEAM = 'team-1';

const DISPLAY: Record<Role, string> = {
	admin: '演示·管理员',
	planner: '演示·计划员',
	grid: '演示·网格员',
	patrol: '演示·巡查员',
	sprayer: '演示·消杀队员',
	inspector: '演示·督查员',
	leader: '演示·领导'
};

/**
 * Adds the missing `demo-<role>` users of a synthetic data set (design.md §3 Accounts), with
 * the unusable password marker: only `POST /api/auth/demo` signs them in. Nothing happens on
 * a data set that is not synthetic. Returns the names added.
 */
export async function ensureDemoUsers(db: Database): Promise<string[]> {
	if (!(await isSyntheticDataset(db))) return [];
	const have = new Set(
		(await db.query<{ username: string }>(DEMO_USERS_SQL)).map((r) => r.username)
	);
	const missing = ROLES.filter((role) => !have.has(`demo-${role}`));
	if (!missing.length) return [];
	const [area] = await db.query<{ grid: string; community: string }>(DEMO_AREAS_SQL);
	const zones: Partial<Record<Role, string[]>> = area
		? { grid: [area.grid], patrol: [area.community] }
		: {};
	const actor = systemActor('demo');
	await db.transaction(async (tx) => {
		for (const role of missing) {
			const k = ROLES.indexOf(role);
			const fields = {
				username: `demo-${role}`,
				displayName: DISPLAY[role],
				role,
				zones: zones[role] ?? [],
				team: role === 'sprayer' ? DEMO_SPRAYER_TEAM : null,
				phone: `1380000${String(1000 + k)}`
			};
			await insertUser(tx, actor, fields, UNUSABLE_PASSWORD, formatLocalTime(new Date()));
		}
	});
	return missing.map((role) => `demo-${role}`);
}
