import type { Database, Transaction } from '../db/database';

/** The dataset_meta key whose presence says the first start finished setting the file up. */
const SETUP_KEY = 'setup_done';

/** How the file was set up: the demo town, empty, or found with records from before the mark. */
export type SetupKind = 'demo' | 'empty' | 'existing';

export async function readSetupMark(db: Database): Promise<string | null> {
	const rows = await db.query<{ value: string }>(
		'SELECT value FROM dataset_meta WHERE key = $key',
		{ key: SETUP_KEY }
	);
	return rows[0]?.value ?? null;
}

/** Written inside the transaction that seeds, so the mark and the data land together. */
export async function markSetupDone(tx: Transaction, kind: SetupKind): Promise<void> {
	await tx.run(
		'INSERT INTO dataset_meta VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
		{ key: SETUP_KEY, value: kind }
	);
}

/** Whether any record table holds a row (a file set up before the mark existed). */
export async function hasStoredRecords(db: Database): Promise<boolean> {
	const [row] = await db.query<{ n: number }>(
		`SELECT (SELECT count(*) FROM zones) + (SELECT count(*) FROM road_segments)
			+ (SELECT count(*) FROM pois) + (SELECT count(*) FROM blind_spots)
			+ (SELECT count(*) FROM surveys) + (SELECT count(*) FROM spray_events) AS n`
	);
	return row.n > 0;
}
