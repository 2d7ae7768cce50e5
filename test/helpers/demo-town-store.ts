import type { Database } from '../../server/db/database';
import { generateDemoTown } from '../../server/demo-town';
import { loadDataset } from '../../server/ingest/load-dataset';
import { createEmptyStore } from './mini-town';

/** An in-memory database holding the seed-1 demo town, loaded through the real loader (~3 s). */
export async function createDemoTownStore(): Promise<Database> {
	const db = await createEmptyStore();
	await loadDataset(db, generateDemoTown(1));
	return db;
}
