/**
 * Issue 16 item 3 (lane C): rankings, the rewards-and-penalties ledger and their exports, from
 * inspections written straight into the store (the inspection API is another lane's). Means,
 * ranks, week and month in Shanghai time (23:30 on the last day of May is May; 00:10 on
 * 1 June is June, both in ISO week 22), the same period last year, hand-calculated ledger
 * lines at the rule thresholds, settling once (409 the second time, 422 before the month
 * ends), one audit row per write, the exports' headers.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RewardRule } from '../../../server/contract/assessment';
import type { LedgerReport, ScoreReport } from '../../../server/contract/assessment-scores';
import type { Database } from '../../../server/db/database';
import { createAuditedApp, readAuditLog } from '../../helpers/audited-app';
import { readExportedCsv } from '../../helpers/exported-csv';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

let db: Database;
let admin: TestApp;
let planner: TestApp;
let leader: TestApp;
let grid: TestApp;
let clock = new Date('2025-06-05T02:00:00Z'); // 10:00 on 5 June in Shanghai

interface Fixture {
	id: string;
	at: string;
	level?: 'town' | 'district';
	form?: 'section' | 'area';
	road?: [string, string] | null;
	unit: string;
	community: string;
	group?: string | null;
	section?: [string, number, number] | null;
	score: number;
	deductions?: number[];
}

/** One inspection row (and its deductions), as the inspection lane would store it. */
async function insertInspection(f: Fixture) {
	await db.run(
		`INSERT INTO inspections (id, form, level, group_id, group_name, segment_id, road_id, road_name,
			from_m, to_m, section, zone_id, community_id, cleaning_unit, inspector, inspected_at,
			c1, c2, c3, c4, base_score, deducted, score, note, lng, lat, idempotency_key, created_at)
		 VALUES ($id, $form, $level, NULL, $group, $segment, $roadId, $roadName, $from, $to, NULL, NULL,
			$community, $unit, 'test-inspector', CAST($at AS TIMESTAMP), NULL, NULL, NULL, NULL,
			$score, 0, $score, NULL, 113.085, 22.955, NULL, CAST($at AS TIMESTAMP))`,
		{
			id: f.id,
			form: f.form ?? 'section',
			level: f.level ?? 'town',
			group: f.group ?? null,
			segment: f.section?.[0] ?? null,
			from: f.section?.[1] ?? null,
			to: f.section?.[2] ?? null,
			roadId: f.road?.[0] ?? null,
			roadName: f.road?.[1] ?? null,
			community: f.community,
			unit: f.unit,
			at: f.at,
			score: f.score
		}
	);
	for (const [seq, count] of (f.deductions ?? []).entries()) {
		await db.run(
			`INSERT INTO inspection_deductions (inspection_id, seq, item, points, count, note, photo_ids, lng, lat, case_id)
			 VALUES ($id, $seq, 'litter', 2, $count, NULL, '[]', NULL, NULL, NULL)`,
			{ id: f.id, seq, count }
		);
	}
}

const EAST: [string, string] = ['r1', '东大街'];
const WEST: [string, string] = ['r2', '西大街'];
const SOUTH: [string, string] = ['r3', '南街'];
const KEY = '十路一区';

