import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../../server/db/database';
import { PARQUET_TABLES } from '../../../server/queries/parquet-export';
import { exportParquet } from '../../../server/services/parquet-export';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
let dir: string;
beforeAll(async () => {
	db = await createMiniTownStore();
	dir = mkdtempSync(join(tmpdir(), 'sanimap-parquet-'));
	// The mini town has no inspection; one per year gives that table two partitions.
	for (const [id, at] of [
		['I1', '2024-05-02 09:00:00'],
		['I2', '2025-03-04 10:30:00']
	]) {
		await db.run(
			`INSERT INTO inspections (id, form, level, zone_id, inspector, inspected_at, base_score,
				deducted, score, lng, lat, created_at)
			VALUES ($id, 'road', 'town', 'c01', 'demo-inspector', CAST($at AS TIMESTAMP), 100, 2.5,
				97.5, 113.085, 22.955, CAST($at AS TIMESTAMP))`,
			{ id, at }
		);
	}
});
afterAll(async () => {
	await db.close();
	rmSync(dir, { recursive: true, force: true });
});

/** The export read back, as the design note tells DuckDB users to read it. */
const readBack = (out: string, table: string) =>
	`read_parquet('${join(out, table)}/**/*.parquet', hive_partitioning = true,
		hive_types = {${table === 'zones' ? '' : "'year': INTEGER, "}'county': VARCHAR})`;

/** Row count and, for every column, its non-null count and the sum of its values' hashes. */
async function fingerprint(from: string, columns: string[]) {
	const parts = columns.flatMap((c) => [
		`count("${c}")::BIGINT AS "n_${c}"`,
		`sum(hash("${c}"))::VARCHAR AS "h_${c}"`
	]);
	const [row] = await db.query(`SELECT count(*) AS rows, ${parts.join(', ')} FROM ${from}`);
	return row;
}

async function columnsOf(table: string): Promise<string[]> {
	const rows = await db.query<{ column_name: string }>(
		`SELECT column_name FROM information_schema.columns WHERE table_name = $t ORDER BY ordinal_position`,
		{ t: table }
	);
	return rows.map((r) => r.column_name);
}

describe('partitioned Parquet export', () => {
	it('DuckDB reads every table back equal to its source (rows and every column)', async () => {
		const out = join(dir, 'plain');
		const result = await exportParquet(db, out);
		expect(result.county).toBe('town');
		for (const table of PARQUET_TABLES) {
			const columns = await columnsOf(table.name);
			expect(columns.length, table.name).toBeGreaterThan(5);
			const source = await fingerprint(table.name, columns);
			const back = await fingerprint(readBack(out, table.name), columns);
			expect(back, table.name).toEqual(source);
			expect(source.rows, table.name).toBeGreaterThan(0);
			expect(result.tables.find((t) => t.name === table.name)?.rows).toBe(source.rows);
		}
	});

	it('writes Hive folders by year and county, years from each record’s own date', async () => {
		const out = join(dir, 'plain');
		expect(readdirSync(join(out, 'surveys')).sort()).toEqual(['year=2024', 'year=2025']);
		expect(readdirSync(join(out, 'zones'))).toEqual(['county=town']);
		const years = await db.query(
			`SELECT year, county, count(*)::INTEGER AS n FROM ${readBack(out, 'surveys')}
			GROUP BY year, county ORDER BY year`
		);
		const source = await db.query(
			`SELECT year(surveyed_at)::INTEGER AS year, 'town' AS county, count(*)::INTEGER AS n
			FROM surveys GROUP BY 1 ORDER BY 1`
		);
		expect(years).toEqual(source);
		const inspections = await db.query(
			`SELECT id, year FROM ${readBack(out, 'inspections')} ORDER BY id`
		);
		expect(inspections).toEqual([
			{ id: 'I1', year: 2024 },
			{ id: 'I2', year: 2025 }
		]);
	});

	it('a record under a district zone goes to that county; the rest to the county given', async () => {
		await db.run(`INSERT INTO zones (id, name, kind, parent_id, area_m2, geometry, minx, miny, maxx, maxy)
			VALUES ('d-east', '东区', 'district', NULL, 1, '{"type":"Polygon","coordinates":[]}', 0, 0, 0, 0),
			('d-east-s1', '东街道', 'street', 'd-east', 1, '{"type":"Polygon","coordinates":[]}', 0, 0, 0, 0)`);
		await db.run(`UPDATE surveys SET zone_id = 'd-east-s1' WHERE id = 'S0001'`);
		const out = join(dir, 'districts');
		await exportParquet(db, out, { county: '440606' });
		const counties = await db.query(
			`SELECT county, count(*)::INTEGER AS n FROM ${readBack(out, 'surveys')}
			GROUP BY county ORDER BY county`
		);
		expect(counties).toEqual([
			{ county: '440606', n: 7 },
			{ county: 'd-east', n: 1 }
		]);
		const zones = await db.query(
			`SELECT id, county FROM ${readBack(out, 'zones')} WHERE id LIKE 'd-east%' ORDER BY id`
		);
		expect(zones).toEqual([
			{ id: 'd-east', county: 'd-east' },
			{ id: 'd-east-s1', county: 'd-east' }
		]);
		await expect(exportParquet(db, out, { county: "x'; DROP TABLE surveys; --" })).rejects.toThrow(
			/county must be/
		);
	});
});
