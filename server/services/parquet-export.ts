import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from '../db/database';
import {
	buildExportCopy,
	COUNTY_PATTERN,
	PARQUET_TABLES,
	TOP_ZONE_SQL
} from '../queries/parquet-export';

/** County used when the store has no zones at all. */
export const DEFAULT_COUNTY = 'county';

export interface ParquetExportResult {
	dir: string;
	county: string;
	tables: { name: string; rows: number; files: number; bytes: number }[];
}

/**
 * Writes every table of PARQUET_TABLES under `dir/<table>/` as Hive-partitioned Parquet
 * (queries/parquet-export.ts). A table's folder is replaced, never merged with an older export.
 * `county` is the county of rows with no district zone above them (default: the top zone's id).
 */
export async function exportParquet(
	db: Database,
	dir: string,
	options: { county?: string } = {}
): Promise<ParquetExportResult> {
	const root = resolve(dir);
	const [top] = await db.query<{ id: string }>(TOP_ZONE_SQL);
	const county = options.county ?? top?.id ?? DEFAULT_COUNTY;
	if (!COUNTY_PATTERN.test(county)) {
		throw new Error(
			`county must be 1–64 letters, digits, _ or - (a folder name), not ${JSON.stringify(county)}`
		);
	}
	mkdirSync(root, { recursive: true });
	const tables: ParquetExportResult['tables'] = [];
	for (const table of PARQUET_TABLES) {
		const out = join(root, table.name);
		rmSync(out, { recursive: true, force: true });
		const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM (${table.from}) AS x`);
		if (n > 0) await db.run(buildExportCopy(table, out, county));
		const files = n > 0 ? parquetFiles(out) : [];
		tables.push({
			name: table.name,
			rows: n,
			files: files.length,
			bytes: files.reduce((sum, f) => sum + statSync(f).size, 0)
		});
	}
	return { dir: root, county, tables };
}

function parquetFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.parquet'))
		.map((e) => join(e.parentPath, e.name));
}
