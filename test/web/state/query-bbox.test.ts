import { describe, expect, it } from 'vitest';
import type { Bbox } from '$geo/bbox';
import { nextQueryBbox } from '../../../web/src/state/query-bbox';

const VIEW: Bbox = [113.0, 22.9, 113.1, 23.0];

describe('nextQueryBbox', () => {
	it('pads the first view by half its size on every side', () => {
		const [w, s, e, n] = nextQueryBbox(null, VIEW);
		expect([w, s, e, n].map((x) => Number(x.toFixed(6)))).toEqual([112.95, 22.85, 113.15, 23.05]);
	});

	it('keeps the loaded box while a small pan stays inside it', () => {
		const loaded = nextQueryBbox(null, VIEW);
		expect(nextQueryBbox(loaded, [113.02, 22.92, 113.12, 23.02])).toBe(loaded);
	});

	it('replaces it when the view leaves it', () => {
		const loaded = nextQueryBbox(null, VIEW);
		expect(nextQueryBbox(loaded, [113.2, 22.9, 113.3, 23.0])).not.toBe(loaded);
	});

	it('replaces it after zooming far in, when it would carry mostly unseen features', () => {
		const loaded = nextQueryBbox(null, VIEW);
		const zoomedIn: Bbox = [113.04, 22.94, 113.06, 22.96];
		const next = nextQueryBbox(loaded, zoomedIn);
		expect(next).not.toBe(loaded);
		expect(next[2] - next[0]).toBeCloseTo(0.04);
	});
});
