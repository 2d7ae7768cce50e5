import { ScatterplotLayer } from '@deck.gl/layers';
import type { LayerFeature } from '../../../../server/contract/layers';
import type { Pest } from '../../api/codes';
import { hexToRgba, MAP_COLORS, PEST_COLORS, type Rgba } from '../colors';
import { POINT_LAYER_DEFAULTS } from './point-defaults';
import { pointOf } from './point-of';

/** Surveys are rings, so they read apart from the filled blind-spot dots. */
export const SURVEY_RADIUS_PX = 4.5;

export interface SurveyPoint {
	position: [number, number];
	line: Rgba;
	fill: Rgba;
	feature: LayerFeature<'surveys'>;
}

export function formatSurveys(features: readonly LayerFeature<'surveys'>[]): SurveyPoint[] {
	const points: SurveyPoint[] = [];
	for (const feature of features) {
		const position = pointOf(feature.geometry);
		if (!position) continue;
		const hex = PEST_COLORS[feature.properties.pest as Pest] ?? MAP_COLORS.fallback;
		points.push({ position, feature, line: hexToRgba(hex, 230), fill: hexToRgba(hex, 45) });
	}
	return points;
}

export function renderSurveys(points: SurveyPoint[]) {
	return new ScatterplotLayer<SurveyPoint>({
		id: 'surveys:points',
		data: points,
		...POINT_LAYER_DEFAULTS,
		filled: true,
		getPosition: (d) => d.position,
		getRadius: SURVEY_RADIUS_PX,
		getFillColor: (d) => d.fill,
		getLineColor: (d) => d.line,
		getLineWidth: 1.6
	});
}
