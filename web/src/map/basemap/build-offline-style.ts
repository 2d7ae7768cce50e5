import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
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
 * The default basemap: no tiles, glyphs or sprites, only SaniMap's own zones, roads and water,
 * so it works offline. Labels are drawn by deck.gl's TextLayer (no glyph server is reachable).
 */
export function buildOfflineStyle(palette: BasemapPalette, data: BasemapData): StyleSpecification {
	const kind: ExpressionSpecification = ['get', 'kind'];
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
			{
				id: 'basemap:land',
				type: 'fill',
				source: BASEMAP_SOURCES.zones,
				filter: ['in', kind, ['literal', ['street', 'district']]],
				paint: { 'fill-color': palette.land }
			},
			{
				id: 'basemap:community-fill',
				type: 'fill',
				source: BASEMAP_SOURCES.zones,
				filter: ['in', kind, ['literal', ['community', 'village']]],
				paint: {
					'fill-color': ['match', kind, 'village', palette.village, palette.community]
				}
			},
			{
				id: 'basemap:key-area-fill',
				type: 'fill',
				source: BASEMAP_SOURCES.zones,
				filter: ['==', kind, 'key_area'],
				paint: { 'fill-color': palette.keyArea }
			},
			{
				id: 'basemap:water',
				type: 'fill',
				source: BASEMAP_SOURCES.water,
				paint: { 'fill-color': palette.water, 'fill-outline-color': palette.waterOutline }
			},
			{
				id: 'basemap:road-casing',
				type: 'line',
				source: BASEMAP_SOURCES.roads,
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': palette.roadCasing,
					'line-width': [
						'match',
						['get', 'grade'],
						1,
						ROAD_CASING_WIDTH_PX[0],
						2,
						ROAD_CASING_WIDTH_PX[1],
						3,
						ROAD_CASING_WIDTH_PX[2],
						ROAD_CASING_WIDTH_PX[3]
					]
				}
			}
		]
	};
}
