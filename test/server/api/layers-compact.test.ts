import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { cellToLatLng, latLngToCell } from 'h3-js';
import type { Database } from '../../../server/db/database';
import { loadMapLayer } from '../../../server/services/layers';
import { createDemoTownStore } from '../../helpers/demo-town-store';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

// Issue 18 part 3: point layers as Arrow, a capped layer as a sample of the whole area,
// H3 counts at low zoom, and the counts the map's notice reads.
let db: Database;
let app: TestApp;
const NOW = new Date('2026-06-01T10:00:00+08:00');
beforeAll(async () => {
	db = await createDemoTownStore();
	app = createTestApp({ db, version: 'test', now: () => NOW });
});
afterAll(async () => {
	await db.close();
});

const ARROW = 'application/vnd.apache.arrow.stream';
const get = (path: string, accept = 'application/json') =>
	app.request(`http://127.0.0.1:8787${path}`, { headers: { Accept: accept } });

interface PointTable {
	ids: string[];
	positions: Float64Array;
	codes: Record<string, string[]>;
}
function readPoints(buffer: ArrayBuffer, codeColumns: string[]): PointTable {
	const table = tableFromIPC(new Uint8Array(buffer));
	const position = table.getChild('position')!;
	const positions = Float64Array.from(position.data.flatMap((d) => [...d.children[0]!.values]));
	const codes = Object.fromEntries(
		codeColumns.map((c) => [c, [...table.getChild(c)!.toArray()] as string[]])
	);
	return { ids: [...table.getChild('id')!.toArray()] as string[], positions, codes };
}

describe('point layers as Arrow', () => {
	it('decode to the same ids, positions and pests as the GeoJSON answer for a filter', async () => {
		const query = '/api/layers/surveys?pest=mosquito&from=2025-01-01&bbox=113.08,22.9,113.2,23';
		const geo = await (await get(query)).json();
		const res = await get(query, ARROW);
		expect(res.headers.get('Content-Type')).toBe(ARROW);
		expect(res.headers.get('Vary')).toContain('Accept');
		const arrow = readPoints(await res.arrayBuffer(), ['pest']);
		expect(geo.features.length).toBeGreaterThan(100);
		expect(arrow.ids).toEqual(geo.features.map((f: { id: string }) => f.id));
		geo.features.forEach((f: { geometry: { coordinates: number[] } }, i: number) => {
			expect(arrow.positions[2 * i]).toBeCloseTo(f.geometry.coordinates[0]!, 6);
			expect(arrow.positions[2 * i + 1]).toBeCloseTo(f.geometry.coordinates[1]!, 6);
		});
		expect(new Set(arrow.codes.pest)).toEqual(new Set(['mosquito']));
		expect(res.headers.get('X-Layer-Total')).toBe(String(geo.features.length));
		expect(res.headers.get('X-Layer-Capped')).toBe('false');
		// Only what the map draws: far smaller than the GeoJSON with every property.
		const geoBytes = JSON.stringify(geo).length;
		expect((await (await get(query, ARROW)).arrayBuffer()).byteLength).toBeLessThan(geoBytes / 5);
	});

	it('carry the blind spots’ category, status and overdue flag', async () => {
		const res = await get('/api/layers/blindspots', ARROW);
		const table = tableFromIPC(new Uint8Array(await res.arrayBuffer()));
		expect(table.schema.fields.map((f) => f.name)).toEqual([
			'id',
			'position',
			'category',
			'status',
			'overdue'
		]);
		expect(table.numRows).toBe(Number(res.headers.get('X-Layer-Total')));
	});

	it('keeps GeoJSON for other clients, with the counts as members too', async () => {
		const res = await get('/api/layers/surveys?bbox=113,22,114,23');
		expect(res.headers.get('Content-Type')).toContain('geo+json');
		const body = await res.json();
		expect(body.total).toBe(body.features.length);
		expect(body.returned).toBe(body.features.length);
	});

	it('keeps only the points inside the bbox', async () => {
		const all = readPoints(await (await get('/api/layers/surveys', ARROW)).arrayBuffer(), []);
		const lngs = [...all.positions].filter((_, i) => i % 2 === 0).sort((a, b) => a - b);
		const mid = lngs[Math.floor(lngs.length / 2)]!;
		const res = await get(`/api/layers/surveys?bbox=${mid},-90,180,90`, ARROW);
		const east = readPoints(await res.arrayBuffer(), []);
		const expected = lngs.filter((x) => x >= mid).length;
		expect(east.ids.length).toBe(expected);
		expect([...east.positions].filter((_, i) => i % 2 === 0).every((x) => x >= mid)).toBe(true);
	});
});

