import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { wgs84ToGcj02 } from '$geo/crs';
import { encodeGbk } from '../../helpers/gbk';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
afterEach(async () => db?.close());

async function setUp(serviceArea: [number, number, number, number] | null = null) {
	db = await createMiniTownStore();
	return createTestApp({ db, version: 'test', serviceArea });
}

const counts = async () =>
	(
		await db.query(
			'SELECT (SELECT count(*) FROM blind_spots) AS b, (SELECT count(*) FROM surveys) AS s, (SELECT count(*) FROM zones) AS z'
		)
	)[0];

/** A clerk's 台账 exported from Excel on Chinese Windows: GBK, Chinese headers, AMap coordinates. */
function clerkCsv(): Uint8Array {
	const [x1, y1] = wgs84ToGcj02([113.0835, 22.9545]);
	const [x2, y2] = wgs84ToGcj02([113.0955, 22.9585]);
	return encodeGbk(
		[
			'编号,类别,上报时间,状态,经度,纬度,问题描述',
			`GBK-1,暴露垃圾,2024/5/3 9:30,已结案,${x1},${y1},"菜市场后门, 垃圾堆"`,
			`GBK-2,道路不洁,2024-05-04,处理中,${x2},${y2},路面油污`
		].join('\r\n')
	);
}

