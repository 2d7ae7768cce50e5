import type { Transaction } from '../db/database';
import { caseSyncStatements } from '../queries/case-sync';

/**
 * Every blind spot written by the loader or an import becomes a case with a history (issue
 * 14): a `report` row for a new one, an `import` row when a re-import changed its status.
 */
export async function syncCases(tx: Transaction): Promise<void> {
	for (const sql of caseSyncStatements('system:import', 'import')) await tx.run(sql);
}
