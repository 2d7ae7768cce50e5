import { Hono } from 'hono';
import type { Database } from '../db/database';
import { loadCatalogues, loadDatasetMeta } from '../services/meta';

/** `GET /api/meta` (what the data set is and where) and `GET /api/catalogues`. */
export function createMetaRoutes(db: Database) {
	return new Hono()
		.get('/meta', async (c) => c.json(await loadDatasetMeta(db)))
		.get('/catalogues', async (c) => c.json(await loadCatalogues(db)));
}
