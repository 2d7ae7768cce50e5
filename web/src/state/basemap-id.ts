/** The basemaps a user can choose (map/basemap/basemap-providers.ts builds their styles). */
export const BASEMAP_IDS = ['offline', 'osm', 'tianditu-vec', 'tianditu-img', 'amap'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
export const DEFAULT_BASEMAP: BasemapId = 'offline';

export const isBasemapId = (s: unknown): s is BasemapId =>
	(BASEMAP_IDS as readonly unknown[]).includes(s);

/** `basemap=osm|tianditu-vec|tianditu-img|amap` in the URL; null when absent or unknown. */
export function parseBasemapParam(p: URLSearchParams): BasemapId | null {
	const value = p.get('basemap');
	return isBasemapId(value) ? value : null;
}

/** Writes `basemap` only when it is not the offline default. */
export function serializeBasemapParam(id: BasemapId, p: URLSearchParams): void {
	if (id !== DEFAULT_BASEMAP) p.set('basemap', id);
}
