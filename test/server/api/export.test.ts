import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());

describe('GET /api/export/{layer}', () => {
	it('CSV: UTF-8 BOM, Chinese headers, 6-decimal coordinates, the /api/layers filters', async () => {
		const res = await app.request('/api/export/blindspots?format=csv&status=closed');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toContain('sanimap-blindspots.csv');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
		expect(lines[0]).toBe(
			'编号,类别,上报时间,状态,描述,来源,处置期限,结案时间,所属区域,所属网格,路段编号,距路段（米）,重复次数,经度,纬度'
		);
		expect(lines.map((l) => l.split(',')[0])).toEqual(['编号', 'B0001', 'B0002', 'B0005']);
		expect(lines[1]).toMatch(
			/^B0001,exposed_garbage,2023-05-01T09:30:00,closed,市场后门暴露垃圾,.*,113\.0831,22\.9541$/
		);
	});

	it('English headers with lang=en', async () => {
		const text = await (
			await app.request('/api/export/surveys?format=csv&lang=en&pest=rat')
		).text();
		const [header, ...rows] = text.trim().split('\r\n');
		expect(header).toBe(
			'ID,Pest,Method,Site ID,Surveyed on,Count,Effort,Count 2,Habitat,Zone,Grid,Longitude,Latitude'
		);
		expect(rows.map((r) => r.split(',')[0])).toEqual(['S0004', 'S0005']);
	});

	it('XLSX: one sheet named for the layer, numbers kept as numbers, zones with a label point', async () => {
		const res = await app.request('/api/export/zones?format=xlsx&kind=grid');
		expect(res.headers.get('content-type')).toContain('spreadsheetml');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(await res.arrayBuffer());
		const sheet = wb.worksheets[0];
		expect(sheet.name).toBe('区域');
		expect(sheet.getRow(1).values).toEqual([
			undefined,
			'编号',
			'名称',
			'类型',
			'上级编号',
			'责任人/责任单位',
			'经度',
			'纬度'
		]);
		expect(sheet.rowCount).toBe(5);
		expect(sheet.getRow(2).getCell(1).value).toBe('c01-g01');
		expect(sheet.getRow(2).getCell(6).value).toBeCloseTo(113.0825, 6);
	});

	it('GeoJSON is the /api/layers collection, bbox tested exactly', async () => {
		const res = await app.request(
			'/api/export/roads?format=geojson&bbox=113.081,22.954,113.086,22.956'
		);
		const layers = await (
			await app.request('/api/layers/roads?bbox=113.081,22.954,113.086,22.956')
		).json();
		expect(res.headers.get('content-type')).toContain('application/geo+json');
		const body = (await res.json()) as { features: unknown[] };
		expect(body.features).toEqual((layers as { features: unknown[] }).features);
		expect(body.features.length).toBeGreaterThan(0);
	});

	it('an exported CSV imports back unchanged: its Chinese headers are import aliases', async () => {
		const csv = new Uint8Array(
			await (await app.request('/api/export/surveys?format=csv')).arrayBuffer()
		);
		const before = await db.query('SELECT * FROM surveys ORDER BY id');
		const { status, body } = await postImport(app, '/api/import/surveys', {
			name: 'export.csv',
			bytes: csv
		});
		expect(status).toBe(200);
		expect(body).toMatchObject({ inserted: 0, updated: 8, encoding: 'utf-8-bom' });
		expect(await db.query('SELECT * FROM surveys ORDER BY id')).toEqual(before);
	});

	it('refuses unknown layers, formats and filters that do not apply', async () => {
		expect((await app.request('/api/export/trees')).status).toBe(404);
		const bad = async (q: string) => {
			const res = await app.request(`/api/export/zones?${q}`);
			return {
				status: res.status,
				message: ((await res.json()) as { error: { message: string } }).error.message
			};
		};
		expect(await bad('format=shp')).toEqual({
			status: 400,
			message: expect.stringContaining('format must be one of geojson, csv, xlsx')
		});
		expect(await bad('pest=rat')).toEqual({
			status: 400,
			message: expect.stringContaining('pest does not apply to layer zones')
		});
		expect(await bad('lang=fr')).toEqual({
			status: 400,
			message: expect.stringContaining('lang must be zh-CN or en')
		});
	});
});