describe('a capped layer', () => {
	it('is a sample spread over the whole area: every populated H3 r7 cell keeps points', async () => {
		const all = await db.query('SELECT h3_r7, count(*)::INTEGER AS n FROM surveys GROUP BY 1');
		const total = all.reduce((s, r) => s + Number(r.n), 0);
		const cap = all.length * 3;
		expect(cap).toBeLessThan(total / 4);
		const answer = await loadMapLayer(
			db,
			'surveys',
			{},
			{ arrow: true, now: NOW, area: null, cap }
		);
		expect(answer).toMatchObject({ capped: true, total, returned: cap, form: 'points' });
		const sample = readPoints(answer.body as Uint8Array as unknown as ArrayBuffer, []);
		expect(sample.ids.length).toBe(cap);
		const cells = new Set<string>();
		for (let i = 0; i < sample.ids.length; i++) {
			cells.add(latLngToCell(sample.positions[2 * i + 1]!, sample.positions[2 * i]!, 7));
		}
		expect(cells).toEqual(new Set(all.map((r) => String(r.h3_r7))));
		// The first ids would have been one corner: ids are issued community by community.
		const firstIds = await db.query(
			`SELECT DISTINCT h3_r7 FROM (SELECT h3_r7 FROM surveys ORDER BY id LIMIT ${cap})`
		);
		expect(firstIds.length).toBeLessThan(all.length);
	});

	it('says capped, total and returned in the GeoJSON members the map reads', async () => {
		const answer = await loadMapLayer(
			db,
			'surveys',
			{},
			{ arrow: false, now: NOW, area: null, cap: 50 }
		);
		const body = JSON.parse(answer.body as string);
		expect(body.truncated).toBe(true);
		expect(body.returned).toBe(50);
		expect(body.total).toBe(answer.total);
		expect(body.features).toHaveLength(50);
	});
});

describe('H3 counts at low zoom', () => {
	it('count every matching point once, in cells of the resolution the zoom asks for', async () => {
		const total = Number((await db.query('SELECT count(*) AS n FROM surveys'))[0]!.n);
		const answer = await loadMapLayer(
			db,
			'surveys',
			{ zoom: 10 },
			{ arrow: true, now: NOW, area: null, aggregateAbove: 1000 }
		);
		expect(answer).toMatchObject({ form: 'h3', resolution: 7, total });
		const table = tableFromIPC(answer.body as Uint8Array);
		const counts = [...table.getChild('count')!.toArray()] as number[];
		expect(counts.reduce((s, n) => s + n, 0)).toBe(total);
		const cells = [...table.getChild('h3')!.toArray()] as string[];
		const [lat, lng] = cellToLatLng(cells[0]!);
		expect(latLngToCell(lat, lng, 7)).toBe(cells[0]);
	});

	it('stay points at a street zoom or under the threshold', async () => {
		const near = await loadMapLayer(
			db,
			'surveys',
			{ zoom: 15 },
			{ arrow: true, now: NOW, area: null, aggregateAbove: 1000 }
		);
		expect(near.form).toBe('points');
		const demo = await get('/api/layers/surveys?zoom=10', ARROW);
		expect(demo.headers.get('X-Layer-Form')).toBe('points');
	});
});
