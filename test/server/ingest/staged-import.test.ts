import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { AppError } from '../../../server/errors';
import { checkImport, type ImportRequest } from '../../../server/ingest/check-import';
import { importFile } from '../../../server/ingest/import-file';
import { loadImportCatalogueRows } from '../../../server/ingest/import-catalogues';
import { loadZoneExtents } from '../../../server/ingest/far-issues';
import { importStagedCsv } from '../../../server/ingest/staged-import';
import { systemActor } from '../../../server/services/actor';
import { sharedWorkerPool } from '../../../server/workers/worker-pool';
import { computeH3Cells } from '$geo/h3-cells';
import { encodeGbk } from '../../helpers/gbk';
import { createMiniTownStore } from '../../helpers/mini-town';

/**
 * Issue 18: surveys from a CSV go through DuckDB's reader and SQL checks (staged-import.ts).
 * The row-object path (checkImport, validate-rows.ts) is the reference for every message.
 */
let db: Database;
afterEach(async () => db?.close());
// The worker thread's first start (tsx loading the job modules) is not what these tests time.
beforeAll(
	() =>
		sharedWorkerPool().run('checkRowBatch', {
			kind: 'surveys',
			rows: [],
			mapping: {},
			crs: 'wgs84',
			serviceArea: null,
			catalogueRows: { methods: [], thresholds: [], categories: [] }
		}),
	60_000
);

const actor = systemActor('test');
const request = (csv: string | Uint8Array, extra: Partial<ImportRequest> = {}): ImportRequest => ({
	kind: 'surveys',
	bytes: typeof csv === 'string' ? new TextEncoder().encode(csv) : csv,
	filename: 's.csv',
	crs: 'wgs84',
	mapping: {},
	dryRun: false,
	serviceArea: null,
	lang: 'zh-CN',
	...extra
});

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
	try {
		await run();
	} catch (error) {
		if (error instanceof AppError) return error;
		throw error;
	}
	throw new Error('expected a refusal');
}

const surveyCount = async () =>
	(await db.query<{ n: number }>('SELECT count(*) AS n FROM surveys'))[0].n;

