import type { Transaction } from '../db/database';
import type { Actor } from './actor';

/** What a write did, for the audit log (design.md §3, issue 13). */
export interface AuditEntry {
	/** Dotted verb, entity first: `import.blindspots`, `plan.save`, `user.create`. */
	action: string;
	/** The table-level thing changed: `user`, `route_plan`, `campaign`, `import` … */
	entity: string;
	entityId: string | null;
	before?: unknown;
	after?: unknown;
}

/**
 * Appends one audit row inside the write's own transaction, so a write that rolls back leaves
 * no row and a committed one always has its row. Passwords and secrets never go in `before`
 * or `after`: callers pass the public record.
 */
export async function recordAudit(tx: Transaction, actor: Actor, entry: AuditEntry): Promise<void> {
	await tx.run(
		`INSERT INTO audit_log (occurred_at, username, role, action, entity, entity_id, before, after, request_id, address)
		 VALUES (timezone('Asia/Shanghai', current_timestamp), $username, $role, $action, $entity, $entityId,
		 $before::JSON, $after::JSON, $requestId, $address)`,
		{
			username: actor.username,
			role: actor.role,
			action: entry.action,
			entity: entry.entity,
			entityId: entry.entityId,
			before: entry.before === undefined ? null : JSON.stringify(entry.before),
			after: entry.after === undefined ? null : JSON.stringify(entry.after),
			requestId: actor.requestId,
			address: actor.address
		}
	);
}
