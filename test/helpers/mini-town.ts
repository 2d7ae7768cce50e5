import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../server/contract/records';
import { seedCatalogues } from '../../server/db/catalogues';
import { Database } from '../../server/db/database';
import { migrate } from '../../server/db/schema';
import { loadDataset } from '../../server/ingest/load-dataset';

const FIXTURE = resolve(import.meta.dirname, '../../data/fixtures/mini-town.json');

/** A fresh copy of the mini-town fixture (data/fixtures/README.md), safe to modify. */
export function createMiniTownDataset(): Dataset {
	return JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dataset;
}

/** An in-memory database with the schema and catalogues, and nothing else. */
export async function createEmptyStore(): Promise<Database> {
	const db = await Database.open(':memory:');
	await migrate(db);
	await seedCatalogues(db);
	return db;
}

/** An in-memory database loaded with the mini town through the real loader. */
export async function createMiniTownStore(): Promise<Database> {
	const db = await createEmptyStore();
	await loadDataset(db, createMiniTownDataset());
	return db;
}
