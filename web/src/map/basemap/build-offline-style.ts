import type {
	ExpressionSpecification,
	LineLayerSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { BasemapData } from './basemap-data';
import type { BasemapPalette } from './palette';

export const BASEMAP_SOURCES = {
	zones: 'basemap:zones',
	roads: 'basemap:roads',
	water: 'basemap:water'
} as const;

/** Road casing width in pixels by grade 1–4; deck.gl draws the road fill inside it. */
export const ROAD_CASING_WIDTH_PX = [8, 6.5, 5, 3.5] as const;

/**
 * Issue 18: MapLibre compiles one GPU program per layer type and per set of data-driven paint
 * properties, and fills with `fill-antialias` (the default) add an outline program. In software
 * GL (SwiftShader) each program costs 0.1–0.6 s before the first frame, so every fill here paints
 * one constant colour with antialiasing off and every line one constant width: the style needs
 * one fill and one line program (plus MapLibre's own background, sky and clipping ones) instead
 * of the eight it compiled when kinds and grades were `match` expressions (docs/decisions.md).
 */
const FILL_PAINT = { 'fill-antialias': false } as const;

/**
 * The default basemap: no tiles, glyphs or sprites, only SaniMap's own zones, roads and water,
 * so it works offline. Labels are drawn by deck.gl's TextLayer (no glyph server is reachable).
 */
export function buildOfflineStyle(palette: BasemapPalette, data: BasemapData): StyleSpecification {
	const kind: ExpressionSpecification = ['get', 'kind'];
	const fill = (id: string, source: string, color: string, filter?: ExpressionSpecification) =>
		({
			id: `basemap:${id}`,
			type: 'fill',
			source,
			...(filter ? { filter } : {}),
			layout: {},
			paint: { ...FILL_PAINT, 'fill-color': color }
		}) as const;
	const grade: ExpressionSpecification = ['get', 'grade'];
	const casing = ROAD_CASING_WIDTH_PX.map((width, i): LineLayerSpecification => ({
		id: `basemap:road-casing-${i + 1}`,
		type: 'line',
		source: BASEMAP_SOURCES.roads,
		// Grade 4 also takes any grade outside 1–3, as the old `match` default did.
		filter: i < 3 ? ['==', grade, i + 1] : ['!', ['in', grade, ['literal', [1, 2, 3]]]],
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: { 'line-color': palette.roadCasing, 'line-width': width }
	}));
	return {
		version: 8,
		name: 'SaniMap offline',
		sources: {
			[BASEMAP_SOURCES.zones]: { type: 'geojson', data: data.zones },
			[BASEMAP_SOURCES.roads]: { type: 'geojson', data: data.roads },
			[BASEMAP_SOURCES.water]: { type: 'geojson', data: data.water }
		},
		layers: [
			{
				id: 'basemap:background',
				type: 'background',
				paint: { 'background-color': palette.background }
			},
			fill('land', BASEMAP_SOURCES.zones, palette.land, [
				'in',
				kind,
				['literal', ['street', 'district']]
			]),
			fill('community-fill', BASEMAP_SOURCES.zones, palette.community, ['==', kind, 'community']),
			fill('village-fill', BASEMAP_SOURCES.zones, palette.village, ['==', kind, 'village']),
			fill('key-area-fill', BASEMAP_SOURCES.zones, palette.keyArea, ['==', kind, 'key_area']),
			fill('water', BASEMAP_SOURCES.water, palette.water),
			{
				id: 'basemap:water-outline',
				type: 'line',
				source: BASEMAP_SOURCES.water,
				paint: { 'line-color': palette.waterOutline, 'line-width': 1 }
			},
			...casing
		]
	};
}
