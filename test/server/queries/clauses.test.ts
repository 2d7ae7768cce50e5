import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlParams } from '../../../server/db/database';
import { addDateWindow, withinFromTo } from '../../../server/queries/clauses';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
beforeAll(async () => (db = await createMiniTownStore()));
afterAll(async () => db.close());

/** Ids of `table` rows inside the window on `column`, through `addDateWindow`. */
async function idsWithin(table: string, column: string, window: { from?: string; to?: string }) {
	const where: string[] = [];
	const params: SqlParams = {};
	addDateWindow(where, params, column, window);
	const sql = `SELECT id FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
	await expect(db.query(`EXPLAIN ${sql}`, params)).resolves.toBeDefined();
	return (await db.query<{ id: string }>(sql, params)).map((r) => r.id);
}

describe('the inclusive date window', () => {
	it.each([
		[
			'no end: every row',
			{},
			['S0001', 'S0002', 'S0003', 'S0004', 'S0005', 'S0006', 'S0007', 'S0008']
		],
		['from only', { from: '2024-07-16' }, ['S0003', 'S0007', 'S0008']],
		['to only, the end day included', { to: '2024-05-10' }, ['S0001', 'S0004']],
		['both, one day', { from: '2024-07-15', to: '2024-07-15' }, ['S0002']]
	])('on a DATE column, %s', async (_, window, ids) => {
		expect(await idsWithin('surveys', 'surveyed_at', window)).toEqual(ids);
	});

	it('on a TIMESTAMP column, counts the whole end day', async () => {
		// B0004 was reported at 14:00 on 2025-12-25.
		expect(
			await idsWithin('blind_spots', 'reported_at', { from: '2025-12-25', to: '2025-12-25' })
		).toEqual(['B0004']);
	});

	it('binds the days: a hostile value is data, not SQL', async () => {
		// DuckDB reads the leading date and ignores the rest; the OR never reaches the SQL.
		const hostile = "2099-01-01' OR true --";
		expect(await idsWithin('surveys', 'surveyed_at', { from: hostile })).toEqual([]);
	});

	it('writes both ends for a fixed window', async () => {
		const sql = `SELECT count(*) AS n FROM surveys WHERE ${withinFromTo('surveyed_at')}`;
		const [row] = await db.query<{ n: number }>(sql, { from: '2024-05-10', to: '2024-05-11' });
		expect(Number(row.n)).toBe(2);
	});
});
