import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { postImport } from '../../helpers/import-request';
import { createEmptyStore, createMiniTownStore } from '../../helpers/mini-town';

/**
 * Issue 11 item 7: messages in the request's language (`lang`, zh-CN unless asked), naming the
 * Excel row, the column as the file heads it and what was expected in a clerk's words; the
 * `code` is the same in every language.
 */
let db: Database;
afterEach(async () => db?.close());

async function setUp(store = createMiniTownStore) {
	db = await store();
	return createTestApp({ db, version: 'test', serviceArea: null });
}

/** A clerk's sheet with its own headers: a wrong category, status, date and an empty 经度. */
const CLERK_CSV = [
	'案件编号,问题类别,发现时间,处理状态,经度,纬度',
	'A1,垃圾堆,2024/5/3 9:30,已上报,113.084,22.953',
	'A2,暴露垃圾,2024/5/3 9:30,已关闭,113.084,22.953',
	'A3,暴露垃圾,五月三日,已上报,,22.953'
].join('\n');
const file = { name: 'taizhang.csv', bytes: CLERK_CSV };

const brief = (issues: { row: number; column: string; code: string; message: string }[]) =>
	issues.map((i) => [i.row, i.column, i.code, i.message]);

describe('import messages', () => {
	it('are Chinese by default and name the sheet’s own headers and the catalogue names', async () => {
		const app = await setUp();
		const { status, body } = await postImport(app, '/api/import/blindspots', file);
		expect(status).toBe(422);
		expect(brief(body.error.details.rejected)).toEqual([
			[
				2,
				'问题类别',
				'unknown_code',
				'“垃圾堆”：类别应为 积存垃圾渣土、动物尸体、焚烧垃圾、乱堆杂物、绿地脏乱、道路不洁、水域不洁、暴露垃圾、门前三包违规、垃圾箱满溢、道路遗撒、乱倒乱排污水、积水（蚊孳生）、白色垃圾 之一'
			],
			[
				3,
				'处理状态',
				'unknown_code',
				'“已关闭”：状态应为 已上报、已立案、不予立案、已合并、已派遣、处置中、待核查、已结案、已移交城管 之一'
			],
			[
				4,
				'发现时间',
				'not_date',
				'“五月三日”：不是可识别的日期，请写成 2024-05-03 或 2024/5/3 09:30'
			],
			[4, '经度', 'required_empty', '经度为必填项，不能为空']
		]);
		expect(body.error.message).toMatch(
			/^共 3 行，其中 3 行有问题，未导入任何数据。共 4 类问题，第一类：第 2 行，“问题类别”列：类别应为 /
		);
	});

	it('are English with lang=en, as a form field or in the query, with the same codes', async () => {
		const app = await setUp();
		const zh = await postImport(app, '/api/import/blindspots', file);
		const form = await postImport(app, '/api/import/blindspots', file, { lang: 'en' });
		const query = await postImport(app, '/api/import/blindspots?lang=en', file);
		expect(query.body).toEqual(form.body);
		const codes = (b: typeof zh.body) => brief(b.error.details.rejected).map((i) => i.slice(0, 3));
		expect(codes(form.body)).toEqual(codes(zh.body));
		expect(brief(form.body.error.details.rejected).map((i) => i[3])).toEqual([
			'"垃圾堆": category must be one of Accumulated waste and muck, Animal carcass, Garbage burning, Piled clutter, Littered green space, Dirty road, Dirty water surface, Exposed garbage, Frontage duty violation, Overflowing bin, Road spillage, Sewage dumping, Standing water (mosquito breeding), White (plastic) litter',
			'"已关闭": status must be one of reported, accepted, rejected, merged, dispatched, processing, handled, closed, referred',
			'"五月三日": not a date; write it like 2024-05-03 or 2024/5/3 09:30',
			'longitude is required; the cell is empty'
		]);
		const bad = await postImport(app, '/api/import/blindspots', file, { lang: 'fr' });
		expect(bad.status).toBe(400);
		expect(bad.body.error.message).toContain('lang must be zh-CN or en');
	});

	it('name a missing column in the clerk’s words, without mapping JSON', async () => {
		const app = await setUp();
		const csv = '编号,类别,经度,纬度\nB1,暴露垃圾,113.084,22.953';
		const zh = await postImport(app, '/api/import/blindspots', { name: 'b.csv', bytes: csv });
		expect(zh.status).toBe(422);
		expect(zh.body.error.code).toBe('invalid_columns');
		expect(brief(zh.body.error.details.rejected)).toEqual([
			[
				1,
				'上报时间',
				'missing_column',
				'缺少必填列“上报时间”（也认表头：reported_at、上报日期、发现时间）；请添加这一列，或在“字段对应”里选择文件中的列'
			]
		]);
		const preview = await postImport(
			app,
			'/api/import/blindspots/preview',
			{ name: 'b.csv', bytes: csv },
			{ lang: 'en' }
		);
		expect(preview.body.issues[0].message).toBe(
			"no column for the required field reported at (headers recognised: reported_at, 上报时间, 上报日期, 发现时间); add the column or choose one of the file's columns in the mapping"
		);
		for (const text of [JSON.stringify(zh.body), JSON.stringify(preview.body)]) {
			expect(text).not.toContain('<your column>');
			expect(text).not.toContain('mapping {');
		}
	});

	it('word survey rules with the method’s catalogue name', async () => {
		const app = await setUp();
		const csv =
			'编号,监测方法,监测日期,数量,有效监测量,第二数量,经度,纬度\nS1,诱蚊灯,2024-06-01,2,1,3,113.084,22.953';
		const { body } = await postImport(app, '/api/import/surveys', { name: 's.csv', bytes: csv });
		expect(brief(body.error.details.rejected)).toEqual([
			[2, '第二数量', 'method_no_count2', '“3”：诱蚊灯没有第二数量，请留空']
		]);
	});

	it('with no zones stored, do not question far points (nothing to compare with)', async () => {
		const app = await setUp(createEmptyStore);
		const csv = 'id,category,reported_at,lng,lat\nF1,exposed_garbage,2024-05-03,-71.07,42.29';
		const { status, body } = await postImport(app, '/api/import/blindspots', {
			name: 'f.csv',
			bytes: csv
		});
		expect(status).toBe(200);
		expect(body.warnings).toEqual([]);
	});
});
