import { expect } from 'vitest';
import type { Database, SqlParams } from '../../server/db/database';

/** Runs a built query after checking that DuckDB's EXPLAIN accepts it (style.md §9). */
export async function runValidQuery(db: Database, q: { sql: string; params?: SqlParams }) {
	await expect(db.query(`EXPLAIN ${q.sql}`, q.params)).resolves.toBeDefined();
	return db.query(q.sql, q.params);
}
