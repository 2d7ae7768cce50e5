/**
 * Online basemap tiles that failed in a row, with none loading in between, before the map says
 * the provider is unreachable. One failed tile is a hiccup; three in a row at start-up (a
 * screen needs 6–20) is an intranet without internet, a wrong 天地图 key or a provider outage.
 */
export const TILE_FAILURES_TO_WARN = 3;

/** Tile outcomes of the online basemap since it was chosen. */
export interface TileHealth {
	failuresInARow: number;
	loaded: number;
}

export const FRESH_TILE_HEALTH: TileHealth = Object.freeze({ failuresInARow: 0, loaded: 0 });

/** The health after one more tile loaded or failed. */
export function recordTile(health: TileHealth, outcome: 'loaded' | 'failed'): TileHealth {
	return outcome === 'loaded'
		? { failuresInARow: 0, loaded: health.loaded + 1 }
		: { ...health, failuresInARow: health.failuresInARow + 1 };
}

/** True when the user should be told the basemap cannot be reached. */
export function basemapUnreachable(health: TileHealth): boolean {
	return health.failuresInARow >= TILE_FAILURES_TO_WARN;
}

/** Raster sources of the online basemaps (buildBasemapStyle names them so). */
export const isBasemapTileSource = (sourceId: unknown): boolean =>
	typeof sourceId === 'string' && sourceId.startsWith('basemap:raster:');
