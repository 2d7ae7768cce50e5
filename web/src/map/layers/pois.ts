import { ScatterplotLayer } from '@deck.gl/layers';
import type { LayerFeature } from '../../../../server/contract/layers';
import type { PoiKind } from '../../api/codes';
import { hexToRgba, MAP_COLORS, POI_COLORS, type Rgba } from '../colors';
import { POINT_LAYER_DEFAULTS } from './point-defaults';
import { pointOf } from './point-of';

export const POI_RADIUS_PX = 4;

export interface PoiPoint {
	position: [number, number];
	color: Rgba;
	feature: LayerFeature<'pois'>;
}

/** Point places as dots by kind; water bodies come as polygons and are drawn by the basemap. */
export function formatPois(features: readonly LayerFeature<'pois'>[]): PoiPoint[] {
	const points: PoiPoint[] = [];
	for (const feature of features) {
		const position = pointOf(feature.geometry);
		if (!position) continue;
		const hex = POI_COLORS[feature.properties.kind as PoiKind] ?? MAP_COLORS.fallback;
		points.push({ position, feature, color: hexToRgba(hex) });
	}
	return points;
}

export function renderPois(points: PoiPoint[]) {
	return new ScatterplotLayer<PoiPoint>({
		id: 'pois:points',
		data: points,
		...POINT_LAYER_DEFAULTS,
		getPosition: (d) => d.position,
		getRadius: POI_RADIUS_PX,
		getFillColor: (d) => d.color,
		getLineColor: [40, 40, 40, 230],
		getLineWidth: 1
	});
}
