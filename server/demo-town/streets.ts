/**
 * The street network: grid nodes, the road plan, shortened roads on the outskirts (only
 * where the network stays one piece) and gently bent segment polylines. A segment runs
 * between two adjacent intersections; neighbours share the very same end coordinates.
 */
import type { XY } from './frame';
import { distance, leftNormal, lerp } from './geometry';
import type { Rng } from '../domain/random/seeded-random';
import { planRoads, type PlannedRoad } from './road-plan';
import { layOutGridNodes } from './street-grid';
import { countComponents } from './union-find';

/** Chance that a road on the outskirts loses one or two segments at a trimmable end. */
const TRIM_ONE_P = 0.3;
const TRIM_TWO_P = 0.12;
const MIN_SEGMENTS = 3;
const VERTEX_EVERY_M = 150;
const BEND_M = 7;

export interface Segment {
	id: string;
	roadId: string;
	name: string;
	grade: 1 | 2 | 3 | 4;
	key: boolean;
	from: string;
	to: string;
	line: XY[];
}

export interface StreetNetwork {
	nodes: Map<string, XY>;
	segments: Segment[];
}

export function buildStreets(rng: Rng): StreetNetwork {
	const nodes = layOutGridNodes(rng.fork('nodes'));
	const roads = trimOutskirts(planRoads(nodes, rng.fork('plan')), rng.fork('trim'));
	const bend = rng.fork('bend');
	const segments: Segment[] = [];
	roads.forEach((road, r) => {
		const roadId = `r${String(r + 1).padStart(2, '0')}`;
		for (let k = 1; k < road.nodes.length; k++) {
			const [from, to] = [road.nodes[k - 1], road.nodes[k]];
			segments.push({
				id: `${roadId}-s${String(k).padStart(2, '0')}`,
				roadId,
				name: road.name,
				grade: road.grade,
				key: road.key,
				from,
				to,
				line: bendLine(nodes.get(from)!, nodes.get(to)!, road.grade === 4 ? 0.6 : 1, bend)
			});
		}
	});
	return { nodes, segments };
}

function edgesOf(roads: readonly PlannedRoad[]): [string, string][] {
	return roads.flatMap((r) => r.nodes.slice(1).map((n, k): [string, string] => [r.nodes[k], n]));
}

function trimOutskirts(roads: PlannedRoad[], rng: Rng): PlannedRoad[] {
	let current = roads;
	roads.forEach((road, index) => {
		for (const end of ['start', 'end'] as const) {
			if (!(end === 'start' ? road.trimStart : road.trimEnd)) continue;
			const roll = rng.next();
			const cut = roll < TRIM_TWO_P ? 2 : roll < TRIM_ONE_P ? 1 : 0;
			const kept = current[index].nodes;
			if (cut === 0 || kept.length - 1 - cut < MIN_SEGMENTS) continue;
			const nodes = end === 'start' ? kept.slice(cut) : kept.slice(0, kept.length - cut);
			const next = current.map((r, k) => (k === index ? { ...r, nodes } : r));
			if (countComponents(edgesOf(next)) === 1) current = next;
		}
	});
	return current;
}

function bendLine(a: XY, b: XY, scale: number, rng: Rng): XY[] {
	const inner = Math.max(1, Math.min(4, Math.round(distance(a, b) / VERTEX_EVERY_M)));
	const n = leftNormal(a, b);
	const line: XY[] = [a];
	for (let k = 1; k <= inner; k++) {
		const p = lerp(a, b, k / (inner + 1));
		const off = rng.range(-1, 1) * BEND_M * scale;
		line.push([p[0] + n[0] * off, p[1] + n[1] * off]);
	}
	line.push(b);
	return line;
}
