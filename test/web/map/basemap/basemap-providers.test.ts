import { describe, expect, it } from 'vitest';
import {
	basemapCrs,
	basemapNeedsKey,
	buildBasemapStyle,
	styleTileUrls
} from '../../../../web/src/map/basemap/basemap-providers';
import { EMPTY_BASEMAP_DATA } from '../../../../web/src/map/basemap/basemap-data';
import { buildOfflineStyle } from '../../../../web/src/map/basemap/build-offline-style';
import { LIGHT_PALETTE } from '../../../../web/src/map/basemap/palette';
import { BASEMAP_IDS } from '../../../../web/src/state/basemap-id';

const style = (id: (typeof BASEMAP_IDS)[number], tk = '') =>
	buildBasemapStyle(id, LIGHT_PALETTE, EMPTY_BASEMAP_DATA, tk);

describe('basemap styles', () => {
	it('keeps the offline default exactly the offline style, with no remote URL', () => {
		expect(style('offline')).toEqual(buildOfflineStyle(LIGHT_PALETTE, EMPTY_BASEMAP_DATA));
		expect(styleTileUrls(style('offline'))).toEqual([]);
		expect(JSON.stringify(style('offline'))).not.toMatch(/https?:/);
	});

	it('draws OSM raster tiles with the OSM attribution', () => {
		const s = style('osm');
		expect(styleTileUrls(s)).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
		expect(s.sources['basemap:raster:osm']).toMatchObject({
			type: 'raster',
			attribution: '© OpenStreetMap contributors'
		});
	});

	it('puts the Tianditu key in every tile URL, map under labels', () => {
		const s = style('tianditu-vec', 'abc123');
		const urls = styleTileUrls(s);
		expect(urls).toHaveLength(16);
		expect(urls.every((u) => u.endsWith('&tk=abc123'))).toBe(true);
		expect(s.layers.map((l) => l.id)).toEqual([
			'basemap:background',
			'basemap:raster:vec',
			'basemap:raster:cva'
		]);
		expect(s.sources['basemap:raster:vec']).toMatchObject({
			attribution: expect.stringContaining('天地图')
		});
		expect(styleTileUrls(style('tianditu-img', 'k'))[0]).toContain('/img_w/wmts?');
	});

	it('draws AMap tiles and marks AMap as GCJ-02', () => {
		expect(styleTileUrls(style('amap'))[0]).toMatch(/^https:\/\/webrd01\.is\.autonavi\.com\//);
		expect(basemapCrs('amap')).toBe('gcj02');
		expect(basemapCrs('osm')).toBe('wgs84');
		expect(basemapNeedsKey('tianditu-img')).toBe(true);
		expect(basemapNeedsKey('amap')).toBe(false);
	});

	it('keeps the GeoJSON sources so data updates still find them; ids stay unique', () => {
		for (const id of BASEMAP_IDS) {
			const s = style(id, 'k');
			expect(Object.keys(s.sources)).toEqual(
				expect.arrayContaining(['basemap:zones', 'basemap:roads', 'basemap:water'])
			);
			const ids = s.layers.map((l) => l.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});
});
