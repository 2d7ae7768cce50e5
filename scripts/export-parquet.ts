/**
 * `npm run export:parquet -- --out DIR [--db FILE] [--county CODE]`: the tables as Parquet
 * partitioned by year and county (Hive folders, docs/decisions.md issue 18 lane D), for DuckDB,
 * Spark/Sedona or Trino. Opens the DuckDB file read-only: it runs beside another reader, not
 * beside the running server (DuckDB's file lock, toolchain.md §4); stop the server or export a
 * copy of the file.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Database } from '../server/db/database';
import { exportParquet } from '../server/services/parquet-export';

const { values } = parseArgs({
	options: {
		out: { type: 'string' },
		db: { type: 'string' },
		county: { type: 'string' }
	}
});
if (!values.out) {
	console.error('usage: npm run export:parquet -- --out DIR [--db FILE] [--county CODE]');
	process.exit(2);
}
const path = values.db ?? process.env.SANIMAP_DB ?? 'data/sanimap.duckdb';
if (!existsSync(path)) {
	console.error(`no database at ${path}`);
	process.exit(1);
}
let db: Database;
try {
	db = await Database.open(path, { readOnly: true });
} catch (error) {
	const message = (error as Error).message;
	console.error(
		/lock/i.test(message)
			? `${path} is held by a running SaniMap server (DuckDB allows no reader beside a writer): stop it, or export a copy of the file`
			: message
	);
	process.exit(1);
}
const started = performance.now();
try {
	const result = await exportParquet(db, values.out, { county: values.county });
	for (const t of result.tables) {
		console.log(
			`${t.name.padEnd(14)}${String(t.rows).padStart(10)} rows${String(t.files).padStart(6)} files${(t.bytes / 1024).toFixed(0).padStart(9)} KiB`
		);
	}
	console.log(
		`written to ${result.dir} (county of rows without a district: ${result.county}) in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
} finally {
	await db.close();
}
