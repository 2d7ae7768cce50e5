import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon, pointToLineDistance, polygonToLine } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import type { Database } from '../../../server/db/database';
import { futianRoadSegments, readFutianGraph } from '../../helpers/real-data/futian';
import { importCanonical, readReal } from '../../helpers/real-data/paths';
import { createEmptyStore } from '../../helpers/mini-town';

/**
 * Shenzhen (SOURCES.md §6): the Futian OSM road graph as road segments, and the DataV
 * districts, which are GCJ-02, imported with crs=gcj02 and checked against the WGS-84 sz.json
 * that matches OSM.
 */
let db: Database;
const roads = futianRoadSegments();
const datav = JSON.parse(
	readReal('shenzhen-futian-osm/440300_full.json').toString()
) as FeatureCollection;
const sz = JSON.parse(readReal('shenzhen-futian-osm/sz.json').toString()) as FeatureCollection<
	Polygon | MultiPolygon
>;
let roadResult: Awaited<ReturnType<typeof importCanonical>>;
let zoneResult: Awaited<ReturnType<typeof importCanonical>>;
beforeAll(async () => {
	db = await createEmptyStore();
	roadResult = await importCanonical(db, 'roads', { name: 'futian.geojson', bytes: roads.geojson });
	const districts = {
		type: 'FeatureCollection',
		features: datav.features.map((f) => ({
			type: 'Feature',
			properties: {
				id: String(f.properties!.adcode),
				name: f.properties!.name,
				kind: 'district',
				parent_id: '440300'
			},
			geometry: f.geometry
		}))
	};
	zoneResult = await importCanonical(
		db,
		'zones',
		{ name: 'datav.json', bytes: JSON.stringify(districts) },
		'gcj02'
	);
}, 120_000);
afterAll(async () => db?.close());

/** Distances in metres from each vertex of `a` to the outline of `b`, sorted. */
function vertexDistances(a: Polygon | MultiPolygon, b: Feature<Polygon | MultiPolygon>): number[] {
	const outline = polygonToLine(b) as Feature<LineString> | FeatureCollection<LineString>;
	const lines = 'features' in outline ? outline.features : [outline];
	const vertices = (a.type === 'Polygon' ? [a.coordinates] : a.coordinates).flat(2) as Position[];
	return vertices
		.map((p) => Math.min(...lines.map((l) => pointToLineDistance(p, l, { units: 'meters' }))))
		.sort((x, y) => x - y);
}
const median = (xs: number[]) => xs[xs.length >> 1];
const szFutian = () => sz.features.find((f) => f.properties!.qh === '福田')!;

describe('Futian OSM road graph', () => {
	it('has the 1,751 nodes, 4,009 edges and 337.3 km of SOURCES.md', () => {
		const { nodes, edges } = readFutianGraph();
		expect(nodes.size).toBe(1_751);
		expect(edges).toHaveLength(4_009);
		const km = edges.reduce((s, e) => s + Number(e.data.length), 0) / 1000;
		expect(km).toBeCloseTo(337.3, 1);
	});

	it('imports the driving network, one segment per street, with lengths that match OSM', async () => {
		expect(roadResult.inserted).toBe(roads.edges.length);
		expect(roadResult.inserted).toBeGreaterThan(1000);
		const [r] = await db.query(
			`SELECT count(*) AS n, sum(length_m) AS m, min(minx) AS w, min(miny) AS s, max(maxx) AS e, max(maxy) AS n2,
			 count(*) FILTER (WHERE grade = 1) AS grade1 FROM road_segments`
		);
		const osmMetres = roads.edges.reduce((s, e) => s + Number(e.data.length), 0);
		expect(Math.abs((r.m as number) / osmMetres - 1)).toBeLessThan(0.01);
		expect(r.w).toBeGreaterThan(113.99702 - 0.002);
		expect(r.s).toBeGreaterThan(22.51666 - 0.002);
		expect(r.e).toBeLessThan(114.03988 + 0.002);
		expect(r.n2).toBeLessThan(22.55052 + 0.002);
		expect(r.grade1).toBeGreaterThan(0);
		const [jingtian] = await db.query(
			`SELECT count(*) AS n FROM road_segments WHERE name = '景田路' AND grade = 2`
		);
		expect(jingtian.n).toBeGreaterThan(0);
	});
});

describe('Shenzhen DataV districts (GCJ-02) as zones', () => {
	it('imports the 9 districts converted to WGS-84', async () => {
		expect(zoneResult.inserted).toBe(9);
		const names = await db.query(`SELECT name FROM zones ORDER BY id`);
		expect(names.map((n) => n.name)).toContain('福田区');
	});

	it('overlays the WGS-84 district outline within a few metres; unconverted they are ~400 m off', async () => {
		const [row] = await db.query<{ geometry: string }>(
			`SELECT geometry FROM zones WHERE name = '福田区'`
		);
		const converted = JSON.parse(row.geometry) as MultiPolygon;
		const raw = datav.features.find((f) => f.properties!.name === '福田区')!
			.geometry as MultiPolygon;
		const after = vertexDistances(converted, szFutian());
		const before = vertexDistances(raw, szFutian());
		expect(median(before)).toBeGreaterThan(300);
		expect(median(after)).toBeLessThan(2);
		expect(after[after.length - 1]).toBeLessThan(5);
	});

	it('contains the OSM road nodes of Futian once converted', async () => {
		const [row] = await db.query<{ geometry: string }>(
			`SELECT geometry FROM zones WHERE name = '福田区'`
		);
		const futian = JSON.parse(row.geometry) as MultiPolygon;
		const raw = datav.features.find((f) => f.properties!.name === '福田区')!
			.geometry as MultiPolygon;
		const nodes = [...readFutianGraph().nodes.values()];
		const inside = (g: MultiPolygon) =>
			nodes.filter((p) => booleanPointInPolygon(p, g)).length / nodes.length;
		expect(inside(futian)).toBeGreaterThan(0.995);
		expect(inside(raw)).toBeLessThan(inside(futian));
	});
});
