import { TextLayer } from '@deck.gl/layers';
import type { LayerFeature } from '../../../../server/contract/layers';
import type { PoiKind } from '../../api/codes';
import { hexToRgba, MAP_COLORS, POI_COLORS, type Rgba } from '../colors';
import { LABEL_FONT_FAMILY } from './labels';
import { pointOf } from './point-of';
import { DEFAULT_LANG, type Lang } from '../../state/lang';

/**
 * One-character map symbols, drawn as small coloured badges so places never read as problem
 * dots. They follow the reader's language (an English reader cannot read 厕); the legend
 * names them.
 */
export const POI_GLYPHS: Record<Lang, Record<PoiKind, string>> = {
	'zh-CN': {
		market: '市',
		restaurant: '餐',
		garbage_station: '收',
		toilet: '厕',
		school: '学',
		hospital: '医',
		water_body: '水',
		construction: '工'
	},
	en: {
		market: 'M',
		restaurant: 'R',
		garbage_station: 'G',
		toilet: 'WC',
		school: 'S',
		hospital: 'H',
		water_body: 'W',
		construction: 'C'
	}
};
export const POI_GLYPH_SIZE_PX = 11;

export interface PoiPoint {
	position: [number, number];
	glyph: string;
	color: Rgba;
	feature: LayerFeature<'pois'>;
}

/** Point places as badges by kind; water bodies come as polygons and are drawn by the basemap. */
export function formatPois(
	features: readonly LayerFeature<'pois'>[],
	lang: Lang = DEFAULT_LANG
): PoiPoint[] {
	const glyphs = POI_GLYPHS[lang];
	const points: PoiPoint[] = [];
	for (const feature of features) {
		const position = pointOf(feature.geometry);
		if (!position) continue;
		const kind = feature.properties.kind as PoiKind;
		const hex = POI_COLORS[kind] ?? MAP_COLORS.fallback;
		points.push({ position, feature, glyph: glyphs[kind] ?? '·', color: hexToRgba(hex) });
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
