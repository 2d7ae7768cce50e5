/**
 * Communities and villages tiling the town (Voronoi of seeded centres clipped to the
 * outline), each tiled again into 网格 grid cells. Communities sit around the market core,
 * villages on the outskirts.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { XY } from './frame';
import { distance, pointInRing, ringAreaCentroid } from './geometry';
import { COMMUNITY_NAMES, SURNAMES, VILLAGE_NAMES } from './names';
import type { Rng } from '../domain/random/seeded-random';
import { tileByVoronoi } from './voronoi-tiles';

const INNER_RING_M = 1150;
const OUTER_RING_M = 2350;
const ANGLE_JITTER = 0.2;
const RADIUS_JITTER_M = 150;
/** Grid cells per zone, by kind (both ends included). */
const GRIDS_PER_COMMUNITY: [number, number] = [6, 9];
const GRIDS_PER_VILLAGE: [number, number] = [4, 6];

export interface Zone {
	id: string;
	name: string;
	kind: 'community' | 'village' | 'grid';
	parentId: string;
	responsible: string;
	geometry: Polygon | MultiPolygon;
}

export interface ZoneLayout {
	communities: Zone[];
	grids: Zone[];
}

export function outerRings(g: Polygon | MultiPolygon): XY[][] {
	return (g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0])) as XY[][];
}

export function zoneArea(g: Polygon | MultiPolygon): number {
	return outerRings(g).reduce((s, r) => s + Math.abs(ringAreaCentroid(r).area), 0);
}

export function zoneCentroid(g: Polygon | MultiPolygon): XY {
	const parts = outerRings(g).map((r) => ringAreaCentroid(r));
	const total = parts.reduce((s, p) => s + Math.abs(p.area), 0);
	const x = parts.reduce((s, p) => s + p.centroid[0] * Math.abs(p.area), 0) / total;
	const y = parts.reduce((s, p) => s + p.centroid[1] * Math.abs(p.area), 0) / total;
	return [x, y];
}

export function zoneContains(g: Polygon | MultiPolygon, p: XY): boolean {
	return outerRings(g).some((r) => pointInRing(p, r));
}

export function layOutZones(outline: XY[], core: XY, rng: Rng): ZoneLayout {
	const ring = (center: XY, radius: number, n: number, start: number): XY[] =>
		Array.from({ length: n }, (_, k) => {
			const a = start + (2 * Math.PI * k) / n + rng.range(-1, 1) * ANGLE_JITTER;
			const r = radius + rng.range(-1, 1) * RADIUS_JITTER_M;
			return [center[0] + r * Math.cos(a), center[1] + r * Math.sin(a)];
		});
	const inner = ring(core, INNER_RING_M, COMMUNITY_NAMES.length - 1, 0);
	const outer = ring([0, 0], OUTER_RING_M, VILLAGE_NAMES.length, Math.PI / 8);
	const seeds = [core, ...inner, ...outer];
	const town: Polygon = { type: 'Polygon', coordinates: [outline] };
	const tiles = tileByVoronoi(seeds, town);
	const communities = tiles.map((geometry, k): Zone => {
		const village = k >= COMMUNITY_NAMES.length;
		const name = village ? VILLAGE_NAMES[k - COMMUNITY_NAMES.length] : COMMUNITY_NAMES[k];
		return {
			id: `c${String(k + 1).padStart(2, '0')}`,
			name,
			kind: village ? 'village' : 'community',
			parentId: 'town',
			responsible: `${name}${village ? '村委会' : '居委会'}`,
			geometry
		};
	});
	const grids = communities.flatMap((c) => layOutGrids(c, rng));
	return { communities, grids };
}

function layOutGrids(parent: Zone, rng: Rng): Zone[] {
	const [lo, hi] = parent.kind === 'village' ? GRIDS_PER_VILLAGE : GRIDS_PER_COMMUNITY;
	const n = rng.int(lo, hi);
	const seeds = scatterInside(parent.geometry, n, rng);
	return tileByVoronoi(seeds, parent.geometry).map((geometry, k) => ({
		id: `${parent.id}-g${String(k + 1).padStart(2, '0')}`,
		name: `${parent.name}第${k + 1}网格`,
		kind: 'grid',
		parentId: parent.id,
		responsible: `网格员 ${rng.pick(SURNAMES)}某`,
		geometry
	}));
}

/** `n` well-spread points inside the polygon (dart throwing, relaxing the spacing if needed). */
function scatterInside(g: Polygon | MultiPolygon, n: number, rng: Rng): XY[] {
	const xs = outerRings(g).flat();
	const [x0, x1] = [Math.min(...xs.map((p) => p[0])), Math.max(...xs.map((p) => p[0]))];
	const [y0, y1] = [Math.min(...xs.map((p) => p[1])), Math.max(...xs.map((p) => p[1]))];
	let spacing = Math.sqrt(zoneArea(g) / n) * 0.8;
	const points: XY[] = [];
	for (let tries = 0; points.length < n; tries++) {
		if (tries > 0 && tries % 300 === 0) spacing *= 0.85;
		const p: XY = [rng.range(x0, x1), rng.range(y0, y1)];
		if (zoneContains(g, p) && points.every((q) => distance(p, q) >= spacing)) points.push(p);
	}
	return points;
}
