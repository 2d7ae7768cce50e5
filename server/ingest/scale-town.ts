import { computeH3Cells } from '$geo/h3-cells';
import { appendRows } from '../db/append';
import type { Database, Transaction } from '../db/database';
import { ZONES_EXTENT_SQL } from '../queries/meta';

/**
 * `npm run seed -- --scale N` (issue 18 part 5): the demo town, once generated, copied N − 1
 * more times as a grid of towns side by side, so a database N times larger keeps the demo's
 * shape (communities, grids, roads, records per community) for benchmarks.
 *
 * Copy k (1 … N − 1) sits `dx·col, dy·row` degrees from the original (a grid `ceil(√N)` towns
 * wide, a tenth of a town apart). Every id and every reference to one gets `-t<k>` (c05 →
 * c05-t3, so a survey's zone_id still names its community), names of places get `·<k>`
 * (新街社区·3), every coordinate, bbox and GeoJSON geometry moves by the offset, and the stored
 * H3 cells are computed again for the moved points (in JS: there is no DuckDB h3 extension
 * offline). Everything else is copied as it is: dates, statuses, counts, distances.
 *
 * Not copied: accounts (users, sessions, tokens, the audit log, notices), settings, holiday
 * calendars, catalogues, key groups and the campaigns with their phases and pests (town-wide
 * periods by date; each copy's targets and spray events join the same campaigns).
 */

/** How a column of a copied row is made from the original's. */
type Rule =
	| 'id' // an id or a reference to one: suffixed with -t<k>
	| 'name' // a place's name: suffixed with ·<k>
	| 'x' // a longitude (or minx/maxx): moved by dx
	| 'y' // a latitude (or miny/maxy): moved by dy
	| 'geometry' // GeoJSON text: every position moved
	| 'ids' // a list of ids: each suffixed
	| 'sequence' // filled by the column's default (a sequence)
	| 'h3' // a stored H3 cell: computed again for the moved point
	| 'section'; // an inspection section "segment#n": the segment part suffixed

const POINT: Record<string, Rule> = { lng: 'x', lat: 'y' };
const BBOX: Record<string, Rule> = { minx: 'x', maxx: 'x', miny: 'y', maxy: 'y' };
const H3: Record<string, Rule> = { h3_r7: 'h3', h3_r8: 'h3', h3_r9: 'h3', h3_r10: 'h3' };
const PLACE: Record<string, Rule> = { zone_id: 'id', grid_id: 'id' };
/** Surveys and blind spots: the point, where it arrived, and its enrichment. */
const ENRICHED_POINT: Record<string, Rule> = {
	id: 'id',
	...POINT,
	orig_x: 'x',
	orig_y: 'y',
	...PLACE,
	...H3,
	segment_id: 'id'
};

/** The tables copied, in an order where a copy's references are written after what they name. */
export const SCALED_TABLES: Readonly<Record<string, Record<string, Rule>>> = {
	zones: { id: 'id', name: 'name', parent_id: 'id', geometry: 'geometry', ...BBOX },
	road_segments: { id: 'id', name: 'name', road_id: 'id', geometry: 'geometry', ...BBOX },
	road_oneway: { segment_id: 'id' },
	pois: { id: 'id', name: 'name', geometry: 'geometry', ...POINT, ...PLACE },
	blind_spots: ENRICHED_POINT,
	surveys: { ...ENRICHED_POINT, site_id: 'id' },
	spray_events: { id: 'id', target_ids: 'ids', ...POINT, ...PLACE },
	cases: { id: 'id', merged_into: 'id' },
	case_history: { id: 'sequence', case_id: 'id' },
	case_links: { case_id: 'id', ref: 'id' },
	frontage_units: {
		id: 'id',
		name: 'name',
		...POINT,
		...PLACE,
		segment_id: 'id',
		frontage: 'geometry'
	},
	referrals: { case_id: 'id', unit_id: 'id' },
	responsibilities: { id: 'sequence', target_id: 'id' },
	patrols: { id: 'id' },
	patrol_points: { patrol_id: 'id', ...POINT },
	frontage_checks: { id: 'id', unit_id: 'id', patrol_id: 'id', case_id: 'id', ...POINT },
	volunteer_activities: { id: 'id', zone_id: 'id', area: 'geometry', ...POINT },
	inspections: {
		id: 'id',
		segment_id: 'id',
		road_id: 'id',
		road_name: 'name',
		section: 'section',
		zone_id: 'id',
		community_id: 'id',
		...POINT
	},
	inspection_deductions: { inspection_id: 'id', case_id: 'id', ...POINT },
	reward_ledger: { id: 'id', target_key: 'id', target_name: 'name' },
	sanitary_units: { unit_id: 'id' },
	sanitary_assessments: { id: 'id', unit_id: 'id' },
	facilities: { id: 'id', name: 'name', unit_id: 'id', ...POINT, ...PLACE },
	facility_inspections: { id: 'id', facility_id: 'id' },
	standing_targets: {
		id: 'id',
		name: 'name',
		...POINT,
		zone_id: 'id',
		geometry: 'geometry',
		...BBOX
	},
	teams: { id: 'id', name: 'name' },
	route_plans: { id: 'id', name: 'name' },
	routes: {
		id: 'id',
		plan_id: 'id',
		team_id: 'id',
		geometry: 'geometry',
		start_lng: 'x',
		start_lat: 'y',
		end_lng: 'x',
		end_lat: 'y'
	},
	route_stops: {
		plan_id: 'id',
		route_id: 'id',
		stop_id: 'id',
		...POINT,
		spray_event_id: 'id',
		zone_id: 'id'
	},
	campaign_targets: { target_id: 'id', team_id: 'id', zone_id: 'id', ...POINT }
};

