import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import type { Database } from '../../../server/db/database';
import { createEmptyStore } from '../../helpers/mini-town';

let db: Database;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
	db = await createEmptyStore();
	app = createApp({ db, version: 'test' });
});
afterAll(async () => db.close());

describe('GET /api/meta on an empty install (SANIMAP_DEMO=0)', () => {
	it('names no centre, extent or dates rather than the demo town’s coordinates', async () => {
		const res = await app.request('/api/meta');
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({
			name: 'SaniMap',
			synthetic: false,
			center: null,
			bbox: null,
			dateRange: { from: null, to: null }
		});
	});
});