const FIXTURES: Fixture[] = [
	// May 2025. 东大街: 90, 80, 70 → mean 80, lowest 70, deductions 1 + (2 + 1) = 4.
	{
		id: 'a1',
		at: '2025-05-03 09:00',
		road: EAST,
		unit: '甲保洁',
		community: 'c01',
		group: KEY,
		section: ['s1', 0, 300],
		score: 90,
		deductions: [1]
	},
	{
		id: 'a2',
		at: '2025-05-10 09:00',
		road: EAST,
		unit: '甲保洁',
		community: 'c01',
		group: KEY,
		section: ['s1', 300, 600],
		score: 80,
		deductions: [2, 1]
	},
	// 23:30 Shanghai time on the last day of May: May, and ISO week 2025-W22.
	{
		id: 'a3',
		at: '2025-05-31 23:30',
		road: EAST,
		unit: '甲保洁',
		community: 'c01',
		group: KEY,
		section: ['s1', 0, 300],
		score: 70
	},
	// 西大街: the town's 95 and the district's 64.98 → 79.99 at all levels, 95 for the town.
	{
		id: 'b1',
		at: '2025-05-12 10:00',
		road: WEST,
		unit: '乙保洁',
		community: 'c02',
		section: ['s2', 0, 300],
		score: 95
	},
	{
		id: 'b2',
		at: '2025-05-20 10:00',
		level: 'district',
		road: WEST,
		unit: '乙保洁',
		community: 'c02',
		section: ['s2', 0, 300],
		score: 64.98
	},
	// 南街: 80, level with 东大街.
	{
		id: 'c1',
		at: '2025-05-15 10:00',
		road: SOUTH,
		unit: '丙保洁',
		community: 'c02',
		section: ['s3', 0, 300],
		score: 80
	},
	// The key area, on its own form: no road, no section.
	{
		id: 'k1',
		at: '2025-05-18 10:00',
		form: 'area',
		road: null,
		unit: '丁保洁',
		community: 'c01',
		group: KEY,
		score: 95
	},
	// June: ten past midnight on 1 June is June (still W22); Monday 2 June opens W23.
	{
		id: 'b3',
		at: '2025-06-01 00:10',
		road: WEST,
		unit: '乙保洁',
		community: 'c02',
		section: ['s2', 0, 300],
		score: 10
	},
	{
		id: 'b4',
		at: '2025-06-02 00:00',
		road: WEST,
		unit: '乙保洁',
		community: 'c02',
		section: ['s2', 0, 300],
		score: 20
	},
	// Last year: May 2024 (20 May is W21, 28 May is W22 of 2024).
	{
		id: 'y1',
		at: '2024-05-20 10:00',
		road: EAST,
		unit: '甲保洁',
		community: 'c01',
		section: ['s1', 0, 300],
		score: 75
	},
	{
		id: 'y2',
		at: '2024-05-28 10:00',
		road: SOUTH,
		unit: '丙保洁',
		community: 'c02',
		section: ['s3', 0, 300],
		score: 70
	}
];

beforeAll(async () => {
	db = await createMiniTownStore();
	for (const f of FIXTURES) await insertInspection(f);
	const options = { db, version: 'test', now: () => clock };
	admin = createAuditedApp(options, { role: 'admin' });
	planner = createAuditedApp(options, { role: 'planner' });
	leader = createTestApp(options, { role: 'leader' });
	grid = createTestApp(options, { role: 'grid', zones: ['c01-g01'] });
});
afterAll(async () => db.close());

const send = (app: TestApp, method: string, path: string, body?: unknown, lang = 'zh-CN') =>
	app.request(path, {
		method,
		headers: { 'content-type': 'application/json', 'accept-language': lang },
		body: body === undefined ? undefined : JSON.stringify(body)
	});

async function scores(query: string): Promise<ScoreReport> {
	const res = await leader.request(`/api/assessment/scores?${query}`);
	expect(res.status).toBe(200);
	return (await res.json()) as ScoreReport;
}

const brief = (r: ScoreReport) =>
	r.rows.map((x) => [x.name, x.score, x.inspections, x.rank, x.lastYear, x.change]);