/** `--surveys-only`: the places (so every survey still lies in its community) and the surveys. */
export const SURVEYS_ONLY_TABLES = ['zones', 'road_segments', 'surveys'] as const;

/** Decimals kept on moved coordinates: the demo town's own precision. */
const COORDINATE_DECIMALS = 6;
/** Gap between neighbouring copies, as a share of the town's extent. */
const GAP_SHARE = 0.1;
/** The largest scale accepted (≈ 13M surveys from the demo town). */
export const MAX_SCALE = 2_000;

export interface ScaleOptions {
	scale: number;
	surveysOnly?: boolean;
	onProgress?: (message: string) => void;
}

export interface ScaleSummary {
	scale: number;
	/** Rows per copied table after scaling. */
	rows: Record<string, number>;
	/** Degrees between neighbouring copies. */
	step: { dx: number; dy: number };
	columns: number;
}

/** Grid position of copy k (0 is the original) in a grid `columns` towns wide. */
export function copyOffset(
	k: number,
	columns: number,
	step: { dx: number; dy: number }
): { dx: number; dy: number } {
	return { dx: (k % columns) * step.dx, dy: Math.floor(k / columns) * step.dy };
}

/** Rounds as DuckDB's round(x, 6) does for positive and negative values alike. */
function roundCoordinate(x: number): number {
	const m = 10 ** COORDINATE_DECIMALS;
	return Math.sign(x) * (Math.round(Math.abs(x) * m) / m);
}

function columnExpression(column: string, rule: Rule | undefined): string {
	const c = `src."${column}"`;
	const round = (v: string) => `round(${v}, ${COORDINATE_DECIMALS})`;
	switch (rule) {
		case undefined:
			return c;
		case 'id':
			return `${c} || '-t' || o.k`;
		case 'name':
			return `${c} || '·' || o.k`;
		case 'x':
			return round(`${c} + o.dx`);
		case 'y':
			return round(`${c} + o.dy`);
		case 'ids':
			return `list_transform(${c}, lambda v: v || '-t' || o.k)`;
		case 'section':
			return `CASE WHEN contains(${c}, '#') THEN split_part(${c}, '#', 1) || '-t' || o.k || '#' || split_part(${c}, '#', 2) ELSE ${c} END`;
		case 'h3':
			return `h."${column}"`;
		case 'geometry':
			return geometryExpression(c);
		case 'sequence':
			throw new Error('a sequence column is left to its default');
	}
}

/**
 * GeoJSON text with every position moved: its numbers are lng, lat, lng, lat … in order (2-D
 * positions; no other number occurs in a bare geometry), so the text is split around them and
 * put together again with the odd ones moved by dx and the even ones by dy.
 */
function geometryExpression(c: string): string {
	const number = `'-?[0-9]+(\\.[0-9]+)?'`;
	const nums = `regexp_extract_all(${c}, ${number})`;
	const rest = `regexp_split_to_array(${c}, ${number})`;
	const moved = `CAST(round(CAST(${nums}[i] AS DOUBLE) + CASE WHEN i % 2 = 1 THEN o.dx ELSE o.dy END, ${COORDINATE_DECIMALS}) AS VARCHAR)`;
	return `CASE WHEN ${c} IS NULL THEN NULL ELSE array_to_string(list_transform(range(1, len(${rest}) + 1), lambda i: ${rest}[i] || CASE WHEN i <= len(${nums}) THEN ${moved} ELSE '' END), '') END`;
}

/**
 * Replicates the town already in `db` (the demo, just seeded) into `scale` towns in one
 * transaction. The database must hold exactly one town (scale it once).
 */
