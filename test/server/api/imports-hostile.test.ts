import { afterEach, describe, expect, it } from 'vitest';
import { sharedWorkerPool } from '../../../server/workers/worker-pool';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { MAX_NAME_CHARS } from '../../../server/domain/imports/import-fields';
import { MAX_JSON_DEPTH } from '../../../server/domain/imports/json-depth';
import { QUOTE_CHARS } from '../../../server/domain/imports/quote-value';
import {
	MAX_IMPORT_ROWS,
	MAX_REJECTED_LISTED,
	MAX_XLSX_UNCOMPRESSED_BYTES
} from '../../../server/ingest/import-limits';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createLongXlsx, createXlsxBomb, deepProperty } from './hostile-files';

let db: Database;
afterEach(async () => db?.close());

async function setUp() {
	db = await createMiniTownStore();
	// Timings below are of the refusal, not of a worker thread loading its modules.
	await sharedWorkerPool().warm();
	return createTestApp({ db, version: 'test' });
}

const BLINDSPOT_HEADER = 'id,category,reported_at,lng,lat';

describe('XLSX bombs and long sheets', () => {
	it(`413 for a 1.5 MB workbook whose sheet inflates to 1.6 GB, before inflating it`, async () => {
		const app = await setUp();
		const bytes = createXlsxBomb(1600);
		expect(bytes.byteLength).toBeLessThan(2_000_000);
		const rssBefore = process.memoryUsage().rss;
		const started = performance.now();
		const { status, body } = await postImport(app, '/api/import/pois', { name: 'b.xlsx', bytes });
		const ms = performance.now() - started;
		expect(status).toBe(413);
		expect(body.error.message).toBe(
			'这个 Excel 文件解压后超过 256 MB 上限，请拆分，或另存为 CSV 后再导入'
		);
		expect(body.error.details).toMatchObject({ limit: MAX_XLSX_UNCOMPRESSED_BYTES });
		expect(ms).toBeLessThan(2_000);
		expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
	});

	it('stops reading a long sheet at the first row over MAX_IMPORT_ROWS (413)', async () => {
		const app = await setUp();
		const bytes = createLongXlsx(2 * MAX_IMPORT_ROWS);
		const { status, body } = await postImport(app, '/api/import/pois', { name: 'l.xlsx', bytes });
		expect(status).toBe(413);
		expect(body.error.details).toEqual({ limit: MAX_IMPORT_ROWS, rows: MAX_IMPORT_ROWS + 1 });
	}, 30_000);

	it('says a damaged workbook is damaged without quoting the unzip library', async () => {
		const app = await setUp();
		const bytes = createXlsxBomb(1).slice(0, 600);
		const { status, body } = await postImport(app, '/api/import/pois', { name: 'd.xlsx', bytes });
		expect(status).toBe(422);
		expect(body.error.message).toBe(
			'无法读取这个 Excel 文件（文件已损坏或不完整），请用 Excel 重新保存后再导入'
		);
	});
});

