/**
 * Issue 15 item 1: the responsibility registry's API. A new holder closes the old row and starts
 * the next (history kept), an edit of the same holder changes the row in place, every write is
 * one audit row (none when refused), only the office writes, and a sprayer reads phones masked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
	ResponsibilityHistory,
	ResponsibilityList,
	ResponsibilitySaved,
	ResponsibilityView
} from '../../../server/contract/responsibility';
import type { Database } from '../../../server/db/database';
import { createAuditedApp, readAuditLog, type StoredAuditRow } from '../../helpers/audited-app';
import { createMiniTownStore } from '../../helpers/mini-town';
import { makeJpeg, tempPhotoRoot } from '../../helpers/photos';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

let db: Database;
let planner: TestApp;
let sprayer: TestApp;
let grid: TestApp;
let leader: TestApp;
let photos: ReturnType<typeof tempPhotoRoot>;
let clock = new Date('2025-03-03T02:00:00Z'); // 10:00 in Shanghai

beforeAll(async () => {
	db = await createMiniTownStore();
	photos = tempPhotoRoot();
	const options = { db, version: 'test', photosDir: photos.root, now: () => clock };
	planner = createAuditedApp(options, { role: 'planner' });
	sprayer = createTestApp(options, { role: 'sprayer', team: 'team-1' });
	grid = createTestApp(options, { role: 'grid', zones: ['c01-g01'] });
	leader = createTestApp(options, { role: 'leader' });
});
afterAll(async () => {
	await db.close();
	photos.remove();
});

const post = (app: TestApp, path: string, body: unknown) =>
	app.request(path, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});

/** Runs one request and returns its answer and the audit rows it added. */
async function audited(send: () => Promise<Response>) {
	const before = (await readAuditLog(db)).length;
	const res = await send();
	const body = (await res.json()) as Record<string, unknown>;
	const rows: StoredAuditRow[] = (await readAuditLog(db)).slice(before);
	return { status: res.status, body, rows };
}

const zhang = {
	targetKind: 'zone',
	targetId: 'c01-g01',
	person: '张敏',
	phone: '13812341234',
	unit: '东湖社区居委会',
	pledgeType: 'target',
	signedOn: '2025-01-06',
	termFrom: '2025-01-01',
	termTo: '2025-12-31',
	targetOnTimePct: 95,
	targetScore: 90
};