describe('rankings', () => {
	it('ranks roads by their May mean, level means sharing a rank, against May last year', async () => {
		const r = await scores('by=road&period=month&at=2025-05');
		expect(r).toMatchObject({ from: '2025-05-01', until: '2025-06-01', lastYearAt: '2024-05' });
		expect(brief(r)).toEqual([
			['东大街', 80, 3, 1, 75, 5],
			['南街', 80, 1, 1, 70, 10],
			['西大街', 79.99, 2, 3, null, null]
		]);
		const east = r.rows[0];
		expect(east).toMatchObject({ key: 'r1', deductions: 4, min: 70 });
	});

	it('lists worst first when asked, and the town level leaves out the district’s inspection', async () => {
		const worst = await scores('by=road&period=month&at=2025-05&order=worst');
		expect(worst.rows.map((x) => [x.name, x.rank])).toEqual([
			['西大街', 3],
			['东大街', 1],
			['南街', 1]
		]);
		const town = await scores('by=road&period=month&at=2025-05&level=town');
		expect(brief(town)[0]).toEqual(['西大街', 95, 1, 1, null, null]);
		const district = await scores('by=road&period=month&at=2025-05&level=district');
		expect(brief(district)).toEqual([['西大街', 64.98, 1, 1, null, null]]);
	});

	it('puts 23:30 on 31 May in May and 00:10 on 1 June in June', async () => {
		const june = await scores('by=road&period=month&at=2025-06');
		expect(brief(june)).toEqual([['西大街', 15, 2, 1, null, null]]);
	});

	it('buckets ISO weeks Monday to Sunday, against the same week number last year', async () => {
		const w22 = await scores('by=road&period=week&at=2025-W22');
		expect(w22).toMatchObject({ from: '2025-05-26', until: '2025-06-02', lastYearAt: '2024-W22' });
		expect(brief(w22)).toEqual([
			['东大街', 70, 1, 1, null, null],
			['西大街', 10, 1, 2, null, null]
		]);
		const south = await scores('by=road&period=week&at=2024-W22');
		expect(brief(south)).toEqual([['南街', 70, 1, 1, null, null]]);
		const w23 = await scores('by=road&period=week&at=2025-W23');
		expect(brief(w23)).toEqual([['西大街', 20, 1, 1, null, null]]);
	});

	it('ranks sections, cleaning units, communities and key groups from the copies on the inspections', async () => {
		const sections = await scores('by=section&period=month&at=2025-05');
		// Equal means by name, then by key: 东大街's two sections before 南街's.
		expect(sections.rows.map((x) => [x.key, x.name, x.score, x.inspections, x.rank])).toEqual([
			['s1@0', '东大街 0–300 m', 80, 2, 1],
			['s1@300', '东大街 300–600 m', 80, 1, 1],
			['s3@0', '南街 0–300 m', 80, 1, 1],
			['s2@0', '西大街 0–300 m', 79.99, 2, 4]
		]);
		const units = await scores('by=unit&period=month&at=2025-05');
		expect(units.rows.map((x) => [x.name, x.score, x.rank])).toEqual([
			['丁保洁', 95, 1],
			['丙保洁', 80, 2],
			['甲保洁', 80, 2],
			['乙保洁', 79.99, 4]
		]);
		const communities = await scores('by=community&period=month&at=2025-05');
		expect(communities.rows.map((x) => [x.key, x.name, x.score, x.inspections])).toEqual([
			['c01', '东湖社区', 83.75, 4],
			['c02', '西岸村', 79.99, 3]
		]);
		const groups = await scores('by=group&period=month&at=2025-05');
		expect(groups.rows.map((x) => [x.name, x.score, x.inspections, x.deductions])).toEqual([
			[KEY, 83.75, 4, 4]
		]);
	});

	it('refuses a week the year does not have and a month written wrongly, in words', async () => {
		const w53 = await leader.request('/api/assessment/scores?period=week&at=2025-W53');
		expect(w53.status).toBe(400);
		expect(((await w53.json()) as { error: { message: string } }).error.message).toMatch(
			/ISO week/
		);
		const month = await leader.request('/api/assessment/scores?period=month&at=2025-13');
		expect(month.status).toBe(400);
		expect((await leader.request('/api/assessment/scores?by=street')).status).toBe(400);
	});

	it('is read by the office roles only', async () => {
		expect((await grid.request('/api/assessment/scores')).status).toBe(403);
		expect((await grid.request('/api/assessment/ledger')).status).toBe(403);
	});

	it('exports the ranking as CSV with Chinese headers, and XLSX', async () => {
		const res = await leader.request('/api/assessment/scores/export?by=road&at=2025-05&format=csv');
		expect(res.status).toBe(200);
		const csv = readExportedCsv(await res.text());
		expect(csv[0]).toEqual([
			'考核期',
			'排名',
			'名称',
			'编号',
			'平均分',
			'检查次数',
			'扣分处数',
			'最低分',
			'去年同期平均分',
			'同比变化'
		]);
		expect(csv[1]).toEqual(['2025-05', '1', '东大街', 'r1', '80', '3', '4', '70', '75', '5']);
		expect(csv[3].slice(8)).toEqual(['', '']);
		const en = await leader.request(
			'/api/assessment/scores/export?by=unit&at=2025-05&format=csv&lang=en'
		);
		expect(readExportedCsv(await en.text())[0].slice(0, 4)).toEqual([
			'Period',
			'Rank',
			'Name',
			'Key'
		]);
		const xlsx = await leader.request(
			'/api/assessment/scores/export?by=road&at=2025-05&format=xlsx'
		);
		expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await xlsx.arrayBuffer());
		const sheet = book.worksheets[0];
		expect(sheet.getRow(1).getCell(5).value).toBe('平均分');
		expect(sheet.getRow(2).getCell(5).value).toBe(80);
	});
});

