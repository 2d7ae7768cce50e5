import { describe, expect, it } from 'vitest';
import {
	EMPTY_BASEMAP_DATA,
	selectBasemapData
} from '../../../../web/src/map/basemap/basemap-data';
import {
	BASEMAP_SOURCES,
	buildOfflineStyle
} from '../../../../web/src/map/basemap/build-offline-style';
import { LIGHT_PALETTE } from '../../../../web/src/map/basemap/palette';
import { createCollection, createPoi, createRoad, createZone } from '../../fixtures';

const style = () => buildOfflineStyle(LIGHT_PALETTE, EMPTY_BASEMAP_DATA);

describe('buildOfflineStyle', () => {
	it('gives every layer a unique id', () => {
		const ids = style().layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('draws the background first', () => {
		expect(style().layers[0].type).toBe('background');
	});

	it('needs no network: no URLs, glyphs or sprites anywhere', () => {
		const s = style();
		expect(s.glyphs).toBeUndefined();
		expect(s.sprite).toBeUndefined();
		expect(JSON.stringify(s)).not.toMatch(/https?:\/\//);
	});

	it('has no symbol layers, since labels come from deck.gl', () => {
		expect(style().layers.filter((l) => l.type === 'symbol')).toEqual([]);
	});

	it('only refers to sources it declares, and declares them inline as GeoJSON', () => {
		const s = style();
		for (const layer of s.layers) {
			if ('source' in layer) expect(Object.keys(s.sources)).toContain(layer.source);
		}
		for (const source of Object.values(s.sources)) expect(source.type).toBe('geojson');
		expect(Object.keys(s.sources).sort()).toEqual(Object.values(BASEMAP_SOURCES).sort());
	});

	it('needs one fill and one line program: constant paint, no antialias outline pass (issue 18)', () => {
		// MapLibre compiles a program per layer type and per set of data-driven paint properties,
		// and fills with antialiasing draw an outline with a second program (0.1–0.6 s each in SwiftShader).
		for (const layer of style().layers) {
			const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
			for (const [key, value] of Object.entries(paint)) {
				expect(typeof value === 'object' ? `${layer.id} ${key} is data-driven` : 'constant').toBe(
					'constant'
				);
			}
			if (layer.type === 'fill') expect(paint['fill-antialias']).toBe(false);
		}
		expect(new Set(style().layers.map((l) => l.type))).toEqual(
			new Set(['background', 'fill', 'line'])
		);
	});

	it('casts each road grade its own casing width, grades outside 1–3 as grade 4', () => {
		const casings = style().layers.filter((l) => l.id.startsWith('basemap:road-casing'));
		expect(casings.map((l) => (l.paint as { 'line-width': number })['line-width'])).toEqual([
			8, 6.5, 5, 3.5
		]);
	});

	it('takes its colours from the palette', () => {
		const s = buildOfflineStyle({ ...LIGHT_PALETTE, background: '#123456' }, EMPTY_BASEMAP_DATA);
		expect(s.layers[0]).toMatchObject({ paint: { 'background-color': '#123456' } });
	});

	it('embeds the data it is given', () => {
		const zones = createCollection([createZone('z1', 'community')]);
		const s = buildOfflineStyle(LIGHT_PALETTE, { ...EMPTY_BASEMAP_DATA, zones });
		expect(s.sources[BASEMAP_SOURCES.zones]).toMatchObject({ data: zones });
	});
});

describe('selectBasemapData', () => {
	it('keeps water polygons and drops point places', () => {
		const lake = createPoi('w1', 'water_body', {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		});
		const data = selectBasemapData({
			zones: null,
			roads: createCollection([createRoad('r1')]),
			pois: createCollection([lake, createPoi('m1', 'market'), createPoi('w2', 'water_body')])
		});
		expect(data.water.features.map((f) => f.properties?.id)).toEqual(['w1']);
		expect(data.roads.features).toHaveLength(1);
		expect(data.zones.features).toEqual([]);
	});
});