export async function scaleTown(db: Database, options: ScaleOptions): Promise<ScaleSummary> {
	const { scale } = options;
	if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE)
		throw new Error(`scale must be a whole number from 1 to ${MAX_SCALE}, got ${scale}`);
	const progress = options.onProgress ?? (() => {});
	const [extent] = await db.query<{ w: number; s: number; e: number; n: number }>(ZONES_EXTENT_SQL);
	const step = {
		dx: Math.ceil((extent.e - extent.w) * (1 + GAP_SHARE) * 1000) / 1000,
		dy: Math.ceil((extent.n - extent.s) * (1 + GAP_SHARE) * 1000) / 1000
	};
	const columns = Math.ceil(Math.sqrt(scale));
	const tables = options.surveysOnly ? [...SURVEYS_ONLY_TABLES] : Object.keys(SCALED_TABLES);
	const copies = Array.from({ length: scale - 1 }, (_, i) => ({
		k: i + 1,
		...copyOffset(i + 1, columns, step)
	}));
	const rows: Record<string, number> = {};
	await db.transaction(async (tx) => {
		const con = tx.connection;
		await tx.run('CREATE TEMP TABLE scale_copies (k INTEGER, dx DOUBLE, dy DOUBLE)');
		await appendRows(
			con,
			'scale_copies',
			[
				['k', 'integer', (r) => r.k],
				['dx', 'double', (r) => r.dx],
				['dy', 'double', (r) => r.dy]
			],
			copies
		);
		const pointTables = tables.filter((t) => Object.values(SCALED_TABLES[t]).includes('h3'));
		await buildH3Map(tx, pointTables, copies, progress);
		for (const table of tables) {
			const started = performance.now();
			await copyTable(tx, table, SCALED_TABLES[table]);
			const [{ n }] = await tx.query<{ n: number }>(
				`SELECT count(*)::INTEGER AS n FROM "${table}"`
			);
			rows[table] = n;
			progress(`${table}: ${n} rows (${Math.round(performance.now() - started)} ms)`);
		}
		const [grown] = await tx.query<{ w: number; s: number; e: number; n: number }>(
			ZONES_EXTENT_SQL
		);
		const meta = {
			center: JSON.stringify([
				roundCoordinate((grown.w + grown.e) / 2),
				roundCoordinate((grown.s + grown.n) / 2)
			]),
			scale: String(scale)
		};
		for (const [key, value] of Object.entries(meta))
			await tx.run(
				'INSERT INTO dataset_meta VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
				{ key, value }
			);
		await tx.run('DROP TABLE scale_copies');
		await tx.run('DROP TABLE IF EXISTS scale_h3');
		await tx.run('DROP TABLE IF EXISTS scale_points');
	});
	return { scale, rows, step, columns };
}

/** One INSERT … SELECT per table: the original rows crossed with the copies. */
async function copyTable(tx: Transaction, table: string, rules: Record<string, Rule>) {
	const columns = (
		await tx.query<{ name: string }>(
			`SELECT column_name AS name FROM information_schema.columns
			 WHERE table_schema = 'main' AND table_name = $table ORDER BY ordinal_position`,
			{ table }
		)
	)
		.map((c) => c.name)
		.filter((c) => rules[c] !== 'sequence');
	const hasH3 = Object.values(rules).includes('h3');
	const join = hasH3
		? `JOIN scale_points p ON p.lng = src.lng AND p.lat = src.lat
		   JOIN scale_h3 h ON h.k = o.k AND h.c = p.c`
		: '';
	await tx.run(
		`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
		 SELECT ${columns.map((c) => columnExpression(c, rules[c])).join(', ')}
		 FROM "${table}" src CROSS JOIN scale_copies o ${join}`
	);
}

/**
 * The H3 cells of every moved point: the distinct positions of the original town's points,
 * moved by each copy's offset, rounded as the copies' coordinates are, each resolution from
 * h3-js as the loader computes it (a res-10 cell's parent is not always the cell holding the
 * point at res 8: H3 cells do not nest exactly).
 */
async function buildH3Map(
	tx: Transaction,
	tables: string[],
	copies: { k: number; dx: number; dy: number }[],
	progress: (message: string) => void
) {
	if (!tables.length) return;
	await tx.run(
		`CREATE TEMP TABLE scale_points AS SELECT row_number() OVER (ORDER BY lng, lat)::INTEGER AS c, lng, lat
		 FROM (${tables.map((t) => `SELECT lng, lat FROM "${t}"`).join(' UNION ')})`
	);
	await tx.run(
		'CREATE TEMP TABLE scale_h3 (k INTEGER, c INTEGER, h3_r7 VARCHAR, h3_r8 VARCHAR, h3_r9 VARCHAR, h3_r10 VARCHAR)'
	);
	const points = await tx.query<{ c: number; lng: number; lat: number }>(
		'SELECT c, lng, lat FROM scale_points ORDER BY c'
	);
	const started = performance.now();
	function* cells() {
		for (const o of copies)
			for (const p of points) {
				const h3 = computeH3Cells(roundCoordinate(p.lng + o.dx), roundCoordinate(p.lat + o.dy));
				yield [o.k, p.c, h3.r7, h3.r8, h3.r9, h3.r10] as const;
			}
	}
	const n = await appendRows(
		tx.connection,
		'scale_h3',
		[
			['k', 'integer', (r) => r[0]],
			['c', 'integer', (r) => r[1]],
			['h3_r7', 'text', (r) => r[2]],
			['h3_r8', 'text', (r) => r[3]],
			['h3_r9', 'text', (r) => r[4]],
			['h3_r10', 'text', (r) => r[5]]
		],
		cells()
	);
	progress(`H3 cells of ${n} moved points (${Math.round(performance.now() - started)} ms)`);
}
