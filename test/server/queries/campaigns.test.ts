import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlParams } from '../../../server/db/database';
import {
	buildCampaignExistsQuery,
	buildCampaignIdsQuery,
	buildInsertCampaignQuery,
	buildUpdateCampaignQuery,
	CAMPAIGNS_SQL
} from '../../../server/queries/campaigns';
import { createEmptyStore } from '../../helpers/mini-town';
import { runValidQuery } from '../../helpers/valid-query';

let db: Database;
beforeAll(async () => (db = await createEmptyStore()));
afterAll(async () => db.close());

const run = (q: { sql: string; params: SqlParams }) => runValidQuery(db, q);

describe('campaign SQL builders', () => {
	it('inserts, finds, numbers and updates a campaign', async () => {
		const spring = { id: '2030-1', name: '春季除四害', from: '2030-04-01', to: '2030-04-30' };
		await run(buildInsertCampaignQuery(spring));
		expect(await run(buildCampaignExistsQuery('2030-1'))).toEqual([{ n: 1 }]);
		expect(await run(buildCampaignExistsQuery("2030-1' OR true --"))).toEqual([{ n: 0 }]);
		expect((await run(buildCampaignIdsQuery('2030'))).map((r) => r.id)).toEqual(['2030-1']);
		await run(buildUpdateCampaignQuery({ ...spring, name: 'spring', to: '2030-05-05' }));
		const rows = await db.query(CAMPAIGNS_SQL);
		expect(rows.find((r) => r.id === '2030-1')).toEqual({
			id: '2030-1',
			name: 'spring',
			from: '2030-04-01',
			to: '2030-05-05'
		});
	});
});
