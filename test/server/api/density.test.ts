import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const get = async (path: string) => {
	const res = await app.request(path);
	return { status: res.status, body: await res.json() };
};
const calculate = async (body: unknown) => {
	const res = await app.request('/api/density/calculate', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	return { status: res.status, body: await res.json() };
};

describe('GET /api/density', () => {
	it('grades rats per community, listing zones and the data range used', async () => {
		const { status, body } = await get('/api/density?pest=rat&by=zone');
		expect(status).toBe(200);
		expect(body).toMatchObject({ pest: 'rat', from: '2024-05-10', to: '2024-05-11' });
		expect(body.editionChanges).toEqual([]);
		expect(body.units).toEqual([
			{
				id: 'c01',
				name: '东湖社区',
				level: 'FAIL',
				levelNote: null,
				indicators: [
					{
						method: 'rat.indoor_signs',
						value: 6,
						value2: null,
						count: 3,
						effort: 50,
						count2: null,
						level: 'FAIL',
						note: null,
						// Issue 17: 50 rooms meets the 50 a community needs; graded by the 2011 edition.
						sampleMin: 50,
						standard: 'GB/T 27770-2011'
					}
				]
			},
			{
				id: 'c02',
				name: '西岸村',
				level: 'A',
				levelNote: null,
				indicators: [
					{
						method: 'rat.indoor_signs',
						value: 1,
						value2: null,
						count: 1,
						effort: 100,
						count2: null,
						level: 'A',
						note: null,
						sampleMin: 50,
						standard: 'GB/T 27770-2011'
					}
				]
			}
		]);
	});

	it('lists every grid, with no level where nothing was surveyed', async () => {
		const { body } = await get('/api/density?pest=rat&by=grid');
		expect(body.units.map((u: { id: string; level: string | null }) => [u.id, u.level])).toEqual([
			['c01-g01', 'FAIL'],
			['c01-g02', null],
			['c02-g01', null],
			['c02-g02', 'A']
		]);
	});

	it('sums counts and efforts before dividing (never a mean of ratios)', async () => {
		const { body } = await get('/api/density?pest=mosquito&by=zone');
		const c01 = body.units.find((u: { id: string }) => u.id === 'c01');
		// (12 + 60) / (4 + 4) = 9 per lamp-night; the mean of ratios would also be 9 here,
		// so check the raw sums the value came from.
		expect(c01.indicators[0]).toMatchObject({
			method: 'mosquito.light_trap',
			count: 72,
			effort: 8,
			value: 9,
			level: null
		});
		expect(c01.indicators[0].note).toBe('not_graded');
	});

	it('limits to the date range and groups by H3 cell', async () => {
		const inRange = await get('/api/density?pest=cockroach&by=zone&from=2024-01-01&to=2024-12-31');
		const c02 = inRange.body.units.find((u: { id: string }) => u.id === 'c02');
		expect(c02.indicators.map((i: { method: string }) => i.method)).toEqual(['cockroach.sticky']);
		expect(c02.level).toBeNull();
		const all = await get('/api/density?pest=cockroach&by=zone');
		// Issue 17: 2 / 40 rooms infested (5 %, C) is below the 50 rooms a unit needs, so 西岸村
		// is not graded and says why, with the count against the minimum.
		const c02all = all.body.units.find((u: { id: string }) => u.id === 'c02');
		expect(c02all).toMatchObject({ level: null, levelNote: 'sample_too_small' });
		expect(
			c02all.indicators.find((i: { method: string }) => i.method === 'cockroach.infestation')
		).toMatchObject({ effort: 40, sampleMin: 50, level: null, note: 'sample_too_small' });
		const cells = await get('/api/density?pest=rat&by=h3&res=9');
		expect(cells.body.units).toHaveLength(2);
		expect(cells.body.units[0].id).toMatch(/^89[0-9a-f]+$/);
		// Named by the community or village their surveys lie in, not by the cell id.
		const zones = (await get('/api/layers/zones')).body.features.map(
			(f: { properties: { name: string } }) => f.properties.name
		);
		for (const unit of cells.body.units) {
			expect(zones).toContain(unit.name.replace(/ #\d+$/, ''));
		}
	});

	it.each([
		['/api/density?pest=bedbug', /pest must be one of rat, mosquito, fly, cockroach/],
		['/api/density?pest=rat&by=street', /by must be one of zone, grid, h3/],
		['/api/density?pest=rat&by=h3&res=12', /res must be from 7 to 10/],
		['/api/density?pest=rat&from=2025-01-01&to=2024-01-01', /from must not be after to/],
		['/api/density?pest=rat&to=2024-02-30', /to is not a real calendar date/],
		['/api/density', /pest/]
	])('%s is a 400 naming the field', async (path, message) => {
		const { status, body } = await get(path);
		expect(status).toBe(400);
		expect(body.error.message).toMatch(message);
	});
});

describe('POST /api/density/calculate', () => {
	it('grades the worked checks of domain.md §2', async () => {
		const { status, body } = await calculate({
			records: [
				{ pest: 'rat', method: 'rat.indoor_signs', count: 11, effort: 500 },
				{ pest: 'fly', method: 'fly.indoor_rooms', count: 44, effort: 250, count2: 88 },
				{ pest: 'cockroach', method: 'cockroach.infestation', count: 91, effort: 1000 },
				{ pest: 'mosquito', method: 'mosquito.landing', count: 23, effort: 50 }
			]
		});
		expect(status).toBe(200);
		expect(body.pests.map((p: { pest: string; level: string }) => [p.pest, p.level])).toEqual([
			['rat', 'B'],
			['mosquito', 'A'],
			['fly', 'FAIL'],
			['cockroach', 'FAIL']
		]);
		expect(body.pests[0].indicators[0].value).toBeCloseTo(2.2, 12);
	});

	it('adds records of one method together before grading', async () => {
		const { body } = await calculate({
			records: [
				{ pest: 'rat', method: 'rat.indoor_signs', count: 7, effort: 100 },
				{ pest: 'rat', method: 'rat.indoor_signs', count: 0, effort: 400 }
			]
		});
		// 7 / 500 = 1.4 % -> B, where the worst sheet alone (7 %) would fail.
		expect(body.pests[0]).toMatchObject({
			pest: 'rat',
			level: 'B',
			indicators: [{ count: 7, effort: 500, value: expect.closeTo(1.4, 12) }]
		});
	});

	it.each([
		[{ records: [] }, /records must hold at least one record/],
		[
			{ records: [{ pest: 'ant', method: 'x', count: 1, effort: 1 }] },
			/records\[0\]\.pest: pest must be one of/
		],
		[
			{ records: [{ pest: 'rat', method: 'rat.poison', count: 1, effort: 10 }] },
			/records\[0\]\.method: unknown method "rat.poison"/
		],
		[
			{ records: [{ pest: 'rat', method: 'fly.cage', count: 1, effort: 10 }] },
			/records\[0\]\.pest: method fly.cage surveys fly, not rat/
		],
		[
			{ records: [{ pest: 'rat', method: 'rat.indoor_signs', count: -1, effort: 10 }] },
			/records\[0\]\.count: count must not be negative/
		],
		[
			{ records: [{ pest: 'rat', method: 'rat.indoor_signs', count: '5', effort: 10 }] },
			/records\[0\]\.count: count must be a number/
		],
		[
			{
				records: [
					{ pest: 'rat', method: 'rat.snap_trap', count: 1, effort: 10 },
					{ pest: 'rat', method: 'rat.indoor_signs', count: 12, effort: 10 }
				]
			},
			/records\[1\]\.count: 12 rooms with signs cannot exceed 10 rooms inspected/
		]
	])('refuses %j with a 400 naming the field', async (body, message) => {
		const res = await calculate(body);
		expect(res.status).toBe(400);
		expect(res.body.error.message).toMatch(message);
	});

	it('refuses a body that is not JSON with a 400', async () => {
		const res = await app.request('/api/density/calculate', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"records": ['
		});
		expect(res.status).toBe(400);
		expect((await res.json()).error).toEqual({
			code: 'bad_request',
			message: 'Malformed JSON in request body'
		});
	});
});

describe('GET /api/density/export', () => {
	it('writes CSV that Excel opens in Chinese: BOM, Chinese headers, a row per zone and method', async () => {
		const res = await app.request('/api/density/export?pest=rat&by=grid&format=csv');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toContain(
			'sanimap-density-rat-grid-2024-05-10-2024-05-11.csv'
		);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder()
			.decode(bytes)
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe(
			'编号,名称,病媒生物,控制水平,监测方法,指数,单位,第二指标,数量,有效监测量,第二数量,指标等级,C级限值,说明'
		);
		expect(lines).toHaveLength(5);
		expect(lines[1]).toBe('c01-g01,东湖社区第1网格,鼠,不达标,鼠迹法（室内）,6,%,,3,50,,不达标,5,');
		expect(lines[2]).toBe('c01-g02,东湖社区第2网格,鼠,无数据,,,,,,,,无数据,,');
	});

	it('writes an XLSX sheet with numbers as numbers, in English when asked', async () => {
		const res = await app.request('/api/density/export?pest=rat&by=zone&format=xlsx&lang=en');
		expect(res.status).toBe(200);
		const ExcelJS = (await import('exceljs')).default;
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await res.arrayBuffer());
		const sheet = book.worksheets[0];
		expect(sheet.name).toBe('Density levels');
		expect(sheet.getRow(1).getCell(4).value).toBe('Control level');
		expect(sheet.getRow(2).values).toEqual(
			expect.arrayContaining(['c01', '东湖社区', 'Rats', 'FAIL', 'Indoor rodent signs', 6, 3, 50])
		);
		expect(sheet.rowCount).toBe(3);
	});

	it('refuses an unknown format with a 400', async () => {
		const res = await app.request('/api/density/export?pest=rat&format=pdf');
		expect(res.status).toBe(400);
		expect((await res.json()).error.message).toMatch(/format must be csv or xlsx/);
	});
});

describe('GET /api/density/series', () => {
	it('gives a zone’s index month by month over the three years up to the last survey', async () => {
		const { status, body } = await get('/api/density/series?pest=mosquito&unit=c01');
		expect(status).toBe(200);
		expect(body).toMatchObject({
			pest: 'mosquito',
			unit: { id: 'c01', name: '东湖社区', kind: 'community' },
			from: '2022-01-01',
			to: '2024-07-16'
		});
		expect(
			body.months.map((m: { month: string; indicators: { value: number }[] }) => [
				m.month,
				m.indicators[0].value
			])
		).toEqual([
			['2024-04', 3],
			['2024-07', 15]
		]);
	});

	it('works for a grid and refuses the whole town', async () => {
		const grid = await get('/api/density/series?pest=rat&unit=c02-g02');
		expect(grid.body.months).toEqual([
			{
				month: '2024-05',
				level: 'A',
				indicators: [expect.objectContaining({ method: 'rat.indoor_signs', value: 1 })]
			}
		]);
		const town = await get('/api/density/series?pest=rat&unit=town');
		expect(town.status).toBe(400);
		expect(town.body.error.message).toBe(
			'unit must be a community, village or grid; town is a street'
		);
		expect((await get('/api/density/series?pest=rat&unit=nowhere')).status).toBe(404);
	});
});

describe('density export of an ungraded method', () => {
	it('says 不评级 (not graded), not 无数据, for light traps that have data', async () => {
		const res = await app.request('/api/density/export?pest=mosquito&by=zone&format=csv');
		const lines = (await res.text())
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		const c01 = lines.find((l) => l.startsWith('c01,'))!;
		expect(c01).toContain(',诱蚊灯,9,只/灯·夜,');
		expect(c01).toContain(',不评级,');
		// No BI or MOI surveys: the two Aedes risk columns stay empty.
		expect(c01.endsWith('国标未规定控制水平,,')).toBe(true);
	});
});

describe('density export of the Aedes risk (issue 11)', () => {
	it('gives each mosquito row the unit’s BI/MOI risk band and the index’s own, in Chinese', async () => {
		const csv = [
			'id,method,surveyed_at,count,effort,lng,lat',
			'BI1,mosquito.breteau,2024-07-16,12,100,113.084,22.953'
		].join('\n');
		const imported = await postImport(app, '/api/import/surveys', { name: 'bi.csv', bytes: csv });
		expect(imported.status).toBe(200);
		try {
			const res = await app.request('/api/density/export?pest=mosquito&by=zone&format=csv');
			const lines = (await res.text())
				.replace(/^\uFEFF/, '')
				.trim()
				.split('\r\n');
			expect(lines[0].endsWith(',说明,伊蚊（登革热）风险,本指数登革热风险')).toBe(true);
			const c01 = lines.filter((l) => l.startsWith('c01,'));
			expect(c01.find((l) => l.includes(',布雷图,'))).toMatch(/,有暴发风险,有暴发风险$/);
			expect(c01.find((l) => l.includes(',诱蚊灯,'))).toMatch(/,有暴发风险,$/);
			const en = await app.request('/api/density/export?pest=mosquito&by=zone&format=csv&lang=en');
			const enLines = (await en.text())
				.replace(/^\uFEFF/, '')
				.trim()
				.split('\r\n');
			expect(enLines[0].endsWith(',Aedes (dengue) risk,Dengue risk of this index')).toBe(true);
			expect(enLines.find((l) => l.startsWith('c01,') && l.includes('Breteau'))).toMatch(
				/,Risk of an outbreak,Risk of an outbreak$/
			);
			// Other pests have no Aedes columns.
			const rat = await app.request('/api/density/export?pest=rat&by=zone&format=csv');
			expect(await rat.text()).not.toContain('伊蚊');
		} finally {
			await db.run(`DELETE FROM surveys WHERE id = 'BI1'`);
		}
	});
});
