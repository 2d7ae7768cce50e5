import { TextLayer } from '@deck.gl/layers';
import type { LayerFeature } from '../../../../server/contract/layers';
import type { PoiKind } from '../../api/codes';
import { hexToRgba, MAP_COLORS, POI_COLORS, type Rgba } from '../colors';
import { LABEL_FONT_FAMILY } from './labels';
import { pointOf } from './point-of';

/**
 * One-character map symbols, drawn as small coloured badges so places never read as blind-spot
 * dots. They are icons, not prose: the same in both languages; the legend names them.
 */
export const POI_GLYPHS: Record<PoiKind, string> = {
	market: '市',
	restaurant: '餐',
	garbage_station: '收',
	toilet: '厕',
	school: '学',
	hospital: '医',
	water_body: '水',
	construction: '工'
};
export const POI_GLYPH_SIZE_PX = 11;

export interface PoiPoint {
	position: [number, number];
	glyph: string;
	color: Rgba;
	feature: LayerFeature<'pois'>;
}

/** Point places as badges by kind; water bodies come as polygons and are drawn by the basemap. */
export function formatPois(features: readonly LayerFeature<'pois'>[]): PoiPoint[] {
	const points: PoiPoint[] = [];
	for (const feature of features) {
		const position = pointOf(feature.geometry);
		if (!position) continue;
		const kind = feature.properties.kind as PoiKind;
		const hex = POI_COLORS[kind] ?? MAP_COLORS.fallback;
		points.push({ position, feature, glyph: POI_GLYPHS[kind] ?? '·', color: hexToRgba(hex) });
	}
	return points;
}

export function renderPois(points: PoiPoint[]) {
	return new TextLayer<PoiPoint>({
		id: 'pois:badges',
		data: points,
		pickable: true,
		characterSet: 'auto',
		fontFamily: LABEL_FONT_FAMILY,
		fontWeight: 700,
		sizeUnits: 'pixels',
		background: true,
		backgroundPadding: [3, 2],
		getBackgroundColor: (d) => d.color,
		getBorderColor: [255, 255, 255, 255],
		getBorderWidth: 1,
		getText: (d) => d.glyph,
		getPosition: (d) => d.position,
		getSize: POI_GLYPH_SIZE_PX,
		getColor: [255, 255, 255, 255],
		getTextAnchor: 'middle',
		getAlignmentBaseline: 'center'
	});
}