describe('registering, replacing and ending', () => {
	it('a first holder is created (201), with one responsibility.create audit row', async () => {
		const r = await audited(() => post(planner, '/api/responsibilities', zhang));
		expect(r.status).toBe(201);
		const saved = r.body as unknown as ResponsibilitySaved;
		expect(saved.change).toBe('created');
		expect(saved.row).toMatchObject({
			targetName: '东湖社区第1网格',
			person: '张敏',
			validFrom: '2025-03-03T10:00:00',
			validTo: null,
			changedBy: 'test-planner',
			targetOnTimePct: 95
		});
		expect(r.rows).toHaveLength(1);
		expect(r.rows[0]).toMatchObject({
			action: 'responsibility.create',
			entity: 'responsibility',
			entity_id: 'zone:c01-g01',
			username: 'test-planner'
		});
	});

	it('the same holder with a new phone is an edit in place: no new row, history of one', async () => {
		clock = new Date('2025-03-04T02:00:00Z');
		const r = await audited(() =>
			post(planner, '/api/responsibilities', { ...zhang, phone: '13900001111' })
		);
		expect(r.status).toBe(200);
		expect((r.body as unknown as ResponsibilitySaved).change).toBe('updated');
		expect(r.rows.map((x) => x.action)).toEqual(['responsibility.update']);
		const n = await db.query<{ n: number }>('SELECT count(*) AS n FROM responsibilities');
		expect(n[0].n).toBe(1);
	});

	it('a new person closes the old row at that moment and starts the next (history kept)', async () => {
		clock = new Date('2025-04-01T01:30:00Z'); // 09:30 local
		const r = await audited(() =>
			post(planner, '/api/responsibilities', { ...zhang, person: '刘洋', phone: '13700002222' })
		);
		expect(r.status).toBe(201);
		expect((r.body as unknown as ResponsibilitySaved).change).toBe('replaced');
		expect(r.rows).toHaveLength(1);
		expect(r.rows[0].action).toBe('responsibility.replace');
		expect((r.rows[0].before as ResponsibilityView).person).toBe('张敏');
		expect((r.rows[0].after as ResponsibilityView).person).toBe('刘洋');

		const res = await planner.request('/api/responsibilities/history?kind=zone&target=c01-g01');
		const history = (await res.json()) as ResponsibilityHistory;
		expect(history.targetName).toBe('东湖社区第1网格');
		expect(history.rows.map((x) => [x.person, x.validFrom, x.validTo])).toEqual([
			['刘洋', '2025-04-01T09:30:00', null],
			['张敏', '2025-03-03T10:00:00', '2025-04-01T09:30:00']
		]);
		// The current list shows only the new holder.
		const list = (await (
			await planner.request('/api/responsibilities?target=c01-g01')
		).json()) as ResponsibilityList;
		expect(list.rows.map((x) => x.person)).toEqual(['刘洋']);
		expect(list.registered).toBe(2);
	});

	it('ending a responsibility closes it, audited; ending it again is a 409 with no audit row', async () => {
		await post(planner, '/api/responsibilities', {
			targetKind: 'segment',
			targetId: 'r01-s01',
			person: '赵磊',
			unit: '环卫保洁一队'
		});
		const [row] = (
			(await (
				await planner.request('/api/responsibilities?kind=segment')
			).json()) as ResponsibilityList
		).rows;
		expect(row.targetName).toBe('中山路');
		const ended = await audited(() =>
			post(planner, `/api/responsibilities/${row.id}/end`, { note: '合同到期' })
		);
		expect(ended.status).toBe(200);
		expect(ended.body).toMatchObject({ validTo: '2025-04-01T09:30:00', note: '合同到期' });
		expect(ended.rows.map((x) => x.action)).toEqual(['responsibility.end']);
		const again = await audited(() => post(planner, `/api/responsibilities/${row.id}/end`, {}));
		expect(again.status).toBe(409);
		expect(again.rows).toEqual([]);
	});

	it('an unknown place is a 404 in Chinese naming it, nothing written', async () => {
		const r = await audited(() =>
			post(planner, '/api/responsibilities', { ...zhang, targetId: 'c09-g09' })
		);
		expect(r.status).toBe(404);
		expect((r.body.error as { message: string }).message).toBe('没有编号为 "c09-g09" 的网格/片区');
		expect(r.rows).toEqual([]);
	});

	it('a row with neither person nor unit, or a term ending before it starts, is a 400', async () => {
		const none = await audited(() =>
			post(planner, '/api/responsibilities', { targetKind: 'zone', targetId: 'c01-g02' })
		);
		expect(none.status).toBe(400);
		expect(none.rows).toEqual([]);
		const reversed = await audited(() =>
			post(planner, '/api/responsibilities', {
				...zhang,
				termFrom: '2025-12-31',
				termTo: '2025-01-01'
			})
		);
		expect(reversed.status).toBe(400);
		expect(JSON.stringify(reversed.body)).toContain('termTo');
		const pct = await audited(() =>
			post(planner, '/api/responsibilities', { ...zhang, targetOnTimePct: 120 })
		);
		expect(pct.status).toBe(400);
	});
});

describe('who may do what', () => {
	it('grid staff, sprayers and leaders may not write (403)', async () => {
		for (const app of [grid, sprayer, leader]) {
			expect((await post(app, '/api/responsibilities', zhang)).status).toBe(403);
		}
	});

	it('a grid worker reads the phone in full; a sprayer and a leader read it masked', async () => {
		const phoneOf = async (app: TestApp) =>
			(
				(await (
					await app.request('/api/responsibilities?target=c01-g01')
				).json()) as ResponsibilityList
			).rows[0].phone;
		expect(await phoneOf(grid)).toBe('13700002222');
		expect(await phoneOf(sprayer)).toBe('137****2222');
		expect(await phoneOf(leader)).toBe('137****2222');
	});

	it('filters by person (part of name or unit) and by zone (its grids included)', async () => {
		await post(planner, '/api/responsibilities', {
			targetKind: 'zone',
			targetId: 'c02-g01',
			person: '王芳'
		});
		const by = async (q: string) =>
			(
				(await (await planner.request(`/api/responsibilities?${q}`)).json()) as ResponsibilityList
			).rows.map((r) => r.targetId);
		expect(await by('person=王')).toEqual(['c02-g01']);
		expect(await by('person=东湖社区')).toEqual(['c01-g01']);
		expect(await by('zone=c01')).toEqual(['c01-g01']);
		expect(await by('zone=c02')).toEqual(['c02-g01']);
	});
});

