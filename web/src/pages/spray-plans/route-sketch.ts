import { spreadMarkers, type SpreadMarker } from './marker-spread';

/** Metres per degree of latitude, and of longitude at the equator (a sketch, not a survey). */
const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LNG = 111_320;
/** Scale-bar lengths to choose from, in metres. */
const NICE_METRES = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000];

export interface SketchInput {
	geometry: { coordinates: readonly (readonly number[])[] } | null;
	start: { lng: number; lat: number };
	end: { lng: number; lat: number };
	stops: readonly { seq: number; lng: number; lat: number; status?: string }[];
}

export interface RouteSketch {
	width: number;
	height: number;
	/** SVG path data of the route line. */
	path: string;
	depot: { x: number; y: number };
	/** One numbered disc per stop, moved off its neighbours; (sx, sy) is the stop itself. */
	markers: (SpreadMarker & { seq: number; sx: number; sy: number; visited: boolean })[];
	scale: { length: number; metres: number };
}

/**
 * A team's route drawn for paper (issue 11), with no basemap or network: an equirectangular
 * projection about the route's middle latitude (under 0.1 % off across a town), fitted into
 * `width` × `height` less `pad`, north up, and numbered discs of radius `r` spread so none
 * hides another.
 */
export function sketchRoute(
	route: SketchInput,
	{ width, height, pad, r }: { width: number; height: number; pad: number; r: number }
): RouteSketch {
	const line: readonly (readonly number[])[] = route.geometry?.coordinates ?? [
		[route.start.lng, route.start.lat],
		...route.stops.map((s): [number, number] => [s.lng, s.lat]),
		[route.end.lng, route.end.lat]
	];
	const all = [
		...line,
		[route.start.lng, route.start.lat],
		...route.stops.map((s) => [s.lng, s.lat])
	];
	const lngs = all.map((p) => p[0]);
	const lats = all.map((p) => p[1]);
	const [west, east] = [Math.min(...lngs), Math.max(...lngs)];
	const [south, north] = [Math.min(...lats), Math.max(...lats)];
	const kx = M_PER_DEG_LNG * Math.cos((((south + north) / 2) * Math.PI) / 180);
	const spanX = Math.max((east - west) * kx, 1);
	const spanY = Math.max((north - south) * M_PER_DEG_LAT, 1);
	const unitsPerM = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
	const ox = (width - spanX * unitsPerM) / 2;
	const oy = (height - spanY * unitsPerM) / 2;
	const at = (lng: number, lat: number) => ({
		x: ox + (lng - west) * kx * unitsPerM,
		y: oy + (north - lat) * M_PER_DEG_LAT * unitsPerM
	});
	const fixed = (n: number) => Math.round(n * 10) / 10;
	const path = line
		.map(([lng, lat], k) => {
			const p = at(lng, lat);
			return `${k ? 'L' : 'M'}${fixed(p.x)} ${fixed(p.y)}`;
		})
		.join(' ');
	const own = route.stops.map((s) => at(s.lng, s.lat));
	const spread = spreadMarkers(own, r);
	const metres = [...NICE_METRES].reverse().find((m) => m * unitsPerM <= width / 4) ?? 50;
	return {
		width,
		height,
		path,
		depot: at(route.start.lng, route.start.lat),
		markers: spread.map((m, k) => ({
			...m,
			seq: route.stops[k].seq,
			sx: own[k].x,
			sy: own[k].y,
			visited: route.stops[k].status === 'done' || route.stops[k].status === 'skipped'
		})),
		scale: { length: metres * unitsPerM, metres }
	};
}
