/**
 * Picking a key group's roads on the admin map (issue 16 item 1): a click takes the nearest
 * segment within PICK_M, toggling it in or out; a road's name takes all its segments.
 */
import type { LayerFeature } from '../../../../server/contract/layers';

type Position = [number, number];
type Road = LayerFeature<'roads'>;

/** A click further than this from every segment picks none (metres). */
export const PICK_M = 40;

const M_PER_DEG_LAT = 111_320;

/** Metres from `p` to the segment a–b, in a local plane around `p`. */
function toSegmentM(p: Position, a: Position, b: Position): number {
	const kx = M_PER_DEG_LAT * Math.cos((p[1] * Math.PI) / 180);
	const [ax, ay] = [(a[0] - p[0]) * kx, (a[1] - p[1]) * M_PER_DEG_LAT];
	const [bx, by] = [(b[0] - p[0]) * kx, (b[1] - p[1]) * M_PER_DEG_LAT];
	const [dx, dy] = [bx - ax, by - ay];
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
	return Math.hypot(ax + t * dx, ay + t * dy);
}

function linesOf(road: Road): Position[][] {
	const g = road.geometry;
	if (g?.type === 'LineString') return [g.coordinates as Position[]];
	if (g?.type === 'MultiLineString') return g.coordinates as Position[][];
	return [];
}

/** The segment nearest `at` within `maxM`, or null. */
export function nearestSegment(roads: readonly Road[], at: Position, maxM = PICK_M): Road | null {
	let best: Road | null = null;
	let bestM = maxM;
	for (const road of roads) {
		for (const line of linesOf(road)) {
			for (let i = 0; i + 1 < line.length; i++) {
				const d = toSegmentM(at, line[i], line[i + 1]);
				if (d <= bestM) [best, bestM] = [road, d];
			}
		}
	}
	return best;
}

/** `ids` with `id` added, or taken out when it is there. */
export function toggleMember(ids: readonly string[], id: string): string[] {
	return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].sort();
}

/** Every segment of the roads named `name` (trimmed, exact). */
export function segmentsOfRoad(roads: readonly Road[], name: string): string[] {
	const n = name.trim();
	return roads.filter((r) => r.properties.name === n).map((r) => r.properties.id);
}

/** Segments of `ids` another group holds now (the server would refuse them), by group. */
export function takenByOthers(
	roads: readonly Road[],
	ids: readonly string[],
	ownName: string | null
): { id: string; group: string }[] {
	const wanted = new Set(ids);
	return roads
		.filter((r) => wanted.has(r.properties.id))
		.filter((r) => r.properties.keyGroup && r.properties.keyGroup !== ownName)
		.map((r) => ({ id: r.properties.id, group: r.properties.keyGroup as string }));
}
