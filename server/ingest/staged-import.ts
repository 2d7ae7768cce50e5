import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportResult } from '../contract/import-results';
import { DATA_WRITES } from '../contract/audit-actions';
import { appendRows, type ColumnSpec } from '../db/append';
import type { Database, Session, Transaction } from '../db/database';
import type { ImportRecords } from '../domain/imports/build-records';
import { catalogueWords, lookupIndex, PEST_WORDS } from '../domain/imports/code-lookups';
import { padExtentKm, FAR_FROM_ZONES_KM } from '../domain/imports/far-points';
import { fileRefusals } from '../domain/imports/file-refusal-messages';
import { groupIssues } from '../domain/imports/group-issues';
import { MAX_NAME_CHARS } from '../domain/imports/import-fields';
import { noRowsMessage } from '../domain/imports/import-summaries';
import type { RawIssue } from '../domain/imports/import-issue';
import { createIssueWording } from '../domain/imports/issue-messages';
import { MAX_YEAR, MIN_YEAR } from '../domain/imports/parse-value';
import { resolveMapping, type ColumnMapping } from '../domain/imports/resolve-mapping';
import {
	byRowThenColumn,
	duplicateIdIssue,
	surveyCatalogueIssues
} from '../domain/imports/validate-rows';
import { AppError, PayloadTooLargeError } from '../errors';
import type { Actor } from '../services/actor';
import { recordAudit } from '../services/audit';
import type { WorkerPool } from '../workers/worker-pool';
import type { Bbox } from '$geo/bbox';
import { refuseColumns, refuseFar, refuseRows, type ImportRequest } from './check-import';
import { loadEnrichmentLayers, type EnrichmentLayers } from './enrichment-store';
import { farIssue } from './far-issues';
import { buildImportCatalogues, type ImportCatalogueRows } from './import-catalogues';
import {
	ENRICH_BATCH_POINTS,
	MAX_FILE_IMPORT_BYTES,
	MAX_FILE_IMPORT_ROWS,
	MAX_IMPORT_ROWS,
	PREVIEW_ROWS,
	STAGED_CHECK_BATCH_ROWS,
	UPLOAD_LIMIT_BYTES
} from './import-limits';
import { tooManyRows } from './row-limit';
import { prepareCsvFile, sqlText, stageCsv, STAGE_TABLE, type StagedCsv } from './stage-csv';
import type { EnrichedColumns } from './staged-jobs';

/**
 * Surveys from a CSV, at DuckDB's speed (issue 18). DuckDB's reader stages the file as text
 * (stage-csv.ts); one INSERT … SELECT takes every row whose cells are plainly right (ISO-like
 * dates, plain numbers, codes and names from the catalogues, coordinates in range and in the
 * service area); the other rows go, a batch at a time, through the row-object checks of the
 * old path in a worker, which word every problem as before and build the records the SQL
 * could not (GCJ-02 coordinates, full-width digits …). Ids repeated in the file and the
 * method catalogue's rules are joins over all records; far points and enrichment run over
 * the distinct points only; stored ids are a semi-join. The write is DELETE + INSERT … SELECT
 * with the audit row in one transaction: a bad row is a 422 and nothing is written.
 */

/** Characters JavaScript's String.prototype.trim removes (the row-object path trims cells so). */
const JS_WHITESPACE =
	'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** A cell starting or ending with white space (JavaScript's trim would change it). */
const WHITESPACE_EDGE_RE = `^[${JS_WHITESPACE}]|[${JS_WHITESPACE}]$`;
/** A plain decimal number, which JavaScript's Number and DuckDB's DOUBLE read alike. */
const NUMBER_RE = '[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?';
/** parse-value.ts DATE_TEXT with ASCII white space only (RE2): a subset of what it takes. */
const DATE_RE =
	'^([0-9]{4})[ \\t]*[-/.年][ \\t]*([0-9]{1,2})[ \\t]*[-/.月][ \\t]*([0-9]{1,2})[ \\t]*日?(?:(?:[ \\t]+|T)([0-9]{1,2})[:：]([0-9]{2})(?:[:：]([0-9]{2}))?)?$';

/** The TEMP tables of one staged import, dropped when it ends whatever happened. */
const TEMP_TABLES = [
	STAGE_TABLE,
	'import_typed',
	'import_rows',
	'import_slow',
	'import_points',
	'import_enriched',
	'import_method_words',
	'import_pest_words',
	'import_methods',
	'import_far'
];

