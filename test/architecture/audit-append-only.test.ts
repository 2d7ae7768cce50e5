/**
 * The audit log is append-only (issue 13, item 5): no server file but the migration that
 * creates it may UPDATE, DELETE, TRUNCATE, DROP, ALTER or replace rows of audit_log. Read from
 * the source text, so a statement added anywhere — route, service, query, script — fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** The one file allowed to shape the table: migration 4 creates it. */
const MIGRATION = 'server/db/schema.ts';

/** Statements that change or remove rows (or the table) rather than append. */
const REWRITES_AUDIT_LOG = new RegExp(
	[
		String.raw`\bUPDATE\s+"?audit_log"?`,
		String.raw`\bDELETE\s+FROM\s+"?audit_log"?`,
		String.raw`\bTRUNCATE\s+(TABLE\s+)?"?audit_log"?`,
		String.raw`\bDROP\s+(TABLE|SEQUENCE|INDEX)\s+(IF\s+EXISTS\s+)?"?audit_log`,
		String.raw`\bALTER\s+TABLE\s+"?audit_log"?`,
		String.raw`\bINSERT\s+OR\s+REPLACE\s+INTO\s+"?audit_log"?`,
		String.raw`\baudit_log\b[^;]*\bON\s+CONFLICT\b[^;]*\bDO\s+UPDATE\b`
	].join('|'),
	'i'
);

function files(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(join(ROOT, path)).isDirectory()) return files(path);
		return /\.(ts|js|mjs|sql)$/.test(name) ? [path] : [];
	});
}

describe('audit_log is append-only', () => {
	it('recognises every way of rewriting it (the check is not vacuous)', () => {
		for (const sql of [
			'UPDATE audit_log SET after = NULL',
			'delete from audit_log where id = 1',
			'TRUNCATE audit_log',
			'TRUNCATE TABLE "audit_log"',
			'DROP TABLE IF EXISTS audit_log',
			'DROP SEQUENCE audit_log_id',
			'ALTER TABLE audit_log DROP COLUMN address',
			'INSERT OR REPLACE INTO audit_log VALUES (1)',
			'INSERT INTO audit_log VALUES (1) ON CONFLICT (id) DO UPDATE SET after = NULL'
		])
			expect(sql).toMatch(REWRITES_AUDIT_LOG);
		expect('INSERT INTO audit_log (username) VALUES ($u)').not.toMatch(REWRITES_AUDIT_LOG);
		expect('SELECT count(*) FROM audit_log').not.toMatch(REWRITES_AUDIT_LOG);
	});

	it('no server or script file but the migration rewrites audit_log', () => {
		const sources = [...files('server'), ...files('scripts')];
		const offending = sources
			.filter((file) => file !== MIGRATION)
			.filter((file) => REWRITES_AUDIT_LOG.test(readFileSync(join(ROOT, file), 'utf8')));
		expect(offending).toEqual([]);
		// The scan reads the files that write the log: the append itself is among them.
		const appenders = sources.filter((f) =>
			/INSERT\s+INTO\s+audit_log/i.test(readFileSync(join(ROOT, f), 'utf8'))
		);
		expect(appenders).toContain('server/services/audit.ts');
	});
});
