import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Database } from '../../../server/db/database';
import { MAX_IMPORT_ROWS, UPLOAD_LIMIT_BYTES } from '../../../server/ingest/import-limits';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import { createXlsxBomb, deepProperty } from './hostile-files';

/**
 * Issue 11 item 7: a file refused as a whole — too large, unreadable, the wrong sheet, a form
 * the server cannot take — is told in the request's language (Chinese unless `lang=en`, in
 * the form or the query) and a clerk's words, with the same code and status in both.
 */
let db: Database;
afterEach(async () => db?.close());

let app: TestApp;
async function setUp() {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
}

interface Answer {
	status: number;
	code: string;
	message: string;
}

const answer = ({ status, body }: { status: number; body: any }): Answer => ({
	status,
	code: body.error?.code,
	message: body.error?.message
});

/** Posts `file` as the web page does, the language as a form field (none: the default). */
async function post(
	path: string,
	file: { name: string; bytes: Uint8Array | string },
	fields: Record<string, string>,
	lang?: 'en'
): Promise<Answer> {
	return answer(await postImport(app, path, file, lang ? { ...fields, lang } : fields));
}

/** A raw request, the language in the query (the only place before the body is read). */
async function raw(path: string, init: RequestInit, lang?: 'en'): Promise<Answer> {
	const res = await app.request(lang ? `${path}?lang=${lang}` : path, { method: 'POST', ...init });
	return answer({ status: res.status, body: await res.json() });
}

async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const csv = (text: string) => ({ name: 'a.csv', bytes: text });

