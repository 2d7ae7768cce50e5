import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { loadDataset } from '../../../server/ingest/load-dataset';
import { createEmptyStore, createMiniTownDataset } from '../../helpers/mini-town';

/**
 * The mini town with its reports moved onto the roads (all of the fixture's lie 51–334 m
 * off): B0001 and B0002 ~15 m and ~5 m from 中山路 r01-s01, B0003 ~20 m from r01-s02,
 * B0004 ~10 m from 建设路 r02-s01.
 */
let db: Database;
let app: TestApp;
beforeAll(async () => {
	const dataset = createMiniTownDataset();
	const moves: Record<string, [number, number]> = {
		B0001: [113.0831, 22.9552],
		B0002: [113.0832, 22.9551],
		B0003: [113.095, 22.9552],
		B0004: [113.0901, 22.952]
	};
	for (const b of dataset.blindSpots) if (moves[b.id]) [b.lng, b.lat] = moves[b.id];
	db = await createEmptyStore();
	await loadDataset(db, dataset);
	app = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());

const get = async (path: string) => {
	const res = await app.request(path);
	return { status: res.status, res };
};
type Segment = { id: string; reports: number; per100m: number; openCases: number };

describe('GET /api/hotspots/roads', () => {
	it('ranks segments by reports per 100 m (hand-computed from the stored lengths)', async () => {
		const { status, res } = await get('/api/hotspots/roads');
		expect(status).toBe(200);
		const body = await res.json();
		expect(body.snapM).toBe(50);
		expect(
			body.segments.map((s: Segment & { rank: number; maxRecurrence: number }) => [
				s.rank,
				s.id,
				s.reports,
				Number(s.per100m.toFixed(4)),
				s.openCases,
				s.maxRecurrence
			])
		).toEqual([
			// 2 / 1024.14 m × 100; B0002 is B0001's repeat (recurrence 2).
			[1, 'r01-s01', 2, 0.1953, 0, 2],
			// 1 / 555.98 m × 100, still dispatched.
			[2, 'r02-s01', 1, 0.1799, 1, 1],
			// 1 / 1023.90 m × 100, still reported.
			[3, 'r01-s02', 1, 0.0977, 1, 1],
			[4, 'r02-s02', 0, 0, 0, 0]
		]);
	});

	it('tells the sections of one road apart by the cross streets at their ends', async () => {
		const body = await (await get('/api/hotspots/roads')).res.json();
		const ends = Object.fromEntries(
			body.segments.map((s: { id: string; from: string | null; to: string | null }) => [
				s.id,
				[s.from, s.to]
			])
		);
		// 中山路 and 建设路 share the vertex (113.09, 22.955); their other ends meet no road.
		expect(ends).toEqual({
			'r01-s01': [null, '建设路'],
			'r01-s02': ['建设路', null],
			'r02-s01': [null, '中山路'],
			'r02-s02': ['中山路', null]
		});
		// A key-group ranking still names cross streets outside the group.
		const key = await (await get('/api/hotspots/roads?keyGroup=十路一区')).res.json();
		expect(key.segments[0]).toMatchObject({ id: 'r01-s01', to: '建设路' });
	});

	it('keeps only a key group, and filters by category and window', async () => {
		const key = await (await get('/api/hotspots/roads?keyGroup=十路一区')).res.json();
		expect(key.segments.map((s: Segment) => s.id)).toEqual(['r01-s01', 'r01-s02']);
		const late = await (await get('/api/hotspots/roads?from=2025-01-01')).res.json();
		expect(late.segments.map((s: Segment) => [s.id, s.reports]).slice(0, 2)).toEqual([
			['r02-s01', 1],
			['r01-s02', 1]
		]);
		const bins = await (await get('/api/hotspots/roads?category=overflowing_bin')).res.json();
		expect(bins.segments[0]).toMatchObject({ id: 'r02-s01', reports: 1 });
	});

	it('returns the ranked segments as GeoJSON lines', async () => {
		const { res } = await get('/api/hotspots/roads?format=geojson');
		expect(res.headers.get('content-type')).toContain('application/geo+json');
		const body = await res.json();
		expect(body.features[0]).toMatchObject({
			id: 'r01-s01',
			geometry: { type: 'LineString' },
			properties: { rank: 1, reports: 2 }
		});
	});

	it('exports CSV with a BOM and Chinese or English headers', async () => {
		const bytes = new Uint8Array(
			await (await get('/api/hotspots/roads?format=csv')).res.arrayBuffer()
		);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		// Response.text() drops the BOM, as any UTF-8 decoder does.
		const zh = new TextDecoder().decode(bytes);
		expect(zh.startsWith('排名,路段编号,道路名称,起点路口,终点路口')).toBe(true);
		expect(zh).toContain('1,r01-s01,中山路,,建设路,r01,1,十路一区,1024.1,2,0.2,0,2');
		const { res } = await get('/api/hotspots/roads?format=csv&lang=en');
		expect(res.headers.get('content-disposition')).toContain('sanimap-roads-all');
		expect(await res.text()).toContain('Reports per 100 m');
	});

	it('exports XLSX', async () => {
		const { status, res } = await get('/api/hotspots/roads?format=xlsx&keyGroup=十路一区');
		expect(status).toBe(200);
		expect(res.headers.get('content-type')).toContain('spreadsheetml');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
	});

	it.each([
		['keyGroup=十一路', 'keyGroup'],
		['format=pdf', 'format'],
		['category=nope', 'category'],
		['lang=fr', 'lang']
	])('?%s is a 400 naming %s', async (query, parameter) => {
		const { status, res } = await get(`/api/hotspots/roads?${query}`);
		expect(status).toBe(400);
		expect((await res.json()).error.message).toContain(parameter);
	});
});

describe('GET /api/priorities', () => {
	it('ranks places by the documented score and says why, in codes', async () => {
		const { status, res } = await get('/api/priorities');
		expect(status).toBe(200);
		const body = await res.json();
		// Default window: the year up to the last report (2025-12-25).
		expect(body).toMatchObject({ from: '2024-12-26', to: '2025-12-25', res: 9 });
		const [first, second] = body.priorities;
		// B0003: due 12-22, still open at the window's end (overdue 8), 1 recent report (5),
		// in c02 whose cockroach infestation 2/40 = 5 % is level C (4).
		expect(first).toMatchObject({ rank: 1, score: 17, zoneId: 'c02', roadName: '中山路' });
		expect(first.reasons).toEqual([
			{ code: 'overdue_open', value: 1, points: 8 },
			{ code: 'recent_reports', value: 1, points: 5 },
			{ code: 'pest_level', value: 'C', points: 4 }
		]);
		// B0004 is due 12-26 10:00, after the window: recent (5) and pest level (4) only.
		expect(second).toMatchObject({ rank: 2, score: 9, zoneId: 'c02', roadName: '建设路' });
		expect(second.centre[0]).toBeCloseTo(113.0901, 2);
		expect(second.centre[1]).toBeCloseTo(22.952, 2);
		// B0005 (outside every zone, closed, not recent) has no reason to be listed.
		expect(body.priorities).toHaveLength(2);
	});

	it('limits the list and takes a window', async () => {
		const one = await (await get('/api/priorities?limit=1')).res.json();
		expect(one.priorities).toHaveLength(1);
		const old = await (await get('/api/priorities?from=2023-01-01&to=2023-12-31')).res.json();
		expect(old.priorities).toEqual([]);
	});

	it('exports the list as CSV and XLSX with reasons in words', async () => {
		const csv = await (await get('/api/priorities?format=csv')).res.text();
		expect(csv).toContain('超期未结案 1（8 分）；近30天上报 1（5 分）；病媒密度控制水平 C（4 分）');
		const en = await (await get('/api/priorities?format=csv&lang=en')).res.text();
		expect(en).toContain('open and overdue 1 (8 pts); reports in the last 30 days 1 (5 pts)');
		const { res } = await get('/api/priorities?format=xlsx');
		expect(res.headers.get('content-disposition')).toContain('sanimap-priorities-2024-12-26');
	});

	it.each([
		['limit=0', 'limit'],
		['limit=500', 'limit'],
		['format=pdf', 'format'],
		['to=2025-13-01', 'to']
	])('?%s is a 400 naming %s', async (query, parameter) => {
		const { status, res } = await get(`/api/priorities?${query}`);
		expect(status).toBe(400);
		expect((await res.json()).error.message).toContain(parameter);
	});
});
