import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../../server/ingest/open-store';

/** `npm run user` on a database file, as an operator runs it with the server stopped. */
const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sanimap-user-'));
	env = { SANIMAP_DB: join(dir, 'users.duckdb') };
	const { db } = await openStore(env.SANIMAP_DB, { demo: false });
	await db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function user(args: string[], extra: Record<string, string> = {}) {
	return new Promise<{ code: number; out: string }>((done) =>
		execFile(
			process.execPath,
			['--import', 'tsx', 'scripts/user.ts', ...args],
			{ cwd: ROOT, env: { ...process.env, ...env, ...extra } },
			(error, stdout, stderr) =>
				done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout + stderr })
		)
	);
}

describe('npm run user', () => {
	it('adds, lists, resets and disables, refusing a short password', async () => {
		const short = await user(['add', 'li.ming', '--role', 'grid'], { SANIMAP_PASSWORD: 'short' });
		expect(short.code).toBe(1);
		expect(short.out).toContain('password must be at least 10 characters');
		const pw = { SANIMAP_PASSWORD: 'a long enough password' };
		const add = await user(
			['add', 'li.ming', '--role', 'grid', '--zones', 'c01-g01', '--phone', '13812341234'],
			pw
		);
		expect(add.out).toContain('added li.ming (grid)');
		expect((await user(['add', 'li.ming', '--role', 'grid'], pw)).code).toBe(1);
		expect((await user(['reset-password', 'li.ming'], pw)).code).toBe(0);
		expect((await user(['disable', 'li.ming'])).out).toContain('disabled li.ming');
		const list = await user(['list']);
		expect(list.out).toMatch(/li\.ming\tgrid\tdisabled\tli\.ming\tc01-g01\t\t13812341234/);
		expect((await user([])).code).toBe(2);
	}, 120_000);
});
