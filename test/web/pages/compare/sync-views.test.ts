import { describe, expect, it } from 'vitest';
import type { Bbox } from '$geo/bbox';
import { SYNC_TOLERANCE, viewsDiffer } from '../../../../web/src/pages/compare/sync-views';

const LEADER: Bbox = [113.0, 22.9, 113.1, 23.0];
const shift = (dx: number): Bbox => [LEADER[0] + dx, LEADER[1], LEADER[2] + dx, LEADER[3]];

describe('viewsDiffer', () => {
	it('asks the other map to follow a map it has not seen yet', () => {
		expect(viewsDiffer(LEADER, null)).toBe(true);
	});

	it('does nothing when the other map is within the tolerance (no ping-pong)', () => {
		expect(viewsDiffer(LEADER, LEADER)).toBe(false);
		expect(viewsDiffer(LEADER, shift(0.1 * SYNC_TOLERANCE * 0.9))).toBe(false);
		// A fitBounds round trip that lands a hair off still counts as the same view both ways.
		const follower = shift(0.0005);
		expect(viewsDiffer(LEADER, follower)).toBe(false);
		expect(viewsDiffer(follower, LEADER)).toBe(false);
	});

	it('follows a move larger than the tolerance', () => {
		expect(viewsDiffer(LEADER, shift(0.1 * SYNC_TOLERANCE * 1.5))).toBe(true);
		expect(viewsDiffer(LEADER, [113.0, 22.9, 113.1, 23.05])).toBe(true);
	});
});
