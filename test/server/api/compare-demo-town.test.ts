import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createDemoTownStore } from '../../helpers/demo-town-store';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createDemoTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());

const get = async (path: string) => {
	const res = await app.request(path);
	return { status: res.status, body: await res.json() };
};
type Unit = {
	id: string;
	a: { value: number; level: string };
	b: { value: number; level: string };
	deltaPct: number;
};

describe('GET /api/compare on the demo town', () => {
	it('computes each side exactly as /api/density does for the same dates', async () => {
		const cmp = await get(
			'/api/compare?pest=rat&method=rat.indoor_signs&a=2024-summer&b=2025-summer'
		);
		expect(cmp.status).toBe(200);
		expect(cmp.body.a).toEqual({ id: '2024-summer', from: '2024-06-01', to: '2024-08-31' });
		const density = await get('/api/density?pest=rat&by=zone&from=2025-06-01&to=2025-08-31');
		for (const u of density.body.units) {
			const row = cmp.body.units.find((r: Unit) => r.id === u.id);
			const indicator = u.indicators.find(
				(i: { method: string }) => i.method === 'rat.indoor_signs'
			);
			expect([u.id, row.b.value, row.b.level]).toEqual([u.id, indicator?.value ?? null, u.level]);
		}
	});

	it('shows summer 2025 against 2024 changed where the generator planted it', async () => {
		// The market of c01 was renovated in March 2025: its rat sign rate fell by more than a third.
		const rats = await get(
			'/api/compare?pest=rat&method=rat.indoor_signs&a=2024-summer&b=2025-summer'
		);
		const c01 = rats.body.units.find((u: Unit) => u.id === 'c01');
		expect(c01.deltaPct).toBeLessThan(-35);
		// A construction site opened in c15 in September 2024: standing water, mosquito route index up.
		const mosq = await get(
			'/api/compare?pest=mosquito&method=mosquito.route_index&a=2024-summer&b=2025-summer'
		);
		const c15 = mosq.body.units.find((u: Unit) => u.id === 'c15');
		expect(c15.b.value).toBeGreaterThan(c15.a.value * 2);
		expect(c15.levelChange === 'worsened' || c15.b.level === 'FAIL').toBe(true);
	});

	it('compares the level of the method in view, not the pest (issue 11 item 1)', async () => {
		const mosq = await get(
			'/api/compare?pest=mosquito&method=mosquito.route_index&a=2024-summer&b=2025-summer'
		);
		// 龙江社区: route index 0.58 meets C (≤ 0.8); landing made the pest FAIL both summers.
		const c07 = mosq.body.units.find((u: Unit) => u.id === 'c07');
		expect([c07.a.value.toFixed(2), c07.a.methodLevel, c07.a.level]).toEqual(['0.58', 'C', 'FAIL']);
		expect(c07.levelChange).toBe('worsened');
		// 北苑社区: no rooms with rat signs in either summer, whatever the other rat methods did;
		// but summer 2024 inspected 43 rooms, below the 50 a community needs (issue 17), so that
		// side is not graded and there is no level change to report.
		const rats = await get(
			'/api/compare?pest=rat&method=rat.indoor_signs&a=2024-summer&b=2025-summer'
		);
		const c03 = rats.body.units.find((u: Unit) => u.id === 'c03');
		expect([c03.a.methodLevel, c03.a.methodNote, c03.b.methodLevel, c03.levelChange]).toEqual([
			null,
			'sample_too_small',
			'A',
			null
		]);
		// Light traps have no limits: the side says not graded, and there is no level change.
		const traps = await get(
			'/api/compare?pest=mosquito&method=mosquito.light_trap&a=2024-summer&b=2025-summer'
		);
		expect(traps.body.units[0].b).toMatchObject({ methodLevel: null, methodNote: 'not_graded' });
		expect(traps.body.units[0].levelChange).toBeNull();
	});

	it('exports the comparison as CSV with Chinese headers', async () => {
		const res = await app.request(
			'/api/compare/export?pest=rat&method=rat.indoor_signs&a=2024-summer&b=2025-summer&format=csv'
		);
		const text = (await res.text()).replace(/^\uFEFF/, '');
		expect(text.split('\r\n')[0]).toBe(
			'编号,名称,指数 2024-summer,指标等级 2024-summer,指数 2025-summer,指标等级 2025-summer,变化,变化率%,等级变化'
		);
		expect(text.trim().split('\r\n')).toHaveLength(16);
	});

	it.each([
		[
			'/api/compare?pest=rat&method=fly.cage&a=2024&b=2025',
			/method: "fly.cage" is not a rat method/
		],
		[
			'/api/compare?pest=rat&method=rat.indoor_signs&a=2024-monsoon&b=2025',
			/a: "2024-monsoon" is not a period/
		],
		[
			'/api/compare?pest=rat&method=rat.indoor_signs&a=2024&b=campaign:1999-1',
			/b: "campaign:1999-1": no such campaign/
		]
	])('%s -> 400', async (path, message) => {
		const res = await get(path);
		expect(res.status).toBe(400);
		expect(res.body.error.message).toMatch(message);
	});

	it('accepts a campaign window as a period', async () => {
		const res = await get(
			'/api/compare?pest=mosquito&method=mosquito.light_trap&a=campaign:2024-2&b=campaign:2025-2'
		);
		expect(res.status).toBe(200);
		expect(res.body.b.from).toMatch(/^2025-09/);
	});
});

