import { wgs84ToBd09, wgs84ToGcj02 } from '$geo/crs';
import { roundCoordinate } from '$geo/round';

/**
 * Links that open a stop in the phone's map app (issue 11). SaniMap stores WGS-84; AMap
 * reads GCJ-02 and Baidu BD-09, and a point sent unconverted lands hundreds of metres off
 * (domain.md §7). Both open the app when installed and a web map otherwise.
 */
export function amapMarkerUrl(stop: { lng: number; lat: number }, name: string): string {
	const [lng, lat] = wgs84ToGcj02([stop.lng, stop.lat]).map(roundCoordinate);
	const q = new URLSearchParams({ position: `${lng},${lat}`, name, coordinate: 'gaode' });
	return `https://uri.amap.com/marker?${q}`;
}

/** Baidu's marker URI: `location` is latitude first; `src` names the caller, as Baidu asks. */
export function baiduMarkerUrl(
	stop: { lng: number; lat: number },
	title: string,
	content: string
): string {
	const [lng, lat] = wgs84ToBd09([stop.lng, stop.lat]).map(roundCoordinate);
	const q = new URLSearchParams({
		location: `${lat},${lng}`,
		title,
		content,
		output: 'html',
		coord_type: 'bd09ll',
		src: 'webapp.sanimap.team'
	});
	return `https://api.map.baidu.com/marker?${q}`;
}
