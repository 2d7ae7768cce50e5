import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { seedCatalogues } from '../db/catalogues';
import { Database } from '../db/database';
import { migrate } from '../db/schema';
import { generateDemoTown } from '../demo-town';
import { ensureDemoUsers } from '../services/demo-users';
import { seedDemoAssessment } from './demo-assessment';
import { seedDemoCases } from './demo-cases';
import { seedDemoFacilities } from './demo-facilities';
import { seedDemoFrontage } from './demo-frontage';
import { seedDemoPestCampaigns } from './demo-pest-campaigns';
import { loadDataset, type LoadSummary } from './load-dataset';
import { hasStoredRecords, markSetupDone, readSetupMark } from './setup-mark';

export const DEMO_SEED = 1;

export interface OpenedStore {
	db: Database;
	/** What was loaded when the file was new (or its first start never finished). */
	created: LoadSummary | 'empty' | null;
	/** True when an earlier first start died before it finished and this one redid it. */
	resumed: boolean;
}

/**
 * Opens (or creates) the DuckDB file: migrations, catalogues, and, for a new file with
 * `demo`, the seeded demo town (design.md §3 start-up contract).
 *
 * Seeding and its completion mark commit in one transaction, so a start killed half-way
 * leaves a file with no mark. Such a file holding no records is set up again on the next
 * start; a file with records and no mark predates the mark and is kept as it is.
 */
export interface OpenStoreOptions {
	demo: boolean;
	seed?: number;
	onSeeding?: () => void;
}

export async function openStore(path: string, options: OpenStoreOptions): Promise<OpenedStore> {
	const opened = await openAndLoad(path, options);
	try {
		// A synthetic data set, new or from before accounts, gets its demo-<role> users.
		await ensureDemoUsers(opened.db);
	} catch (error) {
		await opened.db.close();
		throw error;
	}
	return opened;
}

async function openAndLoad(path: string, options: OpenStoreOptions): Promise<OpenedStore> {
	const isNew = path === ':memory:' || !existsSync(path);
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = await Database.open(path);
	try {
		await migrate(db);
		await seedCatalogues(db);
		if (!isNew && (await readSetupMark(db)) !== null) return { db, created: null, resumed: false };
		if (!isNew && (await hasStoredRecords(db))) {
			await db.transaction((tx) => markSetupDone(tx, 'existing'));
			return { db, created: null, resumed: false };
		}
		const resumed = !isNew;
		if (!options.demo) {
			await db.transaction((tx) => markSetupDone(tx, 'empty'));
			return { db, created: 'empty', resumed };
		}
		options.onSeeding?.();
		const seed = options.seed ?? DEMO_SEED;
		const town = generateDemoTown(seed);
		const created = await loadDataset(db, town, async (tx) => {
			await seedDemoCases(tx, { seed });
			await seedDemoFrontage(tx, town, { seed });
			await seedDemoAssessment(tx, town, { seed });
			await seedDemoPestCampaigns(tx, { seed });
			await seedDemoFacilities(tx, { seed });
			await markSetupDone(tx, 'demo');
		});
		return { db, created, resumed };
	} catch (error) {
		await db.close();
		throw error;
	}
}