describe('GET /api/series on the demo town', () => {
	it('peaks mosquitoes in July or August and names the baseline years', async () => {
		const { body } = await get('/api/series?pest=mosquito&method=mosquito.light_trap');
		expect(body.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024, 2025]);
		for (const y of body.years) expect([7, 8]).toContain(y.peakMonth);
		const july2025 = body.months.find(
			(m: { year: number; month: number }) => m.year === 2025 && m.month === 7
		);
		expect(july2025.baselineYears).toEqual([2023, 2024]);
		expect(july2025.anomalyPct).toBeCloseTo(
			((july2025.value - july2025.baseline) / july2025.baseline) * 100,
			9
		);
	});
});

describe('GET /api/spraying/effect on the demo town', () => {
	it('finds every autumn mosquito round lowered density against the unsprayed controls', async () => {
		const { status, body } = await get(
			'/api/spraying/effect?pest=mosquito&method=mosquito.light_trap'
		);
		expect(status).toBe(200);
		const autumn = body.rounds.filter((r: { campaign: string }) => r.campaign.includes('秋季'));
		expect(autumn).toHaveLength(3);
		for (const r of autumn) {
			expect(r.controls.length).toBeGreaterThanOrEqual(3);
			expect(r.rpi).toBeLessThan(80);
			expect(['effective', 'partial']).toContain(r.verdict);
		}
	});

	it('says why a spring round before the first light trap cannot be judged (issue 11 item 16)', async () => {
		const { body } = await get('/api/spraying/effect?pest=mosquito&method=mosquito.light_trap');
		const spring = body.rounds.find((r: { from: string }) => r.from === '2025-03-25');
		expect(spring.verdict).toBe('insufficient_data');
		expect(spring.unjudged).toMatchObject({
			reason: 'before_first_survey',
			window: ['2025-02-08', '2025-03-24']
		});
		expect(spring.unjudged.firstSurvey > spring.from).toBe(true);
		expect(spring.pre.treated.surveys).toBe(0);
		for (const r of body.rounds) {
			for (const side of [r.pre.treated, r.pre.control, r.post.treated, r.post.control]) {
				expect(side.surveys > 0).toBe(side.value !== null);
			}
			expect(r.unjudged === null).toBe(r.rpi !== null);
		}
	});
});

describe('GET /api/overview on the demo town', () => {
	it('says how many zones were surveyed, none in a season without surveys (issue 11 item 2)', async () => {
		const { body } = await get('/api/overview?season=2025-winter');
		const rat = body.pests.find((p: { pest: string }) => p.pest === 'rat');
		expect([rat.surveyedUnits, rat.lastYearSurveyedUnits]).toEqual([0, 15]);
		const summer = await get('/api/overview?season=2025-summer');
		for (const p of summer.body.pests) expect(p.surveyedUnits).toBeGreaterThan(0);
	});
	it('defaults to the last season with surveys and compares it with the same season last year', async () => {
		const { status, body } = await get('/api/overview');
		expect(status).toBe(200);
		expect(body.season).toEqual({ id: '2025-autumn', from: '2025-09-01', to: '2025-11-30' });
		expect(body.lastYear.id).toBe('2024-autumn');
		expect(body.pests.map((p: { pest: string }) => p.pest)).toEqual([
			'rat',
			'mosquito',
			'fly',
			'cockroach'
		]);
		for (const p of body.pests) {
			const total = (l: Record<string, number>) => Object.values(l).reduce((s, n) => s + n, 0);
			expect(total(p.levels)).toBe(15);
			expect(total(p.lastYearLevels)).toBe(15);
			for (const z of p.worstZones) expect(['FAIL', 'C']).toContain(z.level);
		}
	});

	it('gives the verdict of each of the year’s spray rounds', async () => {
		const { body } = await get('/api/overview?season=2025-summer');
		const mosquito = body.pests.find((p: { pest: string }) => p.pest === 'mosquito');
		expect(mosquito.campaigns.map((c: { campaign: string }) => c.campaign)).toEqual([
			'2025 春季除四害',
			'2025 秋季除四害'
		]);
		expect(mosquito.campaigns[1].verdict).toMatch(/effective|partial/);
	});

	it('gives each RPI the surveys behind it, as /api/spraying/effect counts them (issue 11 item 16)', async () => {
		const { body } = await get('/api/overview?season=2025-summer');
		for (const p of body.pests) {
			if (!p.campaigns.length) continue;
			const effect = await get(
				`/api/spraying/effect?pest=${p.pest}&method=${p.campaigns[0].method}&preDays=45&postDays=45`
			);
			const rounds = effect.body.rounds.filter((r: { from: string }) => r.from.startsWith('2025'));
			type Side = { treated: { surveys: number }; control: { surveys: number } };
			const counts = (w: Side) => ({ treated: w.treated.surveys, control: w.control.surveys });
			expect(p.campaigns.map((c: { surveys: unknown }) => c.surveys)).toEqual(
				rounds.map((r: { pre: Side; post: Side }) => ({ pre: counts(r.pre), post: counts(r.post) }))
			);
		}
		const mosquito = body.pests.find((p: { pest: string }) => p.pest === 'mosquito');
		expect(mosquito.campaigns[1].surveys.post.treated).toBeGreaterThan(0);
	});

	it('refuses a season that is not a period', async () => {
		expect((await get('/api/overview?season=summer')).status).toBe(400);
	});
});