describe('the pledge scan', () => {
	it('a photo upload is stored and linked to the current row, one audit row', async () => {
		const [row] = (
			(await (
				await planner.request('/api/responsibilities?target=c01-g01')
			).json()) as ResponsibilityList
		).rows;
		const form = new FormData();
		form.append('scan', new File([await makeJpeg(320, 480)], '责任状.jpg', { type: 'image/jpeg' }));
		const r = await audited(() =>
			planner.request(`/api/responsibilities/${row.id}/scan`, { method: 'POST', body: form })
		);
		expect(r.status).toBe(200);
		expect(r.body.scanPhotoId).toMatch(/\S/);
		expect(r.rows.map((x) => x.action)).toEqual(['responsibility.scan']);
		const photo = await planner.request(`/api/photos/${String(r.body.scanPhotoId)}`);
		expect(photo.status).toBe(200);
	});

	it('a scan without a file is a 422 and writes nothing', async () => {
		const [row] = (
			(await (
				await planner.request('/api/responsibilities?target=c01-g01')
			).json()) as ResponsibilityList
		).rows;
		const form = new FormData();
		form.append('note', 'x');
		const r = await audited(() =>
			planner.request(`/api/responsibilities/${row.id}/scan`, { method: 'POST', body: form })
		);
		expect(r.status).toBe(422);
		expect(r.rows).toEqual([]);
	});
});

describe('export', () => {
	it('the XLSX/CSV export heads its columns as the import template does', async () => {
		const res = await planner.request('/api/responsibilities/export?format=csv');
		expect(res.status).toBe(200);
		const text = await res.text();
		expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
			'责任对象类型,责任区域,责任人,账号,联系电话,责任单位,责任书类型,签订日期,起始日期,截止日期,按期结案率目标,考核得分目标,备注,区域名称,登记时间'
		);
		expect(text).toContain(
			'网格/片区,c01-g01,刘洋,,13700002222,东湖社区居委会,卫生目标责任状,2025-01-06'
		);
	});

	it('a filtered export holds exactly the rows the filtered table shows', async () => {
		const csvRows = async (query: string) => {
			const res = await planner.request(`/api/responsibilities/export?format=csv&${query}`);
			expect(res.status).toBe(200);
			return (await res.text())
				.replace(/^\uFEFF/, '')
				.split('\r\n')
				.slice(1)
				.filter((line) => line !== '')
				.map((line) => line.split(','));
		};
		const listed = async (query: string) =>
			(
				(await (
					await planner.request(`/api/responsibilities?${query}`)
				).json()) as ResponsibilityList
			).rows;
		// The current rows by now: 刘洋 for c01-g01 and 王芳 for c02-g01 (中山路's was ended).
		const places = async (query: string) => (await csvRows(query)).map((r) => r[1]).sort();
		expect(await places('lang=zh-CN')).toEqual(['c01-g01', 'c02-g01']);
		expect(await places(`lang=zh-CN&person=${encodeURIComponent('刘洋')}`)).toEqual(['c01-g01']);
		expect((await csvRows(`lang=zh-CN&person=${encodeURIComponent('刘洋')}`))[0][2]).toBe('刘洋');
		expect(await places('lang=zh-CN&zone=c02')).toEqual(['c02-g01']);
		expect(await places('lang=zh-CN&kind=segment')).toEqual([]);
		// The same filter gives the table the same places.
		for (const q of ['zone=c02', `person=${encodeURIComponent('东湖社区')}`]) {
			expect(await places(`lang=zh-CN&${q}`)).toEqual(
				(await listed(q)).map((r) => r.targetId).sort()
			);
		}

		// A filter the list refuses is refused the same way.
		const bad = await planner.request('/api/responsibilities/export?format=csv&kind=moon');
		expect(bad.status).toBe(400);
	});
});
