import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import { MAX_ROUTE_STOPS } from '../../../server/contract/spray-plans';
import type { Database } from '../../../server/db/database';
import { haversineM } from '../../../server/domain/routing/geo-distance';
import { STRAIGHT_DETOUR_FACTOR } from '../../../server/domain/routing/travel-matrix';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createRequester, DEPOT, MINI_TOWN_STOPS } from './spray-plan-request';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());
const { post } = createRequester(() => app);
const plan = (body: object) =>
	post('/api/routes/plan', {
		stops: MINI_TOWN_STOPS,
		teams: [{ id: 't1', start: DEPOT }],
		...body
	});

describe('POST /api/routes/plan on the mini town', () => {
	it('routes every stop over the roads, back to the start, with ETAs and road names', async () => {
		const { status, body } = await plan({});
		expect(status).toBe(200);
		expect(body.unassigned).toEqual([]);
		const [route] = body.routes;
		expect(route.teamId).toBe('t1');
		expect(route.stops.map((s: { seq: number }) => s.seq)).toEqual([1, 2, 3, 4]);
		expect(new Set(route.stops.map((s: { id: string }) => s.id))).toEqual(
			new Set(['a', 'b', 'c', 'far'])
		);
		const legs = route.stops.reduce((sum: number, s: { legM: number }) => sum + s.legM, 0);
		expect(Math.abs(route.distanceM - legs - route.end.legM)).toBeLessThanOrEqual(2);
		expect(route.end).toMatchObject({ lng: DEPOT.lng, lat: DEPOT.lat });
		const byId = Object.fromEntries(route.stops.map((s: { id: string }) => [s.id, s]));
		expect(byId.a).toMatchObject({ roadName: '中山路', offNetwork: false });
		expect(byId.c).toMatchObject({ roadName: '建设路', offNetwork: false });
		expect(byId.far).toMatchObject({ roadName: null, offNetwork: true, legStraight: true });
		expect(route.geometry.type).toBe('LineString');
		expect(route.geometry.coordinates[0]).toEqual([DEPOT.lng, DEPOT.lat]);
		expect(route.geometry.coordinates).toContainEqual([113.09, 22.955]);
		// 20 km/h default: arrival minutes are travel plus earlier service, never decreasing.
		const arrivals = route.stops.map((s: { arriveMin: number }) => s.arriveMin);
		expect([...arrivals].sort((x, y) => x - y)).toEqual(arrivals);
		expect(route.durationMin).toBeCloseTo(route.distanceM / (20_000 / 60) + 40, 0);
	});

	it('uses great-circle metres for "straight"', async () => {
		const { body } = await plan({
			distance: 'straight',
			stops: [MINI_TOWN_STOPS[0]],
			teams: [{ id: 't1', start: DEPOT }]
		});
		const [stop] = body.routes[0].stops;
		expect(stop.legM).toBe(Math.round(haversineM(DEPOT.lng, DEPOT.lat, 113.083, 22.954)));
		expect(stop.offNetwork).toBe(false);
		expect(body.meta.distance).toBe('straight');
	});

	it('charges an off-network leg the straight line × the detour factor', async () => {
		const { body } = await plan({ stops: [MINI_TOWN_STOPS[3]] });
		const [stop] = body.routes[0].stops;
		const crow = haversineM(DEPOT.lng, DEPOT.lat, 113.095, 22.97);
		expect(stop.legM).toBe(Math.round(crow * STRAIGHT_DETOUR_FACTOR));
	});

	it('ends a team at its own end point and splits stops between teams by maxStops', async () => {
		const end = { lng: 113.1, lat: 22.955 };
		const { body } = await plan({
			teams: [
				{ id: 't1', start: DEPOT, end, maxStops: 2 },
				{ id: 't2', start: DEPOT, maxStops: 2 }
			]
		});
		expect(body.routes.map((r: { stops: unknown[] }) => r.stops.length)).toEqual([2, 2]);
		expect(body.routes[0].end).toMatchObject(end);
		const last = body.routes[0].geometry.coordinates.at(-1);
		expect(last).toEqual([end.lng, end.lat]);
	});

	it('lists stops that do not fit with a reason instead of failing', async () => {
		const { status, body } = await plan({
			stops: [...MINI_TOWN_STOPS, { id: 'long', lng: 113.09, lat: 22.955, serviceMin: 600 }],
			teams: [{ id: 't1', start: DEPOT, maxStops: 2, maxMinutes: 480 }]
		});
		expect(status).toBe(200);
		expect(body.routes[0].stops).toHaveLength(2);
		const reasons = Object.fromEntries(
			body.unassigned.map((u: { id: string; reason: string }) => [u.id, u.reason])
		);
		expect(reasons.long).toBe('exceeds_max_minutes');
		expect(Object.values(reasons).filter((r) => r === 'capacity')).toHaveLength(2);
	});

	it('gives the same routes for the same seed', async () => {
		const a = await plan({
			teams: [
				{ id: 't1', start: DEPOT },
				{ id: 't2', start: DEPOT }
			]
		});
		const b = await plan({
			teams: [
				{ id: 't1', start: DEPOT },
				{ id: 't2', start: DEPOT }
			]
		});
		expect(JSON.stringify(a.body.routes)).toBe(JSON.stringify(b.body.routes));
		expect(a.body.unassigned).toEqual(b.body.unassigned);
	});
});