describe('GeoJSON nesting', () => {
	it(`422 for a property nested 20,000 levels deep, naming the limit (${MAX_JSON_DEPTH})`, async () => {
		const app = await setUp();
		const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"p1","kind":"market","name":"A","deep":${deepProperty(20_000)}},"geometry":{"type":"Point","coordinates":[113.09,22.95]}}]}`;
		const { status, body } = await postImport(app, '/api/import/pois', {
			name: 'deep.geojson',
			bytes: text
		});
		expect(status).toBe(422);
		expect(body.error.message).toContain(`嵌套超过 ${MAX_JSON_DEPTH} 层`);
		expect(body.error.details).toMatchObject({ limit: MAX_JSON_DEPTH });
	});

	it('422 for a geometry column holding deeply nested JSON, with the row', async () => {
		const app = await setUp();
		const csv = `id,name,kind,geometry\nz1,A,grid,"${'['.repeat(20_000)}"`;
		const { status, body } = await postImport(app, '/api/import/zones', {
			name: 'z.csv',
			bytes: csv
		});
		expect(status).toBe(422);
		expect(body.error.details.rejected).toEqual([
			{
				row: 2,
				column: 'geometry',
				code: 'geometry_too_deep',
				params: { max: 64 },
				message: '几何文本嵌套超过 64 层'
			}
		]);
	});

	it('reports invalid JSON without the parser message or the text', async () => {
		const app = await setUp();
		const { status, body } = await postImport(app, '/api/import/zones', {
			name: 'z.geojson',
			bytes: `{"type":"FeatureCollection",\n"features":[SECRET${'x'.repeat(500)}]}`
		});
		expect(status).toBe(422);
		expect(body.error.message).toBe(
			'文件不是有效的 JSON（可能不完整或被手工改过），请从 GIS 软件重新导出 GeoJSON'
		);
		expect(body.error.message).not.toContain('SECRET');
	});
});

describe('files with nothing to import', () => {
	it('422 "no data rows" for a header-only CSV, dry run or not; preview shows 0 rows', async () => {
		const app = await setUp();
		const file = { name: 'h.csv', bytes: `${BLINDSPOT_HEADER}\n` };
		const forms: Record<string, string>[] = [{}, { dryRun: 'true' }];
		for (const fields of forms) {
			const { status, body } = await postImport(app, '/api/import/blindspots', file, fields);
			expect(status).toBe(422);
			expect(body.error).toEqual({
				code: 'no_rows',
				message: '文件只有表头，没有数据行；未导入任何数据'
			});
		}
		const en = await postImport(app, '/api/import/blindspots', file, { lang: 'en' });
		expect(en.body.error.message).toBe(
			'the file has a header but no data rows; nothing was imported'
		);
		const preview = await postImport(app, '/api/import/blindspots/preview', file);
		expect(preview.status).toBe(200);
		expect(preview.body).toMatchObject({ rows: 0, sample: [] });
	});
});

describe('rows that used to crash the import', () => {
	it('imports spray events without the optional target_ids column', async () => {
		const app = await setUp();
		const csv =
			'id,team,started_at,chemical,amount,unit,pest,lng,lat\nSP9,一队,2024-06-01 08:00,溴氰菊酯,2.5,L,mosquito,113.084,22.953';
		const { status, body } = await postImport(app, '/api/import/sprays', {
			name: 's.csv',
			bytes: csv
		});
		expect(status).toBe(200);
		expect(body.inserted).toBe(1);
		const [row] = await db.query(`SELECT len(target_ids) AS n FROM spray_events WHERE id = 'SP9'`);
		expect(row.n).toBe(0);
	});

	it('422 with row and column for a date in year 9999 (dates run 1900 to 2100)', async () => {
		const app = await setUp();
		const csv = `${BLINDSPOT_HEADER}\nY1,dirty_road,2024-05-03,113.084,22.953\nY2,dirty_road,9999-12-31 23:59,113.084,22.953\nY3,dirty_road,1899-12-31,113.084,22.953`;
		const { status, body } = await postImport(
			app,
			'/api/import/blindspots',
			{ name: 'y.csv', bytes: csv },
			{ lang: 'en' }
		);
		expect(status).toBe(422);
		expect(body.error.details.rejected).toMatchObject([
			{
				row: 3,
				column: 'reported_at',
				code: 'year_out_of_range',
				params: { min: 1900, max: 2100 },
				message: '"9999-12-31 23:59": the year must be from 1900 to 2100'
			},
			{
				row: 4,
				column: 'reported_at',
				message: '"1899-12-31": the year must be from 1900 to 2100'
			}
		]);
		expect(body.error.details.groups).toEqual([
			{
				code: 'year_out_of_range',
				column: 'reported_at',
				params: { min: 1900, max: 2100 },
				message: 'the year must be from 1900 to 2100',
				rows: [[3, 4]],
				count: 2,
				examples: ['9999-12-31 23:59', '1899-12-31']
			}
		]);
	});
});

describe('malformed forms', () => {
	it('400 for a multipart body that does not parse', async () => {
		const app = await setUp();
		const res = await app.request('/api/import/pois', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
			body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nid\r\n1'
		});
		expect(res.status).toBe(400);
		expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
			'上传的内容不完整，请重新选择文件上传'
		);
	});

	it('400 for two file fields (one import takes one file)', async () => {
		const app = await setUp();
		const form = new FormData();
		form.append('file', new File(['id,kind,name,lng,lat\np1,market,A,113.09,22.95'], 'a.csv'));
		form.append('file', new File(['id,kind,name,lng,lat\np2,market,B,113.09,22.95'], 'b.csv'));
		const res = await app.request('/api/import/pois', { method: 'POST', body: form });
		expect(res.status).toBe(400);
		expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
			'一次只能导入一个文件，这次收到了 2 个；请一个一个导入'
		);
		const [stored] = await db.query(`SELECT count(*) AS n FROM pois WHERE id IN ('p1', 'p2')`);
		expect(Number(stored.n)).toBe(0);
	});
});

describe('invalid geometry', () => {
	const feature = (id: string, geometry: unknown) => ({
		type: 'Feature',
		properties: { id, name: id, kind: 'grid', grade: 2 },
		geometry
	});
	/** The problems of importing `features` as `kind`, after checking the answer is a 422. */
	const refusals = async (kind: string, features: unknown[]) => {
		const { status, body } = await postImport(await setUp(), `/api/import/${kind}`, {
			name: 'f.geojson',
			bytes: JSON.stringify({ type: 'FeatureCollection', features })
		});
		expect(status).toBe(422);
		return body.error.details.rejected;
	};

	it('refuses a self-intersecting polygon (a bow tie) with its feature number', async () => {
		const square = [
			[113.1, 22.9],
			[113.2, 22.9],
			[113.2, 23.0],
			[113.1, 23.0],
			[113.1, 22.9]
		];
		const bowTie = [
			[113.1, 22.9],
			[113.2, 23.0],
			[113.2, 22.9],
			[113.1, 23.0],
			[113.1, 22.9]
		];
		const features = [
			feature('ok', { type: 'Polygon', coordinates: [square] }),
			feature('bow', { type: 'Polygon', coordinates: [bowTie] })
		];
		expect(await refusals('zones', features)).toEqual([
			{
				row: 2,
				column: 'geometry',
				code: 'polygon_crosses',
				value: '113.15, 22.95',
				message: '“113.15, 22.95”：面的边界在此处自相交，请修正轮廓'
			}
		]);
	});

	it('refuses a road of one repeated point (zero length) with its feature number', async () => {
		const features = [
			feature('r1', {
				type: 'LineString',
				coordinates: [
					[113.09, 22.95],
					[113.1, 22.95]
				]
			}),
			feature('r2', {
				type: 'LineString',
				coordinates: [
					[113.09, 22.95],
					[113.09, 22.95],
					[113.09, 22.95]
				]
			})
		];
		expect(await refusals('roads', features)).toEqual([
			{
				row: 2,
				column: 'geometry',
				code: 'line_zero_length',
				message: '道路至少需要 2 个不同的坐标点；这条线长度为 0'
			}
		]);
	});
});

describe('bounded answers', () => {
	it(`lists the first ${MAX_REJECTED_LISTED} problems and the total`, async () => {
		const app = await setUp();
		const bad = 1_500;
		const rows = Array.from({ length: bad }, (_, i) => `R${i},rubbish,2024-05-03,113.084,22.953`);
		const { status, body } = await postImport(app, '/api/import/blindspots', {
			name: 'many.csv',
			bytes: [BLINDSPOT_HEADER, ...rows].join('\n')
		});
		expect(status).toBe(422);
		expect(body.error.details).toMatchObject({
			total: bad,
			truncated: true,
			rows: bad,
			rejectedRows: bad
		});
		expect(body.error.details.rejected).toHaveLength(MAX_REJECTED_LISTED);
		expect(body.error.details.rejected[0]).toMatchObject({ row: 2, column: 'category' });
		// Every problem, listed or not, is in the one group of the same unknown category.
		expect(body.error.details.groups).toMatchObject([
			{ code: 'unknown_code', column: 'category', rows: [[2, bad + 1]], count: bad }
		]);
	});

	it('quotes at most a short excerpt of a bad value', async () => {
		const app = await setUp();
		const long = '9'.repeat(5_000) + 'x';
		const { body } = await postImport(app, '/api/import/blindspots', {
			name: 'q.csv',
			bytes: `${BLINDSPOT_HEADER}\nQ1,dirty_road,2024-05-03,${long},22.953`
		});
		const [issue] = body.error.details.rejected;
		expect(issue).toMatchObject({ row: 2, column: 'lng' });
		expect(issue.message).toBe(`“${'9'.repeat(QUOTE_CHARS)}…”：应为数字`);
		expect(JSON.stringify(body).length).toBeLessThan(1_000);
	});

	it(`refuses names longer than MAX_NAME_CHARS (${MAX_NAME_CHARS})`, async () => {
		const app = await setUp();
		const { status, body } = await postImport(app, '/api/import/pois', {
			name: 'n.csv',
			bytes: `id,kind,name,lng,lat\nN1,market,${'名'.repeat(MAX_NAME_CHARS + 1)},113.09,22.95`
		});
		expect(status).toBe(422);
		expect(body.error.details.rejected).toMatchObject([
			{
				row: 2,
				column: 'name',
				code: 'text_too_long',
				params: { field: 'name', max: MAX_NAME_CHARS },
				message: `“${'名'.repeat(QUOTE_CHARS)}…”：名称最多 ${MAX_NAME_CHARS} 个字`
			}
		]);
	});
});
