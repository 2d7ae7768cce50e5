import { POI_GLYPHS } from '../map/layers/pois';
import { MAP_COLORS, PEST_COLORS, POI_COLORS, STATUS_COLORS } from '../map/colors';
import type { Lang } from '../state/lang';
import type { ToggleLayerId } from '../state/layer-visibility.svelte';

export interface SwatchSpec {
	shape: 'dot' | 'ring' | 'line' | 'area' | 'badge';
	text?: string;
	color: string;
	edge?: string;
	size?: number;
}

/** The sample drawn beside each layer's switch: what the layer looks like on the map. */
export const LAYER_SWATCHES: Record<ToggleLayerId, SwatchSpec> = {
	zones: { shape: 'area', color: 'transparent', edge: MAP_COLORS.community },
	roads: { shape: 'line', color: MAP_COLORS.otherRoad, edge: '#bdb5a7', size: 4 },
	keyRoads: { shape: 'line', color: MAP_COLORS.keyRoad, edge: MAP_COLORS.keyRoadCasing, size: 5 },
	surveys: { shape: 'ring', color: PEST_COLORS.mosquito, size: 10 },
	blindspots: { shape: 'dot', color: STATUS_COLORS.reported, edge: '#ffffff', size: 11 },
	pois: { shape: 'badge', color: POI_COLORS.market, text: POI_GLYPHS['zh-CN'].market },
	labels: { shape: 'area', color: '#ffffff', edge: MAP_COLORS.labelZone }
};

/** A layer's sample in the reader's language (the places badge carries a letter). */
export function layerSwatch(id: ToggleLayerId, lang: Lang): SwatchSpec {
	const spec = LAYER_SWATCHES[id];
	return spec.shape === 'badge' ? { ...spec, text: POI_GLYPHS[lang].market } : spec;
}