describe('POST /api/import/blindspots', () => {
	it('imports a GBK CSV with Chinese headers and GCJ-02 coordinates where the points belong', async () => {
		const app = await setUp();
		const { status, body } = await postImport(
			app,
			'/api/import/blindspots',
			{ name: '台账.csv', bytes: clerkCsv() },
			{ crs: 'gcj02' }
		);
		expect(status).toBe(200);
		expect(body).toMatchObject({
			inserted: 2,
			updated: 0,
			rejected: [],
			encoding: 'gb18030',
			crs: 'gcj02'
		});
		const rows = await db.query(
			`SELECT id, category, status, strftime(reported_at, '%Y-%m-%dT%H:%M') AS at, lng, lat, crs, orig_x,
			 zone_id, grid_id, description FROM blind_spots WHERE id LIKE 'GBK-%' ORDER BY id`
		);
		expect(rows[0]).toMatchObject({
			category: 'exposed_garbage',
			status: 'closed',
			at: '2024-05-03T09:30',
			crs: 'gcj02',
			zone_id: 'c01',
			grid_id: 'c01-g01',
			description: '菜市场后门, 垃圾堆'
		});
		expect(rows[0].lng).toBeCloseTo(113.0835, 9);
		expect(rows[0].lat).toBeCloseTo(22.9545, 9);
		expect(rows[0].orig_x).toBeCloseTo(wgs84ToGcj02([113.0835, 22.9545])[0], 12);
		expect(rows[1]).toMatchObject({ category: 'dirty_road', status: 'processing', zone_id: 'c02' });
	});

	it('is idempotent by id: importing the same file again updates, never duplicates', async () => {
		const app = await setUp();
		const file = { name: 'a.csv', bytes: clerkCsv() };
		await postImport(app, '/api/import/blindspots', file, { crs: 'gcj02' });
		const before = await counts();
		const again = await postImport(app, '/api/import/blindspots', file, { crs: 'gcj02' });
		expect(again.body).toMatchObject({ inserted: 0, updated: 2 });
		expect(await counts()).toEqual(before);
	});

	it('refuses a broken file listing every bad row, and writes nothing', async () => {
		const app = await setUp();
		const before = await counts();
		const csv = [
			'id,category,reported_at,lng,lat',
			'X1,exposed_garbage,2024-05-03,113.084,22.953',
			'X2,rubbish,2024-02-30,113.084,22.953',
			'X3,dirty_road,2024-05-03,,22.953',
			'X1,dirty_road,2024-05-03,113.084,22.953',
			'X5,dirty_road,2024-05-03,22.953,113.084',
			'X6,dirty_road,2024-05-03,0,0'
		].join('\n');
		const { status, body } = await postImport(app, '/api/import/blindspots', {
			name: 'x.csv',
			bytes: csv
		});
		expect(status).toBe(422);
		expect(body.error.code).toBe('invalid_rows');
		expect(body.error.message).toMatch(
			/^共 6 行，其中 5 行有问题，未导入任何数据。共 6 类问题，第一类：第 3 行，“category”列：类别应为 积存垃圾渣土、动物尸体、/
		);
		expect(
			body.error.details.rejected.map((r: { row: number; column: string }) => [r.row, r.column])
		).toEqual([
			[3, 'category'],
			[3, 'reported_at'],
			[4, 'lng'],
			[5, 'id'],
			[6, 'lng'],
			[7, 'lng']
		]);
		const messages = body.error.details.rejected.map((r: { message: string }) => r.message);
		expect(messages[0]).toMatch(/^“rubbish”：类别应为 积存垃圾渣土、.*暴露垃圾.*白色垃圾.* 之一$/);
		expect(messages[1]).toBe('“2024-02-30”：日期或时间不存在（例如 2 月 30 日、25 点）');
		expect(messages[2]).toBe('经度为必填项，不能为空');
		expect(messages[3]).toBe('“X1”：编号与第 2 行重复；同一文件中编号不能重复');
		expect(messages[4]).toBe(
			'“22.953, 113.084”：坐标超出经度 -180～180、纬度 -90～90 的范围；经度和纬度可能填反了'
		);
		expect(messages[5]).toBe('“0, 0”：0, 0 是缺少位置时的占位值，请填写实际经纬度');
		expect(await counts()).toEqual(before);
	});

	it('recomputes recurrence: a new report at an old place is its third report', async () => {
		const app = await setUp();
		const csv =
			'id,category,reported_at,lng,lat\nB0009,exposed_garbage,2025-01-01 08:00,113.08315,22.95405';
		await postImport(app, '/api/import/blindspots', { name: 'r.csv', bytes: csv });
		const [row] = await db.query(
			`SELECT recurrence, strftime(due_at, '%Y-%m-%dT%H:%M') AS due FROM blind_spots WHERE id = 'B0009'`
		);
		// 2025-01-01 is a Wednesday but 元旦 (data/calendar/2025.json, issue 14): the 8 working
		// hours of exposed_garbage run 09:00-17:00 on Thursday the 2nd.
		expect(row).toEqual({ recurrence: 3, due: '2025-01-02T17:00' });
	});

	it('refuses points outside SANIMAP_SERVICE_AREA after conversion, naming the coordinate system', async () => {
		const app = await setUp([113.0, 22.9, 113.2, 23.0]);
		const csv = 'id,category,reported_at,lng,lat\nY1,dirty_road,2024-05-03,113.25,22.95';
		const { status, body } = await postImport(
			app,
			'/api/import/blindspots',
			{ name: 'y.csv', bytes: csv },
			{ lang: 'en' }
		);
		expect(status).toBe(422);
		expect(body.error.details.rejected).toEqual([
			{
				row: 2,
				column: 'lng',
				code: 'outside_service_area',
				params: { crs: 'wgs84', area: '113,22.9,113.2,23' },
				value: '113.25, 22.95',
				message:
					'"113.25, 22.95": it lies outside the service area 113,22.9,113.2,23; check the coordinate system'
			}
		]);
	});
});

