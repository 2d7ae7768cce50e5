import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../server/db/database';

let db: Database;
beforeAll(async () => {
	db = await Database.open(':memory:');
});
afterAll(async () => db.close());

describe('Database.stream', () => {
	it('hands over a large answer in DuckDB chunks, all rows once, in order', async () => {
		const sizes: number[] = [];
		let sum = 0;
		let last = -1;
		let ordered = true;
		for await (const rows of db.stream<{ i: number }>(
			'SELECT range AS i FROM range($n) ORDER BY i',
			{ n: 5000 }
		)) {
			sizes.push(rows.length);
			for (const r of rows) {
				ordered &&= r.i === last + 1;
				last = r.i;
				sum += r.i;
			}
		}
		expect(sizes.length).toBeGreaterThan(1);
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(5000);
		expect(ordered).toBe(true);
		expect(sum).toBe((4999 * 5000) / 2);
	});

	it('gives the connection back when the reader stops early', async () => {
		for (let k = 0; k < 20; k++) {
			for await (const rows of db.stream('SELECT range AS i FROM range(10000)')) {
				expect(rows.length).toBeGreaterThan(0);
				break;
			}
		}
		// The stopped streams put their connection back in the pool (a leak would leave it empty).
		expect((db as unknown as { idle: unknown[] }).idle.length).toBe(1);
		expect(await db.query('SELECT 42 AS x')).toEqual([{ x: 42 }]);
	});
});