describe('staged survey import', () => {
	it('refuses a file with bad rows with the row-object path’s messages and Excel rows, writing nothing', async () => {
		db = await createMiniTownStore();
		const before = await surveyCount();
		const csv = [
			'id,method,surveyed_at,count,effort,count2,lng,lat,habitat',
			'A1,mosquito.light_trap,2024-06-01,3,1,,113.084,22.953,居民区',
			'A2,mosquito.light_trap,2024-02-30,3,1,,113.084,22.953,',
			'A3,mosquito.light_trap,2024-06-01,abc,1,,113.084,22.953,',
			'A4,mosquito.light_trap,2024-06-01,3,1,,113.084,22.953,"后巷\n水缸"',
			'A1,mosquito.light_trap,2024-06-01,3,1,,113.084,22.953,',
			'A6,mosquito.trap,2024-06-01,3,1,,113.084,22.953,',
			'A7,mosquito.container,2024-06-01,12,10,,113.084,22.953,',
			'A8,诱蚊灯,2024年6月1日,３,1,,113.084,22.953,',
			'A9,mosquito.light_trap,2024-06-01,3,1,,0,0,',
			'A10,mosquito.light_trap,2024-06-01,3,1,5,113.084,22.953,',
			',mosquito.light_trap,2024-06-01,3,1,,113.084,22.953,',
			'A12,mosquito.light_trap,1850-06-01,3,-2,,200,22.953,'
		].join('\r\n');
		const ctx = {
			catalogueRows: await loadImportCatalogueRows(db, 'surveys'),
			zoneExtents: await loadZoneExtents(db)
		};
		const staged = await refusal(() =>
			importStagedCsv(db, actor, request(csv), sharedWorkerPool(), ctx)
		);
		const reference = await refusal(async () =>
			checkImport(request(csv), ctx.catalogueRows, null, ctx.zoneExtents)
		);
		expect(staged.status).toBe(422);
		expect(staged.code).toBe('invalid_rows');
		expect(staged.message).toBe(reference.message);
		expect(staged.details).toEqual(reference.details);
		const rejected = (
			staged.details as { rejected: { row: number; column: string; code: string }[] }
		).rejected;
		// The quoted line break keeps row 5 one row: the repeated id is on row 6, as Excel shows it.
		expect(rejected.map((r) => [r.row, r.column, r.code])).toEqual([
			[3, 'surveyed_at', 'not_calendar_date'],
			[4, 'count', 'not_number'],
			[6, 'id', 'duplicate_id'],
			[7, 'method', 'unknown_code'],
			[8, 'count', 'count_exceeds_effort'],
			[10, 'lng', 'coordinate_placeholder'],
			[11, 'count2', 'method_no_count2'],
			[12, 'id', 'required_empty'],
			[13, 'effort', 'not_positive'],
			[13, 'lng', 'coordinate_out_of_range'],
			[13, 'surveyed_at', 'year_out_of_range']
		]);
		expect(await surveyCount()).toBe(before);
	});

	it('finds stored ids with a join: a dry run counts them, the import updates them', async () => {
		db = await createMiniTownStore();
		const before = await surveyCount();
		const csv = [
			'id,method,surveyed_at,count,effort,lng,lat',
			'S0001,mosquito.light_trap,2024-04-15,1,4,113.084,22.953',
			'N1,mosquito.light_trap,2024-04-15,2,4,113.0845,22.9535',
			'N2,rat.snap_trap,2024-04-16,0,50,113.0845,22.9535'
		].join('\n');
		const dry = await importFile(db, actor, request(csv, { dryRun: true }));
		expect(dry).toMatchObject({ dryRun: true, inserted: 2, updated: 1, encoding: 'utf-8' });
		expect(await surveyCount()).toBe(before);
		const done = await importFile(db, actor, request(csv));
		expect(done).toMatchObject({ inserted: 2, updated: 1, format: 'csv' });
		expect(await surveyCount()).toBe(before + 2);
		const [audit] = await db.query<{ after: string }>(
			`SELECT CAST(after AS VARCHAR) AS after FROM audit_log WHERE entity_id = 'surveys' ORDER BY id DESC LIMIT 1`
		);
		expect(JSON.parse(audit.after)).toMatchObject({ kind: 'surveys', inserted: 2, updated: 1 });
	});

	it('stores each point with its zone, H3 cells and the file’s values', async () => {
		db = await createMiniTownStore();
		const csv =
			'id,method,site_id,surveyed_at,count,effort,lng,lat\nV1, 诱蚊灯 ,M09,2024/6/1 08:30,5,2,113.0845,22.9535\nV2,mosquito.light_trap,,2024-06-02,0,1,113.0845,22.9535';
		const done = await importFile(db, actor, request(csv));
		expect(done).toMatchObject({ inserted: 2, updated: 0 });
		const rows = await db.query(
			`SELECT id, pest, method, site_id, habitat, strftime(surveyed_at, '%Y-%m-%d') AS day, count,
			 effort, count2, crs, orig_x, zone_id, h3_r7, h3_r10 FROM surveys WHERE id IN ('V1', 'V2') ORDER BY id`
		);
		const h3 = computeH3Cells(113.0845, 22.9535);
		expect(rows).toEqual([
			{
				id: 'V1',
				pest: 'mosquito',
				method: 'mosquito.light_trap',
				site_id: 'M09',
				habitat: '',
				day: '2024-06-01',
				count: 5,
				effort: 2,
				count2: null,
				crs: 'wgs84',
				orig_x: 113.0845,
				zone_id: 'c01',
				h3_r7: h3.r7,
				h3_r10: h3.r10
			},
			expect.objectContaining({ id: 'V2', site_id: 'V2', day: '2024-06-02', zone_id: 'c01' })
		]);
	});

	it('still imports a GBK file from Excel on Chinese Windows, with GCJ-02 coordinates', async () => {
		db = await createMiniTownStore();
		const csv = encodeGbk(
			[
				'编号,监测方法,监测日期,捕获数,有效数,经度,纬度',
				'G1,诱蚊灯,2024-06-01,4,1,113.0896,22.9508'
			].join('\r\n')
		);
		const done = await importFile(db, actor, request(csv, { crs: 'gcj02', filename: '监测.csv' }));
		expect(done).toMatchObject({ inserted: 1, encoding: 'gb18030', crs: 'gcj02' });
		const [row] = await db.query(`SELECT crs, orig_x, lng FROM surveys WHERE id = 'G1'`);
		expect(row.crs).toBe('gcj02');
		expect(row.orig_x).toBe(113.0896);
		expect(Math.abs((row.lng as number) - 113.0896)).toBeGreaterThan(0.003);
	});

	it('numbers rows after a blank line as Excel does (the file takes the row-object path)', async () => {
		db = await createMiniTownStore();
		const csv =
			'id,method,surveyed_at,count,effort,lng,lat\nB1,mosquito.light_trap,2024-06-01,1,1,113.084,22.953\n\nB2,mosquito.light_trap,2024-06-01,x,1,113.084,22.953\n';
		const ctx = { catalogueRows: await loadImportCatalogueRows(db, 'surveys'), zoneExtents: [] };
		expect(await importStagedCsv(db, actor, request(csv), sharedWorkerPool(), ctx)).toBeNull();
		const error = await refusal(() => importFile(db, actor, request(csv)));
		expect((error.details as { rejected: { row: number }[] }).rejected[0].row).toBe(4);
	});
});