/** Whether a request takes the staged path: surveys from a CSV (by name or first bytes). */
export function takesStagedPath(req: ImportRequest, head: Uint8Array): boolean {
	if (req.kind !== 'surveys') return false;
	if (head[0] === 0x50 && head[1] === 0x4b) return false;
	if (/\.(geo)?json$/i.test(req.filename)) return false;
	const text = new TextDecoder().decode(head.subarray(0, 64)).replace(/^\uFEFF/, '');
	return !text.trimStart().startsWith('{');
}

export interface StagedContext {
	catalogueRows: ImportCatalogueRows;
	zoneExtents: readonly Bbox[] | null;
}

/**
 * The staged import of `req`, or null when the file is one DuckDB's reader would read
 * differently from parseCsv (a blank line between rows, a header past row 1, a reader
 * error): the caller then takes the row-object path, which reads it as before.
 */
export async function importStagedCsv(
	db: Database,
	actor: Actor,
	req: ImportRequest,
	work: WorkerPool,
	ctx: StagedContext
): Promise<ImportResult | null> {
	const limitBytes = req.path ? MAX_FILE_IMPORT_BYTES : UPLOAD_LIMIT_BYTES;
	const size = req.path ? statSync(req.path).size : req.bytes.byteLength;
	if (size > limitBytes) {
		throw new PayloadTooLargeError(fileRefusals(req.lang).uploadTooLarge(limitBytes), {
			limit: limitBytes
		});
	}
	const dir = mkdtempSync(join(tmpdir(), 'sanimap-import-'));
	try {
		let path = req.path;
		if (!path) {
			path = join(dir, 'upload.csv');
			await writeFile(path, req.bytes);
		}
		const file = await prepareCsvFile(path, dir);
		if (!file) return null;
		return await db.session(async (session) => {
			try {
				const staged = await stageCsv(session, file);
				if (!staged) return null;
				const result = await checkAndWrite(session, actor, req, work, ctx, staged);
				return { ...result, encoding: file.encoding };
			} finally {
				for (const t of TEMP_TABLES) await session.run(`DROP TABLE IF EXISTS ${t}`);
			}
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function checkAndWrite(
	session: Session,
	actor: Actor,
	req: ImportRequest,
	work: WorkerPool,
	ctx: StagedContext,
	staged: StagedCsv
): Promise<ImportResult> {
	const maxRows = req.path ? MAX_FILE_IMPORT_ROWS : MAX_IMPORT_ROWS;
	if (staged.rows > maxRows) throw tooManyRows(req.lang, maxRows);
	const { headers } = staged;
	const { mapping, issues } = resolveMapping({
		kind: req.kind,
		headers,
		given: req.mapping,
		hasGeometry: false
	});
	if (staged.rows === 0) throw new AppError(422, 'no_rows', noRowsMessage(req.lang, true));
	const { density, names } = buildImportCatalogues(ctx.catalogueRows);
	const wording = createIssueWording(req.lang, names, headers);
	if (issues.length) throw refuseColumns(wording, issues, headers, mapping);

	await stageCatalogues(session, ctx.catalogueRows);
	const column = (field: string) => {
		const header = mapping[field];
		return header === undefined ? 'NULL::VARCHAR' : `s.${staged.columns[headers.indexOf(header)]}`;
	};
	const [typed, fast] = fastSurveysSql(column);
	await session.run(typed);
	await session.run(fast, {
		max: MAX_NAME_CHARS,
		minYear: MIN_YEAR,
		maxYear: MAX_YEAR,
		fast: req.crs === 'wgs84' || req.crs === 'cgcs2000',
		noArea: req.serviceArea === null,
		w: req.serviceArea?.[0] ?? 0,
		s: req.serviceArea?.[1] ?? 0,
		e: req.serviceArea?.[2] ?? 0,
		n: req.serviceArea?.[3] ?? 0
	});
	await session.run('DROP TABLE import_typed');
	const rejected = await checkSlowRows(session, req, work, ctx.catalogueRows, staged, mapping);
	rejected.push(...(await duplicateIssues(session, mapping)));
	rejected.push(...(await catalogueIssues(session, density, mapping, req.crs)));
	if (rejected.length) throw refuseRows(wording, rejected.sort(byRowThenColumn), staged.rows);

	await session.run(
		'CREATE TEMP TABLE import_points AS SELECT lng, lat FROM import_rows GROUP BY lng, lat'
	);
	const far =
		req.serviceArea || !ctx.zoneExtents
			? []
			: await farPointIssues(session, ctx.zoneExtents, mapping);
	if (far.length && !req.dryRun && !req.allowFar) throw refuseFar(wording, far, staged.rows);

	const preview = await previewRecords(session, req.crs);
	const result = {
		rejected: [] as [],
		dryRun: req.dryRun,
		crs: req.crs,
		format: 'csv' as const,
		mapping,
		preview,
		warnings: groupIssues(far, wording).groups
	};
	if (req.dryRun) {
		const updated = await countStored(session);
		return { ...result, encoding: null, inserted: staged.rows - updated, updated };
	}
	let layers = await loadEnrichmentLayers(session);
	await enrichPoints(session, work, layers);
	const summary = await session.transaction(async (tx) => {
		const now = await loadEnrichmentLayers(tx);
		if (now.fingerprint !== layers.fingerprint) {
			layers = now;
			await tx.run('DROP TABLE import_enriched');
			await enrichPoints(tx, work, layers);
		}
		const updated = await countStored(tx);
		await tx.run('DELETE FROM surveys WHERE id IN (SELECT id FROM import_rows)');
		await tx.run(INSERT_SURVEYS_SQL, { crs: req.crs });
		const counts = { inserted: staged.rows - updated, updated };
		await recordAudit(tx, actor, {
			...DATA_WRITES.importCommit,
			entityId: req.kind,
			after: { kind: req.kind, file: req.filename, ...counts }
		});
		return counts;
	});
	return { ...result, encoding: null, ...summary };
}

type Query = Pick<Transaction, 'query' | 'run' | 'connection'>;

/** The code words and the method catalogue as TEMP tables the SQL checks join to. */
async function stageCatalogues(session: Session, rows: ImportCatalogueRows): Promise<void> {
	const { density } = buildImportCatalogues(rows);
	const methods = [...density.methods.values()];
	const words: [string, Map<string, string>][] = [
		['import_method_words', lookupIndex(catalogueWords(methods))],
		['import_pest_words', lookupIndex(PEST_WORDS)]
	];
	const wordColumns: ColumnSpec<[string, string]>[] = [
		['key', 'text', (r) => r[0]],
		['code', 'text', (r) => r[1]]
	];
	for (const [table, index] of words) {
		await session.run(`CREATE TEMP TABLE ${table} (key VARCHAR, code VARCHAR)`);
		await appendRows(session.connection, table, wordColumns, index.entries());
	}
	await session.run(
		'CREATE TEMP TABLE import_methods (code VARCHAR, pest VARCHAR, proportion BOOLEAN, value2 BOOLEAN)'
	);
	await appendRows(
		session.connection,
		'import_methods',
		[
			['code', 'text', (m) => m.code],
			['pest', 'text', (m) => m.pest],
			['proportion', 'boolean', (m) => m.proportion],
			['value2', 'boolean', (m) => m.value2 !== null]
		],
		methods
	);
}

/**
 * The rows whose every cell SQL can take as it is (see the file's comment), typed, into
 * import_rows; `$fast` is false when coordinates need converting (GCJ-02, BD-09), which
 * leaves every row to the row-object checks. Each condition accepts only what parse-value.ts
 * and build-records.ts accept with the same value, so a row taken here has no problem there:
 * a text cell with white space at an edge, a number or date with anything around it, goes to
 * them. The cells are typed once into import_typed and filtered there: a filter over computed
 * columns in one SELECT would compute each expression twice.
 */
function fastSurveysSql(column: (field: string) => string): string[] {
	const text = (f: string) => `nullif(${column(f)}, '')`;
	const edge = (f: string) =>
		`(${column(f)} IS NULL OR NOT regexp_matches(${column(f)}, ${sqlText(WHITESPACE_EDGE_RE)}))`;
	const num = (f: string) =>
		`CASE WHEN regexp_full_match(${column(f)}, ${sqlText(NUMBER_RE)}) THEN TRY_CAST(${column(f)} AS DOUBLE) END`;
	const date = column('surveyed_at');
	const typed = `CREATE TEMP TABLE import_typed AS
	SELECT CAST(s.rowid + 1 AS INTEGER) AS n, ${text('id')} AS id, mw.code AS method,
		coalesce(pw.code, m.pest) AS pest, ${text('pest')} IS NULL OR pw.code IS NOT NULL AS pest_ok,
		${text('site_id')} AS site_id, ${text('habitat')} AS habitat,
		${['id', 'method', 'pest', 'site_id', 'habitat'].map(edge).join(' AND ')} AS edges_ok,
		greatest(${['id', 'method', 'pest', 'site_id', 'habitat'].map((f) => `coalesce(strlen(${column(f)}), 0)`).join(', ')}) AS longest,
		CASE WHEN regexp_full_match(${date}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(${date} AS DATE)
			END AS iso_day,
		CASE WHEN NOT regexp_full_match(${date}, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
			THEN regexp_extract(${date}, ${sqlText(DATE_RE)}, ['y', 'mo', 'd', 'h', 'mi', 's']) END AS dt,
		${num('count')} AS count, ${num('effort')} AS effort, ${num('count2')} AS count2,
		${text('count2')} IS NULL AS no_count2, ${num('lng')} AS lng, ${num('lat')} AS lat
	FROM ${STAGE_TABLE} s
	LEFT JOIN import_method_words mw ON mw.key = lower(${column('method')})
	LEFT JOIN import_methods m ON m.code = mw.code
	LEFT JOIN import_pest_words pw ON pw.key = lower(${column('pest')})
	WHERE s.rowid > 0`;
	const rows = `CREATE TEMP TABLE import_rows AS
	WITH d AS (
		SELECT *, coalesce(iso_day, TRY_CAST(nullif(dt.y, '') || '-' || dt.mo || '-' || dt.d AS DATE)) AS day,
			coalesce(TRY_CAST(nullif(dt.h, '') AS INTEGER), 0) AS hh,
			coalesce(TRY_CAST(nullif(dt.mi, '') AS INTEGER), 0) AS mm,
			coalesce(TRY_CAST(nullif(dt.s, '') AS INTEGER), 0) AS ss
		FROM import_typed
	)
	SELECT n, id, pest, method, coalesce(site_id, id) AS site_id, coalesce(habitat, '') AS habitat,
		strftime(day, '%Y-%m-%d') AS surveyed_at, count, effort, count2, lng, lat,
		lng AS orig_x, lat AS orig_y
	FROM d
	WHERE $fast AND id IS NOT NULL AND method IS NOT NULL AND pest_ok AND pest IS NOT NULL
		AND edges_ok AND longest <= $max
		AND day IS NOT NULL AND year(day) BETWEEN $minYear AND $maxYear
		AND hh < 24 AND mm < 60 AND ss < 60
		AND isfinite(count) AND count >= 0 AND isfinite(effort) AND effort > 0
		AND (no_count2 OR isfinite(count2))
		AND isfinite(lng) AND isfinite(lat) AND lng BETWEEN -180 AND 180 AND lat BETWEEN -90 AND 90
		AND NOT (lng = 0 AND lat = 0)
		AND ($noArea OR (lng >= $w AND lat >= $s AND lng <= $e AND lat <= $n))`;
	return [typed, rows];
}

/** import_rows' columns as the appender writes a record the row-object checks built. */
const ROW_COLUMNS: ColumnSpec<{ n: number; r: ImportRecords['surveys'] }>[] = [
	['n', 'integer', (x) => x.n],
	['id', 'text', (x) => x.r.id],
	['pest', 'text', (x) => x.r.pest],
	['method', 'text', (x) => x.r.method],
	['site_id', 'text', (x) => x.r.siteId],
	['habitat', 'text', (x) => x.r.habitat],
	['surveyed_at', 'text', (x) => x.r.surveyedAt],
	['count', 'double', (x) => x.r.count],
	['effort', 'double', (x) => x.r.effort],
	['count2', 'double', (x) => x.r.count2],
	['lng', 'double', (x) => x.r.lng],
	['lat', 'double', (x) => x.r.lat],
	['orig_x', 'double', (x) => x.r.origX],
	['orig_y', 'double', (x) => x.r.origY]
];

/**
 * The rows the SQL did not take (an anti-join), a batch at a time through the row-object
 * checks in a worker: their problems, worded as before; their records join import_rows.
 */
async function checkSlowRows(
	session: Session,
	req: ImportRequest,
	work: WorkerPool,
	catalogueRows: ImportCatalogueRows,
	staged: StagedCsv,
	mapping: ColumnMapping
): Promise<RawIssue[]> {
	await session.run(`CREATE TEMP TABLE import_slow AS
		SELECT CAST(s.rowid + 1 AS INTEGER) AS n, ${staged.columns.map((c) => `s.${c}`).join(', ')}
		FROM ${STAGE_TABLE} s WHERE s.rowid > 0 AND s.rowid + 1 NOT IN (SELECT n FROM import_rows)`);
	// The text of the file is not needed past here: its memory goes back before enrichment.
	await session.run(`DROP TABLE ${STAGE_TABLE}`);
	const issues: RawIssue[] = [];
	let after = 0;
	for (;;) {
		const rows = await session.query<Record<string, string | null> & { n: number }>(
			`SELECT * FROM import_slow WHERE n > $after ORDER BY n LIMIT ${STAGED_CHECK_BATCH_ROWS}`,
			{ after }
		);
		if (!rows.length) return issues;
		after = rows[rows.length - 1].n;
		const checked = await work.run('checkRowBatch', {
			kind: req.kind,
			rows: rows.map((r) => ({
				row: r.n,
				values: Object.fromEntries(staged.headers.map((h, i) => [h, r[staged.columns[i]]]))
			})),
			mapping,
			crs: req.crs,
			serviceArea: req.serviceArea,
			catalogueRows
		});
		issues.push(...checked.issues);
		const records = checked.records as ImportRecords['surveys'][];
		await appendRows(
			session.connection,
			'import_rows',
			ROW_COLUMNS,
			records.map((r, k) => ({ n: checked.rowsOf[k], r }))
		);
	}
}

/** Ids a good row before it already has (validate-rows.ts: the first such row stays). */
async function duplicateIssues(session: Session, mapping: ColumnMapping): Promise<RawIssue[]> {
	const rows = await session.query<{ n: number; id: string; first: number }>(
		`SELECT n, id, first FROM (SELECT n, id, min(n) OVER (PARTITION BY id) AS first FROM import_rows)
		 WHERE n > first ORDER BY n`
	);
	if (rows.length) {
		await session.run(
			`DELETE FROM import_rows WHERE n IN (SELECT n FROM (SELECT n, min(n) OVER (PARTITION BY id) AS first FROM import_rows) WHERE n > first)`
		);
	}
	return rows.map((r) => duplicateIdIssue(r.n, mapping, r.id, r.first));
}

const RECORD_SQL = `SELECT r.n, r.id, r.pest, r.method, r.site_id AS "siteId", r.habitat,
	r.surveyed_at AS "surveyedAt", r.count, r.effort, r.count2, r.lng, r.lat, $crs AS crs,
	r.orig_x AS "origX", r.orig_y AS "origY" FROM import_rows r`;

type RecordRow = ImportRecords['surveys'] & { n: number };

/**
 * The method catalogue's rules as a join: only rows breaking one (unknown method for the
 * pest, pest mismatch, count over effort, a count2 the method lacks) are worded, by the same
 * function as before (check-records.ts).
 */
async function catalogueIssues(
	session: Session,
	density: ReturnType<typeof buildImportCatalogues>['density'],
	mapping: ColumnMapping,
	crs: string
): Promise<RawIssue[]> {
	const rows = await session.query<RecordRow & Record<string, unknown>>(
		`${RECORD_SQL} LEFT JOIN import_methods m ON m.code = r.method
		 WHERE m.code IS NULL OR m.pest <> r.pest OR (m.proportion AND r.count > r.effort)
			OR (r.count2 IS NOT NULL AND NOT m.value2)
		 ORDER BY n`,
		{ crs }
	);
	const records = rows.map(({ n: _n, ...r }) => r as ImportRecords['surveys']);
	return surveyCatalogueIssues(
		density,
		records,
		rows.map((r) => r.n),
		mapping
	);
}

/**
 * Points far from every stored zone (far-points.ts), decided per distinct point as a join
 * against the zones' padded extents, then named at every row that has them.
 */
async function farPointIssues(
	session: Session,
	extents: readonly Bbox[],
	mapping: ColumnMapping
): Promise<RawIssue[]> {
	if (!extents.length) return [];
	await session.run('CREATE TEMP TABLE import_far (w DOUBLE, s DOUBLE, e DOUBLE, n DOUBLE)');
	await appendRows(
		session.connection,
		'import_far',
		[
			['w', 'double', (b: Bbox) => b[0]],
			['s', 'double', (b: Bbox) => b[1]],
			['e', 'double', (b: Bbox) => b[2]],
			['n', 'double', (b: Bbox) => b[3]]
		],
		extents.map((b) => padExtentKm(b, FAR_FROM_ZONES_KM))
	);
	const rows = await session.query<{ n: number; origX: number; origY: number }>(
		`SELECT r.n, r.orig_x AS "origX", r.orig_y AS "origY" FROM import_rows r
		 JOIN (SELECT p.lng, p.lat FROM import_points p ANTI JOIN import_far f
			ON p.lng BETWEEN f.w AND f.e AND p.lat BETWEEN f.s AND f.n) far
		 ON far.lng = r.lng AND far.lat = r.lat ORDER BY r.n`
	);
	return rows.map((r) => farIssue(r.n, mapping, r));
}

async function previewRecords(session: Session, crs: string): Promise<ImportRecords['surveys'][]> {
	const rows = await session.query<RecordRow & Record<string, unknown>>(
		`${RECORD_SQL} ORDER BY n LIMIT ${PREVIEW_ROWS}`,
		{ crs }
	);
	return rows.map(({ n: _n, ...r }) => r as ImportRecords['surveys']);
}

/** Rows of the file whose id is stored already (a semi-join; an upsert updates them). */
async function countStored(q: Pick<Transaction, 'query'>): Promise<number> {
	const [{ n }] = await q.query<{ n: number }>(
		'SELECT count(*) AS n FROM import_rows r SEMI JOIN surveys s ON s.id = r.id'
	);
	return n;
}

const ENRICHED_COLUMNS: ColumnSpec<{
	k: number;
	lng: number[];
	lat: number[];
	e: EnrichedColumns;
}>[] = [
	['lng', 'double', (x) => x.lng[x.k]],
	['lat', 'double', (x) => x.lat[x.k]],
	['zone_id', 'text', (x) => x.e.zoneId[x.k]],
	['grid_id', 'text', (x) => x.e.gridId[x.k]],
	['h3_r7', 'text', (x) => x.e.r7[x.k]],
	['h3_r8', 'text', (x) => x.e.r8[x.k]],
	['h3_r9', 'text', (x) => x.e.r9[x.k]],
	['h3_r10', 'text', (x) => x.e.r10[x.k]],
	['segment_id', 'text', (x) => x.e.segmentId[x.k]],
	['segment_distance_m', 'double', (x) => x.e.segmentDistanceM[x.k]]
];

/** Zone, grid, H3 cells and nearest road of each distinct point, a worker batch at a time. */
async function enrichPoints(q: Query, work: WorkerPool, layers: EnrichmentLayers): Promise<void> {
	await q.run(`CREATE TEMP TABLE import_enriched (lng DOUBLE, lat DOUBLE, zone_id VARCHAR,
		grid_id VARCHAR, h3_r7 VARCHAR, h3_r8 VARCHAR, h3_r9 VARCHAR, h3_r10 VARCHAR, segment_id VARCHAR,
		segment_distance_m DOUBLE)`);
	const [{ total }] = await q.query<{ total: number }>(
		'SELECT count(*) AS total FROM import_points'
	);
	for (let at = 0; at < total; at += ENRICH_BATCH_POINTS) {
		const reader = await q.connection.runAndReadAll(
			`SELECT lng, lat FROM import_points WHERE rowid >= ${at} AND rowid < ${at + ENRICH_BATCH_POINTS}`
		);
		const [lng, lat] = reader.getColumnsJS() as number[][];
		const e = await work.run('enrichPointBatch', { layers, lng, lat });
		await appendRows(
			q.connection,
			'import_enriched',
			ENRICHED_COLUMNS,
			lng.map((_, k) => ({ k, lng, lat, e }))
		);
	}
}

const INSERT_SURVEYS_SQL = `INSERT INTO surveys (id, pest, method, site_id, habitat, surveyed_at,
	count, effort, count2, lng, lat, crs, orig_x, orig_y, zone_id, grid_id, h3_r7, h3_r8, h3_r9, h3_r10,
	segment_id, segment_distance_m)
	SELECT r.id, r.pest, r.method, r.site_id, r.habitat, CAST(r.surveyed_at AS DATE), r.count,
		r.effort, r.count2, r.lng, r.lat, $crs, r.orig_x, r.orig_y, e.zone_id, e.grid_id, e.h3_r7,
		e.h3_r8, e.h3_r9, e.h3_r10, e.segment_id, e.segment_distance_m
	FROM import_rows r JOIN import_enriched e ON e.lng = r.lng AND e.lat = r.lat`;
