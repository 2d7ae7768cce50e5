import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { haversineM } from '../../../../server/domain/routing/geo-distance';
import { buildRoadGraph, type RoutableSegment } from '../../../../server/domain/routing/road-graph';
import { growPathTree, reachTarget } from '../../../../server/domain/routing/shortest-paths';
import {
	createGraphSnapper,
	MAX_SNAP_DISTANCE_M
} from '../../../../server/domain/routing/snap-to-graph';
import {
	buildTravelMatrix,
	STRAIGHT_DETOUR_FACTOR,
	type LngLat
} from '../../../../server/domain/routing/travel-matrix';
import { createMiniTownDataset } from '../../../helpers/mini-town';

const line = (...coordinates: LngLat[]): LineString => ({ type: 'LineString', coordinates });
const miniTownSegments = (oneway: string[] = []): RoutableSegment[] =>
	createMiniTownDataset().roads.map((r) => ({
		id: r.id,
		name: r.name,
		oneway: oneway.includes(r.id),
		geometry: r.geometry
	}));

/** Road metres between two points through the graph (Infinity when there is no way). */
function roadMetres(segments: RoutableSegment[], from: LngLat, to: LngLat) {
	const graph = buildRoadGraph(segments);
	const snapper = createGraphSnapper(graph);
	const [a, b] = [snapper.snap(...from), snapper.snap(...to)];
	if (!a || !b) throw new Error('not snapped');
	return reachTarget(graph, growPathTree(graph, a), b).metres;
}

describe('buildRoadGraph on the mini town', () => {
	it('joins the four segments at shared vertices into one network', () => {
		const graph = buildRoadGraph(miniTownSegments());
		// 中山路 has 4 vertices (113.08, 113.085, 113.09, 113.10); 建设路 adds its two ends.
		expect(graph.nodeLng.length).toBe(6);
		const junction = graph.nodeLng.findIndex(
			(lng, v) => lng === 113.09 && graph.nodeLat[v] === 22.955
		);
		expect(graph.adjStart[junction + 1] - graph.adjStart[junction]).toBe(4);
	});

	it('routes from the west end of 中山路 to the north end of 建设路 via the junction', () => {
		const metres = roadMetres(miniTownSegments(), [113.08, 22.955], [113.09, 22.96]);
		const expected =
			haversineM(113.08, 22.955, 113.085, 22.9551) +
			haversineM(113.085, 22.9551, 113.09, 22.955) +
			haversineM(113.09, 22.955, 113.09, 22.96);
		expect(metres).toBeCloseTo(expected, 6);
	});

	it('merges end points closer than the 1 m tolerance, and not those farther apart', () => {
		const near = buildRoadGraph([
			{ id: 'a', name: 'a', oneway: false, geometry: line([0, 0], [0.001, 0]) },
			{ id: 'b', name: 'b', oneway: false, geometry: line([0.001000005, 0], [0.002, 0]) }
		]);
		expect(near.nodeLng.length).toBe(3);
		const far = buildRoadGraph([
			{ id: 'a', name: 'a', oneway: false, geometry: line([0, 0], [0.001, 0]) },
			{ id: 'b', name: 'b', oneway: false, geometry: line([0.00103, 0], [0.002, 0]) }
		]);
		expect(far.nodeLng.length).toBe(4);
	});

	it('respects one-way segments: along the drawn direction only', () => {
		const oneway = miniTownSegments(['r02-s01']);
		const south: LngLat = [113.09, 22.951];
		const junction: LngLat = [113.09, 22.9549];
		expect(roadMetres(oneway, south, junction)).toBeCloseTo(
			haversineM(113.09, 22.951, 113.09, 22.9549),
			3
		);
		expect(roadMetres(oneway, junction, south)).toBe(Infinity);
		expect(roadMetres(miniTownSegments(), junction, south)).toBeCloseTo(
			haversineM(113.09, 22.951, 113.09, 22.9549),
			3
		);
	});
});

describe('snapping', () => {
	it('splits an edge at the projected point: half way along 中山路 east', () => {
		const graph = buildRoadGraph(miniTownSegments());
		const snap = createGraphSnapper(graph).snap(113.095, 22.9552);
		expect(snap).not.toBeNull();
		expect(snap?.t).toBeCloseTo(0.5, 6);
		expect(snap?.lng).toBeCloseTo(113.095, 9);
		expect(snap?.lat).toBeCloseTo(22.955, 9);
		expect(snap?.offsetM).toBeCloseTo(haversineM(113.095, 22.9552, 113.095, 22.955), 3);
	});

	it('leaves points farther than the max snap distance off the network', () => {
		const graph = buildRoadGraph(miniTownSegments());
		const metresNorth = (MAX_SNAP_DISTANCE_M + 50) / 111_195;
		expect(createGraphSnapper(graph).snap(113.095, 22.955 + metresNorth)).toBeNull();
	});

	it('gives off-network legs the straight line times the detour factor, flagged', () => {
		const graph = buildRoadGraph(miniTownSegments());
		const points: LngLat[] = [
			[113.081, 22.955],
			[113.099, 22.955],
			[113.092, 22.965]
		];
		const travel = buildTravelMatrix(points, 'road', graph);
		expect(travel.onNetwork).toEqual([true, true, false]);
		expect(travel.straight[0 * 3 + 1]).toBe(0);
		expect(travel.straight[0 * 3 + 2]).toBe(1);
		expect(travel.matrix.d[0 * 3 + 2]).toBeCloseTo(
			haversineM(113.081, 22.955, 113.092, 22.965) * STRAIGHT_DETOUR_FACTOR,
			6
		);
		expect(travel.legGeometry(0, 2)).toEqual([points[0], points[2]]);
		expect(travel.roadNames).toEqual(['中山路', '中山路', '建设路']);
	});

	it('draws a road leg along the network through the junction', () => {
		const graph = buildRoadGraph(miniTownSegments());
		const travel = buildTravelMatrix(
			[
				[113.089, 22.955],
				[113.09, 22.959]
			],
			'road',
			graph
		);
		const coords = travel.legGeometry(0, 1);
		expect(coords).toContainEqual([113.09, 22.955]);
		expect(coords[0]).toEqual([113.089, 22.955]);
		expect(coords[coords.length - 1]).toEqual([113.09, 22.959]);
	});
});
