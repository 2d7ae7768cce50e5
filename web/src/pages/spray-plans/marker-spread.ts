/** Rings tried around a marker before giving up and leaving it where it was. */
const MAX_RINGS = 8;
/** Floating-point slack when two discs exactly touch. */
const EPS = 1e-9;

export interface SpreadMarker {
	/** Where the marker is drawn. */
	x: number;
	y: number;
	/** Its offset from the stop's own position (0, 0 when it stays). */
	dx: number;
	dy: number;
}

/**
 * Moves numbered discs of radius `r` (in screen or sheet units) so that none covers another
 * (issue 11): in order, a disc that would touch one already placed goes to the first free
 * spot on rings of 2r, 4r … around its own position, six spots on the first ring, twelve
 * on the second. Stops in route order keep the earlier number in place.
 */
export function spreadMarkers(
	points: readonly { x: number; y: number }[],
	r: number
): SpreadMarker[] {
	const placed: SpreadMarker[] = [];
	const free = (x: number, y: number) =>
		placed.every((p) => Math.hypot(p.x - x, p.y - y) >= 2 * r - EPS);
	for (const { x, y } of points) {
		let spot: SpreadMarker = { x, y, dx: 0, dy: 0 };
		search: if (!free(x, y))
			for (let ring = 1; ring <= MAX_RINGS; ring++) {
				const n = 6 * ring;
				for (let k = 0; k < n; k++) {
					const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
					const dx = 2 * r * ring * Math.cos(angle);
					const dy = 2 * r * ring * Math.sin(angle);
					if (free(x + dx, y + dy)) {
						spot = { x: x + dx, y: y + dy, dx, dy };
						break search;
					}
				}
			}
		placed.push(spot);
	}
	return placed;
}

/** Degrees used to measure the map's local scale around a marker. */
const PROBE_DEG = 1e-4;

/**
 * Where to draw numbered discs on the map so none hides another at the current zoom:
 * markers are spread in screen pixels (via `project`), and each offset is turned back into
 * degrees with the map's local scale at that marker (linear over a few pixels). Null before
 * the map can project.
 */
export function spreadOnMap(
	positions: readonly [number, number][],
	project: (lngLat: [number, number]) => [number, number] | null,
	radiusPx: number
): [number, number][] | null {
	const px: { x: number; y: number }[] = [];
	for (const p of positions) {
		const q = project(p);
		if (!q) return null;
		px.push({ x: q[0], y: q[1] });
	}
	return spreadMarkers(px, radiusPx).map((m, k) => {
		const [lng, lat] = positions[k];
		if (!m.dx && !m.dy) return [lng, lat];
		const east = project([lng + PROBE_DEG, lat]);
		const north = project([lng, lat + PROBE_DEG]);
		if (!east || !north) return [lng, lat];
		const pxPerDegLng = (east[0] - px[k].x) / PROBE_DEG;
		const pxPerDegLat = (north[1] - px[k].y) / PROBE_DEG;
		return [lng + m.dx / pxPerDegLng, lat + m.dy / pxPerDegLat];
	});
}
