import { describe, expect, it } from 'vitest';
import { sketchRoute } from '../../../../web/src/pages/spray-plans/route-sketch';

const BOX = { width: 600, height: 400, pad: 20, r: 9 };
/** A 1.1 km × 0.55 km route with stops 2 and 3 five metres apart (one yard, two reports). */
const ROUTE = {
	geometry: {
		coordinates: [
			[113.08, 22.955],
			[113.09, 22.955],
			[113.09, 22.96],
			[113.08, 22.955]
		] as [number, number][]
	},
	start: { lng: 113.08, lat: 22.955 },
	end: { lng: 113.08, lat: 22.955 },
	stops: [
		{ seq: 1, lng: 113.09, lat: 22.955 },
		{ seq: 2, lng: 113.09, lat: 22.96 },
		{ seq: 3, lng: 113.09004, lat: 22.96002, status: 'done' }
	]
};

describe('sketchRoute', () => {
	const sketch = sketchRoute(ROUTE, BOX);

	it('fits the route inside the sheet, north up, with true proportions', () => {
		const points = [...sketch.path.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [
			Number(m[1]),
			Number(m[2])
		]);
		expect(points).toHaveLength(4);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(BOX.pad - 0.1);
			expect(x).toBeLessThanOrEqual(BOX.width - BOX.pad + 0.1);
			expect(y).toBeGreaterThanOrEqual(BOX.pad - 0.1);
			expect(y).toBeLessThanOrEqual(BOX.height - BOX.pad + 0.1);
		}
		const [a, b, c] = points;
		expect(c[1]).toBeLessThan(b[1]);
		// 0.01° of longitude at 22.96° N is 1025 m; 0.005° of latitude is 553 m.
		expect((b[0] - a[0]) / (b[1] - c[1])).toBeCloseTo(1025 / 553, 1);
		expect(sketch.depot.x).toBeCloseTo(a[0], 0);
	});

	it('numbers every stop and moves the one that would hide its neighbour', () => {
		expect(sketch.markers.map((m) => m.seq)).toEqual([1, 2, 3]);
		const [, two, three] = sketch.markers;
		expect(two).toMatchObject({ dx: 0, dy: 0 });
		expect(Math.hypot(three.dx, three.dy)).toBeGreaterThan(0);
		expect(Math.hypot(two.x - three.x, two.y - three.y)).toBeGreaterThanOrEqual(2 * BOX.r - 1e-9);
		expect(three.visited).toBe(true);
	});

	it('has a round scale bar no longer than a quarter of the width', () => {
		expect([100, 200, 250, 500]).toContain(sketch.scale.metres);
		expect(sketch.scale.length).toBeLessThanOrEqual(BOX.width / 4);
		expect(sketch.scale.length).toBeGreaterThan(BOX.width / 12);
	});
});
