import type { basemapZhCN } from './basemap-zh-cn';

/** English texts of the basemap chooser (issue 7). */
export const basemapEn: { readonly [K in keyof typeof basemapZhCN]: string } = {
	'basemap.title': 'Basemap',
	'basemap.unreachable':
		'{name} tiles cannot be loaded (no network or the service is down): the basemap stays blank, the data still show. Choose the offline basemap under Basemap.',
	'basemap.offline': 'Offline basemap',
	'basemap.osm': 'OpenStreetMap',
	'basemap.tianditu-vec': 'Tianditu map',
	'basemap.tianditu-img': 'Tianditu imagery',
	'basemap.amap': 'AMap (Gaode)',
	'basemap.key': 'Tianditu key (tk)',
	'basemap.keyHint': 'Enter a key to use Tianditu; it is kept in this browser only.',
	'basemap.gcj02': 'AMap is in GCJ-02: data are shifted when drawn, never in the database.'
};
