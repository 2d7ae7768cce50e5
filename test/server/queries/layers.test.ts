import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerId, LayerQuery } from '../../../server/contract/layers';
import type { Database } from '../../../server/db/database';
import { buildLayerQuery, LAYER_FILTERS } from '../../../server/queries/layers';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
beforeAll(async () => (db = await createMiniTownStore()));
afterAll(async () => db.close());

const everyFilter: LayerQuery = {
	bbox: [113.08, 22.95, 113.1, 22.96],
	from: '2023-01-01',
	to: '2025-12-31',
	kind: ['community', 'market'],
	status: ['closed'],
	category: ['exposed_garbage'],
	pest: ['rat'],
	method: ['rat.indoor_signs']
};

describe('buildLayerQuery', () => {
	it.each(Object.keys(LAYER_FILTERS) as LayerId[])(
		'%s: every filter branch is valid SQL',
		async (layer) => {
			const filters = Object.fromEntries(
				LAYER_FILTERS[layer].map((k) => [k, everyFilter[k]])
			) as LayerQuery;
			const { sql, params } = buildLayerQuery(layer, filters, 10);
			await expect(db.query(`EXPLAIN ${sql}`, params)).resolves.toBeDefined();
			expect((await db.query(sql, params)).length).toBeGreaterThan(0);
		}
	);

	it('asks for one row over the cap so the caller can tell "over" from "exactly at"', async () => {
		const { sql, params } = buildLayerQuery('surveys', {}, 3);
		expect(await db.query(sql, params)).toHaveLength(4);
	});

	it('binds every value: a hostile code is data, not SQL', async () => {
		const { sql, params } = buildLayerQuery(
			'surveys',
			{ method: ["x'); DROP TABLE surveys; --"] },
			10
		);
		expect(sql).not.toContain('DROP');
		expect(await db.query(sql, params)).toEqual([]);
		expect((await db.query('SELECT count(*) AS n FROM surveys'))[0].n).toBe(8);
	});
});
