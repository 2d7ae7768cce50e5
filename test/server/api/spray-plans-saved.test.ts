import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createRequester, DEPOT, MINI_TOWN_STOPS } from './spray-plan-request';

let db: Database;
let app: TestApp;
let planId: string;
const { get, post, put } = createRequester(() => app);

beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
	const planned = await post('/api/routes/plan', {
		stops: [...MINI_TOWN_STOPS, { id: 'x<&"y', lng: 113.096, lat: 22.958, serviceMin: 5 }],
		teams: [
			{ id: '消杀一队', start: DEPOT, maxStops: 3 },
			{ id: 't2', start: DEPOT, maxStops: 3 }
		]
	});
	const saved = await post('/api/routes', {
		name: '5月10日 灭蚊 <一>',
		date: '2024-05-10',
		pest: 'mosquito',
		routes: planned.body.routes,
		unassigned: planned.body.unassigned
	});
	expect(saved.status).toBe(201);
	planId = saved.body.id;
});
afterAll(async () => db.close());

describe('saved route plans', () => {
	it('stores the plan with every stop pending and lists it', async () => {
		expect(planId).toBe('R20240510-001');
		const { body } = await get('/api/routes');
		expect(body.plans).toEqual([
			expect.objectContaining({
				id: planId,
				name: '5月10日 灭蚊 <一>',
				date: '2024-05-10',
				status: 'draft',
				teams: 2,
				stops: 5,
				progress: { done: 0, skipped: 0, pending: 5 }
			})
		]);
		expect((await get('/api/routes?date=2024-05-11')).body.plans).toEqual([]);
	});

	it('fetches routes in team order with stops in visiting order', async () => {
		const { status, body } = await get(`/api/routes/${planId}`);
		expect(status).toBe(200);
		expect(body.routes.map((r: { teamId: string }) => r.teamId)).toEqual(['消杀一队', 't2']);
		for (const r of body.routes) {
			expect(r.stops.map((s: { seq: number }) => s.seq)).toEqual(
				r.stops.map((_: unknown, k: number) => k + 1)
			);
			expect(r.geometry.type).toBe('LineString');
		}
	});

	it('marks a stop done, records a spray event for it, and counts progress', async () => {
		const plan = (await get(`/api/routes/${planId}`)).body;
		const stop = plan.routes[0].stops[0];
		const res = await post(`/api/routes/${planId}/stops/${encodeURIComponent(stop.id)}/visit`, {
			status: 'done',
			note: '积水已清',
			chemical: '高效氯氰菊酯',
			amount: 1.5,
			unit: 'L',
			at: '2024-05-10T09:15'
		});
		expect(res.status).toBe(200);
		const size = plan.routes[0].stops.length;
		expect(size).toBeGreaterThanOrEqual(2);
		expect(res.body.progress).toEqual({ done: 1, skipped: 0, pending: size - 1 });
		const events = await db.query(
			`SELECT team, strftime(started_at, '%Y-%m-%dT%H:%M') AS at, chemical, amount, unit, pest,
				target_ids AS targets FROM spray_events WHERE id = $id`,
			{ id: res.body.sprayEventId }
		);
		expect(events).toEqual([
			{
				team: '消杀一队',
				at: '2024-05-10T09:15',
				chemical: '高效氯氰菊酯',
				amount: 1.5,
				unit: 'L',
				pest: 'mosquito',
				targets: [stop.id]
			}
		]);
		const skipped = plan.routes[0].stops[1];
		const skip = await post(`/api/routes/${planId}/stops/${encodeURIComponent(skipped.id)}/visit`, {
			status: 'skipped',
			note: '门锁'
		});
		expect(skip.body.sprayEventId).toBeNull();
		const after = (await get(`/api/routes/${planId}`)).body;
		expect(after.routes[0].progress).toEqual({ done: 1, skipped: 1, pending: size - 2 });
		expect(after.progress).toEqual({ done: 1, skipped: 1, pending: 3 });
		expect(after.routes[0].stops[1]).toMatchObject({ status: 'skipped', note: '门锁' });
		const again = await post(`/api/routes/${planId}/stops/${encodeURIComponent(stop.id)}/visit`, {
			status: 'skipped'
		});
		expect(again.status).toBe(409);
	});

	it('refuses a done visit without chemical, amount and unit, naming each', async () => {
		const res = await post(`/api/routes/${planId}/stops/b/visit`, { status: 'done' });
		expect(res.status).toBe(400);
		for (const field of ['chemical', 'amount', 'unit'])
			expect(res.body.error.message).toContain(field);
	});

	it('answers 404 for an unknown plan or stop', async () => {
		expect((await get('/api/routes/R19990101-001')).status).toBe(404);
		const res = await post(`/api/routes/${planId}/stops/nope/visit`, { status: 'skipped' });
		expect(res.status).toBe(404);
		expect(res.body.error.message).toContain('nope');
	});

	it('renames and publishes a plan; refuses to replace routes once stops were visited', async () => {
		const res = await put(`/api/routes/${planId}`, { name: '灭蚊一', status: 'published' });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ name: '灭蚊一', status: 'published' });
		const plan = res.body;
		const replace = await put(`/api/routes/${planId}`, { routes: plan.routes.map(stripSaved) });
		expect(replace.status).toBe(409);
		const bad = await put(`/api/routes/${planId}`, { status: 'lost' });
		expect(bad.status).toBe(400);
	});

	it('refuses a saved plan with a stop in two routes', async () => {
		const plan = (await get(`/api/routes/${planId}`)).body;
		const twice = plan.routes.map((r: { stops: unknown[] }) => ({
			...r,
			stops: plan.routes[0].stops
		}));
		const res = await post('/api/routes', {
			name: 'x',
			date: '2024-05-10',
			routes: twice.map(stripSaved)
		});
		expect(res.status).toBe(400);
		expect(res.body.error.message).toContain('more than one place');
	});
});

