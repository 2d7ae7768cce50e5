import { GeoJsonLayer } from '@deck.gl/layers';
import type { LayerFeature } from '../../../../server/contract/layers';
import { hexToRgba, MAP_COLORS, type Rgba } from '../colors';

export interface ZoneStyle {
	line: Rgba;
	/** Outline width in pixels. */
	width: number;
	fill: Rgba;
}

/**
 * Zone outlines by kind. Fills stay at alpha 1, invisible, because deck.gl does not pick
 * fully transparent pixels and hovering anywhere in a grid should name it.
 */
const STYLES: Record<string, ZoneStyle> = {
	grid: { line: hexToRgba(MAP_COLORS.grid, 200), width: 0.7, fill: [0, 0, 0, 1] },
	community: { line: hexToRgba(MAP_COLORS.community), width: 1.6, fill: [0, 0, 0, 1] },
	village: { line: hexToRgba(MAP_COLORS.community), width: 1.6, fill: [0, 0, 0, 1] },
	street: { line: hexToRgba(MAP_COLORS.street), width: 2.8, fill: [0, 0, 0, 1] },
	district: { line: hexToRgba(MAP_COLORS.street), width: 3.2, fill: [0, 0, 0, 1] },
	key_area: {
		line: hexToRgba(MAP_COLORS.keyArea),
		width: 2.6,
		fill: hexToRgba(MAP_COLORS.keyArea, 38)
	}
};
const FALLBACK: ZoneStyle = { line: hexToRgba(MAP_COLORS.fallback), width: 1, fill: [0, 0, 0, 1] };

/** Drawing order: small zones under big ones, the key area on top. */
const ORDER = ['grid', 'frontage', 'village', 'community', 'street', 'district', 'key_area'];

export function zoneStyle(kind: string): ZoneStyle {
	return STYLES[kind] ?? FALLBACK;
}

export interface FormattedZones {
	features: LayerFeature<'zones'>[];
}

/** Sorts zones so thin grid lines never paint over community or key-area outlines. */
export function formatZones(features: readonly LayerFeature<'zones'>[]): FormattedZones {
	const rank = (kind: string) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : 0);
	return {
		features: [...features].sort((a, b) => rank(a.properties.kind) - rank(b.properties.kind))
	};
}

/** `pickable: false` while the density choropleth answers hovers and clicks. */
export function renderZones({ features }: FormattedZones, pickable = true) {
	return new GeoJsonLayer<LayerFeature<'zones'>['properties']>({
		id: 'zones:outlines',
		data: features,
		pickable,
		stroked: true,
		filled: true,
		lineWidthUnits: 'pixels',
		getLineColor: (f) => zoneStyle(f.properties.kind).line,
		getLineWidth: (f) => zoneStyle(f.properties.kind).width,
		// Under the density choropleth the key area's tint would shift its zone's level colour.
		getFillColor: (f) => (pickable ? zoneStyle(f.properties.kind).fill : [0, 0, 0, 0]),
		updateTriggers: { getFillColor: pickable }
	});
}
