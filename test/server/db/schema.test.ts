import { describe, expect, it } from 'vitest';
import { Database } from '../../../server/db/database';
import { MIGRATIONS, migrate } from '../../../server/db/schema';

describe('migrate', () => {
	it('applies every migration once and records it', async () => {
		const db = await Database.open(':memory:');
		expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
		expect(await migrate(db)).toEqual([]);
		const rows = await db.query('SELECT version, name FROM schema_migrations ORDER BY version');
		expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
		await db.close();
	});
});