describe('POST /api/import/surveys', () => {
	it('checks methods, count/effort rules and ids with the density rules', async () => {
		const app = await setUp();
		const before = await counts();
		const csv = [
			'id,method,surveyed_at,count,effort,lng,lat',
			'V1,mosquito.container,2024-06-01,12,10,113.084,22.953',
			'V2,mosquito.trap,2024-06-01,1,10,113.084,22.953',
			'V3,诱蚊灯,2024-06-01,3,-1,113.084,22.953'
		].join('\n');
		const { status, body } = await postImport(app, '/api/import/surveys', {
			name: 's.csv',
			bytes: csv
		});
		expect(status).toBe(422);
		expect(body.error.details.rejected).toMatchObject([
			{
				row: 2,
				column: 'count',
				code: 'count_exceeds_effort',
				message: '“12 > 10”：容器指数的数量不能大于有效监测量'
			},
			{
				row: 3,
				column: 'method',
				code: 'unknown_code',
				message: expect.stringMatching(/^“mosquito.trap”：监测方法应为 .*诱蚊灯.* 之一$/)
			},
			{ row: 4, column: 'effort', code: 'not_positive', message: '“-1”：有效监测量应大于 0' }
		]);
		expect(await counts()).toEqual(before);
	});

	it('derives the pest from the method, accepts Chinese method names and keeps the original coordinates', async () => {
		const app = await setUp();
		const csv =
			'id,method,site_id,surveyed_at,count,effort,lng,lat\nV1,诱蚊灯,M09,2024-06-01,5,2,113.0845,22.9535';
		const { body } = await postImport(app, '/api/import/surveys', { name: 's.csv', bytes: csv });
		expect(body).toMatchObject({
			inserted: 1,
			preview: [{ id: 'V1', pest: 'mosquito', method: 'mosquito.light_trap' }]
		});
		const [row] = await db.query(
			`SELECT pest, method, site_id, crs, orig_x, zone_id, h3_r9 FROM surveys WHERE id = 'V1'`
		);
		expect(row).toMatchObject({
			pest: 'mosquito',
			method: 'mosquito.light_trap',
			site_id: 'M09',
			crs: 'wgs84',
			orig_x: 113.0845,
			zone_id: 'c01'
		});
	});

	it('dryRun checks and counts without writing', async () => {
		const app = await setUp();
		const before = await counts();
		const csv =
			'id,method,surveyed_at,count,effort,lng,lat\nS0001,mosquito.light_trap,2024-04-15,1,4,113.084,22.953\nNEW,mosquito.light_trap,2024-04-15,1,4,113.084,22.953';
		const { status, body } = await postImport(
			app,
			'/api/import/surveys',
			{ name: 's.csv', bytes: csv },
			{ dryRun: 'true' }
		);
		expect(status).toBe(200);
		expect(body).toMatchObject({
			dryRun: true,
			inserted: 1,
			updated: 1,
			rejected: [],
			mapping: { lng: 'lng' }
		});
		expect(body.preview).toHaveLength(2);
		expect(await counts()).toEqual(before);
	});

	it('takes an explicit mapping for headers it does not know', async () => {
		const app = await setUp();
		const csv =
			'记录,监测方法,监测时间,捕获,灯数,X坐标,Y坐标\nV7,mosquito.light_trap,2024/6/1,3,1,113.0845,22.9535';
		const mapping = JSON.stringify({
			id: '记录',
			surveyed_at: '监测时间',
			count: '捕获',
			effort: '灯数',
			lng: 'X坐标',
			lat: 'Y坐标'
		});
		const { status, body } = await postImport(
			app,
			'/api/import/surveys',
			{ name: 's.csv', bytes: csv },
			{ mapping }
		);
		expect(status).toBe(200);
		expect(body.inserted).toBe(1);
	});
});

