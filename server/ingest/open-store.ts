import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { seedCatalogues } from '../db/catalogues';
import { Database } from '../db/database';
import { migrate } from '../db/schema';
import { generateDemoTown } from '../demo-town';
import { loadDataset, type LoadSummary } from './load-dataset';

export const DEMO_SEED = 1;

export interface OpenedStore {
	db: Database;
	/** What was loaded when the file was new and the demo town was asked for. */
	created: LoadSummary | 'empty' | null;
}

/**
 * Opens (or creates) the DuckDB file: migrations, catalogues, and, for a new file with
 * `demo`, the seeded demo town (design.md §3 start-up contract).
 */
export async function openStore(
	path: string,
	options: { demo: boolean; seed?: number }
): Promise<OpenedStore> {
	const isNew = path === ':memory:' || !existsSync(path);
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = await Database.open(path);
	try {
		await migrate(db);
		await seedCatalogues(db);
		if (!isNew) return { db, created: null };
		if (!options.demo) return { db, created: 'empty' };
		return { db, created: await loadDataset(db, generateDemoTown(options.seed ?? DEMO_SEED)) };
	} catch (error) {
		await db.close();
		throw error;
	}
}
