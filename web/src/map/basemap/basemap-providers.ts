import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { CrsId } from '$geo/crs';
import type { BasemapId } from '../../state/basemap-id';
import type { BasemapData } from './basemap-data';
import { buildOfflineStyle } from './build-offline-style';
import type { BasemapPalette } from './palette';

interface RasterLayer {
	id: string;
	tiles: string[];
	attribution: string;
	maxzoom: number;
}

const TIANDITU_ATTRIBUTION = '© 天地图 Tianditu (国家地理信息公共服务平台)';
const tiandituLayer = (layer: string, tk: string): string[] =>
	Array.from(
		{ length: 8 },
		(_, i) =>
			`https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
			`&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles` +
			`&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(tk)}`
	);

/** The raster tile layers of each online basemap, bottom first (Tianditu: map, then labels). */
function rasterLayers(id: Exclude<BasemapId, 'offline'>, tk: string): RasterLayer[] {
	switch (id) {
		case 'osm':
			return [
				{
					id: 'osm',
					tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
					attribution: '© OpenStreetMap contributors',
					maxzoom: 19
				}
			];
		case 'tianditu-vec':
		case 'tianditu-img': {
			const [base, labels] = id === 'tianditu-vec' ? ['vec', 'cva'] : ['img', 'cia'];
			return [
				{
					id: base,
					tiles: tiandituLayer(base, tk),
					attribution: TIANDITU_ATTRIBUTION,
					maxzoom: 18
				},
				{ id: labels, tiles: tiandituLayer(labels, tk), attribution: '', maxzoom: 18 }
			];
		}
		case 'amap':
			return [
				{
					id: 'amap',
					tiles: [1, 2, 3, 4].map(
						(n) =>
							`https://webrd0${n}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}`
					),
					attribution: '© 高德地图 AutoNavi',
					maxzoom: 18
				}
			];
	}
}

/** The CRS a basemap's tiles are drawn in: AMap is GCJ-02, the others WGS-84. */
export function basemapCrs(id: BasemapId): CrsId {
	return id === 'amap' ? 'gcj02' : 'wgs84';
}

/** Tianditu refuses tiles without a key: the settings ask for one before offering it. */
export function basemapNeedsKey(id: BasemapId): boolean {
	return id === 'tianditu-vec' || id === 'tianditu-img';
}

/**
 * The map style for a basemap. Online ones keep the offline style's GeoJSON sources (so data
 * updates still land) but draw only the provider's raster tiles under SaniMap's deck layers.
 */
export function buildBasemapStyle(
	id: BasemapId,
	palette: BasemapPalette,
	data: BasemapData,
	tk = ''
): StyleSpecification {
	const offline = buildOfflineStyle(palette, data);
	if (id === 'offline') return offline;
	const sources: Record<string, SourceSpecification> = { ...offline.sources };
	const layers: LayerSpecification[] = [offline.layers[0]];
	for (const raster of rasterLayers(id, tk)) {
		const source = `basemap:raster:${raster.id}`;
		sources[source] = {
			type: 'raster',
			tiles: raster.tiles,
			tileSize: 256,
			maxzoom: raster.maxzoom,
			...(raster.attribution ? { attribution: raster.attribution } : {})
		};
		layers.push({ id: `basemap:raster:${raster.id}`, type: 'raster', source });
	}
	return { ...offline, name: `SaniMap ${id}`, sources, layers };
}

/** Every tile URL template of a style, for the map's `data-basemap-sources` attribute. */
export function styleTileUrls(style: StyleSpecification): string[] {
	return Object.values(style.sources).flatMap((s) =>
		'tiles' in s && Array.isArray(s.tiles) ? s.tiles : []
	);
}
