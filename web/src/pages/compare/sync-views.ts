import type { Bbox } from '$geo/bbox';

/** Below this share of the view's width two views count as the same (fitBounds round trips drift). */
export const SYNC_TOLERANCE = 0.01;

/** Whether `other` must follow `leader`; false once they agree, which ends the ping-pong. */
export function viewsDiffer(leader: Bbox, other: Bbox | null): boolean {
	if (!other) return true;
	const width = leader[2] - leader[0];
	return leader.some((v, i) => Math.abs(v - other[i]) > width * SYNC_TOLERANCE);
}