/** A fetched route back into the shape POST /api/routes takes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function stripSaved({ progress: _, stops, ...route }: any) {
	return {
		...route,
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		stops: stops.map(
			({
				status: _s,
				note: _n,
				visitedAt: _v,
				sprayEventId: _e,
				categoryName: _c,
				community: _z,
				task: _t,
				chemical: _ch,
				amount: _a,
				unit: _u,
				...s
			}: any) => s
		)
	};
}

describe('GET /api/routes/:id/export', () => {
	it('writes GPX 1.1 that parses, one rtept per stop, names escaped', async () => {
		const res = await get(`/api/routes/${planId}/export?format=gpx`);
		expect(res.status).toBe(200);
		expect(res.type).toContain('application/gpx+xml');
		const doc = new DOMParserLike(res.text);
		expect(doc.count('rtept')).toBe(5);
		expect(doc.count('rte')).toBe(2);
		expect(doc.count('trk')).toBe(2);
		expect(res.text).toContain('x&lt;&amp;&quot;y');
		const one = await get(`/api/routes/${planId}/export?format=gpx&team=t2`);
		expect(new DOMParserLike(one.text).count('rte')).toBe(1);
	});

	it('writes CSV with a BOM and Chinese headers, English on request', async () => {
		const path = `/api/routes/${planId}/export?format=csv&team=${encodeURIComponent('消杀一队')}`;
		const teamOne = (await get(`/api/routes/${planId}`)).body.routes[0];
		const zh = await get(path);
		const bytes = new Uint8Array(await (await app.request(path)).arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = zh.text
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(header).toBe(
			'队伍,序号,作业点编号,道路名称,距上一站（米）,预计到达,作业内容,药剂,状态,说明'
		);
		expect(rows).toHaveLength(teamOne.stops.length);
		// A mosquito plan: the task comes from the catalogue; the chemical is what the visit used.
		expect(rows[0]).toMatch(
			/^消杀一队,1,.*,08:\d\d,清除积水，喷洒灭蚊，约 \d+ 分钟.*,高效氯氰菊酯,已完成,积水已清$/
		);
		const en = await get(`/api/routes/${planId}/export?format=csv&lang=en&start=07:30`);
		expect(en.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
			'Team,No.,Stop ID,Road,From previous stop (m),ETA,Action,Chemical,Status,Note'
		);
		expect(en.text).toContain('Drain standing water; spray against mosquitoes, about');
		expect(en.text).toContain(',07:3');
	});

	it('writes XLSX with the same table', async () => {
		const plan = (await get(`/api/routes/${planId}`)).body;
		const res = await app.request(`/api/routes/${planId}/export?format=xlsx&team=t2`);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await res.arrayBuffer());
		const sheet = book.worksheets[0];
		expect(sheet.name).toBe('消杀路线');
		expect(sheet.getRow(1).getCell(2).value).toBe('序号');
		expect(sheet.rowCount).toBe(1 + plan.routes[1].stops.length);
	});

	it('writes GeoJSON: route lines and numbered stop points', async () => {
		const res = await get(`/api/routes/${planId}/export?format=geojson`);
		const fc = JSON.parse(res.text);
		expect(fc.type).toBe('FeatureCollection');
		const kinds = fc.features.map((f: { properties: { kind: string } }) => f.properties.kind);
		expect(kinds.filter((k: string) => k === 'route')).toHaveLength(2);
		expect(kinds.filter((k: string) => k === 'stop')).toHaveLength(5);
		const first = fc.features.find(
			(f: { properties: { kind: string } }) => f.properties.kind === 'stop'
		);
		expect(first.properties).toMatchObject({ seq: 1, label: '1' });
	});

	it('answers 404 for an unknown team and 400 for an unknown format', async () => {
		expect((await get(`/api/routes/${planId}/export?team=nobody`)).status).toBe(404);
		expect((await get(`/api/routes/${planId}/export?format=kml`)).status).toBe(400);
	});
});

/** Just enough XML checking without a DOM: well-formed nesting, and element counts. */
class DOMParserLike {
	constructor(private readonly xml: string) {
		const stack: string[] = [];
		for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:]*)[^>]*?(\/?)>/g)) {
			if (m[3]) continue;
			if (m[1]) expect(stack.pop()).toBe(m[2]);
			else stack.push(m[2]);
		}
		expect(stack).toEqual([]);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
	}

	count(tag: string): number {
		return [...this.xml.matchAll(new RegExp(`<${tag}[\\s>]`, 'g'))].length;
	}
}
