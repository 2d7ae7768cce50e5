import { describe, expect, it } from 'vitest';
import {
	basemapUnreachable,
	FRESH_TILE_HEALTH,
	isBasemapTileSource,
	recordTile,
	TILE_FAILURES_TO_WARN
} from '../../../../web/src/map/basemap/tile-health';

const replay = (outcomes: ('loaded' | 'failed')[]) =>
	outcomes.reduce(recordTile, FRESH_TILE_HEALTH);

describe('basemap tile health', () => {
	it('calls the basemap unreachable after three failed tiles in a row', () => {
		expect(TILE_FAILURES_TO_WARN).toBe(3);
		expect(basemapUnreachable(replay(['failed', 'failed']))).toBe(false);
		expect(basemapUnreachable(replay(['failed', 'failed', 'failed']))).toBe(true);
	});
	it('forgives failures that tiles loading in between show to be hiccups', () => {
		expect(basemapUnreachable(replay(['failed', 'failed', 'loaded', 'failed', 'failed']))).toBe(
			false
		);
	});
	it('clears the warning once a tile loads again', () => {
		expect(basemapUnreachable(replay(['failed', 'failed', 'failed', 'loaded']))).toBe(false);
	});
	it('watches only the online raster sources, not SaniMap’s own GeoJSON', () => {
		expect(isBasemapTileSource('basemap:raster:osm')).toBe(true);
		expect(isBasemapTileSource('basemap:zones')).toBe(false);
		expect(isBasemapTileSource(undefined)).toBe(false);
	});
});
