import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { LAYER_IDS } from '../../../server/contract/layers';
import {
	buildBboxCandidatesQuery,
	buildOgcItemQuery,
	buildOgcItemsQueries,
	OGC_EXTENT_SQL
} from '../../../server/queries/ogc-items';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
beforeAll(async () => {
	db = await createMiniTownStore();
});
afterAll(async () => db.close());

const filters = [
	{},
	{ bbox: [113.08, 22.95, 113.1, 22.96] as [number, number, number, number] },
	{ datetime: { start: '2024-01-01T00:00:00', end: null } },
	{ datetime: { start: null, end: '2024-12-31T23:59:59' } },
	{ ids: ['c01', 'r01-s01'] }
];

describe('OGC items SQL builders', () => {
	it.each(LAYER_IDS.flatMap((layer) => filters.map((f) => [layer, f] as const)))(
		'%s %j: EXPLAIN passes and the count agrees with the rows',
		async (layer, filter) => {
			const { items, count } = buildOgcItemsQueries(layer, filter, { limit: 1000, offset: 0 });
			await db.query(`EXPLAIN ${items.sql}`, items.params);
			const rows = await db.query(items.sql, items.params);
			const [{ n }] = await db.query<{ n: number }>(count.sql, count.params);
			expect(rows.length).toBe(n);
		}
	);

	it.each(LAYER_IDS)('the %s count sorts nothing (numberMatched stays cheap)', async (layer) => {
		const { count } = buildOgcItemsQueries(layer, {}, { limit: 10, offset: 0 });
		const [plan] = await db.query<{ explain_value: string }>(`EXPLAIN ${count.sql}`, count.params);
		expect(plan.explain_value).not.toMatch(/ORDER_BY|TOP_N/);
	});

	it('extent, candidate and single-item queries run for every layer', async () => {
		for (const layer of LAYER_IDS) {
			await db.query(OGC_EXTENT_SQL[layer]);
			const c = buildBboxCandidatesQuery(layer, [113, 22, 114, 23]);
			if (layer === 'zones' || layer === 'roads')
				expect((await db.query(c.sql, c.params)).length).toBeGreaterThan(0);
			const one = buildOgcItemQuery(layer, 'x');
			expect(await db.query(one.sql, one.params)).toEqual([]);
		}
	});
});
