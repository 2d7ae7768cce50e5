import { PathLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { LayerFeature } from '../../../../server/contract/layers';
import { hexToRgba, MAP_COLORS, type Rgba } from '../colors';

/** Road fill width in pixels by grade 1–4; the basemap casing is 3 px wider. */
export const ROAD_WIDTH_PX = [5, 3.5, 2, 0.8] as const;
export const KEY_ROAD_WIDTH_PX = 6;

export interface RoadPath {
	path: Position[];
	color: Rgba;
	width: number;
	feature: LayerFeature<'roads'>;
}

/**
 * A segment of any key group (十路一区, 村街主干道 or the town's own term): the groups are data
 * (issue 16, /api/key-groups), so whatever group the admin named is highlighted.
 */
export function isKeyRoad(feature: LayerFeature<'roads'>): boolean {
	return feature.properties.keyGroup != null && feature.properties.keyGroup !== '';
}

/** The key groups the loaded segments belong to, for the legend, in name order. */
export function keyGroupNames(features: readonly LayerFeature<'roads'>[]): string[] {
	const names = new Set<string>();
	for (const f of features) if (isKeyRoad(f)) names.add(f.properties.keyGroup as string);
	return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

function pathsOf(feature: LayerFeature<'roads'>): Position[][] {
	const g = feature.geometry;
	if (g?.type === 'LineString') return [g.coordinates];
	if (g?.type === 'MultiLineString') return g.coordinates;
	return [];
}

/** Splits segments into key-group roads (thick, highlighted) and other roads (width by grade). */
export function formatRoads(features: readonly LayerFeature<'roads'>[]): {
	key: RoadPath[];
	other: RoadPath[];
} {
	const key: RoadPath[] = [];
	const other: RoadPath[] = [];
	const byGrade = [...features].sort((a, b) => b.properties.grade - a.properties.grade);
	for (const feature of byGrade) {
		const isKey = isKeyRoad(feature);
		const grade = Math.min(4, Math.max(1, Math.round(feature.properties.grade)));
		for (const path of pathsOf(feature)) {
			(isKey ? key : other).push({
				path,
				feature,
				color: hexToRgba(isKey ? MAP_COLORS.keyRoad : MAP_COLORS.otherRoad),
				width: isKey ? KEY_ROAD_WIDTH_PX : ROAD_WIDTH_PX[grade - 1]
			});
		}
	}
	return { key, other };
}

export function renderRoads(paths: RoadPath[], which: 'key' | 'other') {
	return new PathLayer<RoadPath>({
		id: `roads:${which}`,
		data: paths,
		pickable: true,
		autoHighlight: which === 'key',
		highlightColor: [255, 255, 255, 90],
		widthUnits: 'pixels',
		capRounded: true,
		jointRounded: true,
		getPath: (d) => d.path as [number, number][],
		getColor: (d) => d.color,
		getWidth: (d) => d.width
	});
}
