import type { Role } from '../../../server/contract/accounts';
import { allows, permissionFor, type Method } from '../../../server/contract/permissions';

/** Whether `role` may call `method path` by the one permission table; no role may nothing. */
export function mayUse(role: Role | null, method: Method, path: string): boolean {
	const row = permissionFor(method, path);
	return role !== null && row !== undefined && allows(row, role);
}
