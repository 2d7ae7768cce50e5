/**
 * SQL of the partitioned Parquet export (issue 18 part 5, design.md §4): each table as it is
 * stored, plus two partition columns, `year` (of the record's own date) and `county`.
 *
 * County: the nearest `district` (区/县) zone above the record's zone in the zone hierarchy
 * (zones.parent_id); a record with no district above it (the demo town's top zone is a street,
 * 安澜镇) or no zone belongs to the county the export is told (`--county`, default the top zone
 * of the hierarchy), so that files of several databases can sit side by side in one tree.
 *
 * The county CTE is plain SQL (recursive CTE, CASE, EXTRACT) that Spark and Trino run as it is;
 * `SELECT * EXCLUDE` and `COPY … PARTITION_BY` are DuckDB's (docs/decisions.md, issue 18 lane D).
 */

/** Tables exported, the column giving each row's year (null: partitioned by county only). */
export interface ParquetTable {
	/** Folder name under the export root and the table read. */
	name: string;
	/** SELECT list and FROM of the exported rows (alias `t`), with `year_at` and `zone_ref`. */
	from: string;
	/** Whether the table is partitioned by year as well as county. */
	byYear: boolean;
}

/**
 * Blind spots are cases (issue 14): `cases` holds their handling columns under the same id, so
 * its year and county are those of its blind spot. Zones keep their GeoJSON geometry text
 * (`geometry`) and bbox; points keep `lng`, `lat` (WGS-84) and their original coordinates.
 */
export const PARQUET_TABLES: readonly ParquetTable[] = [
	{
		name: 'surveys',
		from: 'SELECT t.*, t.surveyed_at AS year_at, t.zone_id AS zone_ref FROM surveys t',
		byYear: true
	},
	{
		name: 'blind_spots',
		from: 'SELECT t.*, t.reported_at AS year_at, t.zone_id AS zone_ref FROM blind_spots t',
		byYear: true
	},
	{
		name: 'cases',
		from: `SELECT t.*, b.reported_at AS year_at, b.zone_id AS zone_ref
			FROM cases t LEFT JOIN blind_spots b ON b.id = t.id`,
		byYear: true
	},
	{
		name: 'inspections',
		from: 'SELECT t.*, t.inspected_at AS year_at, t.zone_id AS zone_ref FROM inspections t',
		byYear: true
	},
	{
		name: 'spray_events',
		from: 'SELECT t.*, t.started_at AS year_at, t.zone_id AS zone_ref FROM spray_events t',
		byYear: true
	},
	{
		name: 'zones',
		from: 'SELECT t.*, NULL AS year_at, t.id AS zone_ref FROM zones t',
		byYear: false
	}
];

/** Deepest zone hierarchy followed upwards (a parent cycle in bad data stops here). */
export const ZONE_DEPTH_LIMIT = 32;

/** A county value: a folder name in every engine's Hive layout (no `/`, `=`, quotes). */
export const COUNTY_PATTERN = /^[\p{L}\p{N}_-]{1,64}$/u;

/** `zone_county(zone_id, county)`: each zone's nearest district ancestor (itself included). */
const COUNTY_CTE = `WITH RECURSIVE chain (zone_id, ancestor, depth) AS (
	SELECT id, id, 0 FROM zones
	UNION ALL
	SELECT c.zone_id, z.parent_id, c.depth + 1
	FROM chain c JOIN zones z ON z.id = c.ancestor
	WHERE z.parent_id IS NOT NULL AND z.kind <> 'district' AND c.depth < ${ZONE_DEPTH_LIMIT}
),
zone_county (zone_id, county) AS (
	SELECT c.zone_id, max(CASE WHEN a.kind = 'district' THEN a.id END)
	FROM chain c JOIN zones a ON a.id = c.ancestor
	GROUP BY c.zone_id
)`;

/** The id of the zone hierarchy's top (the default county when no district is stored). */
export const TOP_ZONE_SQL = `SELECT id FROM zones WHERE parent_id IS NULL ORDER BY id LIMIT 1`;

/** A SQL string literal (COPY takes no bound parameters). */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The rows one table exports: its columns, then `year` (INTEGER, when by year) and `county`. */
export function buildExportSelect(table: ParquetTable, fallbackCounty: string): string {
	if (!COUNTY_PATTERN.test(fallbackCounty)) throw new Error(`bad county ${fallbackCounty}`);
	const year = table.byYear ? 'CAST(EXTRACT(YEAR FROM r.year_at) AS INTEGER) AS year, ' : '';
	return `${COUNTY_CTE}
SELECT r.* EXCLUDE (year_at, zone_ref), ${year}COALESCE(zc.county, ${literal(fallbackCounty)}) AS county
FROM (${table.from}) r LEFT JOIN zone_county zc ON zc.zone_id = r.zone_ref`;
}

/**
 * DuckDB's partitioned write: `<dir>/year=2024/county=xxx/data_0.parquet` (Hive layout), one
 * folder per table. DuckDB-only syntax (Spark writes the same with `partitionBy`).
 */
export function buildExportCopy(table: ParquetTable, dir: string, fallbackCounty: string): string {
	const by = table.byYear ? 'year, county' : 'county';
	return `COPY (${buildExportSelect(table, fallbackCounty)}) TO ${literal(dir)}
		(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (${by}), OVERWRITE_OR_IGNORE true)`;
}
