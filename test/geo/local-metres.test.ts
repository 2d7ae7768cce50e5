import { describe, expect, it } from 'vitest';
import { distanceToSegment, distXY, localFrame } from '../../geo/local-metres';

/** One degree of latitude on a sphere of radius 6,371,008.8 m: 2πR / 360 ≈ 111,195.08 m. */
const M_PER_DEG = 111_195.08;

describe('localFrame', () => {
	it('measures a degree north as 111,195 m and a degree east as that × cos(latitude)', () => {
		const frame = localFrame(113, 60);
		const [x0, y0] = frame.toXY(113, 61);
		expect(x0).toBe(0);
		expect(y0).toBeCloseTo(M_PER_DEG, 1);
		// cos 60° = 0.5: a degree of longitude is half as long.
		const [x1, y1] = frame.toXY(114, 60);
		expect(x1).toBeCloseTo(M_PER_DEG / 2, 1);
		expect(y1).toBe(0);
	});

	it('goes back to longitude and latitude rounded to 6 decimals', () => {
		const frame = localFrame(113.5, 22.5);
		const [lng, lat] = frame.toXY(113.5123456, 22.5098765);
		expect(frame.toLngLat(lng, lat)).toEqual([113.512346, 22.509877]);
		expect(frame.toLngLat(0, 0)).toEqual([113.5, 22.5]);
	});
});

describe('distances in the frame', () => {
	it('distXY is the straight distance: 3-4-5', () => {
		expect(distXY([0, 0], [3, 4])).toBe(5);
	});

	it('distanceToSegment is perpendicular inside the segment and to the nearer end outside', () => {
		expect(distanceToSegment([5, 7], [0, 0], [10, 0])).toBe(7);
		expect(distanceToSegment([13, 4], [0, 0], [10, 0])).toBe(5);
		expect(distanceToSegment([-6, -8], [0, 0], [10, 0])).toBe(10);
		// A segment of no length is its point.
		expect(distanceToSegment([3, 4], [0, 0], [0, 0])).toBe(5);
	});
});