const rule = (over: Partial<RewardRule>) => ({
	nameZh: '低于80分扣款',
	nameEn: 'Below 80: penalty',
	target: 'cleaning_unit',
	comparison: '<',
	threshold: 80,
	kind: 'penalty',
	amount: 500,
	unit: 'yuan',
	...over
});

describe('reward rules and the ledger', () => {
	let penaltyId = '';

	it('lets the admin set rules, each one audit row, and nobody else', async () => {
		const before = (await readAuditLog(db)).length;
		const made = await send(admin, 'POST', '/api/assessment/reward-rules', rule({}));
		expect(made.status).toBe(201);
		const penalty = (await made.json()) as RewardRule;
		penaltyId = penalty.id;
		expect(penalty).toMatchObject({ threshold: 80, active: true, unit: 'yuan' });
		for (const body of [
			rule({
				nameZh: '95分以上奖励',
				nameEn: '95 and over: reward',
				comparison: '>=',
				threshold: 95,
				kind: 'reward',
				amount: 300
			}),
			rule({
				nameZh: '村居低于80分扣2分',
				nameEn: 'Village below 80',
				target: 'community',
				amount: 2,
				unit: 'points'
			}),
			rule({
				nameZh: '停用的规则',
				nameEn: 'Retired rule',
				threshold: 100,
				amount: 1,
				active: false
			})
		]) {
			expect((await send(admin, 'POST', '/api/assessment/reward-rules', body)).status).toBe(201);
		}
		const rows = (await readAuditLog(db)).slice(before);
		expect(rows.map((r) => [r.action, r.entity])).toEqual(
			Array(4).fill(['reward_rule.create', 'reward_rule'])
		);
		expect(rows[0].entity_id).toBe(penaltyId);
		expect((await send(planner, 'POST', '/api/assessment/reward-rules', rule({}))).status).toBe(
			403
		);
		const list = (await (
			await leader.request('/api/assessment/reward-rules')
		).json()) as RewardRule[];
		expect(list).toHaveLength(4);
	});

	it('edits a rule (audited with before and after); an unknown rule is a 404 in Chinese', async () => {
		const before = (await readAuditLog(db)).length;
		const res = await send(
			admin,
			'PUT',
			`/api/assessment/reward-rules/${penaltyId}`,
			rule({ amount: 400 })
		);
		expect(res.status).toBe(200);
		expect(((await res.json()) as RewardRule).amount).toBe(400);
		await send(admin, 'PUT', `/api/assessment/reward-rules/${penaltyId}`, rule({}));
		const rows = (await readAuditLog(db)).slice(before);
		expect(rows[0]).toMatchObject({ action: 'reward_rule.update', entity_id: penaltyId });
		const missing = await send(admin, 'PUT', '/api/assessment/reward-rules/rr-nope', rule({}));
		expect(missing.status).toBe(404);
		expect(((await missing.json()) as { error: { message: string } }).error.message).toContain(
			'奖惩规则'
		);
		expect(
			(await send(admin, 'POST', '/api/assessment/reward-rules', rule({ threshold: 101 }))).status
		).toBe(400);
	});

	it('previews May: 95 earns the reward, 80 is not below 80, 79.99 is; the inactive rule gives nothing', async () => {
		const res = await leader.request('/api/assessment/ledger?month=2025-05');
		const ledger = (await res.json()) as LedgerReport;
		expect(ledger).toMatchObject({ month: '2025-05', settled: false, ended: true });
		expect(
			ledger.lines.map((l) => [
				l.target,
				l.targetName,
				l.score,
				l.inspections,
				l.kind,
				l.amount,
				l.unit
			])
		).toEqual([
			['cleaning_unit', '丁保洁', 95, 1, 'reward', 300, 'yuan'],
			['cleaning_unit', '乙保洁', 79.99, 2, 'penalty', 500, 'yuan'],
			['community', '西岸村', 79.99, 3, 'penalty', 2, 'points']
		]);
		expect(ledger.lines[1].ruleNameZh).toBe('低于80分扣款');
	});

	it('refuses to settle a month that has not ended (422, in the asker’s language)', async () => {
		const res = await send(
			planner,
			'POST',
			'/api/assessment/ledger/settle',
			{ month: '2025-06' },
			'en'
		);
		expect(res.status).toBe(422);
		expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
			'2025-06 has not ended yet; settle it from 2025-07-01'
		);
		const empty = await send(planner, 'POST', '/api/assessment/ledger/settle', {
			month: '2025-04'
		});
		expect(empty.status).toBe(422);
	});

	it('settles May once: the lines are written with one audit row; a second settle is a 409', async () => {
		const before = (await readAuditLog(db)).length;
		const res = await send(planner, 'POST', '/api/assessment/ledger/settle', { month: '2025-05' });
		expect(res.status).toBe(200);
		const ledger = (await res.json()) as LedgerReport;
		expect(ledger).toMatchObject({
			settled: true,
			settledBy: 'test-planner',
			settledAt: '2025-06-05T10:00:00'
		});
		expect(ledger.lines).toHaveLength(3);
		const rows = (await readAuditLog(db)).slice(before);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			action: 'reward_ledger.settle',
			entity: 'reward_ledger',
			entity_id: '2025-05'
		});
		expect(rows[0].after).toMatchObject({
			lines: 3,
			rewardYuan: 300,
			penaltyYuan: 500,
			penaltyPoints: 2
		});

		const again = await send(planner, 'POST', '/api/assessment/ledger/settle', {
			month: '2025-05'
		});
		expect(again.status).toBe(409);
		expect(((await again.json()) as { error: { message: string } }).error.message).toContain(
			'已经结算'
		);
		expect((await readAuditLog(db)).length).toBe(before + 1);
		expect(
			(await send(leader, 'POST', '/api/assessment/ledger/settle', { month: '2025-05' })).status
		).toBe(403);
	});

	it('keeps the settled lines when a late inspection of May arrives', async () => {
		await insertInspection({
			id: 'late',
			at: '2025-05-30 10:00',
			road: WEST,
			unit: '乙保洁',
			community: 'c02',
			section: ['s2', 0, 300],
			score: 100
		});
		const ledger = (await (
			await leader.request('/api/assessment/ledger?month=2025-05')
		).json()) as LedgerReport;
		expect(ledger.settled).toBe(true);
		expect(ledger.lines.map((l) => [l.targetName, l.score])).toEqual([
			['丁保洁', 95],
			['乙保洁', 79.99],
			['西岸村', 79.99]
		]);
	});

	it('exports the ledger with Chinese headers and its status', async () => {
		const res = await leader.request('/api/assessment/ledger/export?month=2025-05&format=csv');
		const csv = readExportedCsv(await res.text());
		expect(csv[0]).toEqual([
			'月份',
			'考核对象',
			'对象名称',
			'平均分',
			'检查次数',
			'奖惩规则',
			'奖惩',
			'金额或分值',
			'单位',
			'状态'
		]);
		expect(csv[1]).toEqual([
			'2025-05',
			'保洁单位',
			'丁保洁',
			'95',
			'1',
			'95分以上奖励',
			'奖励',
			'300',
			'元',
			'已结算'
		]);
		expect(csv[3]).toEqual([
			'2025-05',
			'村居',
			'西岸村',
			'79.99',
			'3',
			'村居低于80分扣2分',
			'处罚',
			'2',
			'分',
			'已结算'
		]);
		const xlsx = await leader.request('/api/assessment/ledger/export?month=2025-05&format=xlsx');
		expect(xlsx.status).toBe(200);
		expect(xlsx.headers.get('content-disposition')).toContain('sanimap-ledger-2025-05.xlsx');
	});
});