describe('file and form problems', () => {
	it('names the missing or mis-mapped column (422 invalid_columns, row 1)', async () => {
		const app = await setUp();
		const csv = 'id,category,reported_at,经度\nZ1,dirty_road,2024-05-03,113.1';
		const { status, body } = await postImport(
			app,
			'/api/import/blindspots',
			{ name: 'z.csv', bytes: csv },
			{
				mapping: '{"lat":"北纬度"}'
			}
		);
		expect(status).toBe(422);
		expect(body.error.code).toBe('invalid_columns');
		expect(body.error.details.rejected).toEqual([
			{
				row: 1,
				column: '北纬度',
				code: 'mapping_missing_column',
				params: { field: 'lat' },
				value: '北纬度',
				message:
					'“北纬度”：字段对应把纬度指向此列，但文件里没有这一列；文件的列为：id、category、reported_at、经度'
			}
		]);
		expect(body.error.message).toBe(
			'文件的列不符合要求：“北纬度”列：字段对应把纬度指向此列，但文件里没有这一列；文件的列为：id、category、reported_at、经度；未导入任何数据'
		);
	});

	it('400 for bad form fields: crs, mapping JSON, dryRun, missing file', async () => {
		const app = await setUp();
		const file = { name: 'a.csv', bytes: 'id\n1' };
		const bad = async (fields: Record<string, string>) =>
			(await postImport(app, '/api/import/surveys', file, { ...fields, lang: 'en' })).body.error
				.message as string;
		expect(await bad({ crs: 'epsg3857' })).toContain(
			'crs must be one of wgs84, cgcs2000, gcj02, bd09'
		);
		expect(await bad({ mapping: '{lng:' })).toContain('mapping must be a JSON object');
		expect(await bad({ mapping: '["lng"]' })).toContain('mapping must be a JSON object');
		expect(await bad({ dryRun: 'yes' })).toContain('dryRun must be true or false');
		expect(await bad({ colour: 'red' })).toContain('unknown parameter "colour"');
		const form = new FormData();
		form.set('crs', 'wgs84');
		const res = await app.request('/api/import/surveys', { method: 'POST', body: form });
		expect(res.status).toBe(400);
		expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
			'没有收到文件，请选择要导入的 CSV、Excel 或 GeoJSON 文件'
		);
	});

	it('404 for an unknown kind, 400 for a body that is not multipart', async () => {
		const app = await setUp();
		expect(
			(await postImport(app, '/api/import/trees', { name: 'a.csv', bytes: 'id' })).status
		).toBe(404);
		const res = await app.request('/api/import/surveys', {
			method: 'POST',
			body: 'id,lng',
			headers: { 'content-type': 'text/csv' }
		});
		expect(res.status).toBe(400);
	});
});

describe('POST /api/import/{kind}/preview and GET /api/import', () => {
	it('shows encoding, detected mapping, unmapped columns and the first rows, checking nothing', async () => {
		const app = await setUp();
		const { status, body } = await postImport(app, '/api/import/blindspots/preview', {
			name: 'a.csv',
			bytes: clerkCsv()
		});
		expect(status).toBe(200);
		expect(body).toMatchObject({
			format: 'csv',
			encoding: 'gb18030',
			headers: ['编号', '类别', '上报时间', '状态', '经度', '纬度', '问题描述'],
			mapping: {
				id: '编号',
				category: '类别',
				reported_at: '上报时间',
				status: '状态',
				lng: '经度',
				lat: '纬度',
				description: '问题描述'
			},
			unmapped: [],
			rows: 2,
			issues: []
		});
		expect(body.sample[0]).toMatchObject({ 编号: 'GBK-1', 类别: '暴露垃圾' });
	});

	it('lists kinds, fields with aliases, coordinate systems and limits', async () => {
		const app = await setUp();
		const body = (await (await app.request('/api/import')).json()) as {
			kinds: Record<string, Record<string, { required: boolean; aliases: string[] }>>;
			crs: string[];
			limits: Record<string, number>;
		};
		expect(Object.keys(body.kinds)).toEqual([
			'zones',
			'roads',
			'blindspots',
			'surveys',
			'pois',
			'sprays',
			'responsibility'
		]);
		expect(body.kinds.responsibility.target).toMatchObject({
			required: true,
			aliases: expect.arrayContaining(['责任区域'])
		});
		expect(body.kinds.surveys.lng).toMatchObject({
			required: true,
			aliases: expect.arrayContaining(['经度'])
		});
		expect(body.crs).toEqual(['wgs84', 'cgcs2000', 'gcj02', 'bd09']);
		expect(body.limits.rows).toBe(200_000);
	});
});
