import { describe, expect, it } from 'vitest';
import { Database } from '../../../server/db/database';
import { MIGRATIONS, migrate } from '../../../server/db/schema';
import { runInTimeZone } from '../../helpers/run-in-time-zone';

describe('migrate', () => {
	it('applies every migration once and records it', async () => {
		const db = await Database.open(':memory:');
		expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
		expect(await migrate(db)).toEqual([]);
		const rows = await db.query('SELECT version, name FROM schema_migrations ORDER BY version');
		expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
		await db.close();
	});

	it('records when a migration ran in Shanghai time, also on a server with TZ=UTC', async () => {
		const { before, applied, after } = await runInTimeZone<Record<string, string>>(
			'UTC',
			`import { Database } from './server/db/database.ts';
			import { migrate } from './server/db/schema.ts';
			const shanghai = (ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
			const db = await Database.open(':memory:');
			const before = shanghai(Date.now() - 1000);
			await migrate(db);
			const after = shanghai(Date.now() + 1000);
			const [row] = await db.query("SELECT strftime(min(applied_at), '%Y-%m-%dT%H:%M:%S') AS t FROM schema_migrations");
			await db.close();
			console.log(JSON.stringify({ before, applied: row.t, after }));`
		);
		expect(applied >= before && applied <= after, `${applied} in ${before}..${after}`).toBe(true);
	});
});
