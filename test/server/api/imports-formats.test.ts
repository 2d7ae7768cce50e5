import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { MAX_IMPORT_ROWS, UPLOAD_LIMIT_BYTES } from '../../../server/ingest/import-limits';
import { wgs84ToBd09 } from '$geo/crs';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
afterEach(async () => db?.close());

async function setUp() {
	db = await createMiniTownStore();
	return createTestApp({ db, version: 'test' });
}

async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	for (const [name, rows] of Object.entries(sheets)) {
		const ws = wb.addWorksheet(name);
		for (const r of rows) ws.addRow(r);
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('XLSX', () => {
	it('reads the first sheet by default, Excel date cells and BD-09 coordinates', async () => {
		const app = await setUp();
		const [x, y] = wgs84ToBd09([113.0845, 22.9535]);
		const bytes = await workbook({
			监测记录: [
				['编号', '方法', '日期', '数量', '有效数', '经度', '纬度', '生境'],
				['X1', 'mosquito.light_trap', new Date(Date.UTC(2024, 5, 1)), 7, 2, x, y, '居民区'],
				['X2', 'rat.snap_trap', '2024/6/2', 1, 50, x, y, '农贸市场']
			],
			说明: [['这一页不是数据']]
		});
		const { status, body } = await postImport(
			app,
			'/api/import/surveys',
			{ name: '监测.xlsx', bytes },
			{ crs: 'bd09' }
		);
		expect(status).toBe(200);
		expect(body).toMatchObject({ inserted: 2, format: 'xlsx', encoding: null });
		const rows = await db.query(
			`SELECT id, strftime(surveyed_at, '%Y-%m-%d') AS d, lng, lat, crs, habitat FROM surveys WHERE id LIKE 'X%' ORDER BY id`
		);
		expect(rows.map((r) => [r.id, r.d, r.crs, r.habitat])).toEqual([
			['X1', '2024-06-01', 'bd09', '居民区'],
			['X2', '2024-06-02', 'bd09', '农贸市场']
		]);
		expect(rows[0].lng).toBeCloseTo(113.0845, 8);
		expect(rows[0].lat).toBeCloseTo(22.9535, 8);
	});

	it('reads a named sheet, numbers rows as Excel does, and names sheets it lacks', async () => {
		const app = await setUp();
		const bytes = await workbook({
			封面: [['SaniMap']],
			死角: [
				['id', 'category', 'reported_at', 'lng', 'lat'],
				['K1', 'dirty_road', '2024-05-03', 113.09, 22.955],
				['K2', 'dirty_road', 'yesterday', 113.09, 22.955]
			]
		});
		const bad = await postImport(
			app,
			'/api/import/blindspots',
			{ name: 'a.xlsx', bytes },
			{ sheet: '死角' }
		);
		expect(bad.status).toBe(422);
		expect(bad.body.error.details.rejected).toEqual([
			{
				row: 3,
				column: 'reported_at',
				code: 'not_date',
				value: 'yesterday',
				message: '“yesterday”：不是可识别的日期，请写成 2024-05-03 或 2024/5/3 09:30'
			}
		]);
		const missing = await postImport(
			app,
			'/api/import/blindspots',
			{ name: 'a.xlsx', bytes },
			{ sheet: '台账' }
		);
		expect(missing.status).toBe(422);
		expect(missing.body.error).toMatchObject({
			code: 'invalid_file',
			message: '找不到工作表“台账”；文件里的工作表有：封面、死角'
		});
	});
});

describe('GeoJSON', () => {
	const square = (w: number, s: number, e: number, n: number) => ({
		type: 'Polygon',
		coordinates: [
			[
				[w, s],
				[e, s],
				[e, n],
				[w, n],
				[w, s]
			]
		]
	});

	it('imports zones and re-enriches stored points inside them', async () => {
		const app = await setUp();
		const fc = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'far',
					properties: { 名称: '远郊村', 类型: '村' },
					geometry: square(113.19, 23.09, 113.21, 23.11)
				}
			]
		};
		const { status, body } = await postImport(app, '/api/import/zones', {
			name: 'zones.geojson',
			bytes: JSON.stringify(fc)
		});
		expect(status).toBe(200);
		expect(body.inserted).toBe(1);
		const [zone] = await db.query(`SELECT name, kind, minx, area_m2 FROM zones WHERE id = 'far'`);
		expect(zone).toMatchObject({ name: '远郊村', kind: 'village', minx: 113.19 });
		expect(zone.area_m2).toBeGreaterThan(4.5e6);
		// B0005 (113.2, 23.1) lay outside the mini town; it now belongs to the new village.
		const [b5] = await db.query(`SELECT zone_id FROM blind_spots WHERE id = 'B0005'`);
		expect(b5.zone_id).toBe('far');
	});

	it('numbers GeoJSON problems by feature and checks geometry types and rings', async () => {
		const app = await setUp();
		const open = square(113.1, 22.9, 113.2, 23.0);
		open.coordinates[0].pop();
		const fc = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'ok', name: 'A', kind: 'grid' },
					geometry: square(113.1, 22.9, 113.2, 23.0)
				},
				{
					type: 'Feature',
					properties: { id: 'line', name: 'B', kind: 'grid' },
					geometry: {
						type: 'LineString',
						coordinates: [
							[113.1, 22.9],
							[113.2, 23]
						]
					}
				},
				{ type: 'Feature', properties: { id: 'open', name: 'C', kind: 'grid' }, geometry: open },
				{ type: 'Feature', properties: { id: 'none', name: 'D', kind: 'grid' }, geometry: null }
			]
		};
		const { status, body } = await postImport(app, '/api/import/zones', {
			name: 'z.json',
			bytes: JSON.stringify(fc)
		});
		expect(status).toBe(422);
		expect(body.error.details.rejected).toMatchObject([
			{
				row: 2,
				column: 'geometry',
				code: 'geometry_not_area',
				message: '区域应为面（Polygon 或 MultiPolygon），而不是 LineString'
			},
			{
				row: 3,
				column: 'geometry',
				code: 'ring_not_closed',
				message: expect.stringContaining('没有闭合')
			},
			{ row: 4, column: 'geometry', code: 'required_empty', message: '几何为必填项，不能为空' }
		]);
	});

	it('takes blind-spot points from Point geometries', async () => {
		const app = await setUp();
		const fc = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'G1',
					properties: { category: '垃圾箱满溢', reported_at: '2024-05-03 10:00' },
					geometry: { type: 'Point', coordinates: [113.0905, 22.9521] }
				}
			]
		};
		const { body } = await postImport(app, '/api/import/blindspots', {
			name: 'p.geojson',
			bytes: JSON.stringify(fc)
		});
		expect(body.inserted).toBe(1);
		const [row] = await db.query(`SELECT category, lng, zone_id FROM blind_spots WHERE id = 'G1'`);
		expect(row).toEqual({ category: 'overflowing_bin', lng: 113.0905, zone_id: 'c02' });
	});

	it('refuses a file that is not GeoJSON', async () => {
		const app = await setUp();
		const { status, body } = await postImport(app, '/api/import/zones', {
			name: 'z.geojson',
			bytes: '{"type":"Topology"}'
		});
		expect(status).toBe(422);
		expect(body.error.message).toBe(
			'文件不是 GeoJSON 要素集合（FeatureCollection）或单个要素（Feature），请从 GIS 软件导出 GeoJSON'
		);
	});
});

describe('limits', () => {
	it(`413 for more than MAX_IMPORT_ROWS (${MAX_IMPORT_ROWS}) rows, with the limit`, async () => {
		const app = await setUp();
		const csv = `id\n${'x\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
		const { status, body } = await postImport(app, '/api/import/pois', {
			name: 'big.csv',
			bytes: csv
		});
		expect(status).toBe(413);
		expect(body.error.details).toEqual({ limit: MAX_IMPORT_ROWS, rows: MAX_IMPORT_ROWS + 1 });
	});

	it(`413 for an upload over UPLOAD_LIMIT_BYTES (${UPLOAD_LIMIT_BYTES})`, async () => {
		const app = await setUp();
		const bytes = new Uint8Array(UPLOAD_LIMIT_BYTES + 200_000).fill(0x41);
		const { status, body } = await postImport(app, '/api/import/pois', { name: 'big.csv', bytes });
		expect(status).toBe(413);
		expect(body.error.details.limit).toBe(UPLOAD_LIMIT_BYTES);
	});
});
