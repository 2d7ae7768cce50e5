import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createEmptyStore } from '../../helpers/mini-town';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createEmptyStore();
	app = createTestApp({ db, version: 'test' });
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
