/**
 * Issue 15 item 1: the office's responsibility ledger imports through POST /api/import/responsibility
 * with Chinese headers (GBK CSV as Excel on Chinese Windows saves it), places matched by name or
 * id; a bad row is a 422 naming its row and column in Chinese, and nothing is written.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { encodeGbk } from '../../helpers/gbk';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

let db: Database;
let planner: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	planner = createTestApp({ db, version: 'test' }, { role: 'planner' });
});
afterAll(async () => db.close());

const HEADER =
	'责任对象类型,责任区域,责任人,联系电话,责任单位,责任书类型,签订日期,起始日期,截止日期,按期结案率目标,考核得分目标';
const count = async () =>
	(await db.query<{ n: number }>('SELECT count(*) AS n FROM responsibilities'))[0].n;

it('a GBK CSV with Chinese headers imports; grid by name, segment by id, road by name', async () => {
	const csv = [
		HEADER,
		'网格,东湖社区第1网格,张敏,13812341234,东湖社区居委会,卫生目标责任状,2025/1/6,2025-01-01,2025-12-31,95%,90',
		'路段,r01-s01,赵磊,,环卫保洁一队,保洁承包合同,2025-01-08,2025-01-01,2025-12-31,≥95,≥ 90',
		'道路,建设路,,,镇城管办,,,,,,'
	].join('\r\n');
	const r = await postImport(planner, '/api/import/responsibility', {
		name: '责任制台账.csv',
		bytes: encodeGbk(csv)
	});
	expect(r.status).toBe(200);
	expect(r.body).toMatchObject({ inserted: 3, updated: 0, encoding: 'gb18030' });
	const rows = await db.query(
		`SELECT target_kind, target_id, person, unit, target_on_time_pct AS pct, target_score AS score,
		 strftime(signed_on, '%Y-%m-%d') AS signed FROM responsibilities ORDER BY target_kind, target_id`
	);
	expect(rows).toEqual([
		{
			target_kind: 'road',
			target_id: 'r02',
			person: null,
			unit: '镇城管办',
			pct: null,
			score: null,
			signed: null
		},
		{
			target_kind: 'segment',
			target_id: 'r01-s01',
			person: '赵磊',
			unit: '环卫保洁一队',
			pct: 95,
			score: 90,
			signed: '2025-01-08'
		},
		{
			target_kind: 'zone',
			target_id: 'c01-g01',
			person: '张敏',
			unit: '东湖社区居委会',
			pct: 95,
			score: 90,
			signed: '2025-01-06'
		}
	]);
	const audit = await db.query<{ action: string; entity_id: string }>(
		`SELECT action, entity_id FROM audit_log ORDER BY id DESC LIMIT 1`
	);
	expect(audit[0]).toEqual({ action: 'import.commit', entity_id: 'responsibility' });
});

it('importing the ledger again with a new person keeps history: the old row closed, a new one', async () => {
	const csv = [HEADER, '网格,c01-g01,刘洋,,东湖社区居委会,,,,,,'].join('\n');
	const r = await postImport(planner, '/api/import/responsibility', { name: 'l.csv', bytes: csv });
	expect(r.status).toBe(200);
	expect(r.body).toMatchObject({ inserted: 1, updated: 0 });
	const rows = await db.query<{ person: string; open: boolean }>(
		`SELECT person, valid_to IS NULL AS open FROM responsibilities WHERE target_id = 'c01-g01' ORDER BY id`
	);
	expect(rows).toEqual([
		{ person: '张敏', open: false },
		{ person: '刘洋', open: true }
	]);
});

it('bad rows are a 422 naming row and column in Chinese, and nothing is written', async () => {
	const before = await count();
	const csv = [
		HEADER,
		'网格,东湖社区第2网格,李强,,,,,,,,',
		'网格,东湖社区第9网格,王五,,,,,,,,',
		'路段,中山路,赵六,,,,,,,,',
		'网格,西岸村第1网格,陈刚,,,,,,,120,',
		'网格,西岸村第2网格,,,,,,2025-12-31,2025-01-01,,'
	].join('\n');
	const r = await postImport(planner, '/api/import/responsibility', {
		name: 'bad.csv',
		bytes: csv
	});
	expect(r.status).toBe(422);
	expect(r.body.error.code).toBe('invalid_rows');
	const listed = (
		r.body.error.details.rejected as { row: number; column: string; message: string }[]
	).map((x) => [x.row, x.column, x.message]);
	expect(listed).toEqual([
		[3, '责任区域', expect.stringContaining('找不到这个网格/片区')],
		[
			4,
			'责任区域',
			expect.stringContaining('有 2 个路段叫这个名字（r01-s01, r01-s02）；请改填编号')
		],
		[5, '按期结案率目标', expect.stringContaining('按期结案率目标应为 0 至 100 之间的数字')],
		[6, '截止日期', expect.stringContaining('截止日期早于起始日期')],
		[6, '责任人', expect.stringContaining('责任人、账号和责任单位至少填写一项')]
	]);
	expect(await count()).toBe(before);
});

it('the same answer in English when asked', async () => {
	const csv = [HEADER, '网格,nowhere,王五,,,,,,,,'].join('\n');
	const r = await postImport(
		planner,
		'/api/import/responsibility',
		{ name: 'bad.csv', bytes: csv },
		{ lang: 'en' }
	);
	expect(r.status).toBe(422);
	expect(r.body.error.details.rejected[0].message).toContain('no grid or area of this name or id');
});
