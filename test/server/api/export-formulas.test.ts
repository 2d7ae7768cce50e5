import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { formulaCells, FORMULAS, readExportedCsv } from '../../helpers/exported-csv';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createRequester, DEPOT, MINI_TOWN_STOPS } from './spray-plan-request';

let db: Database;
let app: TestApp;
const { get, post } = createRequester(() => app);
beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());

/** Every cell quoted (RFC 4180), so commas, quotes and a leading tab reach the import as they are. */
const csvFile = (rows: readonly (string | number)[][]) =>
	rows.map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',')).join('\r\n');

async function importCsv(kind: string, rows: (string | number)[][]) {
	// One point sits in Chicago (a negative longitude), far from the mini town: confirm it.
	const { status, body } = await postImport(
		app,
		`/api/import/${kind}`,
		{ name: `${kind}.csv`, bytes: csvFile(rows) },
		{ allowFar: 'true' }
	);
	expect([status, body.rejected]).toEqual([200, []]);
}

/** A CSV export's records, checked to hold no formula cell. */
async function exportedCsv(path: string): Promise<string[][]> {
	const res = await app.request(path);
	expect(res.status).toBe(200);
	const records = readExportedCsv(await res.text());
	expect(formulaCells(records)).toEqual([]);
	return records;
}

describe('CSV exports pass no formulas on (issue 12)', () => {
	it('a layer: imported blind-spot descriptions come out as text, negative longitudes as numbers', async () => {
		await importCsv('blindspots', [
			['id', 'category', 'reported_at', 'status', 'lng', 'lat', 'description'],
			...FORMULAS.map((f, k) => [
				`F${k}`,
				'暴露垃圾',
				'2024-05-03 09:30',
				'已结案',
				113.0835,
				22.9545,
				f
			]),
			['F-west', '暴露垃圾', '2024-05-03 09:30', '已结案', -87.623, 41.881, '-3.5']
		]);
		const [header, ...rows] = await exportedCsv('/api/export/blindspots?format=csv');
		const col = (name: string) => header.indexOf(name);
		const byId = new Map(rows.map((r) => [r[col('编号')], r]));
		// The import trims cells, so `\t=1+1` is stored (and neutralised) as `=1+1`.
		expect(FORMULAS.map((_, k) => byId.get(`F${k}`)?.[col('描述')])).toEqual([
			`'=HYPERLINK("http://x","y")`,
			"'+1+1",
			"'-1+1",
			"'@SUM(1)",
			"'=1+1"
		]);
		const west = byId.get('F-west')!;
		expect([west[col('经度')], west[col('纬度')], west[col('描述')]]).toEqual([
			'-87.623',
			'41.881',
			'-3.5'
		]);

		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(
			await (await app.request('/api/export/blindspots?format=xlsx')).arrayBuffer()
		);
		const cell = (id: string, name: string) => {
			let found: ExcelJS.Cell | undefined;
			wb.worksheets[0].eachRow((row) => {
				if (row.getCell(1).value === id) found = row.getCell(col(name) + 1);
			});
			return found!;
		};
		// XLSX types each cell, so the text is stored unchanged as a string, never a formula.
		const described = FORMULAS.map((_, k) => cell(`F${k}`, '描述'));
		expect(described.map((c) => [c.type, c.value, c.formula])).toEqual(
			FORMULAS.map((f) => [ExcelJS.ValueType.String, f.trim(), undefined])
		);
		expect(cell('F-west', '经度').value).toBe(-87.623);
	});

	it('a route: formula stop ids, team id and visit notes come out as text', async () => {
		const planned = await post('/api/routes/plan', {
			stops: [
				{ ...MINI_TOWN_STOPS[0], id: FORMULAS[0] },
				{ ...MINI_TOWN_STOPS[1], id: FORMULAS[1] },
				MINI_TOWN_STOPS[2]
			],
			teams: [{ id: FORMULAS[3], start: DEPOT }]
		});
		expect(planned.status).toBe(200);
		const saved = await post('/api/routes', {
			name: '=1+1',
			date: '2024-05-10',
			pest: 'mosquito',
			routes: planned.body.routes,
			unassigned: planned.body.unassigned
		});
		expect(saved.status).toBe(201);
		const notes = [FORMULAS[2], FORMULAS[4], '\r=1+1'];
		const stopIds = [FORMULAS[0], FORMULAS[1], MINI_TOWN_STOPS[2].id];
		for (const [k, id] of stopIds.entries()) {
			const visit = await post(
				`/api/routes/${saved.body.id}/stops/${encodeURIComponent(id)}/visit`,
				{ status: 'skipped', note: notes[k] }
			);
			expect(visit.status).toBe(200);
		}
		const [header, ...rows] = await exportedCsv(`/api/routes/${saved.body.id}/export?format=csv`);
		const col = (name: string) => header.indexOf(name);
		expect(new Set(rows.map((r) => r[col('队伍')]))).toEqual(new Set(["'@SUM(1)"]));
		expect(rows.map((r) => r[col('作业点编号')]).sort()).toEqual(
			[`'=HYPERLINK("http://x","y")`, "'+1+1", 'c'].sort()
		);
		expect(rows.map((r) => r[col('说明')]).sort()).toEqual(["'-1+1", "'\t=1+1", "'\r=1+1"].sort());
		expect(rows.every((r) => /^\d+$/.test(r[col('序号')]))).toBe(true);
	});

	it('a comparison (the density and compare exports share the writer): names as text, falls as negative numbers', async () => {
		await importCsv('surveys', [
			['id', 'method', 'site_id', 'surveyed_at', 'count', 'effort', 'lng', 'lat'],
			['S2025', 'rat.indoor_signs', 'M01', '2025-05-10', 1, 50, 113.084, 22.953]
		]);
		await db.query("UPDATE zones SET name = '-东湖社区' WHERE id = 'c01'");
		const [header, ...rows] = await exportedCsv(
			'/api/compare/export?pest=rat&method=rat.indoor_signs&a=2024&b=2025&format=csv'
		);
		const c01 = rows.find((r) => r[0] === 'c01')!;
		expect(c01[1]).toBe("'-东湖社区");
		expect(Number(c01[header.indexOf('变化')])).toBeLessThan(0);
		expect(c01[header.indexOf('变化')]).toMatch(/^-\d+(\.\d+)?$/);
	});
});