describe('POST /api/routes/plan refuses bad input with 400/413, never 500', () => {
	const stop = MINI_TOWN_STOPS[0];
	const team = { id: 't1', start: DEPOT };
	it.each([
		['empty stops', { stops: [], teams: [team] }, 'stops', 'at least one stop'],
		['no teams', { stops: [stop], teams: [] }, 'teams', 'at least one team'],
		[
			'duplicate stop ids',
			{ stops: [stop, { ...stop, lng: 113.09 }], teams: [team] },
			'stops[1].id',
			'duplicate id "a"'
		],
		[
			'latitude out of range',
			{ stops: [stop, stop, stop, { id: 'x', lng: 113, lat: 95 }], teams: [team] },
			'stops[3].lat',
			'from -90 to 90'
		],
		[
			'longitude out of range',
			{ stops: [{ id: 'x', lng: 181, lat: 22 }], teams: [team] },
			'stops[0].lng',
			'from -180 to 180'
		],
		[
			'negative service minutes',
			{ stops: [{ ...stop, serviceMin: -5 }], teams: [team] },
			'stops[0].serviceMin',
			'must not be negative'
		],
		[
			'a team start out of range',
			{ stops: [stop], teams: [{ id: 't1', start: { lng: 500, lat: 1 } }] },
			'teams[0].start.lng',
			'from -180 to 180'
		],
		[
			'duplicate team ids',
			{ stops: [stop], teams: [team, team] },
			'teams[1].id',
			'duplicate id "t1"'
		],
		[
			'an unknown distance',
			{ stops: [stop], teams: [team], distance: 'air' },
			'distance',
			'road or straight'
		],
		['a missing stop id', { stops: [{ lng: 1, lat: 1 }], teams: [team] }, 'stops[0].id', 'text'],
		[
			'maxStops zero',
			{ stops: [stop], teams: [{ ...team, maxStops: 0 }] },
			'teams[0].maxStops',
			'at least 1'
		]
	])('%s', async (_, body, parameter, words) => {
		const res = await post('/api/routes/plan', body);
		expect(res.status).toBe(400);
		expect(res.body.error.code).toBe('invalid_parameter');
		expect(res.body.error.details.issues.map((i: { parameter: string }) => i.parameter)).toContain(
			parameter
		);
		expect(res.body.error.message).toContain(parameter);
		expect(res.body.error.message).toContain(words);
	});

	it('answers 413 past MAX_ROUTE_STOPS, naming the limit', async () => {
		const stops = Array.from({ length: MAX_ROUTE_STOPS + 1 }, (_, k) => ({
			id: `s${k}`,
			lng: 113.08 + (k % 100) * 0.0002,
			lat: 22.95 + Math.floor(k / 100) * 0.002
		}));
		const res = await post('/api/routes/plan', { stops, teams: [team] });
		expect(res.status).toBe(413);
		expect(res.body.error.message).toContain(`${MAX_ROUTE_STOPS}`);
		expect(res.body.error.details.limit).toBe(MAX_ROUTE_STOPS);
	});

	it('answers a body that is not JSON with 400', async () => {
		const res = await post('/api/routes/plan', '{"stops": [');
		expect(res.status).toBe(400);
		expect(res.body.error).toBeDefined();
	});
});

describe('GET /api/routes/targets', () => {
	const { get } = createRequester(() => app);
	it('lists open blind spots with the default service minutes', async () => {
		const { status, body } = await get('/api/routes/targets?source=blindspots_open');
		expect(status).toBe(200);
		expect(body.stops.map((s: { id: string }) => s.id)).toEqual(['B0003', 'B0004']);
		expect(body.stops[0]).toMatchObject({ kind: 'blind_spot', serviceMin: 10 });
	});

	it('lists breeding sites, ponds longer than garbage stations', async () => {
		const { body } = await get('/api/routes/targets?source=breeding_sites');
		const byKind = Object.fromEntries(
			body.stops.map((s: { kind: string; serviceMin: number }) => [s.kind, s.serviceMin])
		);
		expect(byKind).toEqual({ garbage_station: 10, market: 20, water_body: 20 });
	});

	it('lists survey sites at FAIL, or at C and worse', async () => {
		const fail = await get('/api/routes/targets?source=survey_sites&level=FAIL');
		expect(fail.body.stops.map((s: { id: string; level: string }) => [s.id, s.level])).toEqual([
			['M01', 'FAIL']
		]);
		const c = await get('/api/routes/targets?source=survey_sites&level=C');
		expect(c.body.stops.map((s: { id: string }) => s.id)).toEqual(['M01', 'M02']);
	});

	it('filters by zone and refuses an unknown source', async () => {
		const zoned = await get('/api/routes/targets?source=blindspots_open&zone=no-such-zone');
		expect(zoned.body.stops).toEqual([]);
		const bad = await get('/api/routes/targets?source=everything');
		expect(bad.status).toBe(400);
		expect(bad.body.error.message).toContain('source must be one of');
	});
});