describe('whole-file refusals in the request’s language', () => {
	it('a file over the upload limit (413)', async () => {
		await setUp();
		const big = { name: 'big.csv', bytes: new Uint8Array(UPLOAD_LIMIT_BYTES + 200_000).fill(65) };
		expect(await post('/api/import/pois', big, {})).toEqual({
			status: 413,
			code: 'too_large',
			message: '文件超过 32 MB 上限，请拆分后再导入'
		});
		// The body is refused before it is read: only the query can ask for English.
		const form = new FormData();
		form.set('file', new File([big.bytes], big.name));
		expect(await raw('/api/import/pois', { body: form }, 'en')).toEqual({
			status: 413,
			code: 'too_large',
			message: 'The file is over the 32 MB limit; split it and import the parts'
		});
	});

	it(`a file of more than ${MAX_IMPORT_ROWS} rows (413), import and preview`, async () => {
		await setUp();
		const long = csv(`id\n${'x\n'.repeat(MAX_IMPORT_ROWS + 1)}`);
		const zh = {
			status: 413,
			code: 'too_large',
			message: '文件超过 200,000 行上限，请拆分成几个文件分别导入'
		};
		expect(await post('/api/import/pois', long, {})).toEqual(zh);
		expect(await post('/api/import/pois/preview', long, {})).toEqual(zh);
		expect(await post('/api/import/pois', long, {}, 'en')).toEqual({
			status: 413,
			code: 'too_large',
			message:
				'The file has more than 200,000 rows, the most one import takes; split it and import the parts'
		});
	});

	it('a damaged workbook and one that unpacks past its limit', async () => {
		await setUp();
		const damaged = { name: 'd.xlsx', bytes: createXlsxBomb(1).slice(0, 600) };
		const zh = {
			status: 422,
			code: 'invalid_file',
			message: '无法读取这个 Excel 文件（文件已损坏或不完整），请用 Excel 重新保存后再导入'
		};
		expect(await post('/api/import/pois', damaged, {})).toEqual(zh);
		expect(await post('/api/import/pois/preview', damaged, {})).toEqual(zh);
		expect(await post('/api/import/pois', damaged, {}, 'en')).toEqual({
			status: 422,
			code: 'invalid_file',
			message:
				'This Excel file cannot be read (it is damaged or incomplete); save it again from Excel and import that'
		});
		const bomb = { name: 'b.xlsx', bytes: createXlsxBomb(300) };
		expect(await post('/api/import/pois', bomb, {})).toEqual({
			status: 413,
			code: 'too_large',
			message: '这个 Excel 文件解压后超过 256 MB 上限，请拆分，或另存为 CSV 后再导入'
		});
		expect((await post('/api/import/pois', bomb, {}, 'en')).message).toBe(
			'The workbook unpacks to more than the 256 MB limit; split it, or save it as CSV, and import that'
		);
	});

	it('a sheet the workbook lacks, naming the sheets it has', async () => {
		await setUp();
		const bytes = await workbook({ 封面: [['SaniMap']], 死角: [['id'], ['K1']] });
		const file = { name: 'a.xlsx', bytes };
		expect(await post('/api/import/blindspots', file, { sheet: '台账' })).toEqual({
			status: 422,
			code: 'invalid_file',
			message: '找不到工作表“台账”；文件里的工作表有：封面、死角'
		});
		expect((await post('/api/import/blindspots', file, { sheet: '台账' }, 'en')).message).toBe(
			'There is no sheet "台账"; the workbook has 封面, 死角'
		);
	});

	it('a file that is not GeoJSON, not JSON at all, or nested too deep', async () => {
		await setUp();
		const topology = { name: 'z.geojson', bytes: '{"type":"Topology"}' };
		const broken = { name: 'z.geojson', bytes: '{"type":"FeatureCollection",\n"features":[' };
		const deep = {
			name: 'deep.geojson',
			bytes: `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"deep":${deepProperty(100)}},"geometry":null}]}`
		};
		const notFeature = {
			name: 'f.geojson',
			bytes: '{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[1,2]}]}'
		};
		const cases: [typeof topology, string, string][] = [
			[
				topology,
				'文件不是 GeoJSON 要素集合（FeatureCollection）或单个要素（Feature），请从 GIS 软件导出 GeoJSON',
				'The file is not a GeoJSON FeatureCollection or Feature; export it as GeoJSON from the GIS tool'
			],
			[
				broken,
				'文件不是有效的 JSON（可能不完整或被手工改过），请从 GIS 软件重新导出 GeoJSON',
				'The file is not valid JSON (cut off or edited by hand?); export it again from the GIS tool'
			],
			[
				deep,
				'文件里的数据嵌套超过 64 层，不像是 GeoJSON 文件；请从 GIS 软件重新导出 GeoJSON',
				'The file nests values more than 64 levels deep, which no GeoJSON file does; export it again from the GIS tool'
			],
			[
				notFeature,
				'第 1 个要素不是 GeoJSON 要素（Feature），请从 GIS 软件重新导出',
				'Feature 1 is not a GeoJSON Feature; export the file again from the GIS tool'
			]
		];
		for (const [file, zh, en] of cases) {
			expect(await post('/api/import/zones', file, {})).toEqual({
				status: 422,
				code: 'invalid_file',
				message: zh
			});
			expect(await post('/api/import/zones', file, {}, 'en')).toEqual({
				status: 422,
				code: 'invalid_file',
				message: en
			});
		}
	});

	it('an unknown kind (404)', async () => {
		await setUp();
		expect(await post('/api/import/trees', csv('id'), {})).toEqual({
			status: 404,
			code: 'not_found',
			message:
				'没有“trees”这种导入；可以导入：区域（zones）、道路（roads）、垃圾死角（blindspots）、病媒监测（surveys）、重点场所（pois）、消杀记录（sprays）、责任制台账（responsibility）'
		});
		const form = new FormData();
		form.set('file', new File(['id'], 'a.csv'));
		expect(await raw('/api/import/trees', { body: form }, 'en')).toEqual({
			status: 404,
			code: 'not_found',
			message:
				'There is no import of "trees"; SaniMap imports zones (zones), roads (roads), blind spots (blindspots), surveys (surveys), places (pois), spray records (sprays), responsibility ledger (responsibility)'
		});
	});

	it('a body that is not multipart, or does not parse (400)', async () => {
		await setUp();
		const notForm = { body: 'id,lng', headers: { 'content-type': 'text/csv' } };
		expect(await raw('/api/import/surveys', notForm)).toEqual({
			status: 400,
			code: 'invalid_parameter',
			message:
				'请在导入页面选择文件上传（接口需以 multipart/form-data 表单发送，文件字段名为 file）'
		});
		expect((await raw('/api/import/surveys', notForm, 'en')).message).toBe(
			'Choose the file on the import page (the API takes it as multipart/form-data with the field "file")'
		);
		const cut = {
			headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
			body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nid\r\n1'
		};
		expect(await raw('/api/import/pois', cut)).toEqual({
			status: 400,
			code: 'invalid_parameter',
			message: '上传的内容不完整，请重新选择文件上传'
		});
		expect((await raw('/api/import/pois', cut, 'en')).message).toBe(
			'The upload arrived incomplete; choose the file and send it again'
		);
	});

	it('bad form fields, a missing file and two files (400)', async () => {
		await setUp();
		const file = csv('id\n1');
		const bad = async (fields: Record<string, string>, lang?: 'en') => {
			const a = await post('/api/import/surveys', file, fields, lang);
			expect([a.status, a.code]).toEqual([400, 'invalid_parameter']);
			return a.message;
		};
		expect(await bad({ crs: 'epsg3857' })).toBe(
			'坐标系（crs）应为 wgs84、cgcs2000、gcj02、bd09 之一'
		);
		expect(await bad({ crs: 'epsg3857' }, 'en')).toBe(
			'crs must be one of wgs84, cgcs2000, gcj02, bd09'
		);
		expect(await bad({ mapping: '{lng:' })).toBe(
			'字段对应（mapping）应为 JSON 对象，把字段对应到文件的列，例如 {"lng":"X坐标"}'
		);
		expect(await bad({ mapping: '["lng"]' }, 'en')).toBe(
			'mapping must be a JSON object from SaniMap field to column name, e.g. {"lng":"X坐标"}'
		);
		expect(await bad({ dryRun: 'yes' })).toBe('dryRun 只能是 true 或 false');
		expect(await bad({ dryRun: 'yes' }, 'en')).toBe('dryRun must be true or false');
		expect(await bad({ colour: 'red' })).toBe('表单里有无法识别的字段：“colour”');
		expect(await bad({ colour: 'red' }, 'en')).toBe('unknown parameter "colour"');

		const noFile = (lang?: string) => {
			const form = new FormData();
			form.set('crs', 'wgs84');
			if (lang) form.set('lang', lang);
			return raw('/api/import/surveys', { body: form });
		};
		expect(await noFile()).toEqual({
			status: 400,
			code: 'invalid_parameter',
			message: '没有收到文件，请选择要导入的 CSV、Excel 或 GeoJSON 文件'
		});
		expect((await noFile('en')).message).toBe(
			'No file arrived; choose the CSV, Excel or GeoJSON file to import'
		);

		const twoFiles = (lang?: string) => {
			const form = new FormData();
			form.append('file', new File(['id\n1'], 'a.csv'));
			form.append('file', new File(['id\n2'], 'b.csv'));
			if (lang) form.set('lang', lang);
			return raw('/api/import/pois', { body: form });
		};
		expect(await twoFiles()).toEqual({
			status: 400,
			code: 'invalid_parameter',
			message: '一次只能导入一个文件，这次收到了 2 个；请一个一个导入'
		});
		expect((await twoFiles('en')).message).toBe(
			'One import takes one file and 2 arrived; import them one at a time'
		);
	});
});
