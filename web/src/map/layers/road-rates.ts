import { PathLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { RoadRankingCollection, RoadRankingRow } from '../../api/hotspot-query';
import { computeGeometryBbox, padBbox, type Bbox } from '$geo/bbox';
import { hexToRgba, type Rgba } from '../colors';
import { ROAD_RATE_COLORS, roadRateClass } from '../hotspot-colors';

/** Width of a rated segment; a picked one is drawn wider on top. */
export const ROAD_RATE_WIDTH_PX = 6;

export interface RoadRatePath {
	id: string;
	path: Position[];
	color: Rgba;
	rate: number;
}

/** Segments coloured by reports per 100 m, the worst drawn last so they stay on top. */
export function formatRoadRates(collection: RoadRankingCollection | null): RoadRatePath[] {
	return (collection?.features ?? [])
		.filter((f) => f.geometry?.type === 'LineString')
		.map((f) => ({
			id: f.properties.id,
			path: f.geometry.coordinates,
			rate: f.properties.per100m,
			color: hexToRgba(ROAD_RATE_COLORS[roadRateClass(f.properties.per100m)])
		}))
		.sort((a, b) => a.rate - b.rate);
}

/** Segments per rate class (the legend's counts). */
export function countRateClasses(rows: readonly Pick<RoadRankingRow, 'per100m'>[]): number[] {
	const counts = ROAD_RATE_COLORS.map(() => 0);
	for (const row of rows) counts[roadRateClass(row.per100m)]++;
	return counts;
}

/** Context kept round a segment flown to, as a fraction of its extent per side. */
export const SEGMENT_VIEW_PADDING = 0.5;

/** The box to fly to for a segment, with its surroundings; null when the segment is unknown. */
export function roadSegmentBbox(paths: readonly RoadRatePath[], id: string): Bbox | null {
	const path = paths.find((p) => p.id === id)?.path;
	if (!path?.length) return null;
	const box = computeGeometryBbox({ type: 'LineString', coordinates: path });
	return padBbox(box, SEGMENT_VIEW_PADDING);
}

export function renderRoadRates(paths: RoadRatePath[], highlightedId: string | null) {
	return new PathLayer<RoadRatePath>({
		id: 'hotspots:road-rates',
		data: paths,
		widthUnits: 'pixels',
		capRounded: true,
		jointRounded: true,
		getPath: (d) => d.path as [number, number][],
		getColor: (d) => (d.id === highlightedId ? [20, 20, 20, 255] : d.color),
		getWidth: (d) => (d.id === highlightedId ? ROAD_RATE_WIDTH_PX + 4 : ROAD_RATE_WIDTH_PX),
		updateTriggers: { getColor: highlightedId, getWidth: highlightedId }
	});
}
