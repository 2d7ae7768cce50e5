import type { Position } from 'geojson';

/** Length of a short lng/lat segment in "east-west degrees", good enough to compare. */
function segmentLength(a: Position, b: Position): number {
	const k = Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
	return Math.hypot((b[0] - a[0]) * k, b[1] - a[1]);
}

/**
 * The point halfway along a line and the text angle there (degrees counter-clockwise from
 * east, kept within ±90 so the text never reads upside down).
 */
export function lineLabelAnchor(
	path: Position[]
): { position: [number, number]; angle: number } | null {
	if (path.length < 2) return null;
	const total = path.slice(1).reduce((sum, p, i) => sum + segmentLength(path[i], p), 0);
	let remaining = total / 2;
	for (let i = 1; i < path.length; i++) {
		const a = path[i - 1];
		const b = path[i];
		const len = segmentLength(a, b);
		if (remaining <= len || i === path.length - 1) {
			const f = len === 0 ? 0 : Math.min(1, remaining / len);
			const k = Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
			let angle = (Math.atan2(b[1] - a[1], (b[0] - a[0]) * k) * 180) / Math.PI;
			if (angle > 90) angle -= 180;
			if (angle < -90) angle += 180;
			return { position: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f], angle };
		}
		remaining -= len;
	}
	return null;
}
