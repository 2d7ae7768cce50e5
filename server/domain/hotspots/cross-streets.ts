import type { LineString } from 'geojson';
import { buildRoadGraph } from '../routing/road-graph';

export interface NetworkSegment {
	id: string;
	roadId: string;
	name: string;
	grade: number;
	geometry: LineString;
}

/** The roads a segment meets at its first and last vertex; null at a dead end or a bend. */
export interface SegmentEnds {
	from: string | null;
	to: string | null;
}

/**
 * Names each segment's ends by the other roads met there, so the ranking can say "中山路
 * (解放路—人民路)" for one of fifteen 中山路 sections. Roads meet where they share a vertex
 * (the routing graph's rule: within NODE_SNAP_TOLERANCE_M, not where a bridge crosses). Of
 * several roads at one end the most important (lowest grade, then name) names it.
 */
export function crossStreets(segments: readonly NetworkSegment[]): Map<string, SegmentEnds> {
	const graph = buildRoadGraph(segments.map((s) => ({ ...s, oneway: false })));
	const atNode = new Map<number, Set<number>>();
	const ends = new Map<number, [number, number]>();
	for (const p of graph.pieces) {
		for (const v of [p.from, p.to]) atNode.set(v, (atNode.get(v) ?? new Set()).add(p.segment));
		ends.set(p.segment, [ends.get(p.segment)?.[0] ?? p.from, p.to]);
	}
	const crossing = (self: NetworkSegment, node: number | undefined): string | null => {
		const others = [...(node === undefined ? [] : (atNode.get(node) ?? []))]
			.map((i) => segments[i])
			.filter((o) => o.roadId !== self.roadId && o.name !== self.name)
			.sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'zh-CN'));
		return others[0]?.name ?? null;
	};
	const result = new Map<string, SegmentEnds>();
	segments.forEach((s, i) => {
		const [first, last] = ends.get(i) ?? [];
		result.set(s.id, { from: crossing(s, first), to: crossing(s, last) });
	});
	return result;
}
