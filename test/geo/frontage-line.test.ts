import { describe, expect, it } from 'vitest';
import { frontageLine } from '../../geo/frontage-line';

/** Metres per degree of latitude on turf's sphere (6,371,008.8 m). */
const M_PER_DEG = (6_371_008.8 * Math.PI) / 180;

describe('frontageLine', () => {
	// A north–south street 200 m long at lng 113; the door is 8 m east of the point 50 m up.
	const street = {
		type: 'LineString' as const,
		coordinates: [
			[113, 23],
			[113, 23 + 200 / M_PER_DEG]
		]
	};
	const eastOf = (m: number) => m / (M_PER_DEG * Math.cos((23 * Math.PI) / 180));

	it('takes 10 m of the street either side of the door by default', () => {
		const f = frontageLine([113 + eastOf(8), 23 + 50 / M_PER_DEG], street);
		expect(f.lengthM).toBe(20);
		const [a, b] = [f.geometry.coordinates[0], f.geometry.coordinates.at(-1)!];
		expect((a[1] - 23) * M_PER_DEG).toBeCloseTo(40, 0);
		expect((b[1] - 23) * M_PER_DEG).toBeCloseTo(60, 0);
		expect(a[0]).toBe(113);
	});

	it('stops at the end of the segment', () => {
		const f = frontageLine([113 + eastOf(5), 23 + 4 / M_PER_DEG], street, 15);
		expect(f.lengthM).toBeCloseTo(19, 0); // 4 m back to the start, 15 m forward
	});
});
